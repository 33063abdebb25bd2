// Set an organisation's competence in a topic (source 'api', with the cluster that set it).
// The same rule as organization_update: an admin, or a manager of the clusters that created
// the organisation while it has no official facts.
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (t:Topic {id: $topicId})
WITH o, t, $isAdmin OR (
  o.source = 'api'
  AND all(s IN coalesce(o.sources, []) WHERE s = 'api')
  AND any(c IN coalesce(o.ownerClusterIds, []) WHERE c IN $managedClusterIds)
) AS allowed
CALL (o, t, allowed) {
  WITH o, t, allowed
  WHERE allowed AND o IS NOT NULL AND t IS NOT NULL
  MERGE (o)-[r:HAS_COMPETENCE {source: 'api'}]->(t)
  SET r.weight = $weight
  RETURN count(r) AS written
}
RETURN allowed, o IS NOT NULL AS organizationFound, t IS NOT NULL AS topicFound,
       written > 0 AS written
