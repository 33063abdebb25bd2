// Nodes picked by typing part of their name, listed with a "remove" each: the topics of the
// consortium builder and of partner and member suggestions, the organisations already in a
// consortium.
import { t } from "../i18n";
import { findOrganizations, findTopics } from "../lib/finders";
import { useNamed, useNodeLabel } from "./NodeLabel";
import { Picker, type Option } from "./Picker";

type Choice = { chosen: string[]; onChange: (ids: string[]) => void };

type Words = { label: string; placeholder: string; emptyHint?: string; listLabel: string };

// As many as the API takes in one list (schema/suggestion.py, MAX_LIST).
export const MOST_CHOSEN = 50;

function NodeChoice({ chosen, onChange, find, words }: Choice & { find: (text: string) => Promise<Option[]>; words: Words }) {
  return (
    <div>
      {chosen.length < MOST_CHOSEN && (
        <Picker label={words.label} placeholder={words.placeholder} emptyHint={words.emptyHint} find={find} onPick={(o) => onChange([...new Set([...chosen, o.id])])} />
      )}
      {chosen.length > 0 && (
        <ul class="inline-list" aria-label={words.listLabel}>
          {chosen.map((id) => (
            <li key={id} class="chip">
              <ChosenName id={id} /> <RemoveButton id={id} onClick={() => onChange(chosen.filter((x) => x !== id))} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A chosen node's name; one the data does not hold (an old or mistyped address) is marked. */
function ChosenName({ id }: { id: string }) {
  const { label, missing } = useNamed(id);
  return missing ? <span class="field-error">{t("consortium.notFound", { id })}</span> : <>{label}</>;
}

function RemoveButton({ id, onClick }: { id: string; onClick: () => void }) {
  const name = useNodeLabel(id);
  return (
    <button type="button" class="link" onClick={onClick}>
      {t("consortium.remove")}
      <span class="visually-hidden"> {name}</span>
    </button>
  );
}

export function TopicChoice({ chosen, onChange, label = t("consortium.addTopic") }: Choice & { label?: string }) {
  const words = { label, placeholder: t("consortium.topicPlaceholder"), emptyHint: t("consortium.topicEmpty"), listLabel: t("consortium.topics") };
  return <NodeChoice chosen={chosen} onChange={onChange} find={findTopics} words={words} />;
}

export function OrganizationChoice({ chosen, onChange }: Choice) {
  const words = { label: t("consortium.withAdd"), placeholder: t("consortium.withPlaceholder"), listLabel: t("consortium.with") };
  return <NodeChoice chosen={chosen} onChange={onChange} find={findOrganizations} words={words} />;
}
