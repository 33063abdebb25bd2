// Topics several clusters focus on (one DataLoader batch).
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
OPTIONAL MATCH (c)-[:FOCUSES_ON]->(t:Topic)
WITH id, t ORDER BY t.name, t.id
RETURN id, collect(t.id)[..1000] AS items
