// Partner-suggestion candidates and their signals for a set of seed organisations
// (one organisation; a project's participants; a cluster's members; or none for a brief).
// See docs/suggestions.md. Python (recommender.scoring) turns the signals into the score.
// Both hops read the stored strongest-partner lists (Organization.sgPartnerIds, sgPartnerW,
// sgPartnerDeg; graph/derived.py) instead of expanding through projects:
//
// 1. strong partners: from the seeds' lists (seeds skipped), w(S,p) summed over seeds,
//    the $maxPartners best by w / ln(max(deg p, 2)) kept;
// 2. two-hop: the first $maxSecond entries of each strong partner's list:
//    cn = number of strong partners listing c, aa = sum 1/ln(max(deg p,2)),
//    wp = sum w(S,p) w(p,c) / ln(deg p), cnshare = cn / the seeds' summed sgDeg (their
//    partner counts);
//    Only the $structuralPool best by the model's structural terms are looked up;
// 3. plus the $popular organisations with most partners (cn = 0 candidates; the stored
//    DerivedInfo.popularIds when there is no filter).
// A candidate on the topics $topicIds has a competence in one, or a project on one of
// $topicsUnder (they and every narrower topic: suggest_topics_under.cypher).
// Existing partners ($excluded, from suggest_excluded.cypher: every organisation sharing a
// dated project with a seed) are dropped; with $includePartners ($excluded empty) the
// $structuralPool strongest of them (by w / ln(deg), as in step 1) are candidates too, and
// any other reached through two hops or among the popular (the caller flags partners).
// Memory: no big list (partner ids, popular ids, the partners' stored lists) is held in a
// variable next to the ORDER BY ... LIMIT steps, which count every row's values.
// Returns every candidate that passes the filters (one row: the list `rows` of maps, which
// the driver reads much faster than a row each), with its structural signals and evidence
// (the up to 3 strongest common partners; projects: suggest_evidence.cypher, fetched for the
// returned suggestions only). suggest_signals.cypher adds the candidates' own signals and
// cuts them to the $pool best: a query of its own, because reading a list property
// (sgTopics) of the candidates here, after the two-hop step, cost about 0.2 ms per candidate
// on Neo4j 5.26 (60 of this query's 100 ms) against 0.02 ms in a separate query.
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH m.popularIds IS NOT NULL AS hasPopular
OPTIONAL MATCH (s:Organization) WHERE s.id IN $seeds
WITH hasPopular, collect(s.id) AS seedIds, sum(coalesce(s.sgDeg, 0)) AS seedDeg,
     $kinds IS NULL AND $countries IS NULL AND $minRecent IS NULL AND $clusterIds IS NULL
       AND $topicIds IS NULL AND $sme IS NULL AS unfiltered
// the denominator of cnshare (at least 1)
WITH hasPopular, seedIds, unfiltered,
     toFloat(CASE WHEN seedDeg > 1 THEN seedDeg ELSE 1 END) AS seedDeg
// 1. strong partners, from the seeds' stored lists.
CALL (seedIds) {
  UNWIND seedIds AS sid
  MATCH (s:Organization {id: sid})
  WITH s, coalesce(s.sgPartnerIds, []) AS ids, coalesce(s.sgPartnerW, []) AS ws,
       coalesce(s.sgPartnerDeg, []) AS degs, seedIds
  UNWIND range(0, size(ids) - 1) AS i
  WITH ids[i] AS pid, ws[i] AS w, degs[i] AS deg, seedIds
  WHERE NOT pid IN seedIds
  WITH pid, sum(w) AS w, 1.0 / log(CASE WHEN max(deg) > 2 THEN max(deg) ELSE 2 END) AS damp
  ORDER BY w * damp DESC, pid
  LIMIT $maxPartners
  RETURN collect({p: pid, w: w, damp: damp}) AS strong
}
// 2. + 3. candidate ids with their structural signals, one row per candidate (grouped by
// cid alone, not by any per-query list).
CALL (strong, seedIds, seedDeg, hasPopular, unfiltered) {
CALL (strong, seedIds, seedDeg, hasPopular, unfiltered) {
  // Only the $structuralPool best by the structural terms of the model go on (they need no
  // node lookup); popular candidates and included partners always do.
  CALL (strong, seedIds, seedDeg) {
    // The partners' lists are read here, not carried in `strong`: every row of this
    // subquery holds its arguments, and the memory accounting counts them per row.
    UNWIND strong AS x
    MATCH (p:Organization {id: x.p})
    WITH x, coalesce(p.sgPartnerIds, [])[..$maxSecond] AS ids,
         coalesce(p.sgPartnerW, [])[..$maxSecond] AS ws, seedIds
    UNWIND range(0, size(ids) - 1) AS j
    WITH x, ids[j] AS cid, x.w * ws[j] * x.damp AS strength, seedIds
    WHERE NOT cid IN seedIds AND NOT cid IN $excluded
    WITH cid, count(*) AS cn, sum(x.damp) AS aa, sum(strength) AS wp,
         collect({partner: x.p, strength: strength}) AS evs
    WITH cid, cn, aa, wp, evs,
         coalesce($w.cn, 0.0) * log(1 + cn) + coalesce($w.aa, 0.0) * aa
         + coalesce($w.wp, 0.0) * log(1 + 10 * wp) + coalesce($w.twohop, 0.0)
         + coalesce($w.cnshare, 0.0) * cn / seedDeg AS structural
    ORDER BY structural DESC, cid
    LIMIT $structuralPool
    CALL (evs) {
      UNWIND evs AS e
      WITH e ORDER BY e.strength DESC, e.partner LIMIT 3
      RETURN collect(e) AS evidence
    }
    RETURN cid, cn, aa, wp, evidence
  }
  RETURN cid, cn AS cnPart, aa AS aaPart, wp AS wpPart, 0.0 AS directPart, evidence
  UNION ALL
  // included partners: the $structuralPool strongest, ranked as in step 1 (as rows: a list
  // of them held next to the ORDER BY ... LIMIT steps would be counted once per row)
  WITH seedIds WHERE $includePartners
  UNWIND seedIds AS sid
  MATCH (s:Organization {id: sid})
  WITH s, coalesce(s.sgPartnerIds, []) AS ids, coalesce(s.sgPartnerW, []) AS ws,
       coalesce(s.sgPartnerDeg, []) AS degs, seedIds
  UNWIND range(0, size(ids) - 1) AS i
  WITH ids[i] AS cid, ws[i] AS w, degs[i] AS deg, seedIds
  WHERE NOT cid IN seedIds
  WITH cid, sum(w) AS direct, sum(w) / log(CASE WHEN max(deg) > 2 THEN max(deg) ELSE 2 END) AS strength
  ORDER BY strength DESC, cid
  LIMIT $structuralPool
  RETURN cid, 0 AS cnPart, 0.0 AS aaPart, 0.0 AS wpPart, direct AS directPart, [] AS evidence
  UNION ALL
  // (the stored list is read here only: no row elsewhere holds its 1,000 ids)
  WITH seedIds WHERE unfiltered AND hasPopular
  MATCH (m:DerivedInfo {id: 'suggestions'})
  UNWIND [id IN m.popularIds WHERE NOT id IN seedIds][..$popular] AS cid
  WITH cid WHERE NOT cid IN $excluded
  RETURN cid, 0 AS cnPart, 0.0 AS aaPart, 0.0 AS wpPart, 0.0 AS directPart, [] AS evidence
  UNION ALL
  // The popular ones that pass the filters, read from where they are: the current members
  // of the clusters asked for (on the topics asked for), else the organisations on the topics
  // asked for, else every organisation in the order of the sgDeg index, which stops at the
  // $popular-th that passes (sorting them all took 1.6 s at ten times today's network). Broad
  // topics ($topicsBroad: addressed by many projects, e.g. a programme part) are not walked
  // (every organisation of a programme part: 0.5-1 s at ten times today's network): the sgDeg
  // scan stops at the $popular-th that works on them. Narrow ones are walked: the scan would
  // read every organisation before it found $popular that work on them.
  UNWIND CASE WHEN unfiltered AND hasPopular THEN [] ELSE [true] END AS scan
  CALL (seedIds) {
    CALL () {
      WITH 1 AS one WHERE $clusterIds IS NOT NULL
      MATCH (k:Cluster)<-[r:MEMBER_OF]-(c:Organization)
      WHERE k.id IN $clusterIds AND (r.until IS NULL OR r.until >= date())
        AND ($clusterDerived OR coalesce(r.source, '') <> 'derived')
        AND ($topicIds IS NULL OR (EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds }
             OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(t:Topic)
                         WHERE t.id IN $topicsUnder }))
      RETURN c
      UNION
      WITH 1 AS one WHERE $clusterIds IS NULL AND NOT $topicsBroad
      MATCH (t:Topic)<-[:HAS_COMPETENCE]-(c:Organization) WHERE t.id IN $topicIds
      RETURN c
      UNION
      WITH 1 AS one WHERE $clusterIds IS NULL AND NOT $topicsBroad
      MATCH (t:Topic)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(c:Organization)
      WHERE t.id IN $topicsUnder
      RETURN c
    }
    WITH DISTINCT c, seedIds
    WHERE c.sgProjects > 0 AND NOT c.id IN seedIds
      AND ($kinds IS NULL OR c.sgKind IN $kinds)
      AND ($countries IS NULL OR c.country IN $countries)
      AND ($sme IS NULL OR c.sme = $sme)
      AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
    WITH c ORDER BY c.sgDeg DESC, c.id LIMIT $popular
    RETURN c.id AS cid
    UNION
    // (a WHERE on the parameters alone would not stop the index scan: the planner runs it
    // first; an empty UNWIND leaves the subquery unrun)
    UNWIND CASE WHEN $clusterIds IS NULL AND $countries IS NULL
                     AND ($topicIds IS NULL OR $topicsBroad) THEN [true]
                ELSE [] END AS byDegree
    CALL (seedIds) {
      MATCH (c:Organization)
      WHERE c.sgDeg IS NOT NULL AND c.sgProjects > 0 AND NOT c.id IN seedIds
        AND ($kinds IS NULL OR c.sgKind IN $kinds)
        AND ($sme IS NULL OR c.sme = $sme)
        AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
        AND ($topicIds IS NULL OR EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds }
             OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(t:Topic)
                         WHERE t.id IN $topicsUnder })
      WITH c ORDER BY c.sgDeg DESC, c.id LIMIT $popular
      RETURN c.id AS cid
    }
    RETURN cid
    UNION
    // The countries asked for, each in degree order (the index on country and sgDeg): the
    // scan of every organisation read all 510,000 of the ten-fold network when fewer than
    // $popular of a small country passed.
    UNWIND CASE WHEN $clusterIds IS NULL AND ($topicIds IS NULL OR $topicsBroad)
                THEN coalesce($countries, []) ELSE [] END AS country
    CALL (seedIds, country) {
      MATCH (c:Organization)
      USING INDEX c:Organization(country, sgDeg)
      WHERE c.country = country AND c.sgDeg IS NOT NULL AND c.sgProjects > 0
        AND NOT c.id IN seedIds
        AND ($kinds IS NULL OR c.sgKind IN $kinds)
        AND ($sme IS NULL OR c.sme = $sme)
        AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
        AND ($topicIds IS NULL OR EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds }
             OR EXISTS { (c)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(t:Topic)
                         WHERE t.id IN $topicsUnder })
      // (ordered by the index's two properties: by sgDeg alone the planner sorts them all)
      WITH c ORDER BY c.country DESC, c.sgDeg DESC, c.id LIMIT $popular
      RETURN c.id AS cid, c.sgDeg AS deg
    }
    WITH cid, deg ORDER BY deg DESC, cid LIMIT $popular
    RETURN cid
  }
  WITH cid WHERE NOT cid IN $excluded
  RETURN cid, 0 AS cnPart, 0.0 AS aaPart, 0.0 AS wpPart, 0.0 AS directPart, [] AS evidence
}
RETURN cid, sum(cnPart) AS cn, sum(aaPart) AS aa, sum(wpPart) AS wp, sum(directPart) AS direct,
       reduce(a = [], e IN collect(evidence) | a + e) AS evidence
}
WITH collect({id: cid, cn: cn, cnshare: cn / seedDeg, aa: aa, wp: wp, direct: direct,
               evidence: evidence}) AS found,
     $topicIds IS NOT NULL AND NOT $topicsBroad AS narrow
// Narrow topics: the organisations with a project on them, listed once from the topics'
// projects (checking each candidate's own projects read thousands for a hub: 540,000 db hits
// for one field of science). Broad ones are checked candidate by candidate, in score order
// until enough pass (suggest_signals.cypher): the rows whose work on them is still to check
// say so (`unchecked`).
CALL (narrow) {
  UNWIND CASE WHEN narrow THEN [true] ELSE [] END AS listing
  MATCH (t:Topic)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(c:Organization)
  WHERE t.id IN $topicsUnder
  RETURN collect(DISTINCT c.id) AS listed
}
WITH found, CASE WHEN narrow THEN listed END AS onTopic
UNWIND found AS x
MATCH (c:Organization {id: x.id})
WHERE c.sgProjects > 0
  AND ($kinds IS NULL OR c.sgKind IN $kinds)
  AND ($countries IS NULL OR c.country IN $countries)
  AND ($sme IS NULL OR c.sme = $sme)
  AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
  AND ($clusterIds IS NULL OR EXISTS {
    (c)-[r:MEMBER_OF]->(k:Cluster) WHERE k.id IN $clusterIds AND (r.until IS NULL OR r.until >= date())
      AND ($clusterDerived OR coalesce(r.source, '') <> 'derived')
  })
WITH x, onTopic, $topicIds IS NULL OR x.id IN coalesce(onTopic, [])
       OR EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds } AS known
WHERE known OR onTopic IS NULL
RETURN collect(x {.*, unchecked: NOT known}) AS rows
