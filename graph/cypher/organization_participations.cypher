// Projects of several organisations, newest first (one DataLoader batch).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
WITH id, r, p ORDER BY p.startDate IS NULL, p.startDate DESC, p.startYear DESC, p.id
RETURN id, collect(CASE WHEN p IS NULL THEN null ELSE
  {projectId: p.id, role: r.role, contribution: r.contribution} END) AS items
