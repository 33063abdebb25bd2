// The shortest chain of shared projects between two organisations, within $maxHops
// organisation-to-organisation hops (each hop is Organization->Project<-Organization).
// With $asOf, only projects that started before that date count.
// The quantifier's upper bound (6) is the API's maximum; $maxHops narrows it.
OPTIONAL MATCH (a:Organization {id: $fromId})
OPTIONAL MATCH (b:Organization {id: $toId})
OPTIONAL CALL (a, b) {
  MATCH p = SHORTEST 1 (a)(
      ()-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(:Organization)
      WHERE $asOf IS NULL OR pr.timelineDate < $asOf
    ){1,6}(b)
  WHERE length(p) <= 2 * $maxHops
  RETURN [n IN nodes(p) | {id: n.id, label: CASE WHEN n:Project THEN 'Project' ELSE 'Organization' END}] AS steps
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, steps
