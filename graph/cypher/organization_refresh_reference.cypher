// Suggestion features: the reference year R (newest project start year) and the fixed
// order of topic ids used by Organization.sgTopics, stored on one marker node with the
// yearly decay. Project weights follow (project_refresh_weight.cypher).
OPTIONAL MATCH (p:Project) WHERE p.startDate IS NOT NULL
WITH max(p.startDate.year) AS year
OPTIONAL MATCH (t:Topic)
WITH year, t ORDER BY t.id
WITH year, collect(t.id) AS topics
MERGE (m:DerivedInfo {id: 'suggestions'})
SET m.referenceYear = year, m.topicOrder = topics, m.decay = $decay
