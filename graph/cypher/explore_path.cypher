// The shortest chain of shared projects between two organisations, within $maxHops
// organisation-to-organisation hops (each hop is Organization->Project<-Organization).
// With $asOf, only projects that started before that date count (timelineDate).
// The quantifier's upper bound (6) is the API's maximum; $maxHops narrows it. The caller
// appends the RETURN: fromFound, toFound and the path's nodes (null without a path).
// A project both share is looked for first, from the projects of one and stopping at the
// first: the search for a shortest path expands whole neighbourhoods before it meets, and
// between two large organisations (which usually share a project) that cost grew with their
// number of projects (130 ms at ten times today's network, against 3 ms for this lookup).
OPTIONAL MATCH (a:Organization {id: $fromId})
OPTIONAL MATCH (b:Organization {id: $toId})
OPTIONAL CALL (a, b) {
  MATCH (a)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(b)
  WHERE a <> b AND ($asOf IS NULL OR pr.timelineDate < $asOf)
  RETURN [a, pr, b] AS shared
  LIMIT 1
}
OPTIONAL CALL (a, b, shared) {
  WITH a, b WHERE shared IS NULL
  MATCH p = SHORTEST 1 (a)(
      ()-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(:Organization)
      WHERE $asOf IS NULL OR pr.timelineDate < $asOf
    ){1,6}(b)
  WHERE length(p) <= 2 * $maxHops
  RETURN nodes(p) AS found
}
WITH a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, coalesce(shared, found) AS steps
