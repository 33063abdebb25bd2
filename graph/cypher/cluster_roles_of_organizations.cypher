// Cluster governance roles held by people affiliated with several organisations (one
// DataLoader batch), by cluster name, then role, then person. Only ids leave this query.
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)<-[:AFFILIATED_WITH]-(p:Person)-[h:HOLDS_ROLE]->(c:Cluster)
WITH id, p, h, c
ORDER BY c.name, CASE h.role WHEN 'PRESIDENT' THEN 0 WHEN 'VICE_PRESIDENT' THEN 1
         WHEN 'CLUSTER_MANAGER' THEN 2 ELSE 3 END, p.id
RETURN id, collect(CASE WHEN p IS NULL THEN null ELSE
  {personId: p.id, clusterId: c.id, role: h.role, since: h.since, until: h.until} END)[..200] AS items
