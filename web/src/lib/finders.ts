// Lookups for pickers: organisations, projects and topics by words of their names, each with
// what it is in words (a topic by its title, its kind and, for calls, its code).
import type { Option } from "../components/Picker";
import { OrganizationsDocument as OrganizationsQuery, ProjectsDocument as ProjectsQuery, TopicsDocument as TopicsQuery } from "../gql/graphql";
import { fetchQuery } from "./client";
import { countryName, kindLabel, orgName, programmeLabel, projectName, topicCode, topicKindLabel, topicName, year } from "./format";

export async function findOrganizations(text: string): Promise<Option[]> {
  const data = await fetchQuery(OrganizationsQuery, { filter: { text }, first: 8 });
  return data.organizations.edges.map(({ node }) => ({
    id: node.id,
    label: orgName(node),
    detail: [kindLabel(node.kind), countryName(node.country)].filter(Boolean).join(", "),
  }));
}

export async function findProjects(text: string): Promise<Option[]> {
  const data = await fetchQuery(ProjectsQuery, { filter: { text }, first: 8 });
  return data.projects.edges.map(({ node }) => ({
    id: node.id,
    label: projectName(node),
    detail: [node.programme ? programmeLabel(node.programme) : "", year(node.startDate)].filter(Boolean).join(", "),
  }));
}

export async function findTopics(text: string): Promise<Option[]> {
  const data = await fetchQuery(TopicsQuery, { query: text });
  return data.search.flatMap(({ node }) =>
    node.__typename === "Topic"
      ? [{ id: node.id, label: topicName(node), detail: [topicKindLabel(node.kind), topicCode(node)].filter(Boolean).join(", ") }]
      : [],
  );
}
