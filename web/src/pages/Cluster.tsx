// A cluster: governance, objectives (chart and table), members by kind, bridges, central
// organisations, members to recruit, and, for a signed-in manager, the writes.
import { useLocation, useRoute } from "preact-iso";
import { useMemo, useState } from "preact/hooks";
import type { ClusterQuery as ClusterData, OrganizationKind } from "../gql/graphql";
import { CentralQuery, ClusterMembersQuery, ClusterQuery, RecruitQuery } from "../graphql/operations";
import { Empty, KindBadge, MoreButton, OrgLine, OrgLink, Section, Status } from "../components/common";
import { AddMemberForm, EndMembershipForm, RecordMeasurementForm } from "../components/ManageForms";
import { ObjectivesChart } from "../components/ObjectivesChart";
import { SuggestionFilterForm, filterFromQuery } from "../components/SuggestionFilter";
import { SuggestionList } from "../components/Suggestions";
import { Tabs } from "../components/Tabs";
import { apiKey } from "../lib/auth";
import { useQuery } from "../lib/client";
import { usePaged } from "../lib/paging";
import { managesCluster, roleLabel as viewerRoleLabel, useViewer } from "../lib/viewer";
import { useTitle } from "../lib/debounce";
import { kindLabel, percent, planAreaLabel, roleLabel, topicKindLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import type { ObjectiveSeries } from "../views/objectivesChart";

type ClusterInfo = NonNullable<ClusterData["cluster"]>;

function Governance({ cluster }: { cluster: ClusterInfo }) {
  if (!cluster.governance.length) return <Empty>No governance recorded.</Empty>;
  const anyContact = cluster.governance.some((g) => g.person?.contact);
  return (
    <>
      <table class="table">
        <caption class="visually-hidden">Governance</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Person</th>
            <th scope="col">Affiliation</th>
            {anyContact && <th scope="col">Contact</th>}
          </tr>
        </thead>
        <tbody>
          {cluster.governance.map((g, index) => (
            <tr key={`${g.person?.id}-${index}`}>
              <td>{roleLabel(g.role)}</td>
              <td>
                {g.person?.name ?? "unknown"}
                {g.person?.placeholder && <span class="muted"> (placeholder)</span>}
              </td>
              <td>
                {g.person?.affiliations.map((a) => (
                  <OrgLink key={a.id} org={a} />
                ))}
              </td>
              {anyContact && (
                <td>{g.person?.contact && [g.person.contact.email, g.person.contact.phone].filter(Boolean).join(" · ")}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!anyContact && <p class="muted">Contact details are shown only to this cluster’s managers and to admins.</p>}
    </>
  );
}

function Objectives({ cluster }: { cluster: ClusterInfo }) {
  const series = useMemo<ObjectiveSeries[]>(
    () =>
      cluster.objectives
        .filter((o) => o.target && o.target > 0)
        .map((o) => ({
          label: o.metric ?? o.id,
          target: o.target ?? 1,
          deadline: o.deadline,
          points: o.measurements.flatMap((m) => (m.date && m.value != null ? [{ date: m.date, value: m.value }] : [])),
        })),
    [cluster],
  );
  if (!cluster.objectives.length) return <Empty>No objectives recorded.</Empty>;
  const illustrative = cluster.objectives.some((o) => o.measurements.some((m) => m.illustrative));
  return (
    <>
      <ObjectivesChart series={series} />
      {illustrative && <p class="note">Some measurements are illustrative (made up for the demo), not reported figures.</p>}
      <table class="table objectives">
        <caption class="visually-hidden">Objectives with their latest progress</caption>
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Plan area</th>
            <th scope="col" class="num">Target</th>
            <th scope="col">Deadline</th>
            <th scope="col" class="num">Latest</th>
            <th scope="col" class="num">Progress</th>
          </tr>
        </thead>
        <tbody>
          {cluster.objectives.map((o) => {
            const latest = o.measurements[o.measurements.length - 1];
            return (
              <tr key={o.id}>
                <th scope="row" title={o.description ?? undefined}>
                  {o.metric ?? o.id}
                </th>
                <td>{planAreaLabel(o.planArea)}</td>
                <td class="num">
                  {o.target ?? ""} {o.unit ?? ""}
                </td>
                <td>{o.deadline ?? ""}</td>
                <td class="num">{latest ? `${latest.value ?? ""} (${latest.date ?? "?"})` : ""}</td>
                <td class="num">
                  <meter min={0} max={1} value={Math.min(o.progress ?? 0, 1)} aria-hidden="true" /> {percent(o.progress)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

function Members({ cluster, version }: { cluster: ClusterInfo; version: number }) {
  const { path, query, route } = useLocation();
  const kind = (query.kind as OrganizationKind | undefined) || null;
  const list = usePaged(ClusterMembersQuery, { id: cluster.id, kind, first: 25 }, (data) => data.cluster?.members, { refresh: version });
  const pick = (value: string) => route(withParams(path, { ...query, kind: value }), true);
  return (
    <Section title="Members">
      <fieldset class="facets">
        <legend>By kind</legend>
        <label class="chip">
          <input type="radio" name="member-kind" checked={!kind} onChange={() => pick("")} />
          All ({cluster.stats.members})
        </label>
        {cluster.memberCounts.map((c) => (
          <label key={c.kind} class="chip">
            <input type="radio" name="member-kind" checked={kind === c.kind} onChange={() => pick(c.kind)} />
            {kindLabel(c.kind)} ({c.count})
          </label>
        ))}
      </fieldset>
      <Status what="members" fetching={list.fetching} error={list.error} empty={list.edges.length === 0}>
        <ul class="results" aria-label="Members">
          {list.edges.map((edge) => (
            <li key={edge.node.id}>
              <OrgLine org={edge.node} />
              <span class="muted">
                {" "}
                · since {edge.since ?? "?"}
                {edge.until && ` until ${edge.until}`}
                {edge.source === "derived" ? " · active in this field in Horizon 2020 or Horizon Europe (derived, not an official member)" : edge.source ? ` · ${edge.source}` : ""}
              </span>
            </li>
          ))}
        </ul>
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

function Connections({ cluster }: { cluster: ClusterInfo }) {
  const central = useQuery(CentralQuery, { clusterId: cluster.id, first: 10, measure: "DEGREE" });
  return (
    <>
      <Section title="Bridges to other clusters">
        {cluster.bridges.length === 0 ? (
          <Empty>No member connects this cluster to another.</Empty>
        ) : (
          <ol>
            {cluster.bridges.map((b) => (
              <li key={b.organization.id}>
                <OrgLink org={b.organization} /> <KindBadge kind={b.organization.kind} />
                <span class="muted">
                  {" "}
                  · member of {b.otherMemberships} other clusters, {b.partnersInOtherClusters} partners in other clusters; reaches{" "}
                </span>
                {b.otherClusters.map((c, i) => (
                  <>
                    {i > 0 && ", "}
                    <a href={nodePath("Cluster", c.id)}>{c.name}</a>
                  </>
                ))}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Central members (most partners)">
        <Status what="central members" fetching={central.fetching} error={central.error} empty={!central.data?.centralOrganizations.length}>
          <ol>
            {central.data?.centralOrganizations.map((c) => (
              <li key={c.organization.id}>
                <OrgLink org={c.organization} /> <span class="muted">· {c.score} partners</span>
              </li>
            ))}
          </ol>
        </Status>
      </Section>
    </>
  );
}

function Recruit({ cluster }: { cluster: ClusterInfo }) {
  const { query } = useLocation();
  const filter = filterFromQuery(query, true);
  const { data, error, fetching } = useQuery(RecruitQuery, { id: cluster.id, first: 15, filter });
  const items = data?.suggestClusterMembers ?? [];
  return (
    <Section title="Recruit members">
      <p class="muted">Organisations outside the cluster that fit it, best first, with the reasons.</p>
      <SuggestionFilterForm existingDefault={true} existingLabel="Include partners of members" />
      <Status what="candidates" fetching={fetching} error={error} empty={items.length === 0} emptyText="No candidate fits these filters.">
        <SuggestionList items={items} label="Organisations to recruit" />
      </Status>
    </Section>
  );
}

function Manage({ cluster, onDone }: { cluster: ClusterInfo; onDone: () => void }) {
  const { viewer, error } = useViewer();
  if (!apiKey()) {
    return (
      <Section title="Manage">
        <p>
          <a href={withParams("/sign-in", { next: `/clusters/${cluster.id}?tab=manage` })}>Sign in with an API key</a> to add members,
          end memberships and record measurements.
        </p>
      </Section>
    );
  }
  if (!viewer) return <Status what="your key's rights" fetching={!error} error={error} />;
  if (!managesCluster(viewer, cluster.id)) {
    return (
      <Section title="Manage">
        <p class="state empty" data-refused="true">
          Your key ({viewerRoleLabel(viewer)}) does not manage {cluster.name}: its writes are not offered here, and the service
          refuses them.
        </p>
      </Section>
    );
  }
  return (
    <Section title="Manage">
      <p class="muted">Your key: {viewerRoleLabel(viewer)}. The service checks every write again.</p>
      <div class="forms">
        <AddMemberForm clusterId={cluster.id} onDone={onDone} />
        <EndMembershipForm clusterId={cluster.id} onDone={onDone} />
        <RecordMeasurementForm objectives={cluster.objectives} onDone={onDone} />
      </div>
    </Section>
  );
}

const TABS = [
  ["overview", "Overview"],
  ["members", "Members"],
  ["connections", "Bridges and central members"],
  ["recruit", "Recruit members"],
  ["manage", "Manage"],
] as const;

export default function ClusterPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id ?? "";
  const [version, setVersion] = useState(0);
  const { data, error, fetching } = useQuery(ClusterQuery, { id }, { refresh: version });
  const cluster = data?.cluster;
  const tab = TABS.find(([value]) => value === query.tab)?.[0] ?? "overview";
  useTitle(cluster?.name ?? "Cluster");
  if (!cluster) {
    return (
      <div class="page">
        <Status what="cluster" fetching={fetching} error={error} empty emptyText={`No cluster has the id ${id}.`} />
      </div>
    );
  }
  const refresh = () => {
    setVersion(version + 1);
  };
  return (
    <div class="page">
      <h1>{cluster.name}</h1>
      <p class="lead">
        {cluster.sector}
        {cluster.launchDate && ` · launched ${cluster.launchDate}`}
      </p>
      {cluster.aliases.length > 1 && (
        <p class="muted">Also known as {cluster.aliases.map((a) => a.name).join(", ")}</p>
      )}
      <ul class="stats" aria-label="Headline figures">
        <li>
          <strong>{cluster.stats.members}</strong> members
        </li>
        <li>
          <strong>{cluster.stats.projects}</strong> projects
        </li>
        <li>
          <strong>{cluster.stats.partnersOutside}</strong> partners outside
        </li>
        <li>
          <strong>{cluster.stats.countries}</strong> countries
        </li>
      </ul>
      <p class="actions">
        <a href={`/network/${encodeURIComponent(id)}`}>Network view</a>
      </p>
      <Tabs tabs={TABS} current={tab} label="Cluster sections" />
      {tab === "overview" && (
        <>
          {cluster.description && <p>{cluster.description}</p>}
          <Section id="objectives" title="Objectives (five-point plan)">
            <Objectives cluster={cluster} />
          </Section>
          <Section title="Governance">
            <Governance cluster={cluster} />
          </Section>
          <Section title="Topics">
            <ul class="inline-list">
              {cluster.topics.map((t) => (
                <li key={t.id}>
                  <a href={nodePath("Topic", t.id)} title={t.description ?? undefined}>
                    {topicName(t)}
                  </a>{" "}
                  <span class="muted">({topicKindLabel(t.kind)})</span>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
      {tab === "members" && <Members cluster={cluster} version={version} />}
      {tab === "connections" && <Connections cluster={cluster} />}
      {tab === "recruit" && <Recruit cluster={cluster} />}
      {tab === "manage" && <Manage cluster={cluster} onDone={refresh} />}
    </div>
  );
}
