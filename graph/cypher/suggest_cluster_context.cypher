// A cluster's current members (memberships without an end date in the past), apart from the
// organisations only inferred active in its domain (source 'derived'), the topics it
// focuses on, and the organisations its current officers (president, vice-presidents,
// managers) are affiliated with: ids only, never a person. No row when the cluster does not
// exist.
MATCH (k:Cluster {id: $id})
WITH k, [(o:Organization)-[r:MEMBER_OF]->(k) WHERE r.until IS NULL OR r.until >= date()
         | {id: o.id, inferred: coalesce(r.source, '') = 'derived'}] AS current
RETURN k.id AS id,
       [m IN current WHERE NOT m.inferred | m.id] AS members,
       [m IN current WHERE m.inferred | m.id] AS activeInDomain,
       [(k)-[:FOCUSES_ON]->(t:Topic) | t.id] AS topics,
       COLLECT { MATCH (p:Person)-[r:HOLDS_ROLE]->(k) WHERE r.until IS NULL OR r.until >= date()
                 MATCH (p)-[:AFFILIATED_WITH]->(o:Organization)
                 RETURN DISTINCT o.id } AS officers
