// Store a new API key (its SHA-256 hash only), if every cluster it names exists.
// Returns the clusters found; the key is created only when all of $clusterIds were found.
OPTIONAL MATCH (c:Cluster) WHERE c.id IN $clusterIds
WITH collect(DISTINCT c.id) AS found
FOREACH (_ IN CASE WHEN size(found) = size($clusterIds) THEN [1] ELSE [] END |
  CREATE (:ApiKey {
    id: $id, hash: $hash, role: $role, clusterIds: $clusterIds, label: $label,
    createdAt: datetime()
  })
)
RETURN found
