// Find one organisation, project or topic by typing part of its name, and pick it: by click, or
// with the keyboard (Down from the box to the matches, Up and Down between them, Enter on one;
// Enter in the box picks the first match; Escape goes back to the box).
import { useEffect, useId, useRef, useState } from "preact/hooks";
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
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const pick = (option: Option) => {
    props.onPick(option);
    setText("");
    setOptions([]);
    setAnswered("");
    input.current?.focus();
  };
  // Move the focus `step` matches from the one at `from` (-1: the box); above the first, the box.
  const move = (from: number, step: number) => {
    const buttons = [...(list.current?.querySelectorAll("button") ?? [])];
    const to = from + step;
    if (to < 0) input.current?.focus();
    else buttons[Math.min(to, buttons.length - 1)]?.focus();
  };
  const onKey = (index: number) => (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(index, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape" && index >= 0) {
      input.current?.focus();
    } else if (event.key === "Enter" && index < 0 && !event.isComposing && options.length > 0) {
      // in a form, Enter would send it: the box picks its first match instead, once the
      // matches are those of the text as it stands (not of what was typed before)
      event.preventDefault();
      if (answered === text.trim()) pick(options[0]);
    }
  };
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
        ref={input}
        onKeyDown={onKey(-1)}
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
      <ul id={listId} ref={list} class="picker-options" aria-label={t("picker.matches", { label: props.label })}>
        {options.map((option, index) => (
          <li key={option.id}>
            <button type="button" onKeyDown={onKey(index)} onClick={() => pick(option)}>
              {option.label}
              {option.detail && <span class="muted"> · {option.detail}</span>}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
