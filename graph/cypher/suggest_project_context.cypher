// What a consortium already has: a project's participants (id, kind, country) and topics.
// No row when the project does not exist.
MATCH (p:Project {id: $id})
RETURN p.id AS id,
       [(p)<-[:PARTICIPATES_IN]-(o:Organization) | {
          id: o.id, country: o.country,
          kind: [l IN labels(o) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0]
       }] AS participants,
       [(p)-[:ADDRESSES]->(t:Topic) | t.id] AS topics
