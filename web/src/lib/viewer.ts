// Who the signed-in key is (Query.viewer), so that a page offers only the writes the key may
// make. The API checks every write again: hiding a form is a courtesy, not the protection.
import type { ViewerQuery as ViewerData } from "../gql/graphql";
import { ViewerQuery } from "../graphql/operations";
import { apiKey } from "./auth";
import { useQuery } from "./client";

export type Viewer = ViewerData["viewer"];

const ANONYMOUS: Viewer = { role: "ANONYMOUS", clusterIds: [] };

/** The viewer, undefined while the service is asked; anonymous without a key. */
export function useViewer(): { viewer: Viewer | undefined; error: string | undefined } {
  const signedIn = Boolean(apiKey());
  const { data, error } = useQuery(ViewerQuery, {}, { pause: !signedIn });
  if (!signedIn) return { viewer: ANONYMOUS, error: undefined };
  return { viewer: data?.viewer, error };
}

/** Whether the viewer may write this cluster's members and measurements. */
export function managesCluster(viewer: Viewer, clusterId: string): boolean {
  return viewer.role === "ADMIN" || (viewer.role === "CLUSTER_MANAGER" && viewer.clusterIds.includes(clusterId));
}

export function roleLabel(viewer: Viewer): string {
  if (viewer.role === "ADMIN") return "admin";
  if (viewer.role === "CLUSTER_MANAGER") return `manager of ${viewer.clusterIds.join(", ") || "no cluster"}`;
  return "no role";
}
