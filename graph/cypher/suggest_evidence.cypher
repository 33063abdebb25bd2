// The projects behind suggestions' common-partner evidence, fetched for the returned
// suggestions only (see suggest_partners.cypher). For each {candidate, partner} in $pairs:
// a dated project a seed shares with the partner and one the partner shares with the
// candidate (the first found, as the paths' evidence before). Each lookup expands the
// projects of the side with fewer participations, checks the other side per project and
// stops at the first hit.
MATCH (s:Organization) WHERE s.id IN $seeds
WITH collect(s) AS seeds
UNWIND $pairs AS pair
MATCH (p:Organization {id: pair.partner}), (c:Organization {id: pair.candidate})
WITH seeds, pair, p, c, COUNT { (p)-[:PARTICIPATES_IN]->() } AS pDegree
CALL (seeds, p, pDegree) {
  UNWIND seeds AS s
  WITH s, CASE WHEN COUNT { (s)-[:PARTICIPATES_IN]->() } <= pDegree THEN [s, p] ELSE [p, s] END AS ab
  WITH ab[0] AS a, ab[1] AS b
  MATCH (a)-[:PARTICIPATES_IN]->(pr:Project)
  WHERE pr.sgWeight IS NOT NULL AND EXISTS { (pr)<-[:PARTICIPATES_IN]-(b) }
  WITH pr LIMIT 1
  RETURN collect(pr.id) AS first
}
CALL (p, c, pDegree) {
  WITH CASE WHEN COUNT { (c)-[:PARTICIPATES_IN]->() } <= pDegree THEN [c, p] ELSE [p, c] END AS ab
  WITH ab[0] AS a, ab[1] AS b
  MATCH (a)-[:PARTICIPATES_IN]->(pr:Project)
  WHERE pr.sgWeight IS NOT NULL AND EXISTS { (pr)<-[:PARTICIPATES_IN]-(b) }
  WITH pr LIMIT 1
  RETURN collect(pr.id) AS second
}
RETURN pair.candidate AS candidate, pair.partner AS partner, first + second AS projects
