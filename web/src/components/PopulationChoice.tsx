import { t } from "../i18n";
import { populationLabel } from "../lib/indicators";

/** Whose figures a view shows (the cluster's members, or the organisations active in its
 * domain), as radio buttons: their labels wrap on a phone where a list's would be cut. */
export function PopulationChoice(props: { name: string; populations: readonly string[]; value: string; onChange: (population: string) => void }) {
  return (
    <fieldset class="choice">
      <legend>{t("scorecard.whose")}</legend>
      {props.populations.map((population) => (
        <label key={population}>
          <input type="radio" name={props.name} checked={population === props.value} onChange={() => props.onChange(population)} /> {populationLabel(population)}
        </label>
      ))}
    </fieldset>
  );
}
