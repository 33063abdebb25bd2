// Projects matching a filter; every condition is off when its parameter is null. Years are
// start years (Horizon Europe: call years); a topic matches its narrower topics too.
// The caller appends a fixed tail: an ORDER BY with a page, or a count.
// A cluster's projects: PART_OF the cluster, or with a member of it among the participants.
MATCH (p:Project)
WHERE ($ids IS NULL OR p.id IN $ids)
  AND ($programme IS NULL OR p.programme = $programme)
  AND ($yearFrom IS NULL OR p.startYear >= $yearFrom)
  AND ($yearTo IS NULL OR p.startYear <= $yearTo)
  AND ($topicId IS NULL
    OR EXISTS { (p)-[:ADDRESSES]->(:Topic)-[:BROADER*0..6]->(:Topic {id: $topicId}) })
  AND ($clusterId IS NULL
    OR EXISTS { (p)-[:PART_OF]->(:Cluster {id: $clusterId}) }
    OR EXISTS { (p)<-[:PARTICIPATES_IN]-(:Organization)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
