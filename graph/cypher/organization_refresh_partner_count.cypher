// Store each organisation's number of distinct partners (shared projects), so that lists
// can be ordered by it. Only the organisations in $ids, or all when $ids is null.
// Runs in an implicit transaction (session.run): CALL ... IN CONCURRENT TRANSACTIONS, one
// batch per processor of Neo4j at a time (each writes only its own organisations: no waits).
MATCH (o:Organization)
WHERE $ids IS NULL OR o.id IN $ids
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE q <> o
  WITH count(DISTINCT q) AS partners
  SET o.partnerCount = partners
} IN CONCURRENT TRANSACTIONS OF 2000 ROWS
