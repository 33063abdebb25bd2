// Topics picked by typing part of their name, listed with a "remove" each: the subject of the
// consortium builder and of partner and member suggestions.
import { t } from "../i18n";
import { findTopics } from "../lib/finders";
import { NodeLabel } from "./NodeLabel";
import { Picker } from "./Picker";

export function TopicChoice({ chosen, onChange, label = t("consortium.addTopic") }: { chosen: string[]; onChange: (ids: string[]) => void; label?: string }) {
  return (
    <div>
      <Picker label={label} placeholder={t("consortium.topicPlaceholder")} emptyHint={t("consortium.topicEmpty")} find={findTopics} onPick={(o) => onChange([...new Set([...chosen, o.id])])} />
      {chosen.length > 0 && (
        <ul class="inline-list" aria-label={t("consortium.topics")}>
          {chosen.map((topic) => (
            <li key={topic} class="chip">
              <NodeLabel id={topic} />{" "}
              <button type="button" class="link" onClick={() => onChange(chosen.filter((x) => x !== topic))}>
                {t("consortium.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
