// Partners of several organisations at once (one DataLoader batch): organisations that
// shared at least one project, with how many and the last year they started one together.
// With asOf, only projects that started before that date count.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
CALL (r) {
  OPTIONAL MATCH (o:Organization {id: r.id})-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE q <> o AND (r.asOf IS NULL OR p.timelineDate < r.asOf)
  WITH q, count(DISTINCT p) AS shared, max(p.startYear) AS lastYear
  ORDER BY shared DESC, lastYear DESC, q.id
  WITH collect(CASE WHEN q IS NULL THEN null ELSE {id: q.id, sharedProjects: shared, lastYear: lastYear} END) AS partners
  RETURN size(partners) AS total, partners[r.offset..r.offset + r.limit] AS page
}
RETURN i, total, page
ORDER BY i
