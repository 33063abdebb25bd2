// Derived cluster memberships: an organisation of $country becomes a derived member of a
// cluster when it took part in at least row.minProjects projects on a mapped topic or a
// narrower one (a call topic inside a mapped family, a field inside a mapped field).
// $rows: [{topicId, clusterId, minProjects}]; one row per mapping line.
// One membership per organisation and cluster, whatever its source: an existing
// membership of another source (official, api) is left as it is, never doubled.
// since = the earliest start date of the evidence projects (null when only call years are
// known); sinceYear = the earliest start or call year.
UNWIND $rows AS row
MATCH (c:Cluster {id: row.clusterId})
MATCH (o:Organization)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(:Topic)
      -[:BROADER*0..6]->(:Topic {id: row.topicId})
WHERE o.country = $country
WITH c, o, row, collect(DISTINCT p) AS projects
WHERE size(projects) >= row.minProjects
UNWIND projects AS p
WITH c, o, collect(DISTINCT row.topicId) AS topics, count(DISTINCT p) AS evidence,
     min(p.startDate) AS since, min(p.startYear) AS sinceYear
MERGE (o)-[r:MEMBER_OF]->(c)
  ON CREATE SET r.source = 'derived'
WITH o, c, r, topics, evidence, since, sinceYear
WHERE r.source = 'derived'
SET r.since = since, r.sinceYear = sinceYear, r.evidenceTopics = topics,
    r.evidenceProjects = evidence
RETURN o.id AS organizationId, c.id AS clusterId
