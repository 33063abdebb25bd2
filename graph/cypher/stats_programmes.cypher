// Coverage per programme: projects (titled, with a start date), participations (with a
// role, with a named organisation, with a titled project), and the organisations taking part
// (with a kind, with a known SME status).
MATCH (p:Project) WHERE p.programme IS NOT NULL
OPTIONAL MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p)
WITH p.programme AS programme, p, o, r
WITH programme,
     count(DISTINCT p) AS projects,
     count(DISTINCT CASE WHEN p.title IS NOT NULL THEN p END) AS titledProjects,
     count(DISTINCT CASE WHEN p.startDate IS NOT NULL THEN p END) AS datedProjects,
     count(o) AS participations,
     count(r.role) AS withRole,
     count(CASE WHEN o.name IS NOT NULL THEN 1 END) AS withNamedOrganization,
     count(CASE WHEN o IS NOT NULL AND p.title IS NOT NULL THEN 1 END) AS withTitledProject,
     collect(DISTINCT o) AS organizations
RETURN programme, projects, titledProjects, datedProjects, participations, withRole,
       withNamedOrganization, withTitledProject,
       size(organizations) AS organizations,
       size([o IN organizations WHERE o:Company OR o:ResearchInstitution OR o:PublicActor
             OR o:OtherActor]) AS organizationsWithKind,
       size([o IN organizations WHERE o.sme IS NOT NULL]) AS organizationsWithSme
ORDER BY programme
