import { useRoute } from "preact-iso";
import { TopicQuery } from "../graphql/operations";
import { OrgLine, Section, Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { projectName, year } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

export default function TopicPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(TopicQuery, { id });
  const topic = data?.node?.__typename === "Topic" ? data.node : undefined;
  useTitle(topic?.name ?? "Topic");
  if (!topic || !data) {
    return (
      <div class="page">
        <Status what="topic" fetching={fetching} error={error} empty emptyText={`No topic has the id ${id}.`} />
      </div>
    );
  }
  return (
    <div class="page">
      <h1>{topic.name ?? topic.id}</h1>
      <p class="muted">
        {[topic.code, topic.source].filter(Boolean).join(" · ")}
      </p>
      <p class="actions">
        <a href={withParams("/consortium", { topics: id })}>Build a consortium on this topic</a>
      </p>
      <Section title={`Most active organisations (${data.organizations.totalCount} in all)`}>
        <ol>
          {data.organizations.edges.map(({ node }) => (
            <li key={node.id}>
              <OrgLine org={node} />
              <span class="muted"> · {node.projectCount} projects</span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title={`Projects (${data.projects.totalCount} in all, newest first)`}>
        <ul>
          {data.projects.edges.map(({ node }) => (
            <li key={node.id}>
              <a href={nodePath("Project", node.id)}>{projectName(node)}</a>
              <span class="muted"> · {year(node.startDate)}</span>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
