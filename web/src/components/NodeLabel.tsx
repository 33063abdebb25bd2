// A node's name from its id (a project, an organisation, a topic or a cluster), for what a
// page was asked about by id (its address): "Calls HORIZON-CL5… – Climate, energy and mobility".
import type { NodeNameQuery as NodeNameData } from "../gql/graphql";
import { NodeNameDocument as NodeNameQuery } from "../gql/graphql";
import { useQuery } from "../lib/client";
import { orgName, projectName, topicName } from "../lib/format";

type Named = NonNullable<NodeNameData["node"]>;

/** The node's name as pages show it; its id when the node is unknown. */
export function nodeLabel(node: Named | null | undefined, id: string): string {
  if (!node) return id;
  if (node.__typename === "Project") return projectName(node);
  if (node.__typename === "Organization") return orgName(node);
  if (node.__typename === "Topic") return topicName(node);
  if (node.__typename === "Cluster") return node.clusterName;
  return id;
}

export function useNodeLabel(id: string): string {
  return useNamed(id).label;
}

/** The node's label, and whether the service answered that there is no such node. */
export function useNamed(id: string): { label: string; missing: boolean } {
  const { data, fetching, error } = useQuery(NodeNameQuery, { id }, { pause: !id });
  const missing = Boolean(data) && !fetching && !error && !data?.node;
  return { label: nodeLabel(data?.node, id), missing };
}
