// Topics of several projects (one DataLoader batch).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[:ADDRESSES]->(t:Topic)
WITH id, t ORDER BY t.id
RETURN id, collect(t.id) AS items
