// Derived cluster memberships: an organisation of $country becomes a derived member of a
// cluster when it took part in at least row.minProjects projects of a mapped programme part.
// $rows: [{programmePart, topicId, clusterId, minProjects}]; one row per mapping line.
UNWIND $rows AS row
MATCH (c:Cluster {id: row.clusterId})
MATCH (o:Organization)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(:Topic {id: row.topicId})
WHERE o.country = $country
WITH c, o, row, collect(DISTINCT p) AS projects
WHERE size(projects) >= row.minProjects
UNWIND projects AS p
WITH c, o, collect(DISTINCT row.programmePart) AS parts, count(DISTINCT p) AS evidence,
     min(p.startDate) AS since
MERGE (o)-[r:MEMBER_OF {source: 'derived'}]->(c)
SET r.since = since, r.programmeParts = parts, r.evidenceProjects = evidence
RETURN o.id AS organizationId, c.id AS clusterId
