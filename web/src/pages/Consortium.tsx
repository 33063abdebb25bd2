// The consortium builder: from a project, or from topics, kinds and countries, see who fills
// the gaps (suggestConsortium), keep a shortlist and export it as CSV.
import { useLocation } from "preact-iso";
import { useEffect, useState } from "preact/hooks";
import type { ConsortiumBriefInput, OrganizationKind, SuggestionFieldsFragment } from "../gql/graphql";
import { ConsortiumQuery, NodeNameQuery, ParticipantsQuery } from "../graphql/operations";
import { Empty, MoreButton, OrgLine, Section, Status } from "../components/common";
import { Picker } from "../components/Picker";
import { SuggestionList } from "../components/Suggestions";
import { useQuery } from "../lib/client";
import { download } from "../lib/csv";
import { useTitle } from "../lib/debounce";
import { findProjects, findTopics } from "../lib/finders";
import { KINDS, kindLabel, orgName, projectName } from "../lib/format";
import { listParam, withParams } from "../lib/links";
import { usePaged } from "../lib/paging";
import { loadShortlist, saveShortlist, shortlistCsv, toggle, type ShortlistEntry } from "../lib/shortlist";

// The brief in words (`ConsortiumBriefInput.brief`): the box, its URL parameter and the
// request. The type check below fails if the schema loses the field.
type SchemaHasBrief = "brief" extends keyof ConsortiumBriefInput ? true : false;
export const BRIEF_ENABLED: SchemaHasBrief = true;
const BRIEF_LENGTH = 1000;

function NodeLabel({ id }: { id: string }) {
  const { data } = useQuery(NodeNameQuery, { id });
  const node = data?.node;
  if (!node) return <>{id}</>;
  if (node.__typename === "Project") return <>{projectName(node)}</>;
  if (node.__typename === "Organization") return <>{orgName(node)}</>;
  if (node.__typename === "Topic") return <>{node.name ?? id}</>;
  if (node.__typename === "Cluster") return <>{node.clusterName}</>;
  return <>{id}</>;
}

function Consortium({ projectId }: { projectId: string }) {
  const list = usePaged(ParticipantsQuery, { id: projectId, first: 50 }, (data) => data.project?.participants);
  if (!list.edges.length) return null;
  return (
    <details class="panel">
      <summary>Current consortium ({list.total})</summary>
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

function entryOf(item: SuggestionFieldsFragment): ShortlistEntry {
  return {
    id: item.organization.id,
    name: orgName(item.organization),
    kind: item.organization.kind,
    country: item.organization.country,
    city: item.organization.city,
    score: item.score,
    reasons: item.reasons.map((r) => r.label),
  };
}

function Shortlist({ entries, onChange }: { entries: ShortlistEntry[]; onChange: (e: ShortlistEntry[]) => void }) {
  return (
    <Section
      id="shortlist"
      title={`Shortlist (${entries.length})`}
      actions={
        <button type="button" disabled={!entries.length} onClick={() => download("consortium-shortlist.csv", shortlistCsv(entries))}>
          Export CSV
        </button>
      }
    >
      {entries.length === 0 ? (
        <Empty>Add suggested organisations to keep them here.</Empty>
      ) : (
        <ul aria-label="Shortlist">
          {entries.map((e) => (
            <li key={e.id}>
              <OrgLine org={{ id: e.id, name: e.name, kind: e.kind, country: e.country, city: e.city }} />{" "}
              <button type="button" class="link" onClick={() => onChange(entries.filter((x) => x.id !== e.id))}>
                remove<span class="visually-hidden"> {e.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export default function ConsortiumPage() {
  const { path, query, route } = useLocation();
  useTitle("Consortium builder");
  const projectId = query.project ?? "";
  const topicIds = listParam(query.topics);
  const kinds = listParam(query.kinds) as OrganizationKind[];
  const countries = listParam(query.countries).map((c) => c.toUpperCase());
  const set = (changes: Record<string, string | string[]>) => route(withParams(path, { ...query, ...changes }), true);
  const brief = BRIEF_ENABLED ? (query.brief ?? "").trim().slice(0, BRIEF_LENGTH) : "";
  const [countryText, setCountryText] = useState(countries.join(","));
  const [briefText, setBriefText] = useState(brief);
  const [shortlist, setShortlist] = useState<ShortlistEntry[]>(() => loadShortlist());
  useEffect(() => saveShortlist(shortlist), [shortlist]);

  const input: ConsortiumBriefInput = {
    projectId: projectId || null,
    topicIds: topicIds.length ? topicIds : null,
    kinds: kinds.length ? kinds : null,
    countries: countries.length ? countries : null,
    ...(brief ? { brief } : {}),
  };
  const ready = Boolean(projectId || topicIds.length || brief);
  const { data, error, fetching } = useQuery(ConsortiumQuery, { input, first: 15 }, { pause: !ready });
  const items = data?.suggestConsortium ?? [];
  const toggleKind = (kind: OrganizationKind) =>
    set({ kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind] });

  return (
    <div class="page">
      <h1>Consortium builder</h1>
      <p class="muted">Start from a project to complete its consortium, or from the topics it must cover.</p>
      <div class="columns">
        <div>
          <Section title="Brief">
            <div class="brief">
              <div>
                {projectId ? (
                  <p>
                    Project: <strong><NodeLabel id={projectId} /></strong>{" "}
                    <button type="button" class="link" onClick={() => set({ project: "" })}>
                      clear
                    </button>
                  </p>
                ) : (
                  <Picker label="Project" placeholder="acronym or title" find={findProjects} onPick={(o) => set({ project: o.id })} />
                )}
              </div>
              <div>
                <Picker label="Add a topic" placeholder="e.g. transport, health" find={findTopics} onPick={(o) => set({ topics: [...new Set([...topicIds, o.id])] })} />
                {topicIds.length > 0 && (
                  <ul class="inline-list" aria-label="Topics">
                    {topicIds.map((t) => (
                      <li key={t} class="chip">
                        <NodeLabel id={t} />{" "}
                        <button type="button" class="link" onClick={() => set({ topics: topicIds.filter((x) => x !== t) })}>
                          remove
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
              <fieldset>
                <legend>Kinds wanted</legend>
                {KINDS.map((kind) => (
                  <label key={kind} class="chip">
                    <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />
                    {kindLabel(kind)}
                  </label>
                ))}
              </fieldset>
              <label>
                Countries wanted{" "}
                <input
                  class="medium"
                  value={countryText}
                  placeholder="e.g. LU,BE,NL"
                  onInput={(e) => setCountryText(e.currentTarget.value)}
                  onChange={(e) => set({ countries: e.currentTarget.value.replaceAll(" ", "") })}
                />
              </label>
              {BRIEF_ENABLED && (
                <label>
                  What the consortium is about, in words
                  <textarea
                    rows={3}
                    maxLength={BRIEF_LENGTH}
                    value={briefText}
                    placeholder="e.g. hydrogen refuelling for heavy-duty trucks"
                    onInput={(e) => setBriefText(e.currentTarget.value)}
                    onChange={(e) => set({ brief: e.currentTarget.value.trim() })}
                  />
                </label>
              )}
            </div>
          </Section>
          {projectId && <Consortium projectId={projectId} />}
          <Section title="Who fills the gaps">
            {!ready ? (
              <Empty>{BRIEF_ENABLED ? "Choose a project or a topic, or describe the consortium in words." : "Choose a project or at least one topic."}</Empty>
            ) : (
              <Status what="suggestions" fetching={fetching} error={error} empty={items.length === 0} emptyText="Nobody fits this brief.">
                <SuggestionList
                  items={items}
                  label="Consortium suggestions"
                  action={(item) => {
                    const kept = shortlist.some((e) => e.id === item.organization.id);
                    return (
                      <button type="button" aria-pressed={kept} onClick={() => setShortlist(toggle(shortlist, entryOf(item)))}>
                        {kept ? "On shortlist" : "Add to shortlist"}
                        <span class="visually-hidden"> {orgName(item.organization)}</span>
                      </button>
                    );
                  }}
                />
              </Status>
            )}
          </Section>
        </div>
        <Shortlist entries={shortlist} onChange={setShortlist} />
      </div>
    </div>
  );
}
