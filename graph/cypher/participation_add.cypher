// Add or update an organisation's participation in a project: an admin, or a manager of
// a cluster the project is PART_OF, when the participation is new or was written through the
// API (one an import or a bundle brought is changed by an admin only: taken over as 'api', it
// could then be removed). Returns every participant (for partner counts). The participation
// is marked source 'api', so that exports keep it (importers/export.py).
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (p:Project {id: $projectId})
OPTIONAL MATCH (o)-[known:PARTICIPATES_IN]->(p)
WITH o, p, $isAdmin OR (
  EXISTS { MATCH (p)-[:PART_OF]->(c:Cluster) WHERE c.id IN $managedClusterIds }
  AND (known IS NULL OR known.source = 'api')
) AS allowed
CALL (o, p, allowed) {
  WITH o, p, allowed
  WHERE allowed AND o IS NOT NULL AND p IS NOT NULL
  MERGE (o)-[r:PARTICIPATES_IN]->(p)
  SET r.role = $role, r.contribution = $contribution, r.source = 'api'
  RETURN count(r) AS written
}
RETURN allowed, o IS NOT NULL AS organizationFound, p IS NOT NULL AS projectFound,
       written > 0 AS written,
       CASE WHEN p IS NULL THEN [] ELSE
         [(p)<-[:PARTICIPATES_IN]-(q:Organization) | q.id][..$maxParticipants] END AS participants
