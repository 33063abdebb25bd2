// Countries chosen by name: each chosen one as a chip that can be removed, and a list of the
// others to add one; "any country" when none is chosen.
import { useId } from "preact/hooks";
import { t } from "../i18n";
import { countryOptions } from "../lib/countries";
import { countryName } from "../lib/format";

export function CountryPicker(props: { label: string; chosen: string[]; onChange: (codes: string[]) => void; none?: string }) {
  const selectId = useId();
  const options = countryOptions().filter((o) => !props.chosen.includes(o.code));
  return (
    <fieldset class="countries">
      <legend>{props.label}</legend>
      {props.chosen.length === 0 ? (
        <span class="muted">{props.none ?? t("filter.anyCountry")}</span>
      ) : (
        <ul class="inline-list" aria-label={props.label}>
          {props.chosen.map((code) => (
            <li key={code} class="chip chosen">
              {countryName(code)}{" "}
              <button
                type="button"
                class="link"
                aria-label={t("filter.removeCountry", { country: countryName(code) })}
                onClick={() => props.onChange(props.chosen.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for={selectId} class="visually-hidden">
        {t("filter.addCountry")}
      </label>
      <select
        id={selectId}
        value=""
        onChange={(event) => {
          const code = event.currentTarget.value;
          if (code) props.onChange([...props.chosen, code]);
        }}
      >
        <option value="">{t("filter.addCountry")}</option>
        {options.map((o) => (
          <option key={o.code} value={o.code}>
            {o.name}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
