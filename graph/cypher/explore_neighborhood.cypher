// A bounded neighbourhood for a graph view: breadth first from the centre, at most $limit
// nodes (centre included), at most $depth (1..3) levels. Within a level, candidates are
// ordered by the number of links to the level before (desc), then projects newest first
// (by id, the oldest Horizon 2020 projects came first), then id, and cut to the nodes
// still allowed; `truncated` says whether any candidate was left out. Only relationships
// between public nodes are followed (never Person). With $asOf: projects that started before
// it, memberships valid on it (no `since` counts as always).
// Without $topics, no topic besides the centre is taken (a hub's topics fill the places of
// its partners). Bounds: a Topic is a leaf (it links to thousands of nodes) unless it is the
// centre, and
// from each expanded node beyond the centre at most $fanOut neighbours (newest projects,
// then lowest ids first)
// become candidates; a cut fan-out also sets `truncated`. The edges between kept nodes are
// read from the cheap side of each relationship: outgoing MEMBER_OF, PART_OF, ADDRESSES,
// FOCUSES_ON, HAS_COMPETENCE (a handful per node) and incoming PARTICIPATES_IN of projects.
// `edges` are grouped as [source id, type, [target ids]] (compact to transfer), in the order
// source, type, target. The caller appends the RETURN of the kept nodes' projections.
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
    AND (m:Organization OR m:Project OR m:Cluster OR (m:Topic AND $topics))
    AND ($asOf IS NULL OR (
      (NOT center:Project OR center.timelineDate < $asOf)
      AND (NOT m:Project OR m.timelineDate < $asOf)
      AND (type(r) <> 'MEMBER_OF'
           OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
  WITH m, count(r) AS links
  ORDER BY links DESC, m.newestKey DESC, m.id
  RETURN collect(m) AS found1
}
WITH center, found1[..$limit - 1] AS level1, size(found1) > $limit - 1 AS cut1
CALL (center, level1) {
  WITH [center] + level1 AS seen
  UNWIND CASE WHEN $depth >= 2 THEN [x IN level1 WHERE NOT x:Topic] ELSE [] END AS x
  CALL (x, seen) {
    MATCH (x)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]-(m)
    WHERE (m:Organization OR m:Project OR m:Cluster OR (m:Topic AND $topics)) AND NOT m IN seen
      AND ($asOf IS NULL OR (
        (NOT m:Project OR m.timelineDate < $asOf)
        AND (type(r) <> 'MEMBER_OF'
             OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
    WITH m ORDER BY m.newestKey DESC, m.id LIMIT $fanOut + 1
    WITH collect(m) AS around
    RETURN around[..$fanOut] AS around, size(around) > $fanOut AS fanCut
  }
  UNWIND around AS m
  WITH m, count(*) AS links, max(toInteger(fanCut)) AS anyCut
  ORDER BY links DESC, m.newestKey DESC, m.id
  RETURN collect(m) AS found2, coalesce(max(anyCut), 0) = 1 AS fanCut2
}
WITH center, level1, cut1 OR fanCut2 AS cut1, found2[..$limit - 1 - size(level1)] AS level2,
     size(found2) > $limit - 1 - size(level1) AS cut2
CALL (center, level1, level2) {
  WITH [center] + level1 + level2 AS seen
  UNWIND CASE WHEN $depth >= 3 THEN [x IN level2 WHERE NOT x:Topic] ELSE [] END AS x
  CALL (x, seen) {
    MATCH (x)-[r:PARTICIPATES_IN|MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]-(m)
    WHERE (m:Organization OR m:Project OR m:Cluster OR (m:Topic AND $topics)) AND NOT m IN seen
      AND ($asOf IS NULL OR (
        (NOT m:Project OR m.timelineDate < $asOf)
        AND (type(r) <> 'MEMBER_OF'
             OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf)))))
    WITH m ORDER BY m.newestKey DESC, m.id LIMIT $fanOut + 1
    WITH collect(m) AS around
    RETURN around[..$fanOut] AS around, size(around) > $fanOut AS fanCut
  }
  UNWIND around AS m
  WITH m, count(*) AS links, max(toInteger(fanCut)) AS anyCut
  ORDER BY links DESC, m.newestKey DESC, m.id
  RETURN collect(m) AS found3, coalesce(max(anyCut), 0) = 1 AS fanCut3
}
WITH [center] + level1 + level2 AS upper, level1, level2, cut1 OR cut2 OR fanCut3 AS cut12,
     found3[..$limit - 1 - size(level1) - size(level2)] AS level3,
     size(found3) > $limit - 1 - size(level1) - size(level2) AS cut3
WITH upper + level3 AS kept, cut12 OR cut3 AS truncated
CALL (kept) {
  CALL (kept) {
    UNWIND kept AS a
    MATCH (a)-[r:MEMBER_OF|PART_OF|ADDRESSES|FOCUSES_ON|HAS_COMPETENCE]->(b)
    WHERE b IN kept
    RETURN r
    UNION ALL
    UNWIND kept AS b
    MATCH (a)-[r:PARTICIPATES_IN]->(b:Project)
    WHERE a IN kept
    RETURN r
  }
  WITH r, startNode(r) AS a, endNode(r) AS b
  WHERE $asOf IS NULL OR (
    (NOT a:Project OR a.timelineDate < $asOf)
    AND (NOT b:Project OR b.timelineDate < $asOf)
    AND (type(r) <> 'MEMBER_OF'
         OR ((r.since IS NULL OR r.since < $asOf) AND (r.until IS NULL OR r.until >= $asOf))))
  WITH DISTINCT a.id AS source, type(r) AS type, b.id AS target
  ORDER BY source, type, target
  WITH source, type, collect(target) AS targets
  ORDER BY source, type
  RETURN collect([source, type, targets]) AS edges
}
// The caller appends the RETURN: each node of `kept` projected as the request selects
// (graph.select), with edges and truncated.
WITH kept, edges, truncated
