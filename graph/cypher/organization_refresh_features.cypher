// Suggestion features, per organisation (see docs/suggestions.md). Dated projects only.
// sgDeg    = distinct partners
// sgRecent = projects started in the reference year R or the year before (R-1, R)
// sgGrowth = partners first met in R-1 or R (no shared project before R-1)
// sgCoord  = projects coordinated
// sgTopics = unit-length vector of project counts per topic, in DerivedInfo.topicOrder
// sgKind   = 0 Company, 1 ResearchInstitution, 2 PublicActor, 3 OtherActor
// Only the organisations in $ids, or all when $ids is null.
// Runs in an implicit transaction (session.run): CALL ... IN CONCURRENT TRANSACTIONS, one
// batch per processor of Neo4j at a time (each writes only its own organisations: no waits).
MATCH (m:DerivedInfo {id: 'suggestions'})
MATCH (o:Organization)
WHERE $ids IS NULL OR o.id IN $ids
CALL (o, m) {
  OPTIONAL MATCH (o)-[r:PARTICIPATES_IN]->(p:Project) WHERE p.sgYear IS NOT NULL
  WITH o, m,
       count(DISTINCT p) AS projects,
       count(DISTINCT CASE WHEN p.sgYear >= m.referenceYear - 1 THEN p END) AS recent,
       count(DISTINCT CASE WHEN r.role = 'COORDINATOR' THEN p END) AS coord
  CALL (o) {
    OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
    WHERE p.sgYear IS NOT NULL AND q <> o
    WITH q, min(p.sgYear) AS first
    RETURN count(q) AS deg, collect(first) AS firsts
  }
  CALL (o, m) {
    OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(t:Topic)
    WHERE p.sgYear IS NOT NULL
    WITH t.id AS topic, count(*) AS n
    WITH collect([topic, n]) AS pairs
    WITH [id IN m.topicOrder | reduce(s = 0.0, x IN pairs | s + CASE WHEN x[0] = id THEN x[1] ELSE 0 END)] AS v
    WITH v, sqrt(reduce(s = 0.0, x IN v | s + x * x)) AS norm
    RETURN [x IN v | CASE WHEN norm > 0 THEN x / norm ELSE 0.0 END] AS topics
  }
  SET o.sgProjects = projects, o.sgDeg = deg, o.sgRecent = recent, o.sgCoord = coord,
      o.sgGrowth = size([f IN firsts WHERE f >= m.referenceYear - 1]),
      o.sgTopics = topics,
      o.sgKind = CASE
        WHEN o:Company THEN 0 WHEN o:ResearchInstitution THEN 1 WHEN o:PublicActor THEN 2
        ELSE 3 END
} IN CONCURRENT TRANSACTIONS OF 1000 ROWS
