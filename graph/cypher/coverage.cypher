// What the graph holds: the country every project has a participant of (null: no such
// restriction, or no import recorded), and how many projects and organisations (count store).
OPTIONAL MATCH (c:DataCoverage {id: 'cordis'})
RETURN c.country AS country, COUNT { (:Project) } AS projects,
       COUNT { (:Organization) } AS organizations
