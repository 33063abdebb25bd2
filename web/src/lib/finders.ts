// Lookups for pickers: organisations, projects and topics by words of their names, each with
// what it is in words (a topic by its title, its kind and, for calls, its code).
import type { Option } from "../components/Picker";
import {
  OrganizationsNamedDocument as OrganizationsNamedQuery,
  ProjectsDocument as ProjectsQuery,
  TopicsDocument as TopicsQuery,
  TopicsHeldDocument as TopicsHeldQuery,
} from "../gql/graphql";
import { locale } from "../i18n";
import { topicsNamed } from "../i18n/topics";
import { fetchQuery } from "./client";
import { countryName, kindLabel, orgName, programmeLabel, projectName, topicCode, topicKindLabel, topicName, year } from "./format";

/** Organisations by words of their names, best match first (the search's ranking: a name in
 * another language found too, the best connected of equal matches first). */
export async function findOrganizations(text: string): Promise<Option[]> {
  const data = await fetchQuery(OrganizationsNamedQuery, { query: text });
  return data.search.flatMap(({ node }) =>
    node.__typename === "Organization"
      ? [{ id: node.id, label: orgName(node), detail: [kindLabel(node.kind), countryName(node.country)].filter(Boolean).join(", ") }]
      : [],
  );
}

export async function findProjects(text: string): Promise<Option[]> {
  const data = await fetchQuery(ProjectsQuery, { filter: { text }, first: 8 });
  return data.projects.edges.map(({ node }) => ({
    id: node.id,
    label: projectName(node),
    detail: [node.programme ? programmeLabel(node.programme) : "", year(node.startDate)].filter(Boolean).join(", "),
  }));
}

const NAMED_TOPICS = 8;
// Names in the reader's language checked against the data per lookup: the page names every
// field of science, a network of one country holds some of them only.
const NAMED_CHECKED = 100;

/** Topics by name: those whose name in the reader's language holds the words (the page names
 * programme parts and the broad fields in French and German) and that the data holds, then
 * the API's search, which looks in the data's English names. */
export async function findTopics(text: string): Promise<Option[]> {
  const candidates = topicsNamed(text, locale()).slice(0, NAMED_CHECKED);
  const [data, held] = await Promise.all([
    fetchQuery(TopicsQuery, { query: text }),
    candidates.length ? fetchQuery(TopicsHeldQuery, { ids: candidates.map((topic) => topic.id) }) : undefined,
  ]);
  const known = new Set(held?.topics.map((topic) => topic.id));
  const named = candidates
    .filter((topic) => known.has(topic.id))
    .slice(0, NAMED_TOPICS)
    .map((topic) => ({ id: topic.id, label: topicName(topic), detail: topicKindLabel(topic.kind) }));
  const searched = data.search.flatMap(({ node }) =>
    node.__typename === "Topic"
      ? [{ id: node.id, label: topicName(node), detail: [topicKindLabel(node.kind), topicCode(node)].filter(Boolean).join(", ") }]
      : [],
  );
  const seen = new Set(named.map((option) => option.id));
  return [...named, ...searched.filter((option) => !seen.has(option.id))];
}
