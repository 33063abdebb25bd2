// The narrower topics of several topics (one DataLoader batch), by code then id, at most
// 200 each (a broad call family can hold hundreds of call topics).
UNWIND $ids AS id
MATCH (t:Topic {id: id})
OPTIONAL MATCH (n:Topic)-[:BROADER]->(t)
WITH id, n ORDER BY n.code, n.id
WITH id, collect(n.id) AS items
RETURN id, items[..200] AS items
