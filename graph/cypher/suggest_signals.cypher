// The candidates' own signals, and the cut to the $pool best by the linear model ($w, $lift;
// returned as one row: the list `rows` of maps, as suggest_partners.cypher;
// an included partner's `direct` = the seeds' summed list weights counts where the model has
// it). $candidates: the rows of suggest_partners.cypher ({id, cn, cnshare, aa, wp, direct},
// cnshare computed there for its structural cut; `unchecked`: on broad topics, its work on
// them is still to check); the evidence stays with the caller.
// Signals: `topic` = the candidate's stored topic profile (sgTopics) against the target (the
// wanted topics, else the seeds' summed profiles, unit length); `country` = 1 when it shares
// a country with the seeds ($matchCountries instead when given); `typelift` = the mean kind
// lift from the seeds' kinds; stored activity.
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.topicOrder, []) AS topicOrder
OPTIONAL MATCH (s:Organization) WHERE s.id IN $seeds
WITH topicOrder, collect(s) AS seeds
WITH topicOrder, seeds,
     CASE WHEN $targetTopics IS NOT NULL
       THEN [id IN topicOrder | CASE WHEN id IN $targetTopics THEN 1.0 ELSE 0.0 END]
       ELSE reduce(acc = [id IN topicOrder | 0.0], s IN seeds |
              [i IN range(0, size(topicOrder) - 1) | acc[i] + coalesce(s.sgTopics[i], 0.0)])
     END AS raw
WITH topicOrder, seeds, raw, sqrt(reduce(t = 0.0, x IN raw | t + x * x)) AS norm
WITH topicOrder,
     CASE WHEN norm > 0 THEN [x IN raw | x / norm] ELSE raw END AS target,
     coalesce($matchCountries, [s IN seeds | s.country]) AS countries,
     // seeds per kind (0..3) and how many have a kind (4): for the mean kind lift
     [k IN range(0, 3) | size([s IN seeds WHERE s.sgKind = k])]
       + [size([s IN seeds WHERE s.sgKind IS NOT NULL])] AS seedKinds
UNWIND $candidates AS x
MATCH (c:Organization {id: x.id})
// From here on rows hold the candidate's values, not its node (the ORDER BY ... LIMIT below
// would count every node's properties).
WITH topicOrder, seedKinds, target, countries, x.id AS cid, x.cn AS cn, x.aa AS aa,
     x.cnshare AS cnshare, x.unchecked AS unchecked,
     x.wp AS wp, x.direct AS direct,
     c.sgTopics AS vec, c.sgDeg AS deg, c.sgRecent AS recent, c.sgGrowth AS growth,
     c.sgCoord AS coord, c.sgKind AS kind, c.country AS candidateCountry
WITH topicOrder, cid, cn, cnshare, aa, wp, direct, target, vec, deg, recent, growth, coord,
     unchecked,
     reduce(t = 0.0, i IN range(0, size(target) - 1) |
       t + target[i] * coalesce(vec[i], 0.0)) AS topic,
     CASE WHEN candidateCountry IN countries THEN 1.0 ELSE 0.0 END AS country,
     CASE WHEN seedKinds[4] = 0 THEN 0.0
       ELSE reduce(t = 0.0, k IN range(0, 3) | t + seedKinds[k] * $lift[k][kind]) / seedKinds[4]
     END AS typelift
WITH topicOrder, cid, cn, cnshare, aa, wp, target, vec, deg, recent, growth, coord,
     topic, country, typelift, unchecked,
     coalesce($w.direct, 0.0) * log(1 + 10 * direct)
     + coalesce($w.cn, 0.0) * log(1 + cn) + coalesce($w.aa, 0.0) * aa
     + coalesce($w.wp, 0.0) * log(1 + 10 * wp)
     + coalesce($w.twohop, 0.0) * CASE WHEN cn > 0 THEN 1 ELSE 0 END
     + coalesce($w.deg, 0.0) * log(1 + deg) + coalesce($w.recent, 0.0) * log(1 + recent)
     + coalesce($w.growth, 0.0) * log(1 + growth) + coalesce($w.coord, 0.0) * log(1 + coord)
     + coalesce($w.topic, 0.0) * topic + coalesce($w.country, 0.0) * country
     + coalesce($w.typelift, 0.0) * typelift
     + coalesce($w.cnrec, 0.0) * CASE WHEN cn > 0 THEN log(1 + recent) ELSE 0.0 END
     + coalesce($w.cnshare, 0.0) * cnshare AS prescore
ORDER BY prescore DESC, cid
WITH topicOrder, target, collect({
  id: cid, cn: cn, cnshare: cnshare, aa: aa, wp: wp, deg: deg, recent: recent, growth: growth,
  coord: coord, topic: topic, country: country, typelift: typelift,
  cnrec: CASE WHEN cn > 0 THEN log(1 + recent) ELSE 0.0 END, vec: vec, unchecked: unchecked
}) AS ranked
// Best first, the $pool first that work on the topics asked: an unchecked candidate's
// projects are read only until one is on them ($topicsUnder), and only until $pool passed
// (reading every candidate's took 0.8 s for a cluster at ten times today's network: the hubs
// that do not work on them).
CALL (ranked) {
  UNWIND ranked AS r
  WITH r
  WHERE NOT r.unchecked
     OR EXISTS { (:Organization {id: r.id})-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(t:Topic)
                 WHERE t.id IN $topicsUnder }
  RETURN r
  LIMIT $pool
}
RETURN collect(r {
  .id, .cn, .cnshare, .aa, .wp, .deg, .recent, .growth, .coord, .topic, .country, .typelift,
  .cnrec,
  sharedTopics: [i IN range(0, size(topicOrder) - 1)
                 WHERE target[i] > 0 AND coalesce(r.vec[i], 0.0) > 0 | topicOrder[i]][..3]
}) AS rows
