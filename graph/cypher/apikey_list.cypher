// Every API key, oldest first, without its hash.
MATCH (k:ApiKey)
RETURN k.id AS id, k.role AS role, k.clusterIds AS clusterIds, k.label AS label,
       toString(k.createdAt) AS createdAt, toString(k.revokedAt) AS revokedAt
ORDER BY k.createdAt, k.id
LIMIT $limit
