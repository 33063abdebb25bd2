// Number of members per organisation kind (Unknown: no kind label), for several clusters
// (one DataLoader batch).
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c)
WITH id, [l IN labels(o) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0] AS kind,
     count(DISTINCT o) AS n
WITH id, kind, n ORDER BY n DESC, kind
RETURN id, collect(CASE WHEN n = 0 THEN null ELSE {kind: coalesce(kind, 'Unknown'), count: n} END) AS items
