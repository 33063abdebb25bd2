// Per organisation of $ids, its work on a cluster's topics, which its recruiting cites
// ($under: the topics and every narrower one, suggest_topics_under.cypher): of its 1,000
// latest dated projects, those addressing one of them: how many, the first start year, how
// many it coordinated, and the five latest. The bound keeps a hub's cost flat (a hub of the
// ten-fold network has 18,000 projects); only a hub past it may have more work on the topics
// than counted. As one row.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
  WHERE p.sgYear IS NOT NULL
  WITH p, r ORDER BY p.sgYear DESC, p.id LIMIT 1000
  WITH p, r WHERE EXISTS { (p)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $under }
  RETURN count(p) AS projects, min(p.sgYear) AS since,
         sum(CASE WHEN r.role = 'COORDINATOR' THEN 1 ELSE 0 END) AS led,
         collect(p.id)[..5] AS ids
}
RETURN collect({id: id, projects: projects, since: since, led: led, ids: ids}) AS rows
