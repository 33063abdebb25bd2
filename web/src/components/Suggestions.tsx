// Suggested organisations with their score and every reason, evidence as links.
import type { SuggestionFieldsFragment } from "../gql/graphql";
import { orgName, projectName } from "../lib/format";
import { nodePath } from "../lib/links";
import { OrgLine } from "./common";

type Evidence = SuggestionFieldsFragment["reasons"][number]["evidence"][number];

function evidenceName(node: Evidence): string {
  switch (node.__typename) {
    case "Organization":
      return orgName(node);
    case "Project":
      return projectName(node);
    case "Topic":
      return node.name ?? node.id;
    case "Cluster":
      return node.clusterName;
  }
}

const EVIDENCE_SHOWN = 6;

/** A reason's part of the score with its sign: +1.29, −1.12. */
export function signed(value: number): string {
  return `${value < 0 ? "\u2212" : "+"}${Math.abs(value).toFixed(2)}`;
}

function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (!evidence.length) return null;
  const shown = evidence.slice(0, EVIDENCE_SHOWN);
  return (
    <span class="evidence">
      {": "}
      {shown.map((node, index) => (
        <>
          {index > 0 && ", "}
          <a href={nodePath(node.__typename, node.id)}>{evidenceName(node)}</a>
        </>
      ))}
      {evidence.length > EVIDENCE_SHOWN && ` and ${evidence.length - EVIDENCE_SHOWN} more`}
    </span>
  );
}

export function SuggestionList(props: {
  items: SuggestionFieldsFragment[];
  label: string;
  action?: (item: SuggestionFieldsFragment) => preact.ComponentChildren;
}) {
  return (
    <ol class="suggestions" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.organization.id} class="suggestion">
          <div class="suggestion-head">
            <span>
              <OrgLine org={item.organization} />
            </span>
            <span class="score" title="Score: the sum of the reasons">
              {item.score.toFixed(2)}
            </span>
            {props.action?.(item)}
          </div>
          <ul class="reasons">
            {item.reasons.map((reason) => (
              <li key={reason.kind} data-reason={reason.kind}>
                <span class="reason-label">{reason.label}</span>{" "}
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
