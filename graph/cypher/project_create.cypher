// Create a project PART_OF the clusters $clusterIds, unless one with this id exists (then
// return it, for comparison). An admin, or a manager of every one of those clusters
// (at least one).
OPTIONAL MATCH (c:Cluster) WHERE c.id IN $clusterIds
WITH collect(DISTINCT c) AS clusters
WITH clusters,
     size(clusters) = size($clusterIds) AS clustersFound,
     $isAdmin OR (size($clusterIds) > 0
                  AND all(id IN $clusterIds WHERE id IN $managedClusterIds)) AS allowed
OPTIONAL MATCH (existing:Project {id: $id})
CALL (clusters, clustersFound, allowed, existing) {
  WITH clusters, clustersFound, allowed, existing
  WHERE allowed AND clustersFound AND existing IS NULL
  CREATE (p:Project {id: $id})
  SET p += $props
  FOREACH (cluster IN clusters | CREATE (p)-[:PART_OF]->(cluster))
  RETURN count(p) AS created
}
RETURN allowed, clustersFound, created > 0 AS created,
       CASE WHEN existing IS NULL THEN null ELSE existing {
         .*, clusterIds: [(existing)-[:PART_OF]->(x:Cluster) | x.id]
       } END AS existing
