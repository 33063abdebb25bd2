// End a membership on $until: an admin, or a manager of that cluster. Nothing is written
// when $until is before the membership's start (returned so the caller can say so), nor for
// an organisation that is only active in the cluster's domain (a derived MEMBER_OF, inferred
// from its projects: it has no membership to end; ending it made a member of it from its
// first project to $until, and the scorecard counted it so). previousStanding: as in
// membership_add.cypher.
OPTIONAL MATCH (c:Cluster {id: $clusterId})
WITH c, coalesce($isAdmin OR c.id IN $managedClusterIds, false) AS allowed
OPTIONAL MATCH (:Organization {id: $organizationId})-[m:MEMBER_OF]->(c)
WITH allowed, m, coalesce(m.source = 'derived', false) AS activeInDomain
CALL (m, allowed, activeInDomain) {
  WITH m, allowed, activeInDomain
  WHERE allowed AND m IS NOT NULL AND NOT activeInDomain
    AND (m.since IS NULL OR m.since <= $until)
  WITH m, CASE WHEN m.until IS NOT NULL AND m.until < date() THEN 'FORMER'
               ELSE 'MEMBER' END AS previousStanding
  SET m.until = $until
  RETURN collect(m {.since, .until, .role, .source, previousStanding})[0] AS membership
}
RETURN allowed, m IS NOT NULL AND NOT activeInDomain AS found, activeInDomain, m.since AS since,
       membership
