// Which of the candidates $ids already share a dated project with which of the $seeds (a
// consortium's members), as one row: the list `rows` of {id, seeds}, a candidate only when
// it worked with one. The cost is bounded by the candidates, never by a hub seed's tens of
// thousands of partners (suggest_seeds.cypher reads them all, which only an exclusion needs):
// - a seed's stored strongest-partner list (sgPartnerIds) holds every partner of an
//   organisation with at most as many partners as a list keeps; the candidates it names are
//   partners;
// - a seed with more (a hub, its list shorter than sgDeg) is a partner of a candidate that
//   names it; a candidate whose list is complete and does not name it is not a partner;
// - the pairs left, two hubs that name neither, are looked up in the graph, per seed the
//   cheaper way: through the seed's own projects all at once when they are fewer than the
//   projects the pairs would read one by one (each pair from its side with fewer projects),
//   else pair by pair (docs/scaling.md).
UNWIND $seeds AS sid
MATCH (s:Organization {id: sid})
WITH s, coalesce(s.sgPartnerIds, []) AS listed
CALL (s, listed) {
  UNWIND listed AS id
  WITH id WHERE id IN $ids
  RETURN id
  UNION
  WITH s, listed WHERE size(listed) < coalesce(s.sgDeg, 0)
  UNWIND $ids AS id
  WITH s, listed, id WHERE NOT id IN listed
  MATCH (c:Organization {id: id})
  WITH s, c, coalesce(c.sgPartnerIds, []) AS own
  WITH s, c, s.id IN own AS named, size(own) < coalesce(c.sgDeg, 0) AS hub
  WITH s, collect(CASE WHEN named THEN c.id END) AS named,
       collect(CASE WHEN hub AND NOT named THEN c END) AS open
  WITH s, named, open,
       reduce(n = 0, c IN open | n + CASE WHEN c.sgProjects < s.sgProjects THEN c.sgProjects
                                          ELSE s.sgProjects END) > s.sgProjects AS fromSeed
  CALL (s, named, open, fromSeed) {
    UNWIND named AS id
    RETURN id
    UNION
    WITH s, open WHERE fromSeed AND open <> []
    MATCH (s)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(c)
    WHERE pr.sgWeight IS NOT NULL
    WITH DISTINCT open, c WHERE c IN open
    RETURN c.id AS id
    UNION
    WITH s, open WHERE NOT fromSeed
    UNWIND open AS c
    WITH s, c
    WHERE CASE WHEN c.sgProjects <= s.sgProjects
            THEN EXISTS { MATCH (c)-[:PARTICIPATES_IN]->(pr:Project)
                          WHERE pr.sgWeight IS NOT NULL
                            AND EXISTS { (pr)<-[:PARTICIPATES_IN]-(s) } }
            ELSE EXISTS { MATCH (s)-[:PARTICIPATES_IN]->(pr:Project)
                          WHERE pr.sgWeight IS NOT NULL
                            AND EXISTS { (pr)<-[:PARTICIPATES_IN]-(c) } }
          END
    RETURN c.id AS id
  }
  RETURN id
}
WITH id, collect(DISTINCT s.id) AS seeds
RETURN collect({id: id, seeds: seeds}) AS rows
