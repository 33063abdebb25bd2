import { useRoute } from "preact-iso";
import { ProjectQuery } from "../graphql/operations";
import { OrgLine, Section, Status } from "../components/common";
import { useQuery } from "../lib/client";
import { useTitle } from "../lib/debounce";
import { money, period, projectName, roleLabel } from "../lib/format";
import { nodePath, withParams } from "../lib/links";

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
      <dl class="facts">
        <dt>Programme</dt>
        <dd>{project.programme ?? "unknown"}</dd>
        <dt>Dates</dt>
        <dd>{period(project.startDate, project.endDate)}</dd>
        {project.totalCost != null && (
          <>
            <dt>Total cost</dt>
            <dd>{money(project.totalCost)}</dd>
          </>
        )}
        <dt>Participants</dt>
        <dd>{project.participantCount}</dd>
        {project.flagship && (
          <>
            <dt>Flagship</dt>
            <dd>yes</dd>
          </>
        )}
        {project.clusters.length > 0 && (
          <>
            <dt>Clusters</dt>
            <dd>
              {project.clusters.map((c) => (
                <a key={c.id} href={nodePath("Cluster", c.id)}>
                  {c.name}{" "}
                </a>
              ))}
            </dd>
          </>
        )}
        {project.topics.length > 0 && (
          <>
            <dt>Topics</dt>
            <dd>
              {project.topics.map((t, i) => (
                <>
                  {i > 0 && ", "}
                  <a href={nodePath("Topic", t.id)}>{t.name ?? t.id}</a>
                </>
              ))}
            </dd>
          </>
        )}
      </dl>
      <p class="actions">
        <a href={withParams("/consortium", { project: id })}>Complete this consortium</a>
        <a href={`/network/${encodeURIComponent(id)}`}>Network view</a>
      </p>
      <Section title="Participants">
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
            {project.participants.map((p) => (
              <tr key={p.organization.id}>
                <td>
                  <OrgLine org={p.organization} />
                </td>
                <td>{roleLabel(p.role)}</td>
                <td class="num">{money(p.contribution)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </div>
  );
}
