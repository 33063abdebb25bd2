// Add (or reopen) an organisation's membership of a cluster: an admin, or a manager of
// that cluster. One MEMBER_OF per pair (MERGE), so retrying changes nothing.
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (c:Cluster {id: $clusterId})
WITH o, c, coalesce($isAdmin OR c.id IN $managedClusterIds, false) AS allowed
CALL (o, c, allowed) {
  WITH o, c, allowed
  WHERE allowed AND o IS NOT NULL AND c IS NOT NULL
  MERGE (o)-[m:MEMBER_OF]->(c)
  SET m.since = coalesce($since, m.since),
      m.role = coalesce($role, m.role),
      m.until = null,
      m.source = CASE WHEN m.source IS NULL OR m.source = 'derived' THEN 'api' ELSE m.source END
  RETURN collect(m {.since, .until, .role, .source})[0] AS membership
}
RETURN allowed, o IS NOT NULL AS organizationFound, c IS NOT NULL AS clusterFound, membership
