// The consortium builder: from a project, organisations already in the consortium, topics,
// words or a call topic, with kinds and countries, see who fills the gaps (suggestConsortium),
// keep a shortlist, ask again with it in the consortium and export it as CSV.
import { useLocation } from "preact-iso";
import { useEffect, useRef, useState } from "preact/hooks";
import type { BriefWordsQuery as BriefWordsResult, ConsortiumBriefInput, OrganizationKind, SuggestionFieldsFragment } from "../gql/graphql";
import { BriefWordsDocument as BriefWordsQuery, CallTopicDocument as CallTopicQuery, ClusterNamesDocument as ClusterNamesQuery, ConsortiumDocument as ConsortiumQuery, NodeNameDocument as NodeNameQuery, ParticipantsDocument as ParticipantsQuery, TopicReachDocument as TopicReachQuery } from "../gql/graphql";
import { Empty, MoreButton, OrgLine, Section, Status } from "../components/common";
import { locale, t } from "../i18n";
import { Picker } from "../components/Picker";
import { nodeLabel, useNodeLabel } from "../components/NodeLabel";
import { MOST_CHOSEN, OrganizationChoice, TopicChoice } from "../components/NodeChoice";
import { evidenceText, MoreSuggestions, SuggestionList, summaryText, useMoreSuggestions } from "../components/Suggestions";
import { fetchQuery, useQuery } from "../lib/client";
import { download } from "../lib/csv";
import { useTitle } from "../lib/debounce";
import { findProjects } from "../lib/finders";
import { countryName, KINDS, kindLabel, orgName, quotedList, topicName } from "../lib/format";
import { listParam, withParams } from "../lib/links";
import { FEW_PROJECTS } from "../lib/topics";
import { asTyped } from "../lib/words";
import { usePaged } from "../lib/paging";
import { familyName, narrowestFamily } from "../i18n/topics";
import { loadShortlist, saveShortlist, separatorFor, shortlistCsv, toggle, type ShortlistEntry } from "../lib/shortlist";
import { CountryPicker } from "../components/CountryPicker";
import { KindChoice } from "../components/KindChoice";

// The brief in words (`ConsortiumBriefInput.brief`): the box, its URL parameter and the
// request. The type check below fails if the schema loses the field.
type SchemaHasBrief = "brief" extends keyof ConsortiumBriefInput ? true : false;
export const BRIEF_ENABLED: SchemaHasBrief = true;
const BRIEF_LENGTH = 1000;
// What the API takes as a call topic code (schema/suggestion.py, CALL_TOPIC): checked here
// too, so that a code with a space gets a message in the reader's language.
const CALL_TOPIC = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$/;

function Consortium({ projectId }: { projectId: string }) {
  const list = usePaged(ParticipantsQuery, { id: projectId, first: 50 }, (data) => data.project?.participants);
  if (!list.edges.length) return null;
  return (
    <details class="panel">
      <summary>{t("consortium.current", { count: list.total })}</summary>
      <ul>
        {list.edges.map(({ node }) => (
          <li key={node.id}>
            <OrgLine org={node} />
          </li>
        ))}
      </ul>
      <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
    </details>
  );
}

// The kinds a consortium is expected to mix (the API's CONSORTIUM_KINDS).
const CONSORTIUM_KINDS: OrganizationKind[] = ["COMPANY", "RESEARCH_INSTITUTION", "PUBLIC_ACTOR"];

/** The kinds a project's consortium lacks, with a button to see only those; nothing while its
 * participants are not all read (the list above reads the first 50). */
function LackingKinds({ projectId, onChoose }: { projectId: string; onChoose: (missing: OrganizationKind[]) => void }) {
  const list = usePaged(ParticipantsQuery, { id: projectId, first: 50 }, (data) => data.project?.participants);
  if (list.fetching || list.hasMore || list.edges.length === 0) return null;
  const present = new Set(list.edges.map(({ node }) => node.kind));
  const missing = CONSORTIUM_KINDS.filter((kind) => !present.has(kind));
  if (missing.length === 0) return null;
  return (
    <p data-lacking-kinds>
      {t("consortium.lacksKinds", { kinds: new Intl.ListFormat(locale(), { type: "conjunction" }).format(missing.map((kind) => kindLabel(kind))) })}{" "}
      <button type="button" class="link" onClick={() => onChoose(missing)}>
        {t("consortium.onlyLacking", { count: missing.length })}
      </button>
    </p>
  );
}

/** Why a cluster's members give nothing, and a button to ask the organisations active in
 * its domain. */
function AskActive({ text, label, onAsk }: { text: string; label: string; onAsk: () => void }) {
  return (
    <>
      {text}{" "}
      <button type="button" class="link" onClick={onAsk}>
        {label}
      </button>
    </>
  );
}

/** How many current members a cluster has (undefined while unknown). */
function useMemberCount(clusterId: string): number | undefined {
  const { data } = useQuery(ClusterNamesQuery, {}, { pause: !clusterId });
  const cluster = data?.clusters.find((c) => c.id === clusterId);
  return cluster?.memberCounts.reduce((sum, kind) => sum + kind.count, 0);
}

/** "Only members of" a cluster (the API's clusterId), or any organisation. */
function MembersOf({ chosen, onChange }: { chosen: string; onChange: (id: string) => void }) {
  const { data } = useQuery(ClusterNamesQuery, {});
  return (
    <div class="picker">
      <label for="members-of">{t("consortium.membersOf")}</label>
      <select id="members-of" value={chosen} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t("consortium.anyOrganisation")}</option>
        {(data?.clusters ?? []).map((cluster) => (
          <option key={cluster.id} value={cluster.id}>
            {cluster.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function entryOf(item: SuggestionFieldsFragment, rank: number, builtFor: string): ShortlistEntry {
  return {
    id: item.organization.id,
    name: orgName(item.organization),
    kind: item.organization.kind,
    country: item.organization.country,
    city: item.organization.city,
    website: item.organization.website,
    pic: item.organization.cordisPic,
    rank,
    summary: summaryText(item, "consortium"),
    evidence: evidenceText(item, "consortium"),
    builtFor,
  };
}

type ShortlistProps = {
  entries: ShortlistEntry[];
  onChange: (e: ShortlistEntry[]) => void;
  /** Asks again with the shortlisted organisations in the consortium; null when they all are. */
  onComplete: (() => void) | null;
};

function Shortlist({ entries, onChange, onComplete }: ShortlistProps) {
  const separator = separatorFor(locale());
  return (
    <Section
      id="shortlist"
      title={t("consortium.shortlist", { count: entries.length })}
      actions={
        <button
          type="button"
          disabled={!entries.length}
          onClick={() => download(t("consortium.csvFile"), shortlistCsv(entries, locale(), location.origin))}
        >
          {t("consortium.export")}
        </button>
      }
    >
      {entries.length > 0 && <p class="muted small">{t("consortium.exportHint", { separator })}</p>}
      {entries.length === 0 ? (
        <Empty>{t("consortium.emptyShortlist")}</Empty>
      ) : (
        <ul aria-label={t("consortium.shortlistList")}>
          {entries.map((e) => (
            <li key={e.id}>
              <OrgLine org={{ id: e.id, name: e.name, kind: e.kind, country: e.country, city: e.city }} />{" "}
              <button type="button" class="link" onClick={() => onChange(entries.filter((x) => x.id !== e.id))}>
                {t("consortium.remove")}
                <span class="visually-hidden"> {e.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {onComplete && (
        <>
          <button type="button" onClick={onComplete}>
            {t("consortium.complete")}
          </button>
          <p class="muted small">{t("consortium.completeHint")}</p>
        </>
      )}
    </Section>
  );
}

export default function ConsortiumPage() {
  const { path, query, route } = useLocation();
  useTitle(t("consortium.title"));
  const projectId = query.project ?? "";
  const topicIds = listParam(query.topics);
  // organisations already in the consortium (the API's organizationIds)
  const members = listParam(query.with).slice(0, MOST_CHOSEN);
  const kinds = listParam(query.kinds) as OrganizationKind[];
  const countries = listParam(query.countries).map((c) => c.toUpperCase());
  const projectLabel = useNodeLabel(projectId);
  const set = (changes: Record<string, string | string[]>) => route(withParams(path, { ...query, ...changes }), true);
  const askActive = () => set({ active: "1" });
  const brief = BRIEF_ENABLED ? (query.brief ?? "").trim().slice(0, BRIEF_LENGTH) : "";
  const [briefText, setBriefText] = useState(brief);
  // A call topic's code, and "only members of" a cluster: which of them could answer it.
  const callGiven = (query.call ?? "").trim();
  const callTopic = CALL_TOPIC.test(callGiven) ? callGiven : "";
  const [callText, setCallText] = useState(callGiven);
  const clusterId = query.cluster ?? "";
  const activeToo = Boolean(clusterId) && query.active === "1";
  // a cluster without a member list: said so, not "none of its members fits"
  const memberCount = useMemberCount(clusterId);
  const noMembers = Boolean(clusterId) && !activeToo && memberCount === 0;
  const [shortlist, setShortlist] = useState<ShortlistEntry[]>(() => loadShortlist());
  const results = useRef<HTMLDivElement>(null);
  useEffect(() => saveShortlist(shortlist), [shortlist]);

  const input: ConsortiumBriefInput = {
    projectId: projectId || null,
    ...(members.length ? { organizationIds: members } : {}),
    topicIds: topicIds.length ? topicIds : null,
    // A project's consortium without kinds ticked: every kind (the API would keep only the
    // kinds it lacks, which brought hospitals to a truck project); LackingKinds offers those.
    kinds: kinds.length ? kinds : projectId ? KINDS : null,
    countries: countries.length ? countries : null,
    ...(brief ? { brief } : {}),
    ...(callTopic ? { callTopic } : {}),
    ...(clusterId ? { clusterId } : {}),
    ...(activeToo ? { includeActiveInDomain: true } : {}),
  };
  const ready = Boolean(projectId || members.length || topicIds.length || brief || callTopic);
  const [first, more] = useMoreSuggestions(15, JSON.stringify(input));
  const { data, error, fetching } = useQuery(ConsortiumQuery, { input, first }, { pause: !ready });
  // filters the API took from the brief ("une PME luxembourgeoise"): when nobody fits, say so
  // (none with a call topic: the brief is then the call's own words, the API's rule)
  const withCallTopic = Boolean(callTopic);
  const briefRead = useQuery(BriefWordsQuery, { brief, withCallTopic }, { pause: !brief }).data;
  const briefKinds = appliedFromBrief(briefRead?.briefFilters, Boolean(input.kinds), Boolean(input.countries));
  const fromBrief = [...briefKinds.kinds, ...briefKinds.countries];
  // beside the controls too: their "any" would otherwise contradict the note below
  const fromDescription = (labels: string[]) => (labels.length > 0 ? t("consortium.fromBriefShort", { filters: labels.join(", ") }) : undefined);
  const items = data?.suggestConsortium ?? [];
  // What the suggestions answer, in words (the topics by name), for the shortlist's CSV.
  const describe = async (): Promise<string> => {
    const nameOf = (id: string) => fetchQuery(NodeNameQuery, { id }).then((data) => nodeLabel(data.node, id), () => id);
    const topics = await Promise.all(topicIds.map(nameOf));
    const named = await Promise.all(members.map(nameOf));
    return [
      projectId ? t("consortium.builtForProject", { name: projectLabel }) : "",
      named.length ? t("consortium.builtForMembers", { names: named.join(", ") }) : "",
      topics.length ? t("consortium.builtForTopics", { names: topics.join(", ") }) : "",
      brief ? t("consortium.builtForBrief", { text: brief }) : "",
      callTopic ? t("consortium.builtForCall", { code: callTopic }) : "",
      clusterId ? t(activeToo ? "consortium.builtForClusterActive" : "consortium.builtForCluster", { name: await nameOf(clusterId) }) : "",
    ]
      .filter(Boolean)
      .join("; ");
  };
  const keep = async (item: SuggestionFieldsFragment) => {
    const kept = shortlist.some((e) => e.id === item.organization.id);
    const entry = entryOf(item, items.indexOf(item) + 1, kept ? "" : await describe());
    setShortlist((current) => toggle(current, entry));
  };

  return (
    <div class="page">
      <h1>{t("consortium.title")}</h1>
      <p class="muted">{t("consortium.intro")}</p>
      <div class="columns">
        <div>
          <Section title={t("consortium.brief")}>
            <div class="brief">
              <div>
                {projectId ? (
                  <p>
                    {t("consortium.project")}
                    {t("punctuation.colon")}
                    <strong>{projectLabel}</strong>{" "}
                    <button type="button" class="link" onClick={() => set({ project: "" })}>
                      {t("consortium.clear")}
                    </button>
                  </p>
                ) : (
                  <Picker label={t("consortium.project")} placeholder={t("consortium.projectPlaceholder")} find={findProjects} onPick={(o) => set({ project: o.id })} />
                )}
              </div>
              <OrganizationChoice chosen={members} onChange={(ids) => set({ with: ids })} />
              <TopicChoice chosen={topicIds} onChange={(ids) => set({ topics: ids })} />
              <KindChoice label={t("consortium.kindsWanted")} chosen={kinds} onChange={(next) => set({ kinds: next })} note={fromDescription(briefKinds.kinds)} />
              <CountryPicker label={t("consortium.countriesWanted")} chosen={countries} onChange={(codes) => set({ countries: codes })} none={fromDescription(briefKinds.countries)} />
              <MembersOf chosen={clusterId} onChange={(id) => set({ cluster: id })} />
              {clusterId && (
                <label class="chip">
                  <input type="checkbox" checked={activeToo} onChange={() => set({ active: activeToo ? "" : "1" })} />
                  {t("consortium.activeToo")}
                </label>
              )}
              {BRIEF_ENABLED && (
                <form
                  class="brief-box"
                  onSubmit={(e) => {
                    e.preventDefault();
                    set({ brief: briefText.trim(), call: callText.trim() });
                    requestAnimationFrame(() => reveal(results.current));
                  }}
                >
                  <label for="brief-text">{t("consortium.about")}</label>
                  <textarea
                    id="brief-text"
                    rows={3}
                    maxLength={BRIEF_LENGTH}
                    value={briefText}
                    placeholder={t("consortium.aboutPlaceholder")}
                    aria-describedby="brief-hint"
                    onInput={(e) => setBriefText(e.currentTarget.value)}
                    onKeyDown={(e) => {
                      // Enter runs the search, Shift+Enter starts a new line.
                      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
                        e.preventDefault();
                        e.currentTarget.form?.requestSubmit();
                      }
                    }}
                  />
                  <p id="brief-hint" class="muted">
                    {t("consortium.aboutHint")} <span class="keys-hint">{t("consortium.keysHint")}</span>
                  </p>
                  <label for="call-topic">{t("consortium.callTopic")}</label>
                  <input
                    id="call-topic"
                    type="text"
                    autocomplete="off"
                    spellcheck={false}
                    value={callText}
                    placeholder={t("consortium.callTopicPlaceholder")}
                    aria-invalid={callGiven !== callTopic}
                    aria-describedby={callGiven !== callTopic ? "call-topic-error" : undefined}
                    onInput={(e) => setCallText(e.currentTarget.value)}
                  />
                  {callGiven !== callTopic && (
                    <p id="call-topic-error" class="field-error" role="alert">
                      {t("consortium.callTopicInvalid")}
                    </p>
                  )}
                  {callTopic && <CallTitle code={callTopic} />}
                  <button type="submit">{t("consortium.findPartners")}</button>
                </form>
              )}
            </div>
          </Section>
          {projectId && <Consortium projectId={projectId} />}
          <div ref={results}>
            <Section title={t("consortium.fills")}>
              {projectId && kinds.length === 0 && <LackingKinds projectId={projectId} onChoose={(missing) => set({ kinds: missing.join(",") })} />}
              {ready && !error && <SubjectNote topics={topicIds.length > 0} words={Boolean(brief)} call={callTopic || undefined} members={members.length > 0} />}
              {brief && <BriefWordsNote brief={brief} words={briefRead?.briefWords ?? []} filters={fromBrief} />}
              {items[0] && <KeyWordsNote held={items[0].facts.keyWordsHeld} of={items[0].facts.keyWords} alone={items[0].facts.keyWordAlone} brief={brief} />}
              {!brief &&
                topicIds.map((id) => (
                  <FewProjects
                    key={id}
                    id={id}
                    onWords={(words) => set({ topics: topicIds.filter((other) => other !== id), brief: words })}
                    onTopic={(broader) => set({ topics: topicIds.map((other) => (other === id ? broader : other)) })}
                  />
                ))}
              {!ready ? (
                <Empty>{t("consortium.choose")}</Empty>
              ) : noMembers ? (
                <Empty>
                  <AskActive text={t("consortium.noMemberList")} label={t("consortium.askActive")} onAsk={askActive} />
                </Empty>
              ) : (
                <Status
                  fetching={fetching}
                  error={error}
                  empty={items.length === 0}
                  emptyText={
                    clusterId && !activeToo ? (
                      <AskActive text={t("consortium.nobodyMembers")} label={t("consortium.askActiveToo")} onAsk={askActive} />
                    ) : (
                      t(fromBrief.length > 0 ? "consortium.nobodyFromBrief" : "consortium.nobody")
                    )
                  }
                >
                  <SuggestionList
                    asker="consortium"
                    items={items}
                    label={t("consortium.suggestions")}
                    action={(item) => {
                      const kept = shortlist.some((e) => e.id === item.organization.id);
                      return (
                        <button type="button" aria-pressed={kept} onClick={() => void keep(item)}>
                          {kept ? t("consortium.onShortlist") : t("consortium.add")}
                          <span class="visually-hidden"> {orgName(item.organization)}</span>
                        </button>
                      );
                    }}
                  />
                  <MoreSuggestions shown={items.length} first={first} onClick={more} busy={fetching} />
                </Status>
              )}
              {/* on a phone the shortlist is below every suggestion: a way there stays in view */}
              {shortlist.length > 0 && (
                <p class="shortlist-jump">
                  <a href="#shortlist">
                    {t("consortium.toShortlist", { count: shortlist.length })} <span aria-hidden="true">↓</span>
                  </a>
                </p>
              )}
            </Section>
          </div>
        </div>
        <Shortlist
          entries={shortlist}
          onChange={setShortlist}
          onComplete={
            shortlist.some((e) => !members.includes(e.id))
              ? () => {
                  set({ with: [...new Set([...members, ...shortlist.map((e) => e.id)])].slice(0, MOST_CHOSEN) });
                  requestAnimationFrame(() => reveal(results.current));
                }
              : null
          }
        />
      </div>
    </div>
  );
}

/** Brings the results into view when they start below the window (on a laptop the form
 * fills it: a search run with Enter seemed to do nothing). */
function reveal(element: HTMLElement | null) {
  const top = element?.getBoundingClientRect().top;
  // below the fold, or above the screen (a phone's shortlist is under the results)
  if (element && top !== undefined && (top > window.innerHeight * 0.8 || top < 0)) {
    element.scrollIntoView({ block: "start" });
  }
}

/** The words a topic could be asked in instead: a field's or area's name, a call topic's
 * title; none for a group of calls or a programme part, whose names are codes or too broad
 * ("Calls HORIZON-CL4-SPACE… – Cluster 4: …" would ask for "cluster" and "digital"). */
function topicWords(topic: { kind: string; description?: string | null }, name: string): string | undefined {
  if (topic.kind === "FIELD_OF_SCIENCE" || topic.kind === "THEMATIC_AREA") return name;
  if (topic.kind === "CALL_TOPIC") return topic.description ?? undefined;
  return undefined;
}

/** A chosen topic few projects are tagged with (a field of science is given for Horizon
 * Europe projects only), and the offer to look for its name in the projects' texts instead. */
function FewProjects({ id, onWords, onTopic }: { id: string; onWords: (words: string) => void; onTopic: (broader: string) => void }) {
  const { data } = useQuery(TopicReachQuery, { id });
  const topic = data?.node?.__typename === "Topic" ? data.node : undefined;
  const count = data?.projects.totalCount;
  if (!topic?.name || count === undefined || count >= FEW_PROJECTS) return null;
  const name = topicName(topic);
  const words = topicWords(topic, name);
  // a group of calls: its broader group has more earlier projects
  const broader = topic.kind === "CALL_FAMILY" && topic.broader?.kind === "CALL_FAMILY" ? topic.broader : undefined;
  if (!words && !broader) return null;
  return (
    <p data-few-projects={id}>
      {t("consortium.fewProjects", { count, name })}{" "}
      {words ? (
        <button type="button" class="link" onClick={() => onWords(words)}>
          {t("consortium.askInWords", { name: words })}
        </button>
      ) : (
        broader && (
          <button type="button" class="link" onClick={() => onTopic(broader.id)}>
            {t("consortium.askBroader", { name: topicName(broader) })}
          </button>
        )
      )}
    </p>
  );
}

/** A key word as searched, with a concept's other names: "autonomous driving (or automated
 * driving, autonomous vehicle…)". */
function searchedAs({ word: folded, also }: { word: string; also: string[] }, brief: string): string {
  // a word searched as typed is shown so, accents and all ("Datenräume", not "datenraume")
  const word = asTyped(brief, folded);
  if (also.length === 0) return word;
  const shown = also.slice(0, 3).join(", ");
  return t("consortium.orAlso", { word, also: also.length > 3 ? `${shown}…` : shown });
}

/** The filters the API took from the brief ("une PME luxembourgeoise": SMEs, Luxembourg), as
 * labels of each sort: those of a sort chosen above are not taken (the chosen ones win). */
function appliedFromBrief(
  read: { kinds: OrganizationKind[]; sme?: boolean | null; countries: string[] } | undefined,
  kindsChosen: boolean,
  countriesChosen: boolean,
): { kinds: string[]; countries: string[] } {
  if (!read) return { kinds: [], countries: [] };
  return {
    kinds: [
      ...(read.sme == null ? [] : [t(read.sme ? "consortium.smes" : "consortium.largeCompanies")]),
      ...(kindsChosen ? [] : read.kinds.map((kind) => kindLabel(kind))),
    ],
    countries: countriesChosen ? [] : read.countries.map((code) => countryName(code)),
  };
}

/** The brief's key words as searched (in English where the glossary knows them), and those
 * no project holds: a word to rephrase, since it finds nothing; and who and where it asks
 * for, which the API applies as filters where none of that sort is chosen. */
function BriefWordsNote({ brief, words, filters }: { brief: string; words: BriefWordsResult["briefWords"]; filters: string[] }) {
  const fromBrief = filters.length > 0 && <p data-brief-filters>{t("consortium.fromBrief", { filters: filters.join(", ") })}</p>;
  // a brief of who and where alone asks nothing: the request's error says what to add
  if (words.length === 0) return null;
  // a word asked as typed is named so, accents and all ("Kunststoffabfällen")
  const unfound = words.filter((w) => w.projects === 0).map((w) => asTyped(brief, w.word));
  // names of several words no project holds whole, searched word by word (the API's rule)
  const split = [...new Set(words.flatMap((w) => (w.partOf ? [asTyped(brief, w.partOf)] : [])))];
  return (
    <>
      <p class="muted small" data-brief-words>
        {t("consortium.searchedWords", { words: words.map((w) => searchedAs(w, brief)).join(", ") })}
      </p>
      {split.length > 0 && (
        <p class="muted small" data-split-names>
          {t("consortium.splitNames", { count: split.length, names: quotedList(split, "disjunction") })}
        </p>
      )}
      {fromBrief}
      {unfound.length > 0 && <p data-unfound-words>{t("consortium.unfoundWords", { count: unfound.length, words: quotedList(unfound, "disjunction") })}</p>}
    </>
  );
}

/** When fewer than 3 projects (the API's STRICT_ENOUGH, recommender/text.py) hold every key
 * word of the brief: the suggestions rest on projects that hold at least keyWordsHeld of
 * them, or on the one key word named (`alone`, as typed where the brief has it), said rather
 * than passed off as the whole subject. */
function KeyWordsNote(props: { held?: number | null; of?: number | null; alone?: string | null; brief: string }) {
  const { held, of, alone } = props;
  if (held == null || of == null || held >= of) return null;
  return (
    <p data-key-words>
      {alone
        ? t("consortium.keyWordAlone", { word: t("consortium.quoted", { text: asTyped(props.brief, alone) }) })
        : t("consortium.keyWordsPartial", { count: of, held })}
    </p>
  );
}

/** What "on the subject" counts in the suggestions' sentences, from what was asked. Words
 * alone must nearly all be in a project; with organisations in the consortium, a project
 * with some of them counts, their ties ordering the rest (the API's rule, recommender/engine.py). */
function SubjectNote(asked: { topics: boolean; words: boolean; call?: string; members: boolean }) {
  const words = asked.members ? "consortium.subjectSomeWords" : "consortium.subjectWords";
  // a call asked without words is asked with its title's words when the data has the call
  // (the API's rule); one it lacks, by its group's earlier projects alone
  const { data } = useQuery(CallTopicQuery, { code: asked.call ?? "" }, { pause: !asked.call || asked.words });
  const title = Boolean(asked.call) && !asked.words;
  const groupOnly = title && data !== undefined && !data.callTopic;
  const group = asked.call ? callGroup(asked.call) : "";
  const what = [
    asked.topics && t("consortium.subjectTopics"),
    asked.words && t(words),
    title && t(groupOnly ? "consortium.subjectCallGroup" : "consortium.subjectCallTitle", { group }),
  ].filter((part): part is string => Boolean(part));
  if (what.length === 0) return null;
  const list = new Intl.ListFormat(locale(), { type: "disjunction" }).format(what);
  return (
    <p class="muted small" data-subject-note>
      {t("consortium.subjectIs", { what: list })}
      {asked.call && !groupOnly && ` ${t("consortium.callGroupToo", { group })}`}
      {asked.words && asked.members && ` ${t("consortium.tiesCountToo")}`}
    </p>
  );
}

/** A call's group of calls as the note names it: its name when it has one, with its code
 * ("Clean Hydrogen Partnership (HORIZON-JTI-CLEANH2)"). */
function callGroup(code: string): string {
  const family = narrowestFamily(code) ?? code;
  const name = familyName(family, locale());
  return name ? `${name} (${family})` : family;
}

/** The call topic's title under its code, when the data has the call (else nothing: the
 * suggestions say what the API made of the code). */
function CallTitle({ code }: { code: string }) {
  const { data } = useQuery(CallTopicQuery, { code });
  const topic = data?.callTopic ?? undefined;
  const family = narrowestFamily(code);
  const unknownCall = Boolean(data && !data.callTopic && family);
  const group = useQuery(NodeNameQuery, { id: `call-family-${family}` }, { pause: !unknownCall }).data;
  if (unknownCall && group?.node) {
    // a call the data does not have yet: its family's earlier projects answer (the API's
    // rule; a family the data lacks too is the request's error, said below)
    return (
      <p class="muted" data-call-title>
        {t("consortium.callNotInData", { family: topicName({ id: `call-family-${family}`, kind: "CALL_FAMILY", code: family }) })}
      </p>
    );
  }
  if (!topic?.description) return null;
  // a code typed in another case: the data's spelling, to copy from
  const spelled = topic.code && topic.code !== code.trim() ? topic.code : null;
  return (
    <p class="muted" data-call-title>
      {spelled
        ? t("consortium.callTitleSpelled", { code: spelled, title: topic.description })
        : t("consortium.callTitle", { title: topic.description })}
    </p>
  );
}
