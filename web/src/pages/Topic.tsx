// A topic: its kind and place in the hierarchy (broader topics up to the top, narrower ones),
// the organisations with most projects on it and its newest projects.
import { useRoute } from "preact-iso";
import type { TopicQuery as TopicData, TopicProjectsQuery as TopicProjectsData } from "../gql/graphql";
import { TopicDocument as TopicQuery, TopicOrganizationsDocument as TopicOrganizationsQuery, TopicProjectsDocument as TopicProjectsQuery } from "../gql/graphql";
import { Empty, Missing, MoreButton, OrgLine, Section, Status } from "../components/common";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { nodeTitle, useTitle } from "../lib/debounce";
import { programmeLabel, projectName, projectWhen, topicCode, topicKindLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { type Paged, usePaged } from "../lib/paging";
import { FEW_PROJECTS, ancestors } from "../lib/topics";

type TopicNode = Extract<NonNullable<TopicData["node"]>, { __typename: "Topic" }>;
type ProjectEdge = TopicProjectsData["projects"]["edges"][number];

function Hierarchy({ topic }: { topic: TopicNode }) {
  const { chain, more } = ancestors(topic);
  const shown = 60;
  // A topic alone (a cluster's own theme): nothing above it, nothing below, nothing to show.
  if (chain.length === 0 && topic.narrower.length === 0) return null;
  return (
    <Section title={t("topic.hierarchy")}>
      {chain.length === 0 ? (
        <p class="muted">{t("topic.topLevel")}</p>
      ) : (
        <nav aria-label={t("topic.broader")}>
          <ol class="breadcrumbs">
            {more && <li class="muted">…</li>}
            {chain.map((broader) => (
              <li key={broader.id}>
                <a href={nodePath("Topic", broader.id)}>{topicName(broader)}</a> <span class="muted">({topicKindLabel(broader.kind)})</span>
              </li>
            ))}
            <li aria-current="page">{topicName(topic)}</li>
          </ol>
        </nav>
      )}
      <h3>{t("topic.narrower", { count: topic.narrower.length })}</h3>
      {topic.narrower.length === 0 ? (
        <Empty>{t("topic.none")}</Empty>
      ) : (
        <ul class="columns-list" aria-label={t("topic.narrower", { count: topic.narrower.length })}>
          {topic.narrower.slice(0, shown).map((narrower) => (
            <li key={narrower.id}>
              <a href={nodePath("Topic", narrower.id)}>{topicName(narrower)}</a>
            </li>
          ))}
        </ul>
      )}
      {topic.narrower.length > shown && (
        <details>
          <summary>{t("topic.others", { count: topic.narrower.length - shown })}</summary>
          <ul class="columns-list">
            {topic.narrower.slice(shown).map((narrower) => (
              <li key={narrower.id}>
                <a href={nodePath("Topic", narrower.id)}>{topicName(narrower)}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}

const PAGE = 20;

/** The organisations on the topic; for a cluster's own theme, only when there are some. */
function Organisations({ id, hideEmpty }: { id: string; hideEmpty: boolean }) {
  const list = usePaged(TopicOrganizationsQuery, { id, first: PAGE }, (data) => data.organizations);
  if (hideEmpty && !list.fetching && !list.error && list.total === 0) return null;
  return (
    <Section title={t("topic.organisations", { count: list.total })}>
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t("topic.noOrganisation")}>
        <ol>
          {list.edges.map(({ node, projectsOnTopic }) => (
            <li key={node.id}>
              <OrgLine org={node} />
              <span class="muted">
                {" · "}
                {projectsOnTopic ? t("topic.onTopic", { count: projectsOnTopic }) : t("topic.competenceOnly")}
                {", "}
                {t("topic.projectsInAll", { count: node.projectCount })}
              </span>
            </li>
          ))}
        </ol>
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

function Projects({ list }: { list: Paged<ProjectEdge> }) {
  return (
    <Section title={t("topic.projects", { count: list.total })}>
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t("topic.noProject")}>
        <ul>
          {list.edges.map(({ node }) => (
            <li key={node.id}>
              <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
              <span class="muted">
                {" · "}
                {programmeLabel(node.programme)}, {projectWhen(node)}
              </span>
            </li>
          ))}
        </ul>
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

export default function TopicPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(TopicQuery, { id });
  const topic = data?.node?.__typename === "Topic" ? data.node : undefined;
  useTitle(nodeTitle(topic ? topicName(topic) : undefined, !fetching && !error));
  const projects = usePaged(TopicProjectsQuery, { id, first: PAGE }, (data) => data.projects);
  if (!topic || !data) return <Missing fetching={fetching} error={error} message={t("notFound.topic", { id })} />;
  const code = topicCode(topic);
  const curated = topic.kind === "CURATED";
  // A cluster's own theme that no project is tagged with: said once, instead of empty lists.
  const untagged = curated && !projects.fetching && !projects.error && projects.total === 0;
  // A field or an area few projects are tagged with (CORDIS tags fields on Horizon Europe
  // projects only, and not on all): more projects name it in their texts than carry the tag.
  const tagged = topic.kind === "FIELD_OF_SCIENCE" || topic.kind === "THEMATIC_AREA";
  const fewTagged = tagged && !projects.fetching && !projects.error && projects.total < FEW_PROJECTS;
  const source = topic.source === "cordis" ? "CORDIS" : topic.source === "curated" ? t("topic.curatedSource") : topic.source;
  return (
    <div class="page">
      <h1>{topicName(topic)}</h1>
      <p>
        <span class="badge">{topicKindLabel(topic.kind)}</span>
        {code && <span class="muted"> · {t("topic.code", { code })}</span>}
        {source && <span class="muted"> · {t("topic.source", { source })}</span>}
      </p>
      {/* a field of science's description is its path, in English: the hierarchy below says it */}
      {topic.description && topic.description !== topicName(topic) && topic.kind !== "CALL_FAMILY" && topic.kind !== "FIELD_OF_SCIENCE" && (
        <p class="lead">{topic.description}</p>
      )}
      {topic.clusters.length > 0 && (
        <p>
          {t("topic.clusters", { count: topic.clusters.length })}{" "}
          {topic.clusters.map((cluster, index) => (
            <span key={cluster.id}>
              {index > 0 && ", "}
              <a href={nodePath("Cluster", cluster.id)}>{cluster.name ?? cluster.id}</a>
            </span>
          ))}
        </p>
      )}
      {untagged && <p>{t("topic.curatedNote")}</p>}
      {fewTagged && <p data-few-tagged>{t("topic.fewTagged", { count: projects.total })}</p>}
      <p class="actions">
        <a href={withParams("/consortium", { topics: id })}>{t("topic.consortium")}</a>
        {(curated || fewTagged) && <a href={withParams("/", { q: topicName(topic), type: "projects" })}>{t("topic.searchIt")}</a>}
      </p>
      <Hierarchy topic={topic} />
      <Organisations id={id} hideEmpty={curated} />
      {!untagged && <Projects list={projects} />}
    </div>
  );
}
