// Participants of several projects, coordinators first (one DataLoader batch).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p)
WITH id, r, o ORDER BY r.role, o.id
RETURN id, collect(CASE WHEN o IS NULL THEN null ELSE
  {organizationId: o.id, role: r.role, contribution: r.contribution} END) AS items
