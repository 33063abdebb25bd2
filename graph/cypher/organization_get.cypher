// Organisations by id (a DataLoader batch).
UNWIND $ids AS id
MATCH (o:Organization {id: id})
RETURN o {
  .id, .name, .names, .nameSource, .shortName, .country, .city, .region, .website,
    .description, .sme, .pic, .sources,
  kind: [l IN labels(o) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0],
  projectCount: COUNT { (o)-[:PARTICIPATES_IN]->() },
  partnerCount: coalesce(o.partnerCount, 0)
} AS org
