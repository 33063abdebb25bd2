// A bounded neighbourhood for a graph view: breadth first from the centre, at most $limit
// nodes (centre included), at most $depth (1..3) levels. Within a level, candidates are
// ordered by the number of links to the level before (desc), then id, and cut to the nodes
// still allowed; `truncated` says whether any candidate was left out. Only relationships
// between public nodes are followed (never Person). With $asOf: projects that started before
// it, memberships valid on it (no `since` counts as always).
CALL () {
  MATCH (n:Organization {id: $centerId}) RETURN n
  UNION
  MATCH (n:Project {id: $centerId}) RETURN n
  UNION
  MATCH (n:Cluster {id: $centerId}) RETURN n
  UNION
  MATCH (n:Topic {id: $centerId}) RETURN n
}
WITH n AS center
LIMIT 1
CALL (center) {
  MATCH (center)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]-(m)
  WHERE $depth >= 1 AND m <> center
    AND (m:Organization OR m:Project OR m:Cluster OR m:Topic)
    AND ($asOf IS NULL OR (
      (NOT center:Project OR center.startDate < $asOf)
      AND (NOT m:Project OR m.startDate < $asOf)
      AND (type(r) <> 'MEMBER_OF'
           OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
  WITH m, count(r) AS links
  ORDER BY links DESC, m.id
  RETURN collect(m) AS found1
}
WITH center, found1[..$limit - 1] AS level1, size(found1) > $limit - 1 AS cut1
CALL (center, level1) {
  WITH [center] + level1 AS seen
  UNWIND level1 AS x
  MATCH (x)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]-(m)
  WHERE $depth >= 2 AND NOT m IN seen
    AND (m:Organization OR m:Project OR m:Cluster OR m:Topic)
    AND ($asOf IS NULL OR (
      (NOT m:Project OR m.startDate < $asOf)
      AND (type(r) <> 'MEMBER_OF'
           OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
  WITH m, count(r) AS links
  ORDER BY links DESC, m.id
  RETURN collect(m) AS found2
}
WITH center, level1, cut1, found2[..$limit - 1 - size(level1)] AS level2,
     size(found2) > $limit - 1 - size(level1) AS cut2
CALL (center, level1, level2) {
  WITH [center] + level1 + level2 AS seen
  UNWIND level2 AS x
  MATCH (x)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]-(m)
  WHERE $depth >= 3 AND NOT m IN seen
    AND (m:Organization OR m:Project OR m:Cluster OR m:Topic)
    AND ($asOf IS NULL OR (
      (NOT m:Project OR m.startDate < $asOf)
      AND (type(r) <> 'MEMBER_OF'
           OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
  WITH m, count(r) AS links
  ORDER BY links DESC, m.id
  RETURN collect(m) AS found3
}
WITH [center] + level1 + level2 AS upper, level1, level2,
     found3[..$limit - 1 - size(level1) - size(level2)] AS level3,
     cut1 OR cut2 OR size(found3) > $limit - 1 - size(level1) - size(level2) AS truncated
WITH upper + level3 AS kept, truncated
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]->(b)
  WHERE b IN kept
    AND ($asOf IS NULL OR (
      (NOT a:Project OR a.startDate < $asOf)
      AND (NOT b:Project OR b.startDate < $asOf)
      AND (type(r) <> 'MEMBER_OF'
           OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
  WITH DISTINCT a.id AS source, b.id AS target, type(r) AS type
  ORDER BY source, type, target
  RETURN collect({source: source, target: target, type: type}) AS edges
}
RETURN [n IN kept | {
  id: n.id,
  label: [l IN labels(n) WHERE l IN ['Organization', 'Project', 'Cluster', 'Topic']][0]
}] AS nodes, edges, truncated
