// Partner-suggestion candidates and their signals for a set of seed organisations
// (one organisation; a project's participants; a cluster's members; or none for a brief).
// See docs/suggestions.md. Python (recommender.scoring) turns the signals into the score.
//
// 1. partners: every organisation sharing a dated project with a seed, with the weight
//    w(s,p) = sum over shared projects of Project.sgWeight (recency and size damped).
// 2. two-hop: through the $maxPartners strongest partners (by w / ln(deg)), over their
//    projects with at most $maxProjectSize participants (hub fan-out cap):
//    cn = number of such partners, aa = sum 1/ln(max(deg,2)), wp = sum w(s,p) w(p,c) / ln(deg).
// 3. plus the $popular organisations with most partners (cn = 0 candidates).
// Existing partners are dropped unless $includePartners (then flagged isPartner).
// Candidates are cut to the $pool best by the linear model ($w, $lift) before returning.
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.topicOrder, []) AS topicOrder
OPTIONAL MATCH (s:Organization) WHERE s.id IN $seeds
WITH topicOrder, collect(s) AS seeds
CALL (seeds) {
  UNWIND seeds AS s
  MATCH (s)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(p:Organization)
  WHERE pr.sgWeight IS NOT NULL AND NOT p IN seeds
  WITH p, sum(pr.sgWeight) AS w, collect(pr.id)[..1] AS via
  RETURN collect({p: p, w: w, via: via}) AS partners
}
CALL (seeds, partners) {
  CALL (partners) {
    UNWIND partners AS x
    WITH x, 1.0 / log(CASE WHEN x.p.sgDeg > 2 THEN x.p.sgDeg ELSE 2 END) AS damp
    ORDER BY x.w * damp DESC, x.p.id
    LIMIT $maxPartners
    RETURN x, damp
  }
  WITH seeds, x, damp, x.p AS p
  MATCH (p)-[:PARTICIPATES_IN]->(pr:Project)<-[:PARTICIPATES_IN]-(c:Organization)
  WHERE pr.sgWeight IS NOT NULL AND pr.sgSize <= $maxProjectSize AND c <> p AND NOT c IN seeds
  WITH c, p, x, damp, sum(pr.sgWeight) AS w2, collect(pr.id)[..1] AS via2
  RETURN c, 1 AS cnPart, damp AS aaPart, x.w * w2 * damp AS wpPart,
         {partner: p.id, projects: x.via + via2, strength: x.w * w2 * damp} AS ev, 0 AS isPartner
  UNION ALL
  UNWIND partners AS x
  RETURN x.p AS c, 0 AS cnPart, 0.0 AS aaPart, 0.0 AS wpPart, null AS ev, 1 AS isPartner
  UNION ALL
  MATCH (c:Organization)
  WHERE c.sgProjects > 0 AND NOT c IN seeds
    AND ($kinds IS NULL OR c.sgKind IN $kinds)
    AND ($countries IS NULL OR c.country IN $countries)
    AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
    AND ($clusterIds IS NULL OR EXISTS {
      (c)-[r:MEMBER_OF]->(k:Cluster) WHERE k.id IN $clusterIds AND (r.until IS NULL OR r.until >= date())
    })
    AND ($topicIds IS NULL OR EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds })
  WITH c ORDER BY c.sgDeg DESC, c.id LIMIT $popular
  RETURN c, 0 AS cnPart, 0.0 AS aaPart, 0.0 AS wpPart, null AS ev, 0 AS isPartner
}
WITH topicOrder, seeds, c, sum(cnPart) AS cn, sum(aaPart) AS aa, sum(wpPart) AS wp,
     collect(ev) AS evs, max(isPartner) AS isPartner
WHERE (isPartner = 0 OR $includePartners)
  AND c.sgProjects > 0
  AND ($kinds IS NULL OR c.sgKind IN $kinds)
  AND ($countries IS NULL OR c.country IN $countries)
  AND ($minRecent IS NULL OR c.sgRecent >= $minRecent)
  AND ($clusterIds IS NULL OR EXISTS {
    (c)-[r:MEMBER_OF]->(k:Cluster) WHERE k.id IN $clusterIds AND (r.until IS NULL OR r.until >= date())
  })
  AND ($topicIds IS NULL OR EXISTS { (c)-[:HAS_COMPETENCE]->(t:Topic) WHERE t.id IN $topicIds })
// Target topic vector: the wanted topics, else the seeds' summed profiles (unit length).
WITH topicOrder, seeds, c, cn, aa, wp, evs, isPartner,
     CASE WHEN $targetTopics IS NOT NULL
       THEN [id IN topicOrder | CASE WHEN id IN $targetTopics THEN 1.0 ELSE 0.0 END]
       ELSE reduce(acc = [id IN topicOrder | 0.0], s IN seeds |
              [i IN range(0, size(topicOrder) - 1) | acc[i] + coalesce(s.sgTopics[i], 0.0)])
     END AS raw
WITH topicOrder, seeds, c, cn, aa, wp, evs, isPartner, raw,
     sqrt(reduce(t = 0.0, x IN raw | t + x * x)) AS norm
WITH topicOrder, seeds, c, cn, aa, wp, evs, isPartner, raw,
     CASE WHEN norm > 0 THEN [x IN raw | x / norm] ELSE raw END AS target
WITH topicOrder, c, cn, aa, wp, evs, isPartner, target,
     reduce(t = 0.0, i IN range(0, size(target) - 1) |
       t + target[i] * coalesce(c.sgTopics[i], 0.0)) AS topic,
     CASE WHEN c.country IS NOT NULL AND c.country IN coalesce($matchCountries, [s IN seeds | s.country])
       THEN 1.0 ELSE 0.0 END AS country,
     CASE WHEN size(seeds) = 0 THEN 0.0
       ELSE reduce(t = 0.0, s IN seeds | t + $lift[s.sgKind][c.sgKind]) / size(seeds) END AS typelift
WITH topicOrder, c, cn, aa, wp, evs, isPartner, target, topic, country, typelift,
     coalesce($w.cn, 0.0) * log(1 + cn) + coalesce($w.aa, 0.0) * aa
     + coalesce($w.wp, 0.0) * log(1 + 10 * wp)
     + coalesce($w.twohop, 0.0) * CASE WHEN cn > 0 THEN 1 ELSE 0 END
     + coalesce($w.deg, 0.0) * log(1 + c.sgDeg) + coalesce($w.recent, 0.0) * log(1 + c.sgRecent)
     + coalesce($w.growth, 0.0) * log(1 + c.sgGrowth) + coalesce($w.coord, 0.0) * log(1 + c.sgCoord)
     + coalesce($w.topic, 0.0) * topic + coalesce($w.country, 0.0) * country
     + coalesce($w.typelift, 0.0) * typelift AS prescore
ORDER BY prescore DESC, c.id
LIMIT $pool
CALL (evs) {
  UNWIND evs AS e
  WITH e ORDER BY e.strength DESC, e.partner LIMIT 3
  RETURN collect(e) AS evidence
}
RETURN c.id AS id, cn, aa, wp, c.sgDeg AS deg, c.sgRecent AS recent, c.sgGrowth AS growth,
       c.sgCoord AS coord, topic, country, typelift, isPartner = 1 AS isPartner, evidence,
       [i IN range(0, size(topicOrder) - 1)
        WHERE target[i] > 0 AND coalesce(c.sgTopics[i], 0.0) > 0 | topicOrder[i]][..3] AS sharedTopics
