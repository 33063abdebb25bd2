// Find one organisation, project or topic by typing part of its name, and pick it.
import { useEffect, useId, useState } from "preact/hooks";
import { t } from "../i18n";
import { useDebounced } from "../lib/debounce";

export interface Option {
  id: string;
  label: string;
  detail?: string;
}

export function Picker(props: {
  label: string;
  placeholder?: string;
  find: (text: string) => Promise<Option[]>;
  onPick: (option: Option) => void;
  name?: string;
  /** Said after "no match", e.g. that the names are in English. */
  emptyHint?: string;
}) {
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  // The text the options were found for: "no match" is said only once its answer is in.
  const [answered, setAnswered] = useState("");
  const [error, setError] = useState<string>();
  const settled = useDebounced(text.trim(), 150);
  useEffect(() => {
    let live = true;
    if (settled.length < 2) {
      setOptions([]);
      setAnswered("");
      return undefined;
    }
    props
      .find(settled)
      .then((found) => live && (setOptions(found), setAnswered(settled), setError(undefined)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [settled]);
  return (
    <div class="picker">
      <label for={inputId}>{props.label}</label>
      <input
        id={inputId}
        name={props.name}
        type="search"
        autocomplete="off"
        placeholder={props.placeholder}
        value={text}
        aria-controls={listId}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {!error && options.length === 0 && answered !== "" && answered === text.trim() && (
        <p class="muted" role="status">
          {t("picker.none", { text: answered })}
          {props.emptyHint && ` ${props.emptyHint}`}
        </p>
      )}
      <ul id={listId} class="picker-options" aria-label={t("picker.matches", { label: props.label })}>
        {options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              onClick={() => {
                props.onPick(option);
                setText("");
                setOptions([]);
                setAnswered("");
              }}
            >
              {option.label}
              {option.detail && <span class="muted"> · {option.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
