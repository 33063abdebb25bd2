// Search as you type across organisations, projects, clusters and topics, with facets.
// "All" asks `search`; the organisation and project facets ask `organizations` and `projects`
// with their filters, so kind, country and programme are filtered by the API, with totals.
import { useLocation } from "preact-iso";
import { useEffect, useId, useState } from "preact/hooks";
import type { OrganizationKind } from "../gql/graphql";
import { OrganizationsQuery, ProjectsQuery, SearchQuery } from "../graphql/operations";
import { Status, OrgLine } from "../components/common";
import { useQuery } from "../lib/client";
import { useDebounced, useTitle } from "../lib/debounce";
import { KINDS, kindLabel, projectName, year } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

export const SEARCH_DELAY_MS = 90;
const TYPES = [
  ["all", "Everything"],
  ["organizations", "Organisations"],
  ["projects", "Projects"],
  ["clusters", "Clusters"],
  ["topics", "Topics"],
] as const;
type SearchType = (typeof TYPES)[number][0];
export const PROGRAMMES = [
  ["H2020", "Horizon 2020"],
  ["HORIZON", "Horizon Europe"],
] as const;

interface Facets {
  type: SearchType;
  kind: string;
  country: string;
  programme: string;
}

function readFacets(query: Record<string, string>): Facets {
  const type = (TYPES.find(([value]) => value === query.type)?.[0] ?? "all") as SearchType;
  return {
    type,
    kind: query.kind ?? "",
    country: (query.country ?? "").toUpperCase(),
    programme: query.programme ?? "",
  };
}

function AllResults({ text, only }: { text: string; only?: "Cluster" | "Topic" }) {
  const { data, error, fetching } = useQuery(SearchQuery, { query: text, first: only ? 50 : 20 });
  const hits = (data?.search ?? []).filter((hit) => !only || hit.node.__typename === only);
  return (
    <Status what="results" fetching={fetching} error={error} empty={!data || hits.length === 0} emptyText={`Nothing matches “${text}”.`}>
      <ul class="results" aria-label="Search results" data-count={hits.length}>
        {hits.map(({ node }) => (
          <li key={node.id}>
            {node.__typename === "Organization" && <OrgLine org={node} />}
            {node.__typename === "Project" && (
              <>
                <a href={nodePath("Project", node.id)}>{projectName(node)}</a>{" "}
                <span class="badge">Project</span>
                <span class="muted">
                  {" "}
                  · {[node.programme, year(node.startDate)].filter(Boolean).join(", ")}
                </span>
              </>
            )}
            {node.__typename === "Cluster" && (
              <>
                <a href={nodePath("Cluster", node.id)}>{node.clusterName}</a> <span class="badge">Cluster</span>
                {node.sector && <span class="muted"> · {node.sector}</span>}
              </>
            )}
            {node.__typename === "Topic" && (
              <>
                <a href={nodePath("Topic", node.id)}>{node.name ?? node.id}</a> <span class="badge">Topic</span>
                {node.code && <span class="muted"> · {node.code}</span>}
              </>
            )}
          </li>
        ))}
      </ul>
    </Status>
  );
}

function OrganizationResults({ text, facets }: { text: string; facets: Facets }) {
  const filter = {
    text,
    kinds: facets.kind ? [facets.kind as OrganizationKind] : null,
    country: facets.country || null,
  };
  const { data, error, fetching } = useQuery(OrganizationsQuery, { filter, first: 25 });
  const edges = data?.organizations.edges ?? [];
  return (
    <Status what="organisations" fetching={fetching} error={error} empty={!data || edges.length === 0} emptyText="No organisation matches.">
      <p class="muted" aria-live="polite">
        {data?.organizations.totalCount} organisations
      </p>
      <ul class="results" aria-label="Search results" data-count={edges.length}>
        {edges.map(({ node }) => (
          <li key={node.id}>
            <OrgLine org={node} />
            <span class="muted"> · {node.projectCount} projects</span>
          </li>
        ))}
      </ul>
    </Status>
  );
}

function ProjectResults({ text, facets }: { text: string; facets: Facets }) {
  const filter = { text, programme: facets.programme || null };
  const { data, error, fetching } = useQuery(ProjectsQuery, { filter, first: 25 });
  const edges = data?.projects.edges ?? [];
  return (
    <Status what="projects" fetching={fetching} error={error} empty={!data || edges.length === 0} emptyText="No project matches.">
      <p class="muted" aria-live="polite">
        {data?.projects.totalCount} projects
      </p>
      <ul class="results" aria-label="Search results" data-count={edges.length}>
        {edges.map(({ node }) => (
          <li key={node.id}>
            <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
            <span class="muted"> · {[node.programme, year(node.startDate)].filter(Boolean).join(", ")}</span>
          </li>
        ))}
      </ul>
    </Status>
  );
}

export function Search() {
  const location = useLocation();
  const facets = readFacets(location.query);
  const [text, setText] = useState(location.query.q ?? "");
  const settled = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const inputId = useId();
  useTitle(settled ? `Search: ${settled}` : "");

  const update = (next: Partial<Facets> & { q?: string }) => {
    const merged = { ...facets, q: settled, ...next };
    location.route(
      withParams("/", {
        q: merged.q,
        type: merged.type === "all" ? "" : merged.type,
        kind: merged.type === "organizations" ? merged.kind : "",
        country: merged.type === "organizations" ? merged.country : "",
        programme: merged.type === "projects" ? merged.programme : "",
      }),
      true,
    );
  };
  useEffect(() => {
    if (settled !== (location.query.q ?? "")) update({ q: settled });
  }, [settled]);

  const ready = settled.length >= 2;
  return (
    <div class="page search-page">
      <h1>Find organisations, projects, clusters and topics</h1>
      <form class="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for={inputId}>Search</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          autoFocus
          autocomplete="off"
          placeholder="e.g. Universite du Luxembourg, automotive, SC4"
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <fieldset class="facets">
          <legend>Show</legend>
          {TYPES.map(([value, label]) => (
            <label key={value} class="chip">
              <input
                type="radio"
                name="type"
                value={value}
                checked={facets.type === value}
                onChange={() => update({ type: value })}
              />
              {label}
            </label>
          ))}
        </fieldset>
        {facets.type === "organizations" && (
          <div class="facet-row">
            <label>
              Kind{" "}
              <select value={facets.kind} onChange={(event) => update({ kind: event.currentTarget.value })}>
                <option value="">any</option>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kindLabel(kind)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Country code{" "}
              <input
                class="short"
                value={facets.country}
                maxLength={2}
                placeholder="LU"
                onChange={(event) => update({ country: event.currentTarget.value.toUpperCase() })}
              />
            </label>
          </div>
        )}
        {facets.type === "projects" && (
          <div class="facet-row">
            <label>
              Programme{" "}
              <select value={facets.programme} onChange={(event) => update({ programme: event.currentTarget.value })}>
                <option value="">any</option>
                {PROGRAMMES.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        )}
      </form>
      <div class="search-results" aria-live="polite">
        {!ready && <p class="muted">Type at least two letters. Accents and case do not matter.</p>}
        {ready && facets.type === "all" && <AllResults text={settled} />}
        {ready && facets.type === "clusters" && <AllResults text={settled} only="Cluster" />}
        {ready && facets.type === "topics" && <AllResults text={settled} only="Topic" />}
        {ready && facets.type === "organizations" && <OrganizationResults text={settled} facets={facets} />}
        {ready && facets.type === "projects" && <ProjectResults text={settled} facets={facets} />}
      </div>
    </div>
  );
}
