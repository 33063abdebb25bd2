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
}) {
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [error, setError] = useState<string>();
  const settled = useDebounced(text.trim(), 150);
  useEffect(() => {
    let live = true;
    if (settled.length < 2) {
      setOptions([]);
      return undefined;
    }
    props
      .find(settled)
      .then((found) => live && (setOptions(found), setError(undefined)))
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
      <ul id={listId} class="picker-options" aria-label={t("picker.matches", { label: props.label })}>
        {options.map((option) => (
          <li key={option.id}>
            <button
              type="button"
              onClick={() => {
                props.onPick(option);
                setText("");
                setOptions([]);
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
