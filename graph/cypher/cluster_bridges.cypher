// Members that bridge a cluster to other clusters, for several clusters at once (one
// DataLoader batch). For a member o of cluster c:
//   memberships = other clusters o itself is a member of;
//   partners    = distinct organisations that share a project with o and are members of a
//                 cluster other than c;
//   score       = size(memberships) + partners;
//   otherClusters = the other clusters reached, directly or through those partners.
// Members with score 0 are left out. Highest score first, then id. $requests: [{id, limit}].
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
CALL (r) {
  OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c:Cluster {id: r.id})
  CALL (o, c) {
    OPTIONAL MATCH (o)-[:MEMBER_OF]->(x:Cluster) WHERE x <> c
    RETURN collect(DISTINCT x.id) AS direct
  }
  CALL (o, c) {
    OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(q:Organization)-[:MEMBER_OF]->(x:Cluster)
    WHERE q <> o AND x <> c
    RETURN count(DISTINCT q) AS partners, collect(DISTINCT x.id) AS viaPartners
  }
  WITH o, direct, partners, size(direct) + partners AS score,
       direct + [x IN viaPartners WHERE NOT x IN direct] AS reached
  WHERE o IS NOT NULL AND score > 0
  ORDER BY score DESC, o.id
  WITH collect({
    organizationId: o.id, otherClusterIds: reached, memberships: size(direct),
    partners: partners, score: score
  }) AS ranked
  RETURN ranked[..r.limit] AS items
}
RETURN i, items
ORDER BY i
