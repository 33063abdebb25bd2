// The bipartite ego network of a cluster's members on $asOf (today without it): their projects (started before
// $asOf, when given) and every organisation taking part in those projects, as
// [organisation id, project id] links, at most $maxLinks of them (ordered, so a cut is stable).
CALL () {
  MATCH (:Cluster {id: $clusterId})<-[m:MEMBER_OF]-(o:Organization)
  WHERE ($asOf IS NULL AND (m.until IS NULL OR m.until >= date()))
     OR ((m.since IS NULL OR m.since < $asOf) AND (m.until IS NULL OR m.until >= $asOf))
  RETURN collect(DISTINCT o) AS members
}
CALL (members) {
  UNWIND members AS o
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE $asOf IS NULL OR p.timelineDate < $asOf
  WITH DISTINCT q.id AS org, p.id AS project
  ORDER BY project, org
  LIMIT $maxLinks
  RETURN collect([org, project]) AS links
}
RETURN [x IN members | x.id] AS members, links
