// Remove an organisation's participation in a project: an admin; or a manager of a cluster
// the project is PART_OF, when the participation was written through the API (source 'api'):
// one an import or a bundle brought is removed by an admin only. Removing a participation
// that does not exist writes nothing (a retry). Returns the organisation and the remaining
// participants (for partner counts).
OPTIONAL MATCH (o:Organization {id: $organizationId})
OPTIONAL MATCH (p:Project {id: $projectId})
OPTIONAL MATCH (o)-[r:PARTICIPATES_IN]->(p)
WITH o, p, r, $isAdmin OR (
  EXISTS { MATCH (p)-[:PART_OF]->(c:Cluster) WHERE c.id IN $managedClusterIds }
  AND (r IS NULL OR r.source = 'api')
) AS allowed
CALL (r, allowed) {
  WITH r, allowed
  WHERE allowed AND r IS NOT NULL
  DELETE r
  RETURN count(*) AS written
}
RETURN allowed, o IS NOT NULL AS organizationFound, p IS NOT NULL AS projectFound,
       written > 0 AS written,
       CASE WHEN p IS NULL OR o IS NULL THEN [] ELSE
         [o.id] + [(p)<-[:PARTICIPATES_IN]-(q:Organization) | q.id][..$maxParticipants]
       END AS participants
