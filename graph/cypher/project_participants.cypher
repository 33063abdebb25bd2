// The projects $projects (ids), or those of the organisations $ids, by id, with what their
// participants' derived properties are computed from (graph/derived_organizations.py):
// sgYear and sgWeight (project_refresh_weight.cypher), the participants as
// [organisation id, role, stored sgDeg], and the coarse topics of DerivedInfo.topicOrder
// the project addresses (one entry per link). One row: the list `rows` (the driver reads a
// list much faster than a row per project; a full refresh asks for 10,000 projects at a time).
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.topicOrder, []) AS topicOrder
CALL () {
  UNWIND coalesce($projects, []) AS id
  MATCH (p:Project {id: id})
  RETURN p
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (:Organization {id: id})-[:PARTICIPATES_IN]->(p:Project)
  RETURN p
}
WITH p, topicOrder ORDER BY p.id
RETURN collect({
  id: p.id, year: p.sgYear, weight: p.sgWeight,
  members: [(p)<-[r:PARTICIPATES_IN]-(o:Organization) | [o.id, r.role, o.sgDeg]],
  topics: [(p)-[:ADDRESSES]->(t:Topic) WHERE t.id IN topicOrder | t.id]
}) AS rows
