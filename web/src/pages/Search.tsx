// Search as you type across organisations, projects, clusters and topics. The API filters
// (`search(types, kinds, countries, programmes)`) and counts (`searchFacets`): the facets show
// how the best matches divide up (kinds within the chosen countries, countries within the
// chosen kinds), and picking one asks the API again.
import { useLocation } from "preact-iso";
import { useEffect, useId, useState } from "preact/hooks";
import type { SearchFacetsQuery as FacetsData, SearchQuery as SearchData, SearchType } from "../gql/graphql";
import { SearchFacetsDocument as SearchFacetsQuery, SearchDocument as SearchQuery } from "../gql/graphql";
import { OrgLine, Status } from "../components/common";
import { CoverageNote } from "../components/Coverage";
import { locale, t } from "../i18n";
import { clusterTexts } from "../i18n/clusters";
import { useQuery } from "../lib/client";
import { useDebounced, useTitle } from "../lib/debounce";
import { countryName, facetKind, kindLabel, programmeLabel, projectName, projectWhen, topicCode, topicKindLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { wideScreen } from "../lib/screen";
import { TYPES, nextFilters, readFilters, type Filters } from "../lib/searchFilters";
import { fold } from "../lib/words";

export const SEARCH_DELAY_MS = 90;
// The API refuses longer search words; the box stops there.
const MAX_QUERY = 200;
const PAGE = 25;
const MOST = 100;
const COUNTRIES_SHOWN = 12;
// Where a cluster manager who does not search for a name starts.
const START = [
  ["/clusters", "search.startClusters", "search.startClustersText"],
  ["/consortium", "search.startConsortium", "search.startConsortiumText"],
  ["/initiative", "search.startInitiative", "search.startInitiativeText"],
] as const;

type Hit = SearchData["search"][number];

function HitLine({ hit }: { hit: Hit }) {
  const node = hit.node;
  switch (node.__typename) {
    case "Organization": {
      // a short name the name does not hold may be what the words found ("CaR": CALABRIA REGIONE)
      const other = node.shortName && !fold(node.displayName).includes(fold(node.shortName)) ? node.shortName : null;
      return (
        <>
          <OrgLine org={node} />
          {other && <span class="muted"> · {t("org.alsoCalled", { name: other })}</span>}
          <span class="muted"> · {t("org.projects", { count: node.projectCount })}</span>
        </>
      );
    }
    case "Project":
      return (
        <>
          <a href={nodePath("Project", node.id)}>{projectName(node)}</a> <span class="badge">{t("search.badgeProject")}</span>
          <span class="muted">
            {" "}
            · {programmeLabel(node.programme)}, {projectWhen(node)}
          </span>
        </>
      );
    case "Cluster":
      return (
        <>
          <a href={nodePath("Cluster", node.id)}>{node.clusterName}</a> <span class="badge">{t("search.badgeCluster")}</span>
          {node.sector && <span class="muted"> · {clusterTexts(node, locale()).sector}</span>}
        </>
      );
    case "Topic": {
      const title = topicName({ ...node, kind: node.topicKind });
      const code = topicCode({ ...node, kind: node.topicKind });
      return (
        <>
          <a href={nodePath("Topic", node.id)}>{title}</a> <span class="badge">{topicKindLabel(node.topicKind)}</span>
          {code && <span class="muted"> · {code}</span>}
        </>
      );
    }
  }
}

function Results({ text, filters }: { text: string; filters: Filters }) {
  const [first, setFirst] = useState(PAGE);
  // One hit more than is shown tells whether there are more (up to the API's 100).
  const variables = {
    query: text,
    first: Math.min(first + 1, MOST),
    types: filters.type === "all" ? null : [TYPES.find(([name]) => name === filters.type)![1] as SearchType],
    kinds: filters.kinds.length ? filters.kinds : null,
    countries: filters.countries.length ? filters.countries : null,
    programmes: filters.programmes.length ? filters.programmes : null,
  };
  useEffect(() => setFirst(PAGE), [text, filters.type, filters.kinds.join(), filters.countries.join(), filters.programmes.join()]);
  const { data, error, fetching } = useQuery(SearchQuery, variables);
  const found = data?.search ?? [];
  const hits = found.slice(0, first);
  // "with these filters" only when there are some
  const filtered = filters.type !== "all" || filters.kinds.length + filters.countries.length + filters.programmes.length > 0;
  return (
    <Status fetching={fetching} error={error} empty={!data || hits.length === 0} emptyText={`${t(filtered ? "search.nothing" : "search.nothingAtAll", { text })} ${t("search.nothingHint")}`}>
      <ul class="results" aria-label={t("search.results")} data-count={hits.length}>
        {hits.map((hit) => (
          <li key={hit.node.id}>
            <HitLine hit={hit} />
          </li>
        ))}
      </ul>
      {found.length > first && (
        <p class="more">
          <button type="button" onClick={() => setFirst(first + PAGE)} disabled={fetching}>
            {fetching ? t("state.loading") : t("state.moreResults")}
          </button>
        </p>
      )}
    </Status>
  );
}

type FacetCount = FacetsData["searchFacets"]["types"][number];
const FACET_CANDIDATES = 1000;

function Chip(props: { label: string; count?: number; checked: boolean; onChange: () => void; type?: "radio" | "checkbox"; name?: string }) {
  return (
    <label class="chip">
      <input type={props.type ?? "checkbox"} name={props.name} checked={props.checked} onChange={props.onChange} />
      {props.label}
      {props.count != null && <span class="count"> {props.count.toLocaleString(locale())}</span>}
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
  const ofOrganisations = filters.type === "all" || filters.type === "organizations";
  const kinds = ofOrganisations && facets ? facets.kinds : [];
  const countriesFound = ofOrganisations && facets ? facets.countries : [];
  const programmes = (filters.type === "all" || filters.type === "projects") && facets ? facets.programmes : [];
  const countries = countriesFound.slice(0, COUNTRIES_SHOWN);
  const extraCountries = filters.countries.filter((c) => !countries.some((f) => f.value === c));
  // On a phone the finer filters would fill the first screen: folded away unless one is set.
  const chosen = filters.kinds.length + filters.countries.length + filters.programmes.length > 0;
  const [open, setOpen] = useState(() => chosen || wideScreen());
  // the summary names the groups it holds for the type shown
  const folded = [
    kinds.length > 0 && t("search.moreFiltersKind"),
    countriesFound.length > 0 && t("search.moreFiltersCountry"),
    programmes.length > 0 && t("search.moreFiltersProgramme"),
  ].filter(Boolean);
  return (
    <div class="facet-groups">
      <fieldset class="facets">
        <legend>{t("search.show")}</legend>
        <Chip type="radio" name="type" label={t("search.everything")} count={all} checked={filters.type === "all"} onChange={() => onChange({ type: "all" })} />
        {TYPES.map(([name, value, label]) => (
          <Chip key={name} type="radio" name="type" label={t(label)} count={facets && count(facets.types, value)} checked={filters.type === name} onChange={() => onChange({ type: name })} />
        ))}
      </fieldset>
      {/* nothing to fold for clusters and topics, nor before the counts come */}
      {kinds.length + countriesFound.length + programmes.length > 0 && (
        <details class="more-filters" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
          <summary>{t("search.moreFilters", { groups: folded.join(", ") })}</summary>
          {kinds.length > 0 && (
            <fieldset class="facets">
              <legend>{t("search.kindOfOrganisation")}</legend>
              {kinds.map((f) => {
                const kind = facetKind(f.value);
                return kind ? (
                  <Chip key={f.value} label={kindLabel(kind)} count={f.count} checked={filters.kinds.includes(kind)} onChange={() => onChange({ kinds: toggled(filters.kinds, kind) })} />
                ) : null;
              })}
            </fieldset>
          )}
          {countriesFound.length > 0 && (
            <fieldset class="facets">
              <legend>{t("search.country")}</legend>
              {[...countries, ...extraCountries.map((value) => ({ value, count: 0 }))].map((f) => (
                <Chip
                  key={f.value}
                  label={countryName(f.value) || f.value}
                  count={f.count || undefined}
                  checked={filters.countries.includes(f.value)}
                  onChange={() => onChange({ countries: toggled(filters.countries, f.value) })}
                />
              ))}
              {countriesFound.length > COUNTRIES_SHOWN && (
                <span class="muted"> {t("search.moreCountries", { count: countriesFound.length - COUNTRIES_SHOWN })}</span>
              )}
            </fieldset>
          )}
          {programmes.length > 0 && (
            <fieldset class="facets">
              <legend>{t("search.programme")}</legend>
              {programmes.map((f) => (
                <Chip key={f.value} label={programmeLabel(f.value)} count={f.count} checked={filters.programmes.includes(f.value)} onChange={() => onChange({ programmes: toggled(filters.programmes, f.value) })} />
              ))}
            </fieldset>
          )}
        </details>
      )}
      {/* the API counts its best FACET_CANDIDATES (1,000) matches: said only when they are cut */}
      {facets && (all ?? 0) >= FACET_CANDIDATES && <p class="muted small">{t("search.countsNote")}</p>}
    </div>
  );
}

export function Search() {
  const location = useLocation();
  const filters = readFilters(location.query);
  const [text, setText] = useState(location.query.q ?? "");
  const settled = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const inputId = useId();
  useTitle(settled ? t("search.title", { text: settled }) : "");
  const ready = settled.length >= 2;
  // kinds count within the chosen countries and countries within the chosen kinds
  const facetFilters = { kinds: filters.kinds.length ? filters.kinds : null, countries: filters.countries.length ? filters.countries : null };
  const facets = useQuery(SearchFacetsQuery, { query: settled, ...facetFilters }, { pause: !ready });

  const update = (next: Filters, q = settled) => {
    location.route(
      withParams("/", {
        q,
        type: next.type === "all" ? "" : next.type,
        kinds: next.kinds,
        countries: next.countries,
        programmes: next.programmes,
        // an address that asked for a language keeps it (a link sent on shows the same page)
        lang: location.query.lang ?? "",
      }),
      true,
    );
  };
  useEffect(() => {
    if (settled !== (location.query.q ?? "")) update(filters, settled);
  }, [settled]);

  return (
    <div class="page search-page">
      <h1>{t("search.heading")}</h1>
      <form class="search-form" role="search" onSubmit={(event) => event.preventDefault()}>
        <label for={inputId}>{t("search.label")}</label>
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          autoFocus
          autocomplete="off"
          maxLength={MAX_QUERY}
          placeholder={t("search.placeholder")}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {ready && <Facets facets={facets.data?.searchFacets} filters={filters} onChange={(change) => update(nextFilters(filters, change))} />}

      </form>
      <CoverageNote className="muted small" />
      <div class="search-results" aria-live="polite">
        {!ready && (
          <>
            <p class="muted">{t("search.hint")}</p>
            <h2>{t("search.startTitle")}</h2>
            <ul class="start">
              {START.map(([href, name, text]) => (
                <li key={href}>
                  <a href={href}>{t(name)}</a>
                  {t("punctuation.colon")}
                  {t(text)}
                </li>
              ))}
            </ul>
          </>
        )}
        {ready && <Results text={settled} filters={filters} />}
      </div>
    </div>
  );
}
