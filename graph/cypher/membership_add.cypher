// Add (or reopen) an organisation's membership of a cluster: an admin, or a manager of
// that cluster. One MEMBER_OF per pair (MERGE), so retrying changes nothing.
// previousStanding: where the membership stood before this write (null: there was none):
// MEMBER (already a current member), ACTIVE_IN_DOMAIN (inferred, now confirmed by a
// manager) or FORMER (ended, now reopened); see graph/shapes.py STANDING.
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (c:Cluster {id: $clusterId})
WITH o, c, coalesce($isAdmin OR c.id IN $managedClusterIds, false) AS allowed
CALL (o, c, allowed) {
  WITH o, c, allowed
  WHERE allowed AND o IS NOT NULL AND c IS NOT NULL
  OPTIONAL MATCH (o)-[old:MEMBER_OF]->(c)
  WITH o, c, CASE WHEN old IS NULL THEN null
                  WHEN old.until IS NOT NULL AND old.until < date() THEN 'FORMER'
                  WHEN old.source = 'derived' THEN 'ACTIVE_IN_DOMAIN'
                  ELSE 'MEMBER' END AS previousStanding
  MERGE (o)-[m:MEMBER_OF]->(c)
  SET m.since = coalesce($since, m.since),
      m.role = coalesce($role, m.role),
      m.until = null,
      m.source = CASE WHEN m.source IS NULL OR m.source = 'derived' THEN 'api' ELSE m.source END
  // a member's evidence is no longer read (graph/shapes.py): dropped, so that the members
  // stay before the organisations active in the domain in Cluster.members
  REMOVE m.evidenceProjects, m.evidenceTopics
  RETURN collect(m {.since, .until, .role, .source, previousStanding})[0] AS membership
}
RETURN allowed, o IS NOT NULL AS organizationFound, c IS NOT NULL AS clusterFound, membership
