// Clusters that several projects belong to (one DataLoader batch).
UNWIND $ids AS id
MATCH (p:Project {id: id})
OPTIONAL MATCH (p)-[:PART_OF]->(c:Cluster)
WITH id, c ORDER BY c.name
RETURN id, collect(c.id) AS items
