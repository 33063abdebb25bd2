// Suggestion features: the reference year (newest project start year) and the fixed
// order of topic ids used by Organization.sgTopics, stored on one marker node.
// Then each dated project's weight $decay ^ (R - year) / ln(1 + max(size, 2)).
OPTIONAL MATCH (p:Project) WHERE p.sgYear IS NOT NULL
WITH max(p.sgYear) AS year
OPTIONAL MATCH (t:Topic)
WITH year, t ORDER BY t.id
WITH year, collect(t.id) AS topics
MERGE (m:DerivedInfo {id: 'suggestions'})
SET m.referenceYear = year, m.topicOrder = topics, m.decay = $decay
WITH m
MATCH (p:Project)
SET p.sgWeight = CASE WHEN p.sgYear IS NULL THEN null
  ELSE $decay ^ (m.referenceYear - p.sgYear) / log(1.0 + CASE WHEN p.sgSize < 2 THEN 2 ELSE p.sgSize END) END
