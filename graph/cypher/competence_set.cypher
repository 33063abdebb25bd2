// Set an organisation's competence in a topic (source 'api'): an admin, or a manager of a
// cluster the organisation is a current, non-derived member of.
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (t:Topic {id: $topicId})
WITH o, t, $isAdmin OR EXISTS {
  MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
  WHERE c.id IN $managedClusterIds
    AND coalesce(m.source, 'official') <> 'derived'
    AND (m.until IS NULL OR m.until >= date())
} AS allowed
CALL (o, t, allowed) {
  WITH o, t, allowed
  WHERE allowed AND o IS NOT NULL AND t IS NOT NULL
  MERGE (o)-[r:HAS_COMPETENCE {source: 'api'}]->(t)
  SET r.weight = $weight
  RETURN count(r) AS written
}
RETURN allowed, o IS NOT NULL AS organizationFound, t IS NOT NULL AS topicFound,
       written > 0 AS written
