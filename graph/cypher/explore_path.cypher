// The shortest chain of shared projects between two organisations, within $maxHops
// organisation-to-organisation hops (each hop is Organization->Project<-Organization).
// With $asOf, only projects that started before that date count (timelineDate).
// The quantifier's upper bound (6) is the API's maximum; $maxHops narrows it. The caller
// appends the RETURN: fromFound, toFound and the path's nodes (null without a path).
OPTIONAL MATCH (a:Organization {id: $fromId})
OPTIONAL MATCH (b:Organization {id: $toId})
OPTIONAL CALL (a, b) {
  MATCH p = SHORTEST 1 (a)(
      ()-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(:Organization)
      WHERE $asOf IS NULL OR pr.timelineDate < $asOf
    ){1,6}(b)
  WHERE length(p) <= 2 * $maxHops
  RETURN nodes(p) AS steps
}
WITH a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, steps
