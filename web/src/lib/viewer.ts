// Who the signed-in key is (Query.viewer), so that a page offers only the writes the key may
// make. The API checks every write again: hiding a form is a courtesy, not the protection.
import type { ViewerQuery as ViewerData } from "../gql/graphql";
import { ClustersDocument as ClustersQuery, ViewerDocument as ViewerQuery } from "../gql/graphql";
import { locale, t } from "../i18n";
import { apiKey } from "./auth";
import { useQuery } from "./client";

export type Viewer = ViewerData["viewer"];

const ANONYMOUS: Viewer = { role: "ANONYMOUS", clusterIds: [] };

/** The viewer (undefined while the service is asked; anonymous without a key) and the
 *  names of the clusters, to name the viewer's. */
export function useViewer(): { viewer: Viewer | undefined; error: string | undefined; names: Map<string, string> } {
  const signedIn = Boolean(apiKey());
  const { data, error } = useQuery(ViewerQuery, {}, { pause: !signedIn });
  const clusters = useQuery(ClustersQuery, {}, { pause: !signedIn });
  const names = new Map((clusters.data?.clusters ?? []).map((c) => [c.id, c.name]));
  if (!signedIn) return { viewer: ANONYMOUS, error: undefined, names };
  return { viewer: data?.viewer, error, names };
}

/** Whether the viewer may write this cluster's members and measurements. */
export function managesCluster(viewer: Viewer, clusterId: string): boolean {
  return viewer.role === "ADMIN" || (viewer.role === "CLUSTER_MANAGER" && viewer.clusterIds.includes(clusterId));
}

/** Where a manager starts after signing in: their cluster's page when they manage one. */
export function homeOf(viewer: Viewer): string {
  if (viewer.role === "CLUSTER_MANAGER" && viewer.clusterIds.length === 1) {
    return `/clusters/${encodeURIComponent(viewer.clusterIds[0])}`;
  }
  return "/clusters";
}

/** The viewer's role in words, clusters by name ("Manager of Luxembourg AutoMobility Cluster"). */
export function roleLabel(viewer: Viewer, names: Map<string, string>): string {
  if (viewer.role === "ADMIN") return t("session.admin");
  if (viewer.role === "CLUSTER_MANAGER") {
    if (!viewer.clusterIds.length) return t("session.noCluster");
    const list = viewer.clusterIds.map((id) => names.get(id) ?? id);
    return t("session.manager", { clusters: new Intl.ListFormat(locale()).format(list) });
  }
  return t("session.noRole");
}
