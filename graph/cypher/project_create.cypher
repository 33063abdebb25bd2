// Create a project PART_OF the clusters $clusterIds, unless one with this id exists (then
// return it, for comparison). An admin, or a manager of every one of those clusters
// (at least one). An id that names an organisation, cluster or topic is not taken (`taken`).
OPTIONAL MATCH (c:Cluster) WHERE c.id IN $clusterIds
WITH collect(DISTINCT c) AS clusters
WITH clusters,
     size(clusters) = size($clusterIds) AS clustersFound,
     $isAdmin OR (size($clusterIds) > 0
                  AND all(id IN $clusterIds WHERE id IN $managedClusterIds)) AS allowed,
     CASE WHEN EXISTS { MATCH (:Organization {id: $id}) } THEN 'organisation'
          WHEN EXISTS { MATCH (:Cluster {id: $id}) } THEN 'cluster'
          WHEN EXISTS { MATCH (:Topic {id: $id}) } THEN 'topic' END AS taken
OPTIONAL MATCH (existing:Project {id: $id})
CALL (clusters, clustersFound, allowed, taken, existing) {
  WITH clusters, clustersFound, allowed, taken, existing
  WHERE allowed AND clustersFound AND taken IS NULL AND existing IS NULL
  CREATE (p:Project {id: $id})
  SET p += $props
  FOREACH (cluster IN clusters | CREATE (p)-[:PART_OF]->(cluster))
  RETURN count(p) AS created
}
RETURN allowed, clustersFound, taken, created > 0 AS created,
       CASE WHEN existing IS NULL THEN null ELSE existing {
         .*, clusterIds: [(existing)-[:PART_OF]->(x:Cluster) | x.id]
       } END AS existing
