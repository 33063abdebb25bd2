// Per organisation of $ids, its work on a cluster's topics, which its recruiting cites
// ($under: the topics and every narrower one, suggest_topics_under.cypher): of its $latest
// latest dated projects, those addressing one of them: how many, the first start year, how
// many it coordinated, and the five latest. The bound keeps a hub's cost flat: an
// organisation with more dated projects lists its latest (sgLatestIds,
// graph/derived_organizations.py), so a hub of the ten-fold network (18,000 projects) is not
// sorted per request; only a hub past the bound may have more work on the topics than
// counted. As one row.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
CALL (o) {
  CALL (o) {
    UNWIND coalesce(o.sgLatestIds, []) AS pid
    MATCH (p:Project {id: pid})<-[r:PARTICIPATES_IN]-(o)
    RETURN p, r
    UNION ALL
    WITH o WHERE o.sgLatestIds IS NULL
    MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
    WHERE p.sgYear IS NOT NULL
    WITH p, r ORDER BY p.sgYear DESC, p.id LIMIT $latest
    RETURN p, r
  }
  WITH p, r WHERE EXISTS { (p)-[:ADDRESSES]->(t:Topic) WHERE t.id IN $under }
  WITH p, r ORDER BY p.sgYear DESC, p.id
  RETURN count(p) AS projects, min(p.sgYear) AS since,
         sum(CASE WHEN r.role = 'COORDINATOR' THEN 1 ELSE 0 END) AS led,
         collect(p.id)[..5] AS ids
}
RETURN collect({id: id, projects: projects, since: since, led: led, ids: ids}) AS rows
