// A suggestion's reasons in the reader's language. The API explains each reason in English
// (`label`, with its figure: "7 common partner(s)"); the page says the same from the reason's
// `kind` and that figure, with the plural each language wants. A kind the page does not know
// yet keeps the API's words.
import { locale, t } from "../i18n";

interface ReasonLike {
  kind: string;
  label: string;
  contribution: number;
}

const COUNTED = {
  common_partners: "reason.common_partners",
  well_connected: "reason.well_connected",
  recently_active: "reason.recently_active",
  growing_network: "reason.growing_network",
  coordinator: "reason.coordinator",
  worked_with_members: "reason.worked_with_members",
  subject_work: "reason.subject_work",
} as const;

const PLAIN = {
  common_partners_specific: "reason.common_partners_specific",
  collaboration_paths: "reason.collaboration_paths",
  two_hops_away: "reason.two_hops_away",
  same_country: "reason.same_country",
  recent_activity_nearby: "reason.recent_activity_nearby",
  repeated_consortium: "reason.repeated_consortium",
  brief_match: "reason.brief_match",
  brief_match_with_members: "reason.brief_match_with_members",
  call_family: "reason.call_family",
  call_family_with_members: "reason.call_family_with_members",
  topic_work: "reason.topic_work",
  existing_partner: "reason.existing_partner",
} as const;

/** The first figure of the API's words ("coordinated 4 project(s)": 4). */
function figure(label: string): number | undefined {
  const found = /\d+(?:\.\d+)?/.exec(label);
  return found ? Number(found[0]) : undefined;
}

export function reasonText(reason: ReasonLike): string {
  const count = figure(reason.label);
  if (reason.kind in COUNTED && count !== undefined) {
    return t(COUNTED[reason.kind as keyof typeof COUNTED], { count });
  }
  if (reason.kind in PLAIN) return t(PLAIN[reason.kind as keyof typeof PLAIN]);
  if (reason.kind === "kind_complementarity") {
    return t(reason.contribution >= 0 ? "reason.kinds_often" : "reason.kinds_seldom");
  }
  if (reason.kind === "diversity") {
    // The API's re-rank: a common partner, or the best project, shared with higher-ranked ones.
    return t(reason.label.includes("partner") ? "reason.diversity_partner" : "reason.diversity_project");
  }
  if (reason.kind === "topic_fit" && count !== undefined) {
    const fit = new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(count);
    return t("reason.topic_fit", { fit });
  }
  return reason.label;
}
