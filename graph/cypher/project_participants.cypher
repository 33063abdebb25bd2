// The projects of the organisations in $ids (every project when $ids is null), by id, with
// what their participants' derived properties are computed from (graph/derived_organizations.py):
// sgYear and sgWeight (project_refresh_weight.cypher), the participants as
// [organisation id, role, stored sgDeg], and the coarse topics of DerivedInfo.topicOrder
// the project addresses (one entry per link).
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.topicOrder, []) AS topicOrder
CALL () {
  MATCH (p:Project) WHERE $ids IS NULL
  RETURN p
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (:Organization {id: id})-[:PARTICIPATES_IN]->(p:Project)
  RETURN p
}
RETURN p.id AS id, p.sgYear AS year, p.sgWeight AS weight,
       [(p)<-[r:PARTICIPATES_IN]-(o:Organization) | [o.id, r.role, o.sgDeg]] AS members,
       [(p)-[:ADDRESSES]->(t:Topic) WHERE t.id IN topicOrder | t.id] AS topics
ORDER BY id
