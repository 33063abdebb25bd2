// A project: programme, dates as exact as the data has them, call topic, money, topics by
// kind, clusters, and its participants (paged by cursor, coordinators first).
import { useRoute } from "preact-iso";
import { useState } from "preact/hooks";
import type { ProjectQuery as ProjectData } from "../gql/graphql";
import { ParticipantsDocument as ParticipantsQuery, ProjectDocument as ProjectQuery } from "../gql/graphql";
import { Contribution, Missing, MoreButton, OrgLine, Section, Status } from "../components/common";
import { t } from "../i18n";
import { useQuery } from "../lib/client";
import { nodeTitle, useTitle } from "../lib/debounce";
import { TOPIC_KINDS, actionLabel, money, number, programmeLabel, projectName, projectWhen, participantRole, statusLabel, topicCode, topicKindLabel, topicName } from "../lib/format";
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
      {TOPIC_KINDS.map((kind) => {
        const topics = project.topics.filter((topic) => topic.kind === kind && topic.id !== project.callTopic?.id);
        return topics.length ? (
          <Fact key={kind} label={topicKindLabel(kind, topics.length)}>
            {topics.map((topic, i) => (
              <>
                {i > 0 && ", "}
                <a href={nodePath("Topic", topic.id)}>{topicName(topic)}</a>
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
    <Section title={t("project.participantsTitle", { count: list.total })}>
      <Status fetching={list.fetching} error={list.error} empty={list.edges.length === 0} emptyText={t("project.noParticipants")}>
        <table class="table stack">
          <caption class="visually-hidden">{t("project.participantsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("project.colOrganisation")}</th>
              <th scope="col">{t("project.colRole")}</th>
              <th scope="col" class="num">
                {t("project.colContribution")}
              </th>
            </tr>
          </thead>
          <tbody>
            {list.edges.map(({ node, role, cordisRole, contribution }) => (
              <tr key={node.id}>
                <td>
                  <OrgLine org={node} />
                </td>
                <td data-label={t("project.colRole")}>{role ? participantRole(role, cordisRole) : <span class="muted">{t("project.notInData")}</span>}</td>
                <td class="num" data-label={t("project.colContribution")}>
                  <Contribution value={contribution} cordisRole={cordisRole} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {anyWithoutRole && <p class="muted small">{t("project.noRoles")}</p>}
        {list.edges.some((e) => e.cordisRole === "thirdParty") && <p class="muted small">{t("project.thirdParties")}</p>}
        <MoreButton shown={list.edges.length} total={list.total} hasMore={list.hasMore} onClick={list.loadMore} busy={list.loadingMore} />
      </Status>
    </Section>
  );
}

// Longer abstracts open on their first lines (on a phone a whole one is several screens
// above the project's facts), the rest a click away.
const LONG_ABSTRACT = 600;

function Abstract({ text }: { text: string }) {
  const [whole, setWhole] = useState(text.length <= LONG_ABSTRACT);
  return (
    <div class="abstract">
      <p class={whole ? "" : "clamped"}>{text}</p>
      {!whole && (
        <button type="button" class="link" onClick={() => setWhole(true)}>
          {t("project.wholeAbstract")}
        </button>
      )}
    </div>
  );
}

export default function ProjectPage() {
  const { params } = useRoute();
  const id = params.id ?? "";
  const { data, error, fetching } = useQuery(ProjectQuery, { id });
  const project = data?.project;
  useTitle(nodeTitle(project ? projectName(project) : undefined, !fetching && !error));
  if (!project) return <Missing fetching={fetching} error={error} message={t("notFound.project", { id })} />;
  const callCode = project.callTopic ? topicCode(project.callTopic) : null;
  return (
    <div class="page">
      <h1>{projectName(project)}</h1>
      {project.title == null && <p class="muted">{t("project.noTitle")}</p>}
      {project.abstract && <Abstract text={project.abstract} />}
      <dl class="facts">
        <Fact label={t("project.programme")}>{programmeLabel(project.programme)}</Fact>
        <Fact label={project.datePrecision === "YEAR" ? t("project.callYearLabel") : t("project.dates")}>
          {projectWhen(project)}
          {project.datePrecision === "YEAR" && <span class="muted"> {t("project.onlyCallYear")}</span>}
        </Fact>
        {project.callTopic && (
          <Fact label={t("project.callTopic")}>
            <a href={nodePath("Topic", project.callTopic.id)}>{topicName(project.callTopic)}</a>
            {callCode && <span class="muted"> · {callCode}</span>}
          </Fact>
        )}
        {project.status && <Fact label={t("project.status")}>{statusLabel(project.status, project.startDate, project.endDate)}</Fact>}
        {(project.typeOfAction || project.fundingScheme) && (
          <Fact label={t("project.typeOfAction")}>
            {actionLabel(project.fundingScheme, project.typeOfAction)}
            {project.fundingScheme && <span class="muted"> · {t("topic.code", { code: project.fundingScheme })}</span>}
          </Fact>
        )}
        {project.keywords.length > 0 && <Fact label={t("project.keywords")}>{project.keywords.join(", ")}</Fact>}
        {project.euContribution != null && <Fact label={t("project.euContribution")}>{money(project.euContribution)}</Fact>}
        {project.totalCost ? <Fact label={t("project.totalCost")}>{money(project.totalCost)}</Fact> : null}
        {project.grantId && <Fact label={t("project.grant")}>{project.grantId}</Fact>}
        <Fact label={t("project.participants")}>{number(project.participantCount)}</Fact>
        {project.flagship && <Fact label={t("project.flagship")}>{t("project.yes")}</Fact>}
        {project.clusters.length > 0 && (
          <Fact label={t("project.clusters")}>
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
        <a href={withParams("/consortium", { project: id })}>{t("project.complete")}</a>
        <a href={`/network/${encodeURIComponent(id)}`}>{t("project.networkView")}</a>
      </p>
      <Participants id={id} />
    </div>
  );
}
