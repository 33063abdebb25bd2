// A project: programme, dates as exact as the data has them, call topic, money, topics by
// kind, clusters, and its participants (paged by cursor, coordinators first).
import { useRoute } from "preact-iso";
import type { ProjectQuery as ProjectData } from "../gql/graphql";
import { ParticipantsQuery, ProjectQuery } from "../graphql/operations";
import { MoreButton, OrgLine, Section, Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { TOPIC_KINDS, money, programmeLabel, projectName, projectWhen, roleLabel, statusLabel, topicName } from "../lib/format";
import { nodePath, withParams } from "../lib/links";
import { usePaged } from "../lib/paging";

type ProjectInfo = NonNullable<ProjectData["project"]>;

function Fact({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Topics({ project }: { project: ProjectInfo }) {
  return (
    <>
      {TOPIC_KINDS.map(([kind, , plural]) => {
        const topics = project.topics.filter((t) => t.kind === kind && t.id !== project.callTopic?.id);
        return topics.length ? (
          <Fact key={kind} label={plural}>
            {topics.map((t, i) => (
              <>
                {i > 0 && ", "}
                <a href={nodePath("Topic", t.id)} title={t.description ?? undefined}>
                  {topicName(t)}
                </a>
              </>
            ))}
          </Fact>
        ) : null;
      })}
    </>
  );
}

function Participants({ id }: { id: string }) {
  const list = usePaged(ParticipantsQuery, { id, first: 25 }, (data) => data.project?.participants);
  const anyWithoutRole = list.edges.some((e) => e.role == null);
  return (
    <Section title={`Participants (${list.total})`}>
      <Status what="participants" fetching={list.fetching} error={list.error} empty={list.edges.length === 0}>
        <table class="table">
          <caption class="visually-hidden">Participants, coordinators first</caption>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Role</th>
              <th scope="col" class="num">EU contribution</th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node, role, contribution }) => (
              <tr key={node.id}>
                <td>
                  <OrgLine org={node} />
                </td>
                <td>{role ? roleLabel(role) : <span class="muted">not in the data</span>}</td>
                <td class="num">{money(contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyWithoutRole && <p class="muted small">The Horizon Europe data has no roles or contributions.</p>}
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

export default function ProjectPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(ProjectQuery, { id });
  const project = data?.project;
  useTitle(project ? projectName(project) : "Project");
  if (!project) {
    return (
      <div class="page">
        <Status what="project" fetching={fetching} error={error} empty emptyText={`No project has the id ${id}.`} />
      </div>
    );
  }
  return (
    <div class="page">
      <h1>{projectName(project)}</h1>
      {project.acronym && project.title == null && <p class="muted">The data has no title for this project.</p>}
      {project.abstract && <p class="abstract">{project.abstract}</p>}
      <dl class="facts">
        <Fact label="Programme">{programmeLabel(project.programme)}</Fact>
        <Fact label={project.datePrecision === "YEAR" ? "Call year" : "Dates"}>
          {projectWhen(project)}
          {project.datePrecision === "YEAR" && <span class="muted"> (only the call year is known)</span>}
        </Fact>
        {project.callTopic && (
          <Fact label="Call topic">
            <a href={nodePath("Topic", project.callTopic.id)}>{project.callTopic.code ?? topicName(project.callTopic)}</a>
            {project.callTopic.description && <span> {project.callTopic.description}</span>}
          </Fact>
        )}
        {project.status && <Fact label="Status">{statusLabel(project.status)}</Fact>}
        {project.typeOfAction && <Fact label="Type of action">{project.typeOfAction}</Fact>}
        {project.fundingScheme && <Fact label="Funding scheme">{project.fundingScheme}</Fact>}
        {project.keywords.length > 0 && <Fact label="Keywords">{project.keywords.join(", ")}</Fact>}
        {project.euContribution != null && <Fact label="EU contribution">{money(project.euContribution)}</Fact>}
        {project.totalCost != null && <Fact label="Total cost">{money(project.totalCost)}</Fact>}
        {project.grantId && <Fact label="Grant agreement">{project.grantId}</Fact>}
        <Fact label="Participants">{project.participantCount}</Fact>
        {project.flagship && <Fact label="Flagship">yes</Fact>}
        {project.clusters.length > 0 && (
          <Fact label="Clusters">
            {project.clusters.map((c, i) => (
              <>
                {i > 0 && ", "}
                <a href={nodePath("Cluster", c.id)}>{c.name}</a>
              </>
            ))}
          </Fact>
        )}
        <Topics project={project} />
      </dl>
      <p class="actions">
        <a href={withParams("/consortium", { project: id })}>Complete this consortium</a>
        <a href={`/network/${encodeURIComponent(id)}`}>Network view</a>
      </p>
      <Participants id={id} />
    </div>
  );
}
