// Objectives of several clusters with their measurements, oldest measurement first
// (one DataLoader batch). Objectives by deadline, plan area, id.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
OPTIONAL MATCH (c)-[:HAS_OBJECTIVE]->(o:Objective)
CALL (o) {
  OPTIONAL MATCH (o)-[:HAS_MEASUREMENT]->(m:Measurement)
  WITH m ORDER BY m.date, m.id
  RETURN collect(m {.id, .date, .value, .illustrative, .note})[..1000] AS measurements
}
WITH id, o, measurements ORDER BY o.deadline, o.planArea, o.id
RETURN id, collect(CASE WHEN o IS NULL THEN null ELSE o {
  .id, .metric, .target, .unit, .deadline, .planArea, .description, measurements: measurements
} END)[..100] AS items
