// What a consortium already has: a project's participants (id, kind, country, whether it
// coordinates, its number of partners: the resolver signals from the strongest), topics, and
// what it is about (sgText: title and call-topic description) with its call topic code
// (the callTopic property, else the code of the call topic it addresses). No row when the
// project does not exist.
MATCH (p:Project {id: $id})
RETURN p.id AS id,
       [(p)<-[r:PARTICIPATES_IN]-(o:Organization) | {
          id: o.id, country: o.country, led: r.role = 'COORDINATOR',
          partners: coalesce(o.sgDeg, 0),
          kind: [l IN labels(o) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0]
       }] AS participants,
       [(p)-[:ADDRESSES]->(t:Topic) | t.id] AS topics,
       p.sgText AS text,
       coalesce(p.callTopic,
                [(p)-[:ADDRESSES]->(t) WHERE t.kind = 'callTopic' | substring(t.id, 5)][0])
         AS callTopic  // t unlabelled: expanded from p, never planned from the topic index
