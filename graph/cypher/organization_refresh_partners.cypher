// Suggestion features (after sgDeg): each organisation's strongest partners,
// so that suggestions read the first and second hop from properties instead of expanding
// through projects. Dated projects only; w(o,q) = sum of the shared projects' sgWeight.
// Organization.sgPartnerIds = ids of the $size partners with the highest w (ties by id),
//                             best first
// Organization.sgPartnerW   = their w, in the same order (parallel list)
// Organization.sgPartnerDeg = their sgDeg, in the same order (parallel list)
// Only the organisations in $ids, or all when $ids is null.
// Runs in an implicit transaction (session.run): CALL ... IN CONCURRENT TRANSACTIONS, one
// batch per processor of Neo4j at a time (each writes only its own organisations: no waits).
MATCH (o:Organization)
WHERE $ids IS NULL OR o.id IN $ids
CALL (o) {
  CALL (o) {
    MATCH (o)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(q:Organization)
    WHERE pr.sgWeight IS NOT NULL AND q <> o
    WITH q, sum(pr.sgWeight) AS w
    WITH q, w ORDER BY w DESC, q.id
    LIMIT $size
    RETURN collect(q.id) AS ids, collect(w) AS ws, collect(q.sgDeg) AS degs
  }
  SET o.sgPartnerIds = ids, o.sgPartnerW = ws, o.sgPartnerDeg = degs
} IN CONCURRENT TRANSACTIONS OF 500 ROWS
