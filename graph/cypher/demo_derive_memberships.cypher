// Inferred cluster memberships ("active in the cluster's domain", source 'derived'). A
// mapped topic of a cluster counts for an organisation of $country when it took part in at
// least row.minProjects projects on it or on a narrower topic (a call topic inside a mapped
// family, a field inside a mapped field). Its projects on the counted topics are the
// evidence; the organisation is inferred active in the domain when the evidence is at least
// $minShare of all its projects, or at least $enoughProjects projects (so that a large
// organisation with a few projects in every field is not inferred into every cluster).
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
WITH c, o, topics, evidence, since, sinceYear, COUNT { (o)-[:PARTICIPATES_IN]->(:Project) } AS total
WHERE evidence >= $enoughProjects OR evidence >= $minShare * total
MERGE (o)-[r:MEMBER_OF]->(c)
  ON CREATE SET r.source = 'derived'
WITH o, c, r, topics, evidence, since, sinceYear
WHERE r.source = 'derived'
SET r.since = since, r.sinceYear = sinceYear, r.evidenceTopics = topics,
    r.evidenceProjects = evidence
RETURN o.id AS organizationId, c.id AS clusterId
