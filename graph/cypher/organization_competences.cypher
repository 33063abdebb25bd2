// Competences of several organisations (one DataLoader batch), strongest first, then by
// topic id: every topic their projects address or a broader one, weighted by the number of
// distinct projects (source 'cordis': derived from the projects, never stored), and the
// competences a data owner set (HAS_COMPETENCE, source 'api' or 'bundle').
// $requests: [{id, kinds, limit}]; kinds: topic kinds wanted (null: all).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
CALL (r) {
  OPTIONAL MATCH (o:Organization {id: r.id})
  CALL (o) {
    MATCH (o)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(:Topic)-[:BROADER*0..6]->(t:Topic)
    RETURN t, toFloat(count(DISTINCT p)) AS weight, 'cordis' AS source
    UNION ALL
    MATCH (o)-[h:HAS_COMPETENCE]->(t:Topic)
    RETURN t, h.weight AS weight, h.source AS source
  }
  WITH r, t, weight, source
  WHERE r.kinds IS NULL OR coalesce(t.kind, 'curated') IN r.kinds
  WITH r, t, weight, source ORDER BY weight DESC, t.id, source
  WITH r, collect({topicId: t.id, weight: weight, source: source}) AS items
  RETURN items[..r.limit] AS items
}
RETURN i, items
ORDER BY i
