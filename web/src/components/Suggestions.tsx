// Suggested organisations with their score and every reason, evidence as links.
import type { SuggestionFieldsFragment } from "../gql/graphql";
import { locale, t } from "../i18n";
import { orgName, projectName, topicName } from "../lib/format";
import { nodePath } from "../lib/links";
import { reasonText } from "../lib/reasons";
import { OrgLine } from "./common";

type Evidence = SuggestionFieldsFragment["reasons"][number]["evidence"][number];

function evidenceName(node: Evidence): string {
  switch (node.__typename) {
    case "Organization":
      return orgName(node);
    case "Project":
      return projectName(node);
    case "Topic":
      return topicName(node);
    case "Cluster":
      return node.clusterName;
  }
}

const EVIDENCE_SHOWN = 6;

/** A reason's part of the score with its sign, in the language shown: +1.29, −1,12. */
export function signed(value: number): string {
  const figure = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
  return `${value < 0 ? "\u2212" : "+"}${figure}`;
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (!evidence.length) return null;
  const shown = evidence.slice(0, EVIDENCE_SHOWN);
  return (
    <span class="evidence">
      {t("punctuation.colon")}
      {shown.map((node, index) => (
        <>
          {index > 0 && ", "}
          <a href={nodePath(node.__typename, node.id)}>{evidenceName(node)}</a>
        </>
      ))}
      {evidence.length > EVIDENCE_SHOWN && ` ${t("suggestion.andMore", { count: evidence.length - EVIDENCE_SHOWN })}`}
    </span>
  );
}

export function SuggestionList(props: {
  items: SuggestionFieldsFragment[];
  label: string;
  action?: (item: SuggestionFieldsFragment) => preact.ComponentChildren;
}) {
  const score = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <ol class="suggestions" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.organization.id} class="suggestion">
          <div class="suggestion-head">
            <span>
              <OrgLine org={item.organization} />
            </span>
            <span class="score" title={t("suggestion.score")}>
              {score.format(item.score)}
            </span>
            {props.action?.(item)}
          </div>
          <ul class="reasons">
            {item.reasons.map((reason) => (
              <li key={reason.kind} data-reason={reason.kind}>
                <span class="reason-label">{reasonText(reason)}</span>{" "}
                <span class="muted">({signed(reason.contribution)})</span>
                <EvidenceList evidence={reason.evidence} />
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
