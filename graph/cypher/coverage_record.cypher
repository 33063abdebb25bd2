// What the imported projects cover, after a CORDIS import: $country when every import so far
// kept only the projects with a participant of that country (the demo: LU), else null (the
// whole programmes, or imports of different extents). One node.
MERGE (c:DataCoverage {id: 'cordis'})
  ON CREATE SET c.country = $country
  ON MATCH SET c.country = CASE WHEN c.country = $country THEN c.country END
