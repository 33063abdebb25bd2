// Cluster memberships of several organisations (one DataLoader batch).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
WITH id, m, c ORDER BY c.name
RETURN id, collect(CASE WHEN c IS NULL THEN null ELSE
  {clusterId: c.id, since: m.since, until: m.until, role: m.role, source: m.source} END) AS items
