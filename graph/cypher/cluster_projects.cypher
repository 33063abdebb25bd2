// Project pages of several clusters at once (one DataLoader batch). A cluster's projects are
// those PART_OF it and those with at least one member among the participants; newest first,
// then by id. $requests: [{id, offset, limit}].
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
CALL (r) {
  CALL (r) {
    MATCH (p:Project)-[:PART_OF]->(:Cluster {id: r.id})
    RETURN p
    UNION
    MATCH (:Cluster {id: r.id})<-[:MEMBER_OF]-(:Organization)-[:PARTICIPATES_IN]->(p:Project)
    RETURN p
  }
  WITH DISTINCT p ORDER BY p.startDate IS NULL, p.startDate DESC, p.startYear DESC, p.id
  WITH collect(p.id) AS ids
  RETURN size(ids) AS total, ids[r.offset..r.offset + r.limit] AS page
}
RETURN i, total, page
ORDER BY i
