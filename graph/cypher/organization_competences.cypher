// Competences of several organisations, strongest first (one DataLoader batch).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
OPTIONAL MATCH (o)-[h:HAS_COMPETENCE]->(t:Topic)
WITH id, h, t ORDER BY h.weight DESC, t.id
RETURN id, collect(CASE WHEN t IS NULL THEN null ELSE
  {topicId: t.id, weight: h.weight, source: h.source} END) AS items
