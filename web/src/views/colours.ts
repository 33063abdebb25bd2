// Node colours of the network view, shared by the drawing and its legend.
import type { NeighborhoodQuery } from "../gql/graphql";

type SubNode = NonNullable<NeighborhoodQuery["neighborhood"]>["nodes"][number];
export const GROUP_COLOURS: Record<string, string> = {
  COMPANY: "#1f77b4",
  RESEARCH_INSTITUTION: "#2e7d32",
  PUBLIC_ACTOR: "#b5470b",
  OTHER: "#6a1b9a",
  UNKNOWN: "#6b6b6b",
  NO_CLUSTER: "#6b6b6b",
  Project: "#8d6e00",
  Cluster: "#c2185b",
  Topic: "#00838f",
};

const PALETTE = ["#1f77b4", "#2e7d32", "#b5470b", "#6a1b9a", "#00695c", "#ad1457", "#455a64", "#5d4037"];

/** A colour per group: fixed for kinds and node types, from a palette for clusters. */
export function colourMap(groups: Iterable<string>): Map<string, string> {
  const colours = new Map<string, string>();
  let next = 0;
  for (const group of groups) {
    if (colours.has(group)) continue;
    colours.set(group, GROUP_COLOURS[group] ?? PALETTE[next++ % PALETTE.length]);
  }
  return colours;
}

/**
 * The colour group of each node: its type, or for organisations their kind (UNKNOWN: kind
 * unknown) or their first cluster in view (NO_CLUSTER: none in view).
 */
export function groups(nodes: SubNode[], edges: { source: string; target: string; type: string }[], by: "kind" | "cluster"): Map<string, string> {
  const clusterNames = new Map(nodes.flatMap((n) => (n.__typename === "Cluster" ? [[n.id, n.clusterName] as const] : [])));
  const clusterOf = new Map<string, string>();
  for (const e of edges) {
    if (e.type === "MEMBER_OF" && clusterNames.has(e.target) && !clusterOf.has(e.source)) {
      clusterOf.set(e.source, clusterNames.get(e.target) ?? e.target);
    }
  }
  return new Map(
    nodes.map((n) => {
      if (n.__typename !== "Organization") return [n.id, n.__typename ?? "Node"];
      if (by === "cluster") return [n.id, clusterOf.get(n.id) ?? "NO_CLUSTER"];
      return [n.id, n.kind];
    }),
  );
}
