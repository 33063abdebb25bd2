// WEIGHTED_DEGREE centrality: the sum, over partners and shared projects (started before
// $asOf, when given), of 1 / (consortium size - 1). Computed per project: a project with n
// participating organisations has n - 1 partners, each weighing 1 / (n - 1). Candidates as in
// explore_central_degree. Ties broken by id. The caller appends the RETURN.
MATCH (o:Organization)
WHERE ($country IS NULL OR o.country = $country) AND ($clusterId IS NULL OR EXISTS {
  MATCH (o)-[m:MEMBER_OF]->(:Cluster {id: $clusterId})
  WHERE ($asOf IS NULL AND (m.until IS NULL OR m.until >= date()))
     OR ((m.since IS NULL OR m.since < $asOf) AND (m.until IS NULL OR m.until >= $asOf))
})
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)
  WHERE $asOf IS NULL OR p.timelineDate < $asOf
  WITH DISTINCT p
  WITH p, COUNT { MATCH (p)<-[:PARTICIPATES_IN]-(q:Organization) RETURN DISTINCT q } AS size
  RETURN sum(CASE WHEN size > 1 THEN (size - 1) * (1.0 / (size - 1)) ELSE 0.0 END) AS score
}
WITH o AS n0, score
ORDER BY score DESC, n0.id
LIMIT $first
