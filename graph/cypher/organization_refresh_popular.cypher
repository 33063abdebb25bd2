// Suggestion features: the $size organisations (with dated projects) that have most
// partners, by sgDeg descending then id, stored on the (:DerivedInfo {id: 'suggestions'})
// node as popularIds (the unfiltered "popular" candidates of suggest_partners.cypher).
MATCH (m:DerivedInfo {id: 'suggestions'})
CALL (m) {
  MATCH (o:Organization) WHERE o.sgProjects > 0
  WITH o ORDER BY o.sgDeg DESC, o.id LIMIT $size
  RETURN collect(o.id) AS ids
}
SET m.popularIds = ids
