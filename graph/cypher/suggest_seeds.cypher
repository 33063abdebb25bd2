// The seeds of a suggestion (the asking organisation, a consortium's members, a cluster's
// members): country, kind, dated projects (sgProjects) and those it coordinated (sgCoord),
// stored strongest-partner list (sgPartnerIds / sgPartnerW / sgPartnerN: the projects shared
// with each; sgPartnerLed / sgPartnerLedBy: those the seed, the partner coordinated) and, when
// $partners, every existing partner (sharing a dated project; else an empty list). The
// partners are excluded by suggest_partners.cypher, which gets them as a parameter: a list held
// in the rows of that query would be counted in its memory once per row (hundreds of MB for a
// hub). A consortium's candidates are checked against the seeds by suggest_linked.cypher.
// The partners are made distinct as nodes before their ids are read: a hub's expansion has
// several rows per partner (160,000 for 46,000 partners in the ten-fold network), and
// reading the id on every row made this query 2-3x slower (docs/scaling.md). Only
// organisations take part in projects, so the partner needs no label check.
UNWIND $seeds AS sid
MATCH (s:Organization {id: sid})
CALL (s) {
  WITH s WHERE $partners
  MATCH (s)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(p)
  WHERE pr.sgWeight IS NOT NULL AND p <> s
  WITH DISTINCT p
  RETURN collect(p.id) AS partners
}
RETURN s.id AS id, s.country AS country, s.sgKind AS kind, coalesce(s.sgProjects, 0) AS projects,
       coalesce(s.sgPartnerIds, []) AS listIds, coalesce(s.sgPartnerW, []) AS listW,
       coalesce(s.sgPartnerN, []) AS listN, coalesce(s.sgCoord, 0) AS coordinated,
       coalesce(s.sgPartnerLed, []) AS listLed, coalesce(s.sgPartnerLedBy, []) AS listLedBy,
       partners
