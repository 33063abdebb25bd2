// A topic: its kind and place in the hierarchy (broader topics up to the top, narrower ones),
// the organisations most active in it and its newest projects.
import { useRoute } from "preact-iso";
import type { TopicQuery as TopicData } from "../gql/graphql";
import { TopicQuery } from "../graphql/operations";
import { Empty, OrgLine, Section, Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { programmeLabel, projectName, projectWhen, topicKindLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { ancestors } from "../lib/topics";

type TopicNode = Extract<NonNullable<TopicData["node"]>, { __typename: "Topic" }>;

function Hierarchy({ topic }: { topic: TopicNode }) {
  const { chain, more } = ancestors(topic);
  const shown = 60;
  return (
    <Section title="Place in the hierarchy">
      {chain.length === 0 ? (
        <p class="muted">A top-level topic.</p>
      ) : (
        <nav aria-label="Broader topics">
          <ol class="breadcrumbs">
            {more && <li class="muted">…</li>}
            {chain.map((t) => (
              <li key={t.id}>
                <a href={nodePath("Topic", t.id)}>{topicName(t)}</a> <span class="muted">({topicKindLabel(t.kind)})</span>
              </li>
            ))}
            <li aria-current="page">{topicName(topic)}</li>
          </ol>
        </nav>
      )}
      <h3>Narrower topics ({topic.narrower.length})</h3>
      {topic.narrower.length === 0 ? (
        <Empty>None.</Empty>
      ) : (
        <ul class="columns-list" aria-label="Narrower topics">
          {topic.narrower.slice(0, shown).map((t) => (
            <li key={t.id}>
              <a href={nodePath("Topic", t.id)} title={t.description ?? undefined}>
                {topicName(t)}
              </a>
            </li>
          ))}
        </ul>
      )}
      {topic.narrower.length > shown && (
        <details>
          <summary>The other {topic.narrower.length - shown}</summary>
          <ul class="columns-list">
            {topic.narrower.slice(shown).map((t) => (
              <li key={t.id}>
                <a href={nodePath("Topic", t.id)}>{topicName(t)}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Section>
  );
}

export default function TopicPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(TopicQuery, { id });
  const topic = data?.node?.__typename === "Topic" ? data.node : undefined;
  useTitle(topic ? topicName(topic) : "Topic");
  if (!topic || !data) {
    return (
      <div class="page">
        <Status what="topic" fetching={fetching} error={error} empty emptyText={`No topic has the id ${id}.`} />
      </div>
    );
  }
  return (
    <div class="page">
      <h1>{topicName(topic)}</h1>
      <p>
        <span class="badge">{topicKindLabel(topic.kind)}</span>
        {topic.code && topic.code !== topic.name && <span class="muted"> · {topic.code}</span>}
        {topic.source && <span class="muted"> · source: {topic.source}</span>}
      </p>
      {topic.description && topic.description !== topic.name && <p class="lead">{topic.description}</p>}
      <p class="actions">
        <a href={withParams("/consortium", { topics: id })}>Build a consortium on this topic</a>
      </p>
      <Hierarchy topic={topic} />
      <Section title={`Most active organisations (${data.organizations.totalCount} in all)`}>
        {data.organizations.edges.length === 0 ? (
          <Empty>No organisation is recorded as competent in it.</Empty>
        ) : (
          <ol>
            {data.organizations.edges.map(({ node }) => (
              <li key={node.id}>
                <OrgLine org={node} />
                <span class="muted"> · {node.projectCount} projects</span>
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title={`Projects (${data.projects.totalCount} in all, newest first)`}>
        {data.projects.edges.length === 0 ? (
          <Empty>No project addresses it directly.</Empty>
        ) : (
          <ul>
            {data.projects.edges.map(({ node }) => (
              <li key={node.id}>
                <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
                <span class="muted">
                  {" "}
                  · {programmeLabel(node.programme)}, {projectWhen(node)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
