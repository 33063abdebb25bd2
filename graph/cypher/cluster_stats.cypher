// Figures for several clusters (one DataLoader batch): members; projects (PART_OF the
// cluster or with a member among the participants); partners outside (distinct
// organisations that share a project with a member and are not members); member countries.
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
CALL (c) {
  OPTIONAL MATCH (o:Organization)-[:MEMBER_OF]->(c)
  RETURN collect(DISTINCT o) AS members
}
CALL (c, members) {
  UNWIND members AS o
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)
  RETURN collect(DISTINCT p) AS memberProjects
}
CALL (c, memberProjects) {
  OPTIONAL MATCH (p:Project)-[:PART_OF]->(c)
  WITH memberProjects, collect(p) AS partOf
  UNWIND memberProjects + partOf AS p
  RETURN count(DISTINCT p) AS projects
}
CALL (members, memberProjects) {
  UNWIND memberProjects AS p
  MATCH (q:Organization)-[:PARTICIPATES_IN]->(p)
  WHERE NOT q IN members
  RETURN count(DISTINCT q) AS outside
}
RETURN {
  id: id,
  members: size(members),
  projects: projects,
  partnersOutside: outside,
  countries: size([x IN collect { UNWIND members AS o RETURN DISTINCT o.country } WHERE x IS NOT NULL])
} AS stats
