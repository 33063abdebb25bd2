// Member pages of several clusters at once (one DataLoader batch): organisations with a
// MEMBER_OF edge to the cluster, optionally of one kind label, by name then id.
// $requests: [{id, kind, offset, limit}]; kind is a graph label (Company, ...), 'Unknown'
// (no kind label) or null.
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS r
CALL (r) {
  OPTIONAL MATCH (o:Organization)-[m:MEMBER_OF]->(:Cluster {id: r.id})
  WHERE r.kind IS NULL OR r.kind IN labels(o)
    OR (r.kind = 'Unknown'
        AND NOT (o:Company OR o:ResearchInstitution OR o:PublicActor OR o:OtherActor))
  WITH o, m ORDER BY o.name IS NULL, o.name, o.id
  WITH collect(CASE WHEN o IS NULL THEN null ELSE
    {organizationId: o.id, since: m.since, until: m.until, role: m.role, source: m.source} END) AS items
  RETURN size(items) AS total, items[r.offset..r.offset + r.limit] AS page
}
RETURN i, total, page
ORDER BY i
