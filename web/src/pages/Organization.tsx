// An organisation: profile, clusters (member, active in the domain with its evidence, former),
// competences by kind, projects of both programmes, partners (both paged by cursor) and
// suggested partners.
import { useLocation, useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import { CompetencesDocument as CompetencesQuery, NodeNameDocument as NodeNameQuery, OrganizationSubjectsDocument as OrganizationSubjectsQuery, OrganizationProjectsDocument as OrganizationProjectsQuery, OrganizationDocument as OrganizationQuery, PartnersDocument as PartnersQuery, SuggestPartnersDocument as SuggestPartnersQuery } from "../gql/graphql";
import type { CompetenceFieldsFragment, MembershipStanding, OrganizationQuery as OrganizationData, TopicKind } from "../gql/graphql";
import { Contribution, Empty, KindBadge, Missing, MoreButton, OrgLine, Section, Status } from "../components/common";
import { MoreSuggestions, SuggestionList, useMoreSuggestions } from "../components/Suggestions";
import { SubjectInWords, SuggestionFilterForm, TopicsInWords, filterFromQuery, type Shortcut } from "../components/SuggestionFilter";
import { Tabs } from "../components/Tabs";
import { locale, t } from "../i18n";
import { organizationDescription } from "../i18n/organizations";
import { useQuery } from "../lib/client";
import { nodeTitle, useTitle } from "../lib/debounce";
import {
  countryName,
  membershipDates,
  membershipSourceLabel,
  nameSourceLabel,
  number,
  orgName,
  programmeLabel,
  sourceLabel,
  projectName,
  projectWhen,
  participantRole,
  topicCode,
  topicKindLabel,
  topicName,
  townName,
  type TopicKindName,
} from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { usePaged } from "../lib/paging";
import { mainSubjects, withoutEchoes } from "../lib/topics";

const TABS = [
  ["overview", "org.tabOverview"],
  ["projects", "org.tabProjects"],
  ["partners", "org.tabPartners"],
  ["suggestions", "org.tabSuggestions"],
] as const;

type Org = NonNullable<OrganizationData["organization"]>;

function Profile({ org }: { org: Org }) {
  const otherNames = org.names.filter((n) => n !== org.displayName);
  return (
    <dl class="facts">
      <dt>{t("org.kind")}</dt>
      <dd>
        <KindBadge kind={org.kind} />
        {org.kind === "UNKNOWN" && <span class="muted"> {t("org.kindUnknownNote")}</span>}
        {org.sme && ` · ${t("org.sme")}`}
      </dd>
      <dt>{t("org.nameFrom")}</dt>
      <dd>
        {nameSourceLabel(org.nameSource)}
        {/* a manager who would approach it needs its name: the PIC is the way to it */}
        {!org.name && org.cordisPic && <p class="muted small">{t("org.unnamedNote", { pic: org.cordisPic })}</p>}
      </dd>
      {otherNames.length > 0 && (
        <>
          <dt>{t("org.alsoNamed")}</dt>
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
          <dt>{t("org.shortName")}</dt>
          <dd>{org.shortName}</dd>
        </>
      )}
      <dt>{t("org.place")}</dt>
      <dd>
        {[townName(org.city, org.country), countryName(org.country)].filter(Boolean).join(", ") || t("org.placeUnknown")}
      </dd>
      {org.website && (
        <>
          <dt>{t("org.website")}</dt>
          <dd>
            <a href={org.website} rel="noopener noreferrer external">
              {org.website}
            </a>
          </dd>
        </>
      )}
      <dt>{t("org.activity")}</dt>
      <dd>
        {t("org.activityText", {
          projects: t("org.projects", { count: org.projectCount }),
          h2020: org.h2020.totalCount,
          h2020Name: programmeLabel("H2020"),
          horizon: org.horizon.totalCount,
          horizonName: programmeLabel("HORIZON"),
          coordinated: t("org.coordinated", { count: org.coordinationCount }),
          partners: t("org.partners", { count: org.partnerCount }),
        })}
      </dd>
      <dt>{t("org.sources")}</dt>
      <dd>
        {org.sources.length === 0 ? (
          t("org.enteredThroughApi")
        ) : (
          <ul class="plain">
            {org.sources.map((s) => (
              <li key={s}>{sourceLabel(s)}</li>
            ))}
          </ul>
        )}
        {org.cordisPic && <span class="muted">{t("org.pic", { pic: org.cordisPic })}</span>}
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
      {withoutEchoes(items).map((c) => {
        if (!c.topic) return null;
        const code = topicCode(c.topic);
        return (
          <li key={c.topic.id}>
            <a href={nodePath("Topic", c.topic.id)}>{topicName(c.topic)}</a>
            <span class="muted">
              {" "}
              ({code && `${code} · `}
              {c.source === "cordis" && c.weight != null ? t("org.weight", { count: c.weight }) : number(c.weight)})
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** Every competence of one kind (up to the API's 200), asked when the reader wants them. */
function AllOfKind({ id, kind }: { id: string; kind: TopicKind }) {
  const { data, error, fetching } = useQuery(CompetencesQuery, { id, kinds: [kind], first: 200 });
  const items = data?.organization?.competences ?? [];
  return (
    <Status fetching={fetching} error={error} empty={items.length === 0} emptyText={t("org.noCompetence")}>
      <CompetenceItems items={items} />
    </Status>
  );
}

/** A heading's words inside a sentence: in lower case, but German keeps its capitals. */
function inSentence(label: string): string {
  return locale() === "de" ? label : label.toLocaleLowerCase(locale());
}

function CompetenceGroup({ org, kind, items }: { org: Org; kind: TopicKindName; items: CompetenceFieldsFragment[] }) {
  const [all, setAll] = useState(false);
  return (
    <div class="competence-group" data-kind={kind}>
      <h3>{topicKindLabel(kind, 2)}</h3>
      {all ? <AllOfKind id={org.id} kind={kind} /> : <CompetenceItems items={items} />}
      {!all && items.length === GROUP_SIZE && (
        <button type="button" class="link" onClick={() => setAll(true)}>
          {t("org.allOfKind", { kind: inSentence(topicKindLabel(kind, 2)) })}
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
    <Section title={t("org.competences")}>
      <p class="muted">{t("org.competencesNote")}</p>
      {groups.length === 0 ? (
        <Empty>{t("org.noCompetence")}</Empty>
      ) : (
        groups.map(([kind, items]) => <CompetenceGroup key={kind} org={org} kind={kind} items={items} />)
      )}
    </Section>
  );
}

const STANDING_TITLES = {
  MEMBER: "org.memberOf",
  ACTIVE_IN_DOMAIN: "org.activeIn",
  FORMER: "org.formerMemberOf",
} as const;

// The cluster's themes an organisation's projects are on, named up to two (a cluster of
// calls' groups had ten lines of codes and programme parts on a phone), then counted.
const THEMES_NAMED = 2;

function themesNamed(names: string[]): string {
  const more = names.length - THEMES_NAMED;
  const shown = more > 0 ? [...names.slice(0, THEMES_NAMED), t("membership.moreThemes", { count: more })] : names;
  return new Intl.ListFormat(locale()).format(shown);
}

function Memberships({ org }: { org: Org }) {
  const standings: MembershipStanding[] = ["MEMBER", "ACTIVE_IN_DOMAIN", "FORMER"];
  return (
    <Section title={t("org.clusters")}>
      {org.clusters.length === 0 && <Empty>{t("org.noCluster")}</Empty>}
      {standings.map((standing) => {
        const memberships = org.clusters.filter((m) => m.standing === standing);
        if (!memberships.length) return null;
        return (
          <div key={standing} data-standing={standing}>
            <h3>{t(STANDING_TITLES[standing])}</h3>
            <ul>
              {memberships.map((m) => (
                <li key={m.cluster?.id}>
                  {m.cluster && <a href={nodePath("Cluster", m.cluster.id)}>{m.cluster.name}</a>}
                  <span class="muted">
                    {" · "}
                    {membershipDates(m.since, m.until, standing === "ACTIVE_IN_DOMAIN")} · {membershipSourceLabel(m.source)}
                    {standing === "ACTIVE_IN_DOMAIN" && m.evidenceProjects != null && m.cluster && (
                      <>
                        {t("punctuation.colon")}
                        {t("membership.evidence", {
                          count: m.evidenceProjects,
                          topics: themesNamed(m.evidenceTopics.map((topic) => topicName(topic))),
                        })}{" "}
                        <a href={withParams(nodePath("Organization", org.id), { tab: "projects", evidence: m.cluster.id })}>
                          {t("membership.evidenceLink")}
                        </a>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Section>
  );
}

function Overview({ org }: { org: Org }) {
  return (
    <>
      <Memberships org={org} />
      <Competences org={org} />
    </>
  );
}

const PAGE = 20;
const PROGRAMMES = ["", "H2020", "HORIZON"] as const;

function Projects({ org }: { org: Org }) {
  const { path, query, route } = useLocation();
  const programme = PROGRAMMES.find((value) => value && value === query.programme) ?? "";
  const evidence = query.evidence || null;
  const list = usePaged(
    OrganizationProjectsQuery,
    { id: org.id, first: PAGE, programme: programme || null, evidenceFor: evidence },
    (data) => data.organization?.projects,
  );
  const counts: Record<string, number> = { "": org.projectCount, H2020: org.h2020.totalCount, HORIZON: org.horizon.totalCount };
  const anyWithoutRole = list.edges.some((e) => e.role == null);
  const set = (changes: Record<string, string>) => route(withParams(path, { ...query, ...changes }), true);
  const named = useQuery(NodeNameQuery, { id: evidence ?? "" }, { pause: !evidence });
  const cluster = named.data?.node?.__typename === "Cluster" ? named.data.node.clusterName : (evidence ?? "");
  return (
    <Section title={t("org.projectsTitle")}>
      {evidence ? (
        <p class="note" data-evidence={evidence}>
          {t("org.evidenceTitle", { cluster })} ({number(list.total)}).{" "}
          <button type="button" class="link" onClick={() => set({ evidence: "" })}>
            {t("org.evidenceBack")}
          </button>
        </p>
      ) : (
        <fieldset class="facets">
          <legend>{t("org.programme")}</legend>
          {PROGRAMMES.map((value) => (
            <label key={value} class="chip">
              <input type="radio" name="programme" checked={programme === value} onChange={() => set({ programme: value })} />
              {value ? programmeLabel(value) : t("org.allProgrammes")} <span class="count">{number(counts[value])}</span>
            </label>
          ))}
        </fieldset>
      )}
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t("org.noProjects")}>
        <table class="table stack">
          <caption class="visually-hidden">{t("org.projectsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("org.colProject")}</th>
              <th scope="col">{t("org.colProgramme")}</th>
              <th scope="col">{t("org.colWhen")}</th>
              <th scope="col">{t("org.colCallTopic")}</th>
              <th scope="col">{t("org.colRole")}</th>
              <th scope="col" class="num">
                {t("org.colContribution")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node, role, cordisRole, contribution }) => (
              <tr key={node.id}>
                <td>
                  <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
                </td>
                <td data-label={t("org.colProgramme")}>{programmeLabel(node.programme)}</td>
                <td data-label={t("org.colWhen")}>{projectWhen(node)}</td>
                <td data-label={t("org.colCallTopic")}>
                  {node.callTopic && (
                    <a href={nodePath("Topic", node.callTopic.id)} title={node.callTopic.code ?? undefined}>
                      {topicName(node.callTopic)}
                    </a>
                  )}
                </td>
                <td data-label={t("org.colRole")}>{role ? participantRole(role, cordisRole) : <span class="muted">{t("org.notInData")}</span>}</td>
                <td class="num" data-label={t("org.colContribution")}>
                  <Contribution value={contribution} cordisRole={cordisRole} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyWithoutRole && <p class="muted small">{t("org.noRoles")}</p>}
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
      title={t("org.partnersTitle")}
      actions={
        <label>
          {t("org.asOf")}{" "}
          <input type="date" value={asOf} onChange={(event) => route(withParams(path, { ...query, asOf: event.currentTarget.value }), true)} />
        </label>
      }
    >
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t("org.noPartners")}>
        <table class="table stack">
          <caption class="visually-hidden">{t("org.partnersCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("org.colPartner")}</th>
              <th scope="col" class="num">
                {t("org.colShared")}
              </th>
              <th scope="col" class="num">
                {t("org.colLastYear")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map((edge) => (
              <tr key={edge.node.id}>
                <td>
                  <OrgLine org={edge.node} />
                </td>
                <td class="num" data-label={t("org.colShared")}>
                  {number(edge.sharedProjects)}
                </td>
                <td class="num" data-label={t("org.colLastYear")}>
                  {edge.lastYear ?? ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

/** The organisation's main subjects (lib/topics.ts), to ask its partners on one in a click. */
function useMainSubjects(id: string): Shortcut[] {
  const { data } = useQuery(OrganizationSubjectsQuery, { id });
  return mainSubjects(data?.organization?.subjects ?? []).flatMap(({ topic }) => (topic ? [{ id: topic.id, label: topicName(topic) }] : []));
}

function Suggestions({ id }: { id: string }) {
  const { query } = useLocation();
  const filter = filterFromQuery(query, false);
  const [first, more] = useMoreSuggestions(10, JSON.stringify([id, filter]));
  const { data, error, fetching } = useQuery(SuggestPartnersQuery, { id, first, filter });
  const items = data?.suggestPartners ?? [];
  return (
    <Section title={t("org.suggestionsTitle")}>
      <SuggestionFilterForm existingDefault={false} existingLabel={t("org.includeExisting")} topicsDefault={t("org.anySubject")} shortcuts={useMainSubjects(id)} />
      <SubjectInWords params={{ with: id }} label={t("org.inWords")} hint={t("org.inWordsHint")} />
      <Status
        fetching={fetching}
        error={error}
        empty={items.length === 0}
        emptyText={
          filter.topicIds && !filter.includeExistingPartners ? t("org.noSuggestionOnTopics", { include: t("org.includeExisting") }) : t("org.noSuggestion")
        }
      >
        <SuggestionList items={items} label={t("org.suggestionsTitle")} />
        <MoreSuggestions shown={items.length} first={first} onClick={more} busy={fetching} />
      </Status>
      {!fetching && !error && items.length === 0 && <TopicsInWords topicIds={filter.topicIds} />}
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
  useTitle(nodeTitle(org ? orgName(org) : undefined, !fetching && !error));
  if (!org) return <Missing fetching={fetching} error={error} message={t("notFound.organisation", { id })} />;
  const description = organizationDescription(org, locale());
  return (
    <div class="page">
      <h1>{orgName(org)}</h1>
      <p class="actions">
        <a href={`/network/${encodeURIComponent(id)}`}>{t("org.networkView")}</a>
        <a href={withParams("/path", { from: id })}>{t("org.pathTo")}</a>
        <a href={withParams("/consortium", { with: id })}>{t("org.consortium")}</a>
      </p>
      {description && <p>{description}</p>}
      <Profile org={org} />
      <Tabs tabs={TABS.map(([value, key]) => [value, t(key)] as const)} current={tab} label={t("org.sections")} />
      {tab === "overview" && <Overview org={org} />}
      {tab === "projects" && <Projects org={org} />}
      {tab === "partners" && <Partners id={id} asOf={query.asOf ?? ""} />}
      {tab === "suggestions" && <Suggestions id={id} />}
    </div>
  );
}
