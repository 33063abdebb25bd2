// The seeds' existing partners: every organisation sharing a dated project with one of
// them. suggest_partners.cypher excludes them ($excluded); they are passed as a parameter,
// not computed there, because a list held in the rows of that query would be counted in
// its memory once per row (hundreds of MB for a hub).
MATCH (s:Organization)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(p:Organization)
WHERE s.id IN $seeds AND pr.sgWeight IS NOT NULL
RETURN collect(DISTINCT p.id) AS ids
