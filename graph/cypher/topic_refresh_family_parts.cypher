// Each call family's programme part, `partId`: the part that most of the projects of its calls
// belong to (ties to the smaller id; null without projects). A Horizon 2020 family's code
// does not say it ("ART", "MG"); the page names the family with it.
MATCH (f:Topic {kind: 'callFamily'})
CALL (f) {
  OPTIONAL MATCH (f)<-[:BROADER*1..4]-(:Topic {kind: 'callTopic'})<-[:ADDRESSES]-(p:Project)
                 -[:ADDRESSES]->(part:Topic {kind: 'programmePart'})
  WITH part, count(DISTINCT p) AS projects
  ORDER BY projects DESC, part.id
  RETURN collect(part.id)[0] AS partId
}
SET f.partId = partId
