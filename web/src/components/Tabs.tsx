// Tabs that are links: each tab has its own URL (?tab=...), so it can be shared.
import { useLocation } from "preact-iso";
import { withParams } from "../lib/links";

export function Tabs(props: { tabs: readonly (readonly [string, string])[]; current: string; label: string }) {
  const { path, query } = useLocation();
  return (
    <nav class="tabs" aria-label={props.label}>
      <ul>
        {props.tabs.map(([value, label], index) => (
          <li key={value}>
            <a
              href={withParams(path, { ...query, tab: index === 0 ? "" : value })}
              aria-current={props.current === value ? "page" : undefined}
            >
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
