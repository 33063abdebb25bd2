// Which of the organisations $ids already share a dated project with one of the $seeds: the
// existing partners among the suggestions returned (suggest_seeds.cypher reads every partner
// of every seed, which only an exclusion needs). From each organisation's own projects,
// stopping at the first project shared with a seed.
UNWIND $ids AS id
MATCH (c:Organization {id: id})
WHERE EXISTS {
  MATCH (c)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(s:Organization)
  WHERE pr.sgWeight IS NOT NULL AND s.id IN $seeds AND s <> c
}
RETURN c.id AS id
