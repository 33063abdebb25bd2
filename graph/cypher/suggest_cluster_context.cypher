// A cluster's current members (memberships without an end date in the past) and the topics
// it focuses on. No row when the cluster does not exist.
MATCH (k:Cluster {id: $id})
RETURN k.id AS id,
       [(o:Organization)-[r:MEMBER_OF]->(k) WHERE r.until IS NULL OR r.until >= date() | o.id] AS members,
       [(k)-[:FOCUSES_ON]->(t:Topic) | t.id] AS topics
