// End a membership on $until: an admin, or a manager of that cluster. Nothing is written
// when $until is before the membership's start (returned so the caller can say so). An
// ended derived membership becomes 'api': a person's decision, kept by exports and never
// reopened by a new derivation. previousStanding: as in membership_add.cypher.
OPTIONAL MATCH (c:Cluster {id: $clusterId})
WITH c, coalesce($isAdmin OR c.id IN $managedClusterIds, false) AS allowed
OPTIONAL MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(c)
CALL (m, allowed) {
  WITH m, allowed
  WHERE allowed AND m IS NOT NULL AND (m.since IS NULL OR m.since <= $until)
  WITH m, CASE WHEN m.until IS NOT NULL AND m.until < date() THEN 'FORMER'
               WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN'
               ELSE 'MEMBER' END AS previousStanding
  SET m.until = $until,
      m.source = CASE WHEN m.source = 'derived' THEN 'api' ELSE m.source END
  RETURN collect(m {.since, .until, .role, .source, previousStanding})[0] AS membership
}
RETURN allowed, m IS NOT NULL AS found, m.since AS since, membership
