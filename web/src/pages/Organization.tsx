// An organisation: profile, clusters, competences by kind, projects of both programmes,
// partners (both paged by cursor) and suggested partners.
import { useLocation, useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import {
  CompetencesQuery,
  OrganizationProjectsQuery,
  OrganizationQuery,
  PartnersQuery,
  SuggestPartnersQuery,
} from "../graphql/operations";
import type { CompetenceFieldsFragment, OrganizationQuery as OrganizationData, TopicKind } from "../gql/graphql";
import { Empty, KindBadge, MoreButton, OrgLine, Section, Status } from "../components/common";
import { SuggestionList } from "../components/Suggestions";
import { SuggestionFilterForm, filterFromQuery } from "../components/SuggestionFilter";
import { Tabs } from "../components/Tabs";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import {
  countryName,
  money,
  nameSourceLabel,
  orgName,
  programmeLabel,
  projectName,
  projectWhen,
  roleLabel,
  topicKindLabel,
  topicName,
  type TopicKindName,
} from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { usePaged } from "../lib/paging";

const TABS = [
  ["overview", "Overview"],
  ["projects", "Projects"],
  ["partners", "Partners"],
  ["suggestions", "Suggested partners"],
] as const;

type Org = NonNullable<OrganizationData["organization"]>;

function Profile({ org }: { org: Org }) {
  const otherNames = org.names.filter((n) => n !== org.displayName);
  return (
    <dl class="facts">
      <dt>Kind</dt>
      <dd>
        <KindBadge kind={org.kind} />
        {org.kind === "UNKNOWN" && <span class="muted"> no source gives its activity type (seen only in Horizon Europe data)</span>}
        {org.sme && " · SME"}
      </dd>
      <dt>Name from</dt>
      <dd>{nameSourceLabel(org.nameSource)}</dd>
      {otherNames.length > 0 && (
        <>
          <dt>Also named</dt>
          <dd>
            <ul class="plain">
              {otherNames.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {org.shortName && (
        <>
          <dt>Short name</dt>
          <dd>{org.shortName}</dd>
        </>
      )}
      <dt>Place</dt>
      <dd>
        {[org.city, countryName(org.country)].filter(Boolean).join(", ") || "unknown"}
        {org.region && <span class="muted"> · region (NUTS 3) {org.region}</span>}
      </dd>
      {org.website && (
        <>
          <dt>Website</dt>
          <dd>
            <a href={org.website} rel="noopener noreferrer external">
              {org.website}
            </a>
          </dd>
        </>
      )}
      <dt>Activity</dt>
      <dd>
        {org.projectCount} projects ({org.h2020.totalCount} Horizon 2020, {org.horizon.totalCount} Horizon Europe), {org.coordinationCount} as
        coordinator, {org.partnerCount} partners
      </dd>
      <dt>Sources</dt>
      <dd>
        {org.sources.length === 0 ? (
          "entered through the API"
        ) : (
          <ul class="plain">
            {org.sources.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        )}
        {org.cordisPic && <span class="muted">PIC {org.cordisPic}</span>}
      </dd>
    </dl>
  );
}

const COMPETENCE_GROUPS: [TopicKindName, keyof Org][] = [
  ["PROGRAMME_PART", "programmeParts"],
  ["THEMATIC_AREA", "thematicAreas"],
  ["CALL_FAMILY", "callFamilies"],
  ["CALL_TOPIC", "callTopics"],
  ["FIELD_OF_SCIENCE", "fields"],
  ["CURATED", "curated"],
];
const GROUP_SIZE = 10;

function CompetenceItems({ items }: { items: CompetenceFieldsFragment[] }) {
  return (
    <ul class="inline-list">
      {items.map((c) =>
        c.topic ? (
          <li key={c.topic.id}>
            <a href={nodePath("Topic", c.topic.id)} title={c.topic.description ?? undefined}>
              {topicName(c.topic)}
            </a>
            <span class="muted"> ({c.weight ?? "?"})</span>
          </li>
        ) : null,
      )}
    </ul>
  );
}

/** Every competence of one kind (up to the API's 200), asked when the reader wants them. */
function AllOfKind({ id, kind }: { id: string; kind: TopicKind }) {
  const { data, error, fetching } = useQuery(CompetencesQuery, { id, kinds: [kind], first: 200 });
  const items = data?.organization?.competences ?? [];
  return (
    <Status what="competences" fetching={fetching} error={error} empty={items.length === 0}>
      <CompetenceItems items={items} />
    </Status>
  );
}

function CompetenceGroup({ org, kind, items }: { org: Org; kind: TopicKindName; items: CompetenceFieldsFragment[] }) {
  const [all, setAll] = useState(false);
  return (
    <div class="competence-group" data-kind={kind}>
      <h3>{topicKindLabel(kind, true)}</h3>
      {all ? <AllOfKind id={org.id} kind={kind} /> : <CompetenceItems items={items} />}
      {!all && items.length === GROUP_SIZE && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          all {topicKindLabel(kind, true).toLowerCase()}
        </button>
      )}
    </div>
  );
}

function Competences({ org }: { org: Org }) {
  const groups = COMPETENCE_GROUPS.map(([kind, field]) => [kind, org[field] as CompetenceFieldsFragment[]] as const).filter(
    ([, items]) => items.length > 0,
  );
  return (
    <Section title="Competences">
      <p class="muted">Topics of its projects and the broader ones, weighted by its number of projects on them, strongest first; and competences set by a data owner.</p>
      {groups.length === 0 ? (
        <Empty>No competences recorded.</Empty>
      ) : (
        groups.map(([kind, items]) => <CompetenceGroup key={kind} org={org} kind={kind} items={items} />)
      )}
    </Section>
  );
}

function Overview({ org }: { org: Org }) {
  return (
    <>
      <Section title="Clusters">
        {org.clusters.length === 0 ? (
          <Empty>Not a member of any cluster.</Empty>
        ) : (
          <ul>
            {org.clusters.map((m) => (
              <li key={m.cluster?.id}>
                {m.cluster && <a href={nodePath("Cluster", m.cluster.id)}>{m.cluster.name}</a>}
                <span class="muted">
                  {" "}
                  · since {m.since ?? "?"}
                  {m.until && ` until ${m.until}`}
                  {m.source === "derived" ? " · derived from its projects (not an official list)" : m.source ? ` · ${m.source}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Competences org={org} />
    </>
  );
}

const PAGE = 20;
const PROGRAMMES = [
  ["", "All programmes"],
  ["H2020", "Horizon 2020"],
  ["HORIZON", "Horizon Europe"],
] as const;

function Projects({ org }: { org: Org }) {
  const { path, query, route } = useLocation();
  const programme = PROGRAMMES.find(([value]) => value && value === query.programme)?.[0] ?? "";
  const list = usePaged(
    OrganizationProjectsQuery,
    { id: org.id, first: PAGE, programme: programme || null },
    (data) => data.organization?.projects,
  );
  const counts: Record<string, number> = { "": org.projectCount, H2020: org.h2020.totalCount, HORIZON: org.horizon.totalCount };
  const anyWithoutRole = list.edges.some((e) => e.role == null);
  return (
    <Section title="Projects">
      <fieldset class="facets">
        <legend>Programme</legend>
        {PROGRAMMES.map(([value, label]) => (
          <label key={value} class="chip">
            <input
              type="radio"
              name="programme"
              checked={programme === value}
              onChange={() => route(withParams(path, { ...query, programme: value }), true)}
            />
            {label} <span class="count">{counts[value]}</span>
          </label>
        ))}
      </fieldset>
      <Status what="projects" fetching={list.fetching} error={list.error} empty={list.edges.length === 0}>
        <table class="table">
          <caption class="visually-hidden">Projects, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Programme</th>
              <th scope="col">When</th>
              <th scope="col">Call topic</th>
              <th scope="col">Role</th>
              <th scope="col" class="num">EU contribution</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node, role, contribution }) => (
              <tr key={node.id}>
                <td>
                  <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
                </td>
                <td>{programmeLabel(node.programme)}</td>
                <td>{projectWhen(node)}</td>
                <td>
                  {node.callTopic && (
                    <a href={nodePath("Topic", node.callTopic.id)} title={node.callTopic.description ?? undefined}>
                      {node.callTopic.code ?? node.callTopic.id}
                    </a>
                  )}
                </td>
                <td>{role ? roleLabel(role) : <span class="muted">not in the data</span>}</td>
                <td class="num">{money(contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyWithoutRole && <p class="muted small">Some projects come from data without roles or contributions.</p>}
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

function Partners({ id, asOf }: { id: string; asOf: string }) {
  const list = usePaged(PartnersQuery, { id, first: PAGE, asOf: asOf || null }, (data) => data.organization?.partners);
  const { path, query, route } = useLocation();
  return (
    <Section
      title="Partners"
      actions={
        <label>
          As of{" "}
          <input type="date" value={asOf} onChange={(event) => route(withParams(path, { ...query, asOf: event.currentTarget.value }), true)} />
        </label>
      }
    >
      <Status what="partners" fetching={list.fetching} error={list.error} empty={list.edges.length === 0}>
        <table class="table">
          <caption class="visually-hidden">Partners, most shared projects first</caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" class="num">Shared projects</th>
              <th scope="col" class="num">Last year</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map((edge) => (
              <tr key={edge.node.id}>
                <td>
                  <OrgLine org={edge.node} />
                </td>
                <td class="num">{edge.sharedProjects}</td>
                <td class="num">{edge.lastYear ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

function Suggestions({ id }: { id: string }) {
  const { query } = useLocation();
  const filter = filterFromQuery(query, false);
  const { data, error, fetching } = useQuery(SuggestPartnersQuery, { id, first: 10, filter });
  const items = data?.suggestPartners ?? [];
  return (
    <Section title="Suggested partners">
      <SuggestionFilterForm existingDefault={false} existingLabel="Include existing partners" />
      <Status what="suggestions" fetching={fetching} error={error} empty={items.length === 0} emptyText="No suggestion fits these filters.">
        <SuggestionList items={items} label="Suggested partners" />
      </Status>
    </Section>
  );
}

export default function OrganizationPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(OrganizationQuery, { id });
  const org = data?.organization;
  const tab = TABS.find(([value]) => value === query.tab)?.[0] ?? "overview";
  useTitle(org ? orgName(org) : "Organisation");
  if (!org) {
    return (
      <div class="page">
        <Status what="organisation" fetching={fetching} error={error} empty emptyText={`No organisation has the id ${id}.`} />
      </div>
    );
  }
  return (
    <div class="page">
      <h1>{orgName(org)}</h1>
      <p class="actions">
        <a href={withParams(`/network/${encodeURIComponent(id)}`, {})}>Network view</a>
        <a href={withParams("/path", { from: id })}>Path to another organisation</a>
        <a href={withParams("/consortium", { kinds: org.kind === "UNKNOWN" ? "" : org.kind })}>Consortium builder</a>
      </p>
      {org.description && <p>{org.description}</p>}
      <Profile org={org} />
      <Tabs tabs={TABS} current={tab} label="Organisation sections" />
      {tab === "overview" && <Overview org={org} />}
      {tab === "projects" && <Projects org={org} />}
      {tab === "partners" && <Partners id={id} asOf={query.asOf ?? ""} />}
      {tab === "suggestions" && <Suggestions id={id} />}
    </div>
  );
}
