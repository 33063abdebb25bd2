// The organisations whose derived properties are recomputed (graph/derived.py): those in
// $ids, or all when $ids is null. Sets their sgKind (0 Company, 1 ResearchInstitution,
// 2 PublicActor, 3 OtherActor), which also locks them for the rest of the transaction, and
// returns their ids with the reference year and topic order that the others depend on
// (organization_refresh_reference.cypher).
CALL () {
  MATCH (o:Organization) WHERE $ids IS NULL
  RETURN o
  UNION
  UNWIND coalesce($ids, []) AS id
  MATCH (o:Organization {id: id})
  RETURN o
}
SET o.sgKind = CASE
  WHEN o:Company THEN 0 WHEN o:ResearchInstitution THEN 1 WHEN o:PublicActor THEN 2
  ELSE 3 END
WITH collect(o.id) AS ids
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
RETURN ids, m.referenceYear AS reference, coalesce(m.topicOrder, []) AS topicOrder
