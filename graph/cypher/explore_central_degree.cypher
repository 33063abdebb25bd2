// DEGREE centrality: distinct partner organisations (sharing at least one project started
// before $asOf, when given). Candidates: the organisations of $clusterId on $asOf, members
// and those active in its domain (today without it: former members left out), or every
// organisation when $clusterId is null; of $country only, when given. Ties broken by id.
// The caller appends the RETURN (score and the organisation's projection).
MATCH (o:Organization)
WHERE ($country IS NULL OR o.country = $country) AND ($clusterId IS NULL OR EXISTS {
  MATCH (o)-[m:MEMBER_OF]->(:Cluster {id: $clusterId})
  WHERE ($asOf IS NULL AND (m.until IS NULL OR m.until >= date()))
     OR ((m.since IS NULL OR m.since < $asOf) AND (m.until IS NULL OR m.until >= $asOf))
})
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE q <> o AND ($asOf IS NULL OR p.timelineDate < $asOf)
  RETURN toFloat(count(DISTINCT q)) AS score
}
WITH o AS n0, score
ORDER BY score DESC, n0.id
LIMIT $first
