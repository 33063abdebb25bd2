// People by id (a DataLoader batch): public fields only. Email and phone are personal data
// and never leave the graph through this query.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {
  .id, .name,
  placeholder: coalesce(p.placeholder, false),
  affiliationIds: [(p)-[:AFFILIATED_WITH]->(o:Organization) | o.id][..100]
} AS person
