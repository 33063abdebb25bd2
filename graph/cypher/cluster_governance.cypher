// Governance roles of several clusters (one DataLoader batch): president first, then
// vice-presidents, then the cluster manager. Only the person's id leaves this query.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(c)
WITH id, p, h
ORDER BY CASE h.role WHEN 'PRESIDENT' THEN 0 WHEN 'VICE_PRESIDENT' THEN 1
         WHEN 'CLUSTER_MANAGER' THEN 2 ELSE 3 END, h.since, p.id
RETURN id, collect(CASE WHEN p IS NULL THEN null ELSE
  {personId: p.id, clusterId: id, role: h.role, since: h.since, until: h.until} END)[..100] AS items
