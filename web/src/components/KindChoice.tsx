// Kinds of organisation ticked among all four: what a suggestion list may hold.
import type { OrganizationKind } from "../gql/graphql";
import { KINDS, kindLabel } from "../lib/format";

export function KindChoice(props: { label: string; chosen: OrganizationKind[]; onChange: (kinds: OrganizationKind[]) => void; note?: string }) {
  const { chosen, onChange } = props;
  const toggle = (kind: OrganizationKind) => onChange(chosen.includes(kind) ? chosen.filter((k) => k !== kind) : [...chosen, kind]);
  return (
    <fieldset>
      <legend>{props.label}</legend>
      {KINDS.map((kind) => (
        <label key={kind} class="chip">
          <input type="checkbox" checked={chosen.includes(kind)} onChange={() => toggle(kind)} />
          {kindLabel(kind)}
        </label>
      ))}
      {props.note && <p class="muted small">{props.note}</p>}
    </fieldset>
  );
}
