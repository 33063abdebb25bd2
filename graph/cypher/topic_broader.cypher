// The broader topic of several topics (one DataLoader batch): a call topic's narrowest
// family, a family's broader family, a field's broader field.
UNWIND $ids AS id
MATCH (t:Topic {id: id})
OPTIONAL MATCH (t)-[:BROADER]->(b:Topic)
WITH id, b ORDER BY b.id
RETURN id, collect(b.id) AS items
