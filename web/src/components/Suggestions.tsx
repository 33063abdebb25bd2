// Suggested organisations, each explained for people: one sentence in the reader's language
// made of the API's facts (its projects on the subject, its ties to the asking side, else the
// programme parts it shares with it; then its activity), then the first of at most three
// groups of evidence as links, each node once, the others one click away. How the model
// weighs each reason is one click away too, for those who want it.
import { render } from "preact";
import { useState } from "preact/hooks";
import type { SuggestionFieldsFragment } from "../gql/graphql";
import { locale, t } from "../i18n";
import { orgName, projectName, quotedList, topicName } from "../lib/format";
import { nodePath } from "../lib/links";
import { reasonText } from "../lib/reasons";
import { OrgLine } from "./common";

type Suggestion = SuggestionFieldsFragment;
type Group = Suggestion["highlights"][number];
type Evidence = Group["evidence"][number];

const NAMED_IN_SENTENCE = 2;

function evidenceName(node: Evidence): string {
  switch (node.__typename) {
    case "Organization":
      return orgName(node);
    case "Project":
      // a title ending with a full stop would end the list item twice ("replicability. ;")
      return projectName(node).replace(/\.$/, "");
    case "Topic":
      return topicName(node);
    case "Cluster":
      return node.clusterName;
  }
}

/** What a sentence cites: a project's acronym; an organisation by the name its card shows
 * (a short name may be a former name, or an abbreviation the reader cannot tie to a card). */
function shortName(node: Evidence): string {
  if (node.__typename === "Project") return node.acronym ?? projectName(node);
  return evidenceName(node);
}

/** A reason's part of the score with its sign, in the language shown: +1.29, −1,12. */
export function signed(value: number): string {
  const figure = new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(value));
  return `${value < 0 ? "\u2212" : "+"}${figure}`;
}

/** Whether some of the names hold a comma, or an "and" of their own (the language's, or
 * English's: titles are English), which would blur where one name ends: such lists are told
 * apart by semicolons alone. */
function blurred(names: string[]): boolean {
  const and = new Intl.ListFormat(locale(), { style: "long", type: "conjunction" }).formatToParts(["a", "b"]).find((part) => part.type === "literal")?.value ?? "";
  return names.some((name) => name.includes(",") || name.includes(" and ") || (and.trim() !== "" && name.includes(and)));
}

function Links({ nodes, short = false, open = false }: { nodes: Evidence[]; short?: boolean; open?: boolean }) {
  const named = (node: Evidence) => (short ? shortName(node) : evidenceName(node));
  // `open`: more follow, so no "and" before the last one shown either.
  const semicolons = blurred(nodes.map(named));
  const separator = semicolons ? t("punctuation.semicolon") : ", ";
  const parts =
    open || semicolons
      ? nodes.flatMap((node, i) => [...(i ? [{ type: "literal", value: separator }] : []), { type: "element", value: node.id }])
      : new Intl.ListFormat(locale(), { style: "long", type: "conjunction" }).formatToParts(nodes.map((node) => node.id));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (
    <>
      {parts.map((part, index) => {
        const node = part.type === "element" ? byId.get(part.value) : undefined;
        return node ? (
          <a key={index} href={nodePath(node.__typename, node.id)} title={evidenceName(node)}>
            {named(node)}
          </a>
        ) : (
          part.value
        );
      })}
    </>
  );
}

// A group's evidence shown at first; the others on demand (long titles would fill the card).
const EVIDENCE_SHOWN = 2;

function GroupEvidence({ nodes }: { nodes: Evidence[] }) {
  // what was asked, apart from what fits: the card may be given other evidence (new filters)
  const [opened, setOpened] = useState(false);
  if (opened || nodes.length <= EVIDENCE_SHOWN + 1) return <Links nodes={nodes} />;
  const shown = nodes.slice(0, EVIDENCE_SHOWN);
  return (
    <>
      <Links nodes={shown} open />{" "}
      <button type="button" class="link more-evidence" onClick={() => setOpened(true)}>
        {t("suggestion.moreEvidence", { count: nodes.length - EVIDENCE_SHOWN })}
      </button>
    </>
  );
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);
}

// Where a translated sentence takes a linked name: split there (i18next puts it in as text).
const NAME_MARK = "\u0000";

/** Who asked: one organisation, a consortium's members, or a cluster (its members and the
 * organisations active in its domain); it decides whose partners a suggestion works with. */
export type Asker = "organization" | "consortium" | "cluster";

const EXISTING = {
  organization: "suggestion.existing",
  consortium: "suggestion.existingMembers",
  cluster: "suggestion.existingCluster",
} as const;

const COMMON = {
  organization: "suggestion.common",
  consortium: "suggestion.commonMembers",
  cluster: "suggestion.commonCluster",
} as const;

const THEMES = {
  organization: "suggestion.themes",
  consortium: "suggestion.themesMembers",
  cluster: "suggestion.themesCluster",
} as const;

function sharedThemes(item: Suggestion): Evidence[] {
  return item.highlights.find((group) => group.kind === "THEMES")?.evidence ?? [];
}

/** Whether the sentence names the programme parts in common: it does, as the API's sentence,
 * when the suggestion has no work on the subject and no tie to the asking side. */
function themesSaid(item: Suggestion): boolean {
  const facts = item.facts;
  const tied = facts.membersWorkedWith > 0 || facts.existingPartner || facts.commonPartners > 0;
  return facts.subjectProjects === 0 && !tied && sharedThemes(item).length > 0;
}

function subjectEvidence(item: Suggestion): Evidence[] {
  return item.highlights.find((group) => group.kind === "SUBJECT")?.evidence ?? [];
}

/** Whether the sentence names every project on the subject, by its full name: it does when
 * they are few enough (a line of evidence below would name the same projects again). */
function subjectSaid(item: Suggestion): boolean {
  const cited = subjectEvidence(item).length;
  return cited > 0 && cited === item.facts.subjectProjects && cited <= NAMED_IN_SENTENCE;
}

/** The groups of evidence: not a single programme part in common that the sentence names. */
function evidenceGroups(item: Suggestion): Group[] {
  return item.highlights.filter(
    (group) => group.evidence.length > 0 && !(group.kind === "THEMES" && group.evidence.length === 1 && themesSaid(item)),
  );
}

/** The groups of evidence shown below the sentence on the card: not the projects on the
 * subject when the sentence names them all in full. */
function shownGroups(item: Suggestion): Group[] {
  return evidenceGroups(item).filter((group) => !(group.kind === "SUBJECT" && subjectSaid(item)));
}

/** How the sentence says what the projects on the subject are on: a cluster's domain, the
 * subject, or, for a call topic, the same group's earlier calls (a drone project is in the
 * group of a truck call without being on its subject). */
function subjectKey(item: Suggestion, domain: boolean) {
  const { subjectProjects, subjectInCallFamily } = item.facts;
  if (domain) return "suggestion.subjectCluster" as const;
  if (subjectInCallFamily === 0) return "suggestion.subject" as const;
  return subjectInCallFamily === subjectProjects ? ("suggestion.subjectFamily" as const) : ("suggestion.subjectOrFamily" as const);
}

/** The suggestion in one sentence, from its facts and its first evidence. */
export function Summary({ item, asker = "organization", domain = asker === "cluster" }: { item: Suggestion; asker?: Asker; domain?: boolean }) {
  const facts = item.facts;
  const subject = subjectEvidence(item);
  const clauses: preact.ComponentChildren[] = [];
  if (facts.subjectProjects > 0) {
    // A cluster's recruiting cites the work in the cluster's domain (unless other topics were
    // chosen: `domain` false); others, on what was asked.
    const key = subjectKey(item, domain);
    let text = facts.subjectSince ? t(`${key}Since`, { count: facts.subjectProjects, year: facts.subjectSince }) : t(key, { count: facts.subjectProjects });
    text = capitalised(text);
    if (facts.subjectCoordinated === facts.subjectProjects) text += t("suggestion.ledAll", { count: facts.subjectCoordinated });
    else if (facts.subjectCoordinated) text += `, ${t("suggestion.led", { count: facts.subjectCoordinated })}`;
    const named = subject.slice(0, NAMED_IN_SENTENCE);
    clauses.push(
      <>
        {text}
        {named.length > 0 && (
          <>
            {/* "among them" when some projects go unnamed; else they are all listed */}
            {facts.subjectProjects > named.length ? `, ${t("suggestion.among")} ` : t("punctuation.colon")}
            {/* all of them, by their full names when no line of evidence follows */}
            <Links nodes={named} short={!subjectSaid(item)} />
          </>
        )}
      </>,
    );
  }
  if (facts.membersWorkedWith > 0) {
    // A cluster asks with its members, or without any with the organisations active in its
    // domain: "your cluster's organisations" is true of both.
    const text = t(asker === "cluster" ? "suggestion.membersCluster" : "suggestion.members", { count: facts.membersWorkedWith });
    const member = facts.memberSharedWith;
    // As the API's sentence: two shared projects or more, and at least a tenth of the member's.
    const worth = facts.memberProjectsShared >= 2 && 10 * facts.memberProjectsShared >= facts.memberProjects;
    const one = facts.membersWorkedWith === 1;
    if (member && (one || worth)) {
      // one of them: named, not counted ("has worked with 1 of the consortium's organisations")
      const key = one ? (worth ? "suggestion.memberOneShare" : "suggestion.memberOne") : "suggestion.memberShare";
      const [before, after] = t(key, {
        count: facts.membersWorkedWith,
        shared: facts.memberProjectsShared,
        projects: facts.memberProjects,
        member: NAME_MARK,
      }).split(NAME_MARK);
      const lead = one ? before : text + before;
      clauses.push(
        <>
          {clauses.length === 0 ? capitalised(lead) : lead}
          <Links nodes={[member]} short />
          {after}
        </>,
      );
    } else clauses.push(text);
  }
  else if (facts.existingPartner) {
    clauses.push(t(EXISTING[asker]));
  }
  else if (facts.commonPartners > 0) {
    clauses.push(t(COMMON[asker], { count: facts.commonPartners }));
  }
  const themes = sharedThemes(item);
  if (themesSaid(item)) {
    const [before, after] = t(THEMES[asker], { count: themes.length, name: NAME_MARK }).split(NAME_MARK);
    clauses.push(
      <>
        {capitalised(before)}
        <Links nodes={themes.slice(0, 1)} />
        {after}
      </>,
    );
  }
  if (facts.subjectProjects === 0 && clauses.length < 2) {
    clauses.push(
      facts.recentProjects > 0
        ? `${t("suggestion.recent", { count: facts.recentProjects })}, ${t("suggestion.partners", { count: facts.partners })}`
        : t("suggestion.partners", { count: facts.partners }),
    );
  }
  return (
    <p class="summary">
      {clauses.map((clause, index) => (
        <>
          {index > 0 && t("punctuation.semicolon")}
          {index === 0 && typeof clause === "string" ? capitalised(clause) : clause}
        </>
      ))}
      .
    </p>
  );
}

/** The sentence of {@link Summary} as plain text (for the shortlist's CSV): the same words,
 * drawn into an element that is never shown. */
export function summaryText(item: Suggestion, asker: Asker): string {
  const box = document.createElement("div");
  render(<Summary item={item} asker={asker} />, box);
  return box.textContent ?? "";
}

/** The card's groups of evidence as text, one line each, every item by its full name (the
 * shortlist's CSV: what the manager can check, where the score's terms said little; the
 * projects on the subject too when the sentence names them, so that the column is whole). */
export function evidenceText(item: Suggestion, asker: Asker): string {
  const domain = asker === "cluster";
  return evidenceGroups(item)
    .map((group) => `${t(groupLabel(group.kind, asker, domain, item.facts))}${t("punctuation.colon")}${group.evidence.map(evidenceName).join(t("punctuation.semicolon"))}`)
    .join("\n");
}

/** How many suggestions a page asks for, and a step that asks for ten more (the API gives at
 * most 100); the count starts again when the question changes. */
export function useMoreSuggestions(start: number, question: string): [number, () => void] {
  const [asked, setAsked] = useState({ question, first: start });
  const first = asked.question === question ? asked.first : start;
  return [first, () => setAsked({ question, first: Math.min(first + MORE_STEP, MAX_SUGGESTIONS) })];
}

const MORE_STEP = 10;
const MAX_SUGGESTIONS = 100;

/** "Show 10 more suggestions", while the last answer filled the page and more may come; once
 * fewer came than asked, that these are all of them. */
export function MoreSuggestions(props: { shown: number; first: number; onClick: () => void; busy: boolean }) {
  if (props.shown > 0 && props.shown < props.first) return <p class="more muted">{t("suggestion.allShown", { count: props.shown })}</p>;
  if (props.shown < props.first || props.first >= MAX_SUGGESTIONS) return null;
  return (
    <p class="more">
      <button type="button" onClick={props.onClick} disabled={props.busy}>
        {props.busy ? t("state.loading") : t("suggestion.more", { count: MORE_STEP })}
      </button>
    </p>
  );
}

const GROUP_LABELS = {
  SUBJECT: "suggestion.groupSubject",
  NETWORK: "suggestion.groupNetwork",
  THEMES: "suggestion.groupThemes",
} as const;

/** A group's label as the page's reader is addressed: a cluster's manager reads "the
 * cluster's domain" (`domain`); on an organisation's page the network is that organisation's. */
function groupLabel(kind: keyof typeof GROUP_LABELS, asker: Asker, domain: boolean, facts: Suggestion["facts"]) {
  if (kind === "SUBJECT" && domain) return "suggestion.groupSubjectCluster";
  if (kind === "SUBJECT" && facts.subjectInCallFamily > 0) {
    return facts.subjectInCallFamily === facts.subjectProjects ? "suggestion.groupFamily" : "suggestion.groupSubjectOrFamily";
  }
  if (kind === "NETWORK" && asker === "organization") return "suggestion.groupNetworkOrganization";
  if (kind === "NETWORK" && asker === "consortium") return "suggestion.groupNetworkConsortium";
  return GROUP_LABELS[kind];
}

// The groups shown at first: the top one; the others on demand (ten cards of three groups
// filled 6,000 px on a phone).
const GROUPS_SHOWN = 1;

function Highlights(props: { item: Suggestion; asker: Asker; domain: boolean; children: preact.ComponentChildren }) {
  const { item, asker, domain } = props;
  const [opened, setOpened] = useState(false);
  const groups = shownGroups(item);
  const shown = opened ? groups : groups.slice(0, GROUPS_SHOWN);
  return (
    <>
      <ul class="highlights">
        {shown.map((group) => (
          <li key={group.kind} data-group={group.kind}>
            <span class="reason-label">
              {t(groupLabel(group.kind, asker, domain, item.facts))}
              {group.kind === "SUBJECT" && item.facts.subjectProjects > group.evidence.length && (
                // the API cites a few: say how many there are, not only the five cited
                <> {t("suggestion.citedOf", { total: item.facts.subjectProjects, cited: group.evidence.length })}</>
              )}
            </span>
            {t("punctuation.colon")}
            <GroupEvidence nodes={group.evidence} />
          </li>
        ))}
      </ul>
      {/* the other reasons and the score's details side by side, a line for both */}
      <div class="suggestion-foot">
        {groups.length > shown.length && (
          <button type="button" class="link more-reasons" onClick={() => setOpened(true)}>
            {t("suggestion.moreReasons", { count: groups.length - shown.length })}
          </button>
        )}
        {props.children}
      </div>
    </>
  );
}

export function SuggestionList(props: {
  items: Suggestion[];
  label: string;
  action?: (item: Suggestion) => preact.ComponentChildren;
  asker?: Asker;
  /** Whether the subject is the cluster's own domain (default: when a cluster asks). */
  domain?: boolean;
}) {
  const domain = props.domain ?? props.asker === "cluster";
  return (
    <ol class="suggestions" aria-label={props.label}>
      {props.items.map((item) => (
        <li key={item.organization.id} class="suggestion">
          <div class="suggestion-head">
            <span>
              <OrgLine org={item.organization} />
            </span>
            {props.action?.(item)}
          </div>
          <Summary item={item} asker={props.asker} domain={domain} />
          {item.facts.keyWordsFound && item.facts.keyWordsFound.length > 0 && (
            // the work holds only some of the brief's key words: which ones, card by card
            <p class="muted small words-found" data-words-found>
              {t("suggestion.wordsFound", { count: item.facts.subjectProjects, words: quotedList(item.facts.keyWordsFound, "conjunction") })}
            </p>
          )}
          <Highlights item={item} asker={props.asker ?? "organization"} domain={domain}>
            <details class="weights">
              <summary>{t("suggestion.details")}</summary>
              <p class="muted small">{t("suggestion.detailsNote")}</p>
              <ul class="reasons">
                {/* a term at +0.00 adds nothing to the score, nor to the reader's understanding */}
                {item.reasons.filter((reason) => Math.abs(reason.contribution) >= 0.005).map((reason) => (
                  <li key={reason.kind} data-reason={reason.kind}>
                    {reasonText(reason)} <span class="muted">({signed(reason.contribution)})</span>
                  </li>
                ))}
              </ul>
            </details>
          </Highlights>
        </li>
      ))}
    </ol>
  );
}
