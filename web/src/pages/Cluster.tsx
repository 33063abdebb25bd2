// A cluster: governance, objectives (chart and table, each with its status), members kept
// apart from the organisations active in its domain and from former members, bridges,
// central organisations, members to recruit, and, for a signed-in manager, the writes.
import { useLocation, useRoute } from "preact-iso";
import { useMemo, useState } from "preact/hooks";
import type { ClusterMembersQuery as MembersData, ClusterQuery as ClusterData, MembershipStanding, OrganizationKind } from "../gql/graphql";
import { CentralDocument as CentralQuery, ClusterMembersDocument as ClusterMembersQuery, ClusterDocument as ClusterQuery, RecruitDocument as RecruitQuery } from "../gql/graphql";
import { Empty, Figure, KindBadge, Missing, MoreButton, OrgLine, OrgLink, Section, Status } from "../components/common";
import { AddMemberForm, EndMembershipForm, RecordMeasurementForm } from "../components/ManageForms";
import { ObjectivesChart } from "../components/ObjectivesChart";
import { SubjectInWords, SuggestionFilterForm, TopicsInWords, filterFromQuery } from "../components/SuggestionFilter";
import { MoreSuggestions, SuggestionList, useMoreSuggestions } from "../components/Suggestions";
import { Tabs } from "../components/Tabs";
import { locale, t } from "../i18n";
import { objectiveDescription } from "../i18n/objectives";
import { clusterTexts } from "../i18n/clusters";
import { apiKey } from "../lib/auth";
import { useQuery } from "../lib/client";
import { nodeTitle, useTitle } from "../lib/debounce";
import {
  countryName,
  date,
  kindLabel,
  membershipDates,
  membershipSourceLabel,
  measuredFrom,
  metricLabel,
  number,
  objectiveStatusLabel,
  percent,
  planAreaLabel,
  roleLabel,
  topicCode,
  topicKindLabel,
  topicName,
  withUnit,
} from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { usePaged } from "../lib/paging";
import { managesCluster, roleLabel as viewerRoleLabel, useViewer } from "../lib/viewer";
import type { ObjectiveSeries } from "../views/objectivesChart";

type ClusterInfo = NonNullable<ClusterData["cluster"]>;
type ObjectiveInfo = ClusterInfo["objectives"][number];

function Governance({ cluster }: { cluster: ClusterInfo }) {
  if (!cluster.governance.length) return <Empty>{t("cluster.noGovernance")}</Empty>;
  const anyContact = cluster.governance.some((g) => g.person?.contact);
  return (
    <>
      <table class="table stack">
        <caption class="visually-hidden">{t("cluster.governance")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cluster.colRole")}</th>
            <th scope="col">{t("cluster.colPerson")}</th>
            <th scope="col">{t("cluster.colAffiliation")}</th>
            {anyContact && <th scope="col">{t("cluster.colContact")}</th>}
          </tr>
        </thead>
        <tbody>
          {cluster.governance.map((g, index) => (
            <tr key={`${g.person?.id}-${index}`}>
              <td data-label={t("cluster.colRole")}>{roleLabel(g.role)}</td>
              <td data-label={t("cluster.colPerson")}>
                {g.person?.placeholder ? <span class="muted">{t("cluster.placeholder")}</span> : (g.person?.name ?? t("cluster.unknownPerson"))}
              </td>
              <td data-label={t("cluster.colAffiliation")}>
                {g.person?.affiliations.map((a) => (
                  <OrgLink key={a.id} org={a} />
                ))}
              </td>
              {anyContact && (
                <td data-label={t("cluster.colContact")}>
                  {g.person?.contact && [g.person.contact.email, g.person.contact.phone].filter(Boolean).join(" · ")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {!anyContact && <p class="muted">{t("cluster.contactNote")}</p>}
    </>
  );
}

function objectiveName(o: ObjectiveInfo): string {
  return metricLabel(o.metric, o.id);
}

function Objectives({ cluster }: { cluster: ClusterInfo }) {
  const series = useMemo<ObjectiveSeries[]>(
    () =>
      cluster.objectives
        .filter((o) => o.target && o.target > 0)
        .map((o) => ({
          label: objectiveName(o),
          status: objectiveStatusLabel(o.status, o.target),
          target: o.target ?? 1,
          deadline: o.deadline,
          points: o.measurements.flatMap((m) => (m.date && m.value != null ? [{ date: m.date, value: m.value }] : [])),
        })),
    [cluster],
  );
  if (!cluster.objectives.length) return <Empty>{t("cluster.noObjectives")}</Empty>;
  const illustrative = cluster.objectives.some((o) => o.measurements.some((m) => m.illustrative));
  return (
    <>
      {/* a contribution to the initiative has no target of its own: nothing to chart */}
      {series.length > 0 ? <ObjectivesChart series={series} /> : <p>{t("cluster.onlyContributions")}</p>}
      {illustrative && <p class="note">{t("cluster.illustrative")}</p>}
      <div class="scroll-x">
        <table class="table stack objectives">
          <caption class="visually-hidden">{t("cluster.objectivesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("cluster.colObjective")}</th>
              <th scope="col">{t("cluster.colPlanArea")}</th>
              <th scope="col" class="num">
                {t("cluster.colTarget")}
              </th>
              <th scope="col">{t("cluster.colDeadline")}</th>
              <th scope="col" class="num">
                {t("cluster.colLatest")}
              </th>
              <th scope="col" class="num">
                {t("cluster.colProgress")}
              </th>
              <th scope="col">{t("cluster.colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {cluster.objectives.map((o) => {
              const latest = o.measurements[o.measurements.length - 1];
              const about = objectiveDescription(o, locale());
              return (
                <tr key={o.id} data-objective={o.id}>
                  <th scope="row">
                    {objectiveName(o)}
                    {o.measuredFromData && <span class="muted small"> · {measuredFrom(o)}</span>}
                    {/* what the objective is, read on a phone too (a tooltip was not) */}
                    {about && <span class="objective-note muted small">{about}</span>}
                  </th>
                  <td data-label={t("cluster.colPlanArea")}>{planAreaLabel(o.planArea)}</td>
                  <td class="num" data-label={t("cluster.colTarget")}>
                    {o.target == null ? <span class="muted">{t("scorecard.noTarget")}</span> : withUnit(o.target, o.unit)}
                  </td>
                  <td data-label={t("cluster.colDeadline")}>{date(o.deadline)}</td>
                  <td class="num" data-label={t("cluster.colLatest")}>
                    {latest ? t("cluster.latest", { value: withUnit(latest.value, o.unit), date: date(latest.date) }) : ""}
                    {latest?.illustrative && <span class="muted small"> · {t("cluster.example")}</span>}
                  </td>
                  <td class="num" data-label={t("cluster.colProgress")}>
                    {o.target == null ? (
                      "—"
                    ) : (
                      <>
                        <meter min={0} max={1} value={Math.min(o.progress ?? 0, 1)} aria-hidden="true" /> {percent(o.progress)}
                      </>
                    )}
                  </td>
                  <td data-label={t("cluster.colStatus")}>
                    <span class={`status status-${o.status.toLowerCase()}`}>{objectiveStatusLabel(o.status, o.target)}</span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p class="muted small">{t("cluster.statusRule")}</p>
    </>
  );
}

const GROUPS: { value: string; standing: MembershipStanding; title: "cluster.membersTitle" | "cluster.activeTitle" | "cluster.formerTitle" }[] = [
  { value: "members", standing: "MEMBER", title: "cluster.membersTitle" },
  { value: "active", standing: "ACTIVE_IN_DOMAIN", title: "cluster.activeTitle" },
  { value: "former", standing: "FORMER", title: "cluster.formerTitle" },
];

const EMPTY_GROUP = {
  MEMBER: "cluster.noMembers",
  ACTIVE_IN_DOMAIN: "cluster.noActive",
  FORMER: "cluster.noFormer",
} as const;

type MemberEdge = NonNullable<MembersData["cluster"]>["members"]["edges"][number];

/** Why an organisation is listed: its dates and source; for an inferred one, its evidence. */
function MembershipNote({ edge, clusterId }: { edge: MemberEdge; clusterId: string }) {
  const topics = edge.evidenceTopics.map((topic) => topicName(topic));
  return (
    <span class="muted">
      {" · "}
      {edge.standing === "FORMER" && edge.until ? t("membership.ended", { date: date(edge.until) }) : membershipDates(edge.since, edge.until, edge.standing === "ACTIVE_IN_DOMAIN")}
      {" · "}
      {membershipSourceLabel(edge.source)}
      {edge.standing === "ACTIVE_IN_DOMAIN" && edge.evidenceProjects != null && (
        <>
          {t("punctuation.colon")}
          {t("membership.evidence", { count: edge.evidenceProjects, topics: new Intl.ListFormat(locale()).format(topics) })}{" "}
          <a href={withParams(nodePath("Organization", edge.node.id), { tab: "projects", evidence: clusterId })}>{t("membership.evidenceLink")}</a>
        </>
      )}
    </span>
  );
}

function Members({ cluster, version }: { cluster: ClusterInfo; version: number }) {
  const { path, query, route } = useLocation();
  // a cluster without a member list opens on the organisations active in its domain
  const opening = cluster.stats.members === 0 && cluster.stats.activeInDomain > 0 ? "active" : "members";
  const group = GROUPS.find((g) => g.value === (query.group || opening)) ?? GROUPS[0];
  const kind = (query.kind as OrganizationKind | undefined) || null;
  const list = usePaged(
    ClusterMembersQuery,
    { id: cluster.id, standings: [group.standing], kind, first: 25 },
    (data) => data.cluster?.members,
    { refresh: version },
  );
  const counts = useQuery(ClusterMembersQuery, { id: cluster.id, standings: [group.standing], first: 1 }, { refresh: version });
  const byKind = counts.data?.cluster?.memberCounts ?? [];
  const totals: Record<MembershipStanding, number> = {
    MEMBER: cluster.stats.members,
    ACTIVE_IN_DOMAIN: cluster.stats.activeInDomain,
    FORMER: cluster.stats.formerMembers,
  };
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  return (
    <Section title={t(group.title)}>
      <fieldset class="facets">
        <legend class="visually-hidden">{t("cluster.tabMembers")}</legend>
        {GROUPS.map((g) => (
          <label key={g.value} class="chip">
            <input type="radio" name="member-group" checked={g === group} onChange={() => set({ group: g.value, kind: "" })} />
            <span>
              {t(g.title)} <span class="count">{number(totals[g.standing])}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {group.standing === "ACTIVE_IN_DOMAIN" && <p class="muted">{t("cluster.activeNote")}</p>}
      {byKind.length > 1 && (
        <fieldset class="facets">
          <legend>{t("cluster.byKind")}</legend>
          <label class="chip">
            <input type="radio" name="member-kind" checked={!kind} onChange={() => set({ kind: "" })} />
            {t("cluster.all", { count: totals[group.standing] })}
          </label>
          {byKind.map((c) => (
            <label key={c.kind} class="chip">
              <input type="radio" name="member-kind" checked={kind === c.kind} onChange={() => set({ kind: c.kind })} />
              {/* one box: a label on two lines keeps its count after its last word */}
              <span>
                {kindLabel(c.kind)} <span class="count">{number(c.count)}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t(EMPTY_GROUP[group.standing])}>
        <ul class="results" aria-label={t(group.title)} data-standing={group.standing}>
          {list.edges.map((edge) => (
            <li key={edge.node.id}>
              <OrgLine org={edge.node} />
              <MembershipNote edge={edge} clusterId={cluster.id} />
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
      <Section title={t("cluster.bridges")}>
        {cluster.bridges.length === 0 ? (
          <Empty>{t("cluster.noBridges")}</Empty>
        ) : (
          <ol>
            {cluster.bridges.map((b) => (
              <li key={b.organization.id}>
                <OrgLink org={b.organization} /> <KindBadge kind={b.organization.kind} />
                <span class="muted">
                  {" · "}
                  {[
                    b.otherMemberships > 0 && t("cluster.bridgeClusters", { count: b.otherMemberships }),
                    b.partnersInOtherClusters > 0 && t("cluster.bridgePartners", { count: b.partnersInOtherClusters }),
                  ]
                    .filter(Boolean)
                    .join(", ")}
                  {t("punctuation.semicolon")}
                  {t("cluster.bridgeReaches")}{" "}
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
      <Section title={t("cluster.central")}>
        <Status fetching={central.fetching} error={central.error} empty={!central.data?.centralOrganizations.length} emptyText={t("cluster.noCentral")}>
          <ol>
            {central.data?.centralOrganizations.map((c) => (
              <li key={c.organization.id}>
                <OrgLink org={c.organization} /> <span class="muted">· {t("cluster.centralLine", { count: c.score })}</span>
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
  // Recruiting starts in the cluster's own country; the filter widens it.
  const home = cluster.country ? [cluster.country] : [];
  const filter = filterFromQuery(query, true, home);
  const [first, more] = useMoreSuggestions(15, JSON.stringify([cluster.id, filter]));
  const { data, error, fetching } = useQuery(RecruitQuery, { id: cluster.id, first, filter });
  const items = data?.suggestClusterMembers ?? [];
  const onlyHome = query.countries === undefined && cluster.country;
  // a manager of the cluster can go from a suggestion to adding it as a member
  const { viewer } = useViewer();
  const addLink = (item: (typeof items)[number]) => (
    <a class="action" href={withParams(`/clusters/${cluster.id}`, { tab: "manage", add: item.organization.id })}>
      {t("cluster.addAsMember")}
    </a>
  );
  return (
    <Section title={t("cluster.recruitTitle")}>
      <p class="muted">{t("cluster.recruitNote")}</p>
      {cluster.stats.members === 0 && cluster.stats.activeInDomain > 0 && (
        <p>
          {t("cluster.recruitNoMembers", { count: cluster.stats.activeInDomain })}{" "}
          <a href={withParams(`/clusters/${cluster.id}`, { tab: "members", group: "active" })}>{t("cluster.recruitActiveLink")}</a>
        </p>
      )}
      <p>
        <a href={withParams("/consortium", { cluster: cluster.id, active: "1" })}>{t("cluster.answerCall")}</a>
      </p>
      {onlyHome && <p class="note">{t("cluster.recruitCountryNote", { country: countryName(cluster.country) })}</p>}
      <SuggestionFilterForm
        existingDefault={true}
        existingLabel={t("cluster.includePartnersOfMembers")}
        countryDefaults={home}
        topicsDefault={t("cluster.recruitTopicsDefault")}
      />
      <SubjectInWords
        params={{ countries: ((filter.countries ?? []) as string[]).join(",") }}
        label={t("cluster.recruitInWords")}
        hint={t("cluster.recruitInWordsHint")}
      />
      <Status fetching={fetching} error={error} empty={items.length === 0} emptyText={t("cluster.noCandidate")}>
        <SuggestionList
          items={items}
          label={t("cluster.recruitTitle")}
          asker="cluster"
          domain={!filter.topicIds}
          action={viewer && managesCluster(viewer, cluster.id) ? addLink : undefined}
        />
        <MoreSuggestions shown={items.length} first={first} onClick={more} busy={fetching} />
      </Status>
      {!fetching && !error && items.length === 0 && <TopicsInWords topicIds={filter.topicIds} />}
    </Section>
  );
}

function Manage({ cluster, version, onDone }: { cluster: ClusterInfo; version: number; onDone: () => void }) {
  const { query } = useLocation();
  const { viewer, error, names } = useViewer();
  if (!apiKey()) {
    return (
      <Section title={t("cluster.manageTitle")}>
        <p>{t("cluster.signInToManageText")}</p>
        <p>
          <a href={withParams("/sign-in", { next: `/clusters/${cluster.id}?tab=manage` })}>{t("cluster.signInToManage")}</a>
        </p>
      </Section>
    );
  }
  if (!viewer) {
    return error ? <Status fetching={false} error={error} /> : <p class="state loading">{t("cluster.checkingKey")}</p>;
  }
  if (!managesCluster(viewer, cluster.id)) {
    return (
      <Section title={t("cluster.manageTitle")}>
        <p class="state empty" data-refused="true">
          {t("cluster.notYours", { role: viewerRoleLabel(viewer, names), cluster: cluster.name })}
        </p>
      </Section>
    );
  }
  return (
    <Section title={t("cluster.manageTitle")}>
      <p class="muted">{t("cluster.yourKey", { role: viewerRoleLabel(viewer, names) })}</p>
      <div class="forms">
        <AddMemberForm clusterId={cluster.id} chosenId={query.add} onDone={onDone} />
        <EndMembershipForm clusterId={cluster.id} version={version} onDone={onDone} />
        <RecordMeasurementForm objectives={cluster.objectives.filter((o) => !o.measuredFromData)} onDone={onDone} />
      </div>
    </Section>
  );
}

const TABS = [
  ["overview", "cluster.tabOverview"],
  ["members", "cluster.tabMembers"],
  ["connections", "cluster.tabConnections"],
  ["recruit", "cluster.tabRecruit"],
  ["manage", "cluster.tabManage"],
] as const;

export default function ClusterPage() {
  const { params } = useRoute();
  const { query } = useLocation();
  const id = params.id ?? "";
  const [version, setVersion] = useState(0);
  const { data, error, fetching } = useQuery(ClusterQuery, { id }, { refresh: version });
  const cluster = data?.cluster;
  const tab = TABS.find(([value]) => value === query.tab)?.[0] ?? "overview";
  useTitle(nodeTitle(cluster ? cluster.name : undefined, !fetching && !error));
  if (!cluster) return <Missing fetching={fetching} error={error} message={t("notFound.cluster", { id })} />;
  const refresh = () => setVersion(version + 1);
  const texts = clusterTexts(cluster, locale());
  // its names but the one the heading shows
  const otherNames = cluster.aliases.map((a) => a.name).filter((name) => name !== cluster.name);
  return (
    <div class="page">
      <h1>{cluster.name}</h1>
      <p class="lead">
        {texts.sector}
        {cluster.launchDate && ` · ${t("cluster.launched", { date: date(cluster.launchDate) })}`}
      </p>
      {otherNames.length > 0 && <p class="muted">{t("cluster.aliases", { names: otherNames.join(", ") })}</p>}
      <ul class="stats" aria-label={t("cluster.headline")}>
        <Figure count={cluster.stats.members} label="members" />
        <Figure count={cluster.stats.activeInDomain} label="activeInDomain" />
        {cluster.stats.formerMembers > 0 && <Figure count={cluster.stats.formerMembers} label="formerMembers" />}
        <Figure count={cluster.stats.projects} label="projects" />
        <Figure count={cluster.stats.partnersOutside} label="partnersOutside" />
        {/* a national cluster's organisations are all of one country: nothing to say */}
        {cluster.stats.countries > 1 && <Figure count={cluster.stats.countries} label="countries" />}
      </ul>
      <p class="muted small">{t("cluster.countsNote")}</p>
      <p class="actions">
        <a href={`/network/${encodeURIComponent(id)}`}>{t("cluster.networkView")}</a>
      </p>
      <Tabs tabs={TABS.map(([value, key]) => [value, t(key)] as const)} current={tab} label={t("cluster.sections")} />
      {tab === "overview" && (
        <>
          {texts.description && <p>{texts.description}</p>}
          <Section
            id="objectives"
            title={t("cluster.objectives")}
            actions={<a href={`/clusters/${encodeURIComponent(id)}/scorecard`}>{t("scorecard.open")}</a>}
          >
            <Objectives cluster={cluster} />
          </Section>
          <Section title={t("cluster.governance")}>
            <Governance cluster={cluster} />
          </Section>
          <Section title={t("cluster.topics")}>
            <ul class="inline-list">
              {cluster.topics.map((topic) => {
                const code = topicCode(topic);
                return (
                  <li key={topic.id}>
                    <a href={nodePath("Topic", topic.id)}>{topicName(topic)}</a>{" "}
                    <span class="muted">
                      ({topicKindLabel(topic.kind)}
                      {code && ` · ${code}`})
                    </span>
                  </li>
                );
              })}
            </ul>
          </Section>
        </>
      )}
      {tab === "members" && <Members cluster={cluster} version={version} />}
      {tab === "connections" && <Connections cluster={cluster} />}
      {tab === "recruit" && <Recruit cluster={cluster} />}
      {tab === "manage" && <Manage cluster={cluster} version={version} onDone={refresh} />}
    </div>
  );
}
