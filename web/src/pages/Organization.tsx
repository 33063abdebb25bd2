// An organisation: profile, clusters, projects, partners, competences and suggested partners.
import { useLocation, useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import {
  OrganizationProjectsQuery,
  OrganizationQuery,
  PartnersQuery,
  SuggestPartnersQuery,
} from "../graphql/operations";
import type { OrganizationQuery as OrganizationData } from "../gql/graphql";
import { Empty, KindBadge, MoreButton, OrgLine, Section, Status } from "../components/common";
import { SuggestionList } from "../components/Suggestions";
import { SuggestionFilterForm, filterFromQuery } from "../components/SuggestionFilter";
import { Tabs } from "../components/Tabs";
import { client, errorMessage, useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { countryName, money, orgName, period, projectName, roleLabel } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

const TABS = [
  ["overview", "Overview"],
  ["projects", "Projects"],
  ["partners", "Partners"],
  ["suggestions", "Suggested partners"],
] as const;

type Org = NonNullable<OrganizationData["organization"]>;

function Profile({ org }: { org: Org }) {
  return (
    <dl class="facts">
      <dt>Kind</dt>
      <dd>
        <KindBadge kind={org.kind} />
        {org.sme && " · SME"}
      </dd>
      {org.shortName && (
        <>
          <dt>Short name</dt>
          <dd>{org.shortName}</dd>
        </>
      )}
      <dt>Place</dt>
      <dd>{[org.city, countryName(org.country)].filter(Boolean).join(", ") || "unknown"}</dd>
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
        {org.projectCount} projects, {org.partnerCount} partners
      </dd>
      <dt>Sources</dt>
      <dd>{org.cordisPic ? `CORDIS (PIC ${org.cordisPic})` : "entered through the API or a bundle"}</dd>
    </dl>
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
      <Section title="Competences">
        {org.competences.length === 0 ? (
          <Empty>No competences recorded.</Empty>
        ) : (
          <ul class="inline-list">
            {org.competences.map((c) => (
              <li key={c.topic?.id}>
                {c.topic && <a href={nodePath("Topic", c.topic.id)}>{c.topic.name ?? c.topic.id}</a>}
                <span class="muted"> ({c.weight ?? "?"})</span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

const PAGE = 20;

function Projects({ id }: { id: string }) {
  const { data, error, fetching } = useQuery(OrganizationProjectsQuery, { id });
  const [shown, setShown] = useState(PAGE);
  const projects = data?.organization?.projects ?? [];
  return (
    <Section title="Projects">
      <Status what="projects" fetching={fetching} error={error} empty={projects.length === 0}>
        <table class="table">
          <caption class="visually-hidden">Projects, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Programme</th>
              <th scope="col">Dates</th>
              <th scope="col">Role</th>
              <th scope="col" class="num">EU contribution</th>
            </tr>
          </thead>
          <tbody>
            {projects.slice(0, shown).map((p) =>
              p.project ? (
                <tr key={p.project.id}>
                  <td>
                    <a href={nodePath("Project", p.project.id)}>{projectName(p.project)}</a>
                  </td>
                  <td>{p.project.programme}</td>
                  <td>{period(p.project.startDate, p.project.endDate)}</td>
                  <td>{roleLabel(p.role)}</td>
                  <td class="num">{money(p.contribution)}</td>
                </tr>
              ) : null,
            )}
          </tbody>
        </table>
        <MoreButton shown={Math.min(shown, projects.length)} total={projects.length} onClick={() => setShown(shown + PAGE)} />
      </Status>
    </Section>
  );
}

type PartnerEdges = NonNullable<
  NonNullable<import("../gql/graphql").PartnersQuery["organization"]>["partners"]
>["edges"];

function Partners({ id, asOf }: { id: string; asOf: string }) {
  const variables = { id, first: PAGE, asOf: asOf || null };
  const { data, error, fetching } = useQuery(PartnersQuery, variables);
  const [more, setMore] = useState<{ edges: PartnerEdges; cursor: string | null | undefined; busy: boolean; error?: string }>();
  const partners = data?.organization?.partners;
  const edges = [...(partners?.edges ?? []), ...(more?.edges ?? [])];
  const cursor = more ? more.cursor : partners?.pageInfo.endCursor;
  const loadMore = async () => {
    setMore({ edges: more?.edges ?? [], cursor, busy: true });
    const result = await client.query(PartnersQuery, { ...variables, after: cursor }).toPromise();
    const page = result.data?.organization?.partners;
    setMore({
      edges: [...(more?.edges ?? []), ...(page?.edges ?? [])],
      cursor: page?.pageInfo.endCursor,
      busy: false,
      error: result.error ? errorMessage(result.error) : undefined,
    });
  };
  const { path, query, route } = useLocation();
  return (
    <Section
      title="Partners"
      actions={
        <label>
          As of{" "}
          <input
            type="date"
            value={asOf}
            onChange={(event) => {
              setMore(undefined);
              route(withParams(path, { ...query, asOf: event.currentTarget.value }), true);
            }}
          />
        </label>
      }
    >
      <Status what="partners" fetching={fetching} error={error ?? more?.error} empty={edges.length === 0}>
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
            {edges.map((edge) => (
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
        <MoreButton shown={edges.length} total={partners?.totalCount ?? 0} onClick={loadMore} busy={more?.busy} />
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
        <a href={withParams("/consortium", { kinds: org.kind })}>Consortium builder</a>
      </p>
      {org.description && <p>{org.description}</p>}
      <Profile org={org} />
      <Tabs tabs={TABS} current={tab} label="Organisation sections" />
      {tab === "overview" && <Overview org={org} />}
      {tab === "projects" && <Projects id={id} />}
      {tab === "partners" && <Partners id={id} asOf={query.asOf ?? ""} />}
      {tab === "suggestions" && <Suggestions id={id} />}
    </div>
  );
}
