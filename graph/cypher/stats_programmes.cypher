// Coverage per programme: projects, participations, and how many of those have a named
// organisation and a titled project.
MATCH (p:Project) WHERE p.programme IS NOT NULL
OPTIONAL MATCH (o:Organization)-[:PARTICIPATES_IN]->(p)
WITH p.programme AS programme, p, o
RETURN programme,
       count(DISTINCT p) AS projects,
       count(DISTINCT CASE WHEN p.title IS NOT NULL THEN p END) AS titledProjects,
       count(o) AS participations,
       count(CASE WHEN o.name IS NOT NULL THEN 1 END) AS withNamedOrganization,
       count(CASE WHEN o IS NOT NULL AND p.title IS NOT NULL THEN 1 END) AS withTitledProject
ORDER BY programme
