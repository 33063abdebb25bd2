// One key by its id (uniqueness-constraint index); the caller compares the hash.
MATCH (k:ApiKey {id: $id})
RETURN k.hash AS hash, k.role AS role, coalesce(k.clusterIds, []) AS clusterIds,
       k.revokedAt IS NOT NULL AS revoked
LIMIT 1
