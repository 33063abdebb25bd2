// Search as you type across organisations, projects, clusters and topics. The API filters
// (`search(types, kinds, countries, programmes)`) and counts (`searchFacets`): the facets show
// how the best matches divide up, and picking one asks the API again.
import { useLocation } from "preact-iso";
import { useEffect, useId, useState } from "preact/hooks";
import type { SearchFacetsQuery as FacetsData, SearchQuery as SearchData, SearchType } from "../gql/graphql";
import { SearchFacetsQuery, SearchQuery } from "../graphql/operations";
import { OrgLine, Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useDebounced, useTitle } from "../lib/debounce";
import { countryName, facetKind, kindLabel, programmeLabel, projectName, projectWhen, topicKindLabel } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { TYPES, nextFilters, readFilters, type Filters } from "../lib/searchFilters";

export const SEARCH_DELAY_MS = 90;
const PAGE = 25;
const MOST = 100;
const COUNTRIES_SHOWN = 12;

type Hit = SearchData["search"][number];

function HitLine({ hit }: { hit: Hit }) {
  const node = hit.node;
  switch (node.__typename) {
    case "Organization":
      return (
        <>
          <OrgLine org={node} />
          <span class="muted"> · {node.projectCount} projects</span>
        </>
      );
    case "Project":
      return (
        <>
          <a href={nodePath("Project", node.id)}>{projectName(node)}</a> <span class="badge">Project</span>
          <span class="muted">
            {" "}
            · {programmeLabel(node.programme)}, {projectWhen(node)}
          </span>
        </>
      );
    case "Cluster":
      return (
        <>
          <a href={nodePath("Cluster", node.id)}>{node.clusterName}</a> <span class="badge">Cluster</span>
          {node.sector && <span class="muted"> · {node.sector}</span>}
        </>
      );
    case "Topic":
      return (
        <>
          <a href={nodePath("Topic", node.id)}>{node.name ?? node.code ?? node.id}</a>{" "}
          <span class="badge">{topicKindLabel(node.topicKind)}</span>
          {node.description && node.description !== node.name && <span class="muted"> · {node.description}</span>}
        </>
      );
  }
}

function Results({ text, filters }: { text: string; filters: Filters }) {
  const [first, setFirst] = useState(PAGE);
  const variables = {
    query: text,
    first,
    types: filters.type === "all" ? null : [TYPES.find(([name]) => name === filters.type)![1] as SearchType],
    kinds: filters.kinds.length ? filters.kinds : null,
    countries: filters.countries.length ? filters.countries : null,
    programmes: filters.programmes.length ? filters.programmes : null,
  };
  useEffect(() => setFirst(PAGE), [text, filters.type, filters.kinds.join(), filters.countries.join(), filters.programmes.join()]);
  const { data, error, fetching } = useQuery(SearchQuery, variables);
  const hits = data?.search ?? [];
  return (
    <Status what="results" fetching={fetching} error={error} empty={!data || hits.length === 0} emptyText={`Nothing matches “${text}” with these filters.`}>
      <ul class="results" aria-label="Search results" data-count={hits.length}>
        {hits.map((hit) => (
          <li key={hit.node.id}>
            <HitLine hit={hit} />
          </li>
        ))}
      </ul>
      {hits.length === first && first < MOST && (
        <p class="more">
          <button type="button" onClick={() => setFirst(first + PAGE)} disabled={fetching}>
            {fetching ? "Loading…" : "Show more results"}
          </button>
        </p>
      )}
    </Status>
  );
}

type FacetCount = FacetsData["searchFacets"]["types"][number];

function Chip(props: { label: string; count?: number; checked: boolean; onChange: () => void; type?: "radio" | "checkbox"; name?: string }) {
  return (
    <label class="chip">
      <input type={props.type ?? "checkbox"} name={props.name} checked={props.checked} onChange={props.onChange} />
      {props.label}
      {props.count != null && <span class="count"> {props.count.toLocaleString("en")}</span>}
    </label>
  );
}

function toggled<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

function Facets(props: { facets: FacetsData["searchFacets"] | undefined; filters: Filters; onChange: (change: Partial<Filters>) => void }) {
  const { facets, filters, onChange } = props;
  const count = (list: FacetCount[] | undefined, value: string) => list?.find((f) => f.value === value)?.count ?? 0;
  const all = facets?.types.reduce((sum, f) => sum + f.count, 0);
  const countries = facets?.countries.slice(0, COUNTRIES_SHOWN) ?? [];
  const extraCountries = filters.countries.filter((c) => !countries.some((f) => f.value === c));
  return (
    <div class="facet-groups">
      <fieldset class="facets">
        <legend>Show</legend>
        <Chip type="radio" name="type" label="Everything" count={all} checked={filters.type === "all"} onChange={() => onChange({ type: "all" })} />
        {TYPES.map(([name, , value, label]) => (
          <Chip key={name} type="radio" name="type" label={label} count={facets && count(facets.types, value)} checked={filters.type === name} onChange={() => onChange({ type: name })} />
        ))}
      </fieldset>
      {(filters.type === "all" || filters.type === "organizations") && facets && facets.kinds.length > 0 && (
        <fieldset class="facets">
          <legend>Kind of organisation</legend>
          {facets.kinds.map((f) => {
            const kind = facetKind(f.value);
            return kind ? (
              <Chip key={f.value} label={kindLabel(kind)} count={f.count} checked={filters.kinds.includes(kind)} onChange={() => onChange({ kinds: toggled(filters.kinds, kind) })} />
            ) : null;
          })}
        </fieldset>
      )}
      {(filters.type === "all" || filters.type === "organizations") && facets && facets.countries.length > 0 && (
        <fieldset class="facets">
          <legend>Country</legend>
          {[...countries, ...extraCountries.map((value) => ({ value, count: 0 }))].map((f) => (
            <Chip
              key={f.value}
              label={countryName(f.value) || f.value}
              count={f.count || undefined}
              checked={filters.countries.includes(f.value)}
              onChange={() => onChange({ countries: toggled(filters.countries, f.value) })}
            />
          ))}
          {facets.countries.length > COUNTRIES_SHOWN && <span class="muted"> and {facets.countries.length - COUNTRIES_SHOWN} more countries</span>}
        </fieldset>
      )}
      {(filters.type === "all" || filters.type === "projects") && facets && facets.programmes.length > 0 && (
        <fieldset class="facets">
          <legend>Programme</legend>
          {facets.programmes.map((f) => (
            <Chip key={f.value} label={programmeLabel(f.value)} count={f.count} checked={filters.programmes.includes(f.value)} onChange={() => onChange({ programmes: toggled(filters.programmes, f.value) })} />
          ))}
        </fieldset>
      )}
      {facets && <p class="muted small">Counts are of the best 1,000 matches of the words, before filters.</p>}
    </div>
  );
}

export function Search() {
  const location = useLocation();
  const filters = readFilters(location.query);
  const [text, setText] = useState(location.query.q ?? "");
  const settled = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const inputId = useId();
  useTitle(settled ? `Search: ${settled}` : "");
  const ready = settled.length >= 2;
  const facets = useQuery(SearchFacetsQuery, { query: settled }, { pause: !ready });

  const update = (next: Filters, q = settled) => {
    location.route(
      withParams("/", {
        q,
        type: next.type === "all" ? "" : next.type,
        kinds: next.kinds,
        countries: next.countries,
        programmes: next.programmes,
      }),
      true,
    );
  };
  useEffect(() => {
    if (settled !== (location.query.q ?? "")) update(filters, settled);
  }, [settled]);

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
        {ready && <Facets facets={facets.data?.searchFacets} filters={filters} onChange={(change) => update(nextFilters(filters, change))} />}
        {facets.error && <p class="state error">{facets.error}</p>}
      </form>
      <div class="search-results" aria-live="polite">
        {!ready && <p class="muted">Type at least two letters. Accents and case do not matter.</p>}
        {ready && <Results text={settled} filters={filters} />}
      </div>
    </div>
  );
}
