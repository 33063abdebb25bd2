// Suggestion features: the reference year R (the newest year in which a project started,
// or of a call year; projects signed to start after today do not count) and the fixed order
// of topic ids used by Organization.sgTopics, stored on one marker node with the yearly
// decay. Topic profiles use the coarse grain only: programme parts (and curated topics,
// kind absent or 'curated'); call topics and fields of science are far too many for a dense
// vector. Project weights follow (project_refresh_weight.cypher).
OPTIONAL MATCH (p:Project) WHERE p.startYear IS NOT NULL AND p.timelineDate <= date()
WITH max(p.startYear) AS year
OPTIONAL MATCH (t:Topic) WHERE coalesce(t.kind, 'curated') IN ['programmePart', 'curated']
WITH year, t ORDER BY t.id
WITH year, collect(t.id) AS topics
MERGE (m:DerivedInfo {id: 'suggestions'})
SET m.referenceYear = year, m.topicOrder = topics, m.decay = $decay
