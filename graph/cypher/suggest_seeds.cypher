// The seeds of a suggestion (the asking organisation, a consortium's members, a cluster's
// members): country, kind, stored strongest-partner list (sgPartnerIds / sgPartnerW) and every
// existing partner (sharing a dated project). The partners are excluded or flagged by
// suggest_partners.cypher, which gets them as a parameter: a list held in the rows of that
// query would be counted in its memory once per row (hundreds of MB for a hub).
UNWIND $seeds AS sid
MATCH (s:Organization {id: sid})
RETURN s.id AS id, s.country AS country, s.sgKind AS kind,
       coalesce(s.sgPartnerIds, []) AS listIds, coalesce(s.sgPartnerW, []) AS listW,
       COLLECT {
         MATCH (s)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(p:Organization)
         WHERE pr.sgWeight IS NOT NULL AND p <> s
         RETURN DISTINCT p.id
       } AS partners
