// Thematic candidates of a consortium or a brief, with their signals (docs/suggestions.md):
// - text: the $top projects whose sgText best matches $terms in the full-text index
//   suggestion_text (Lucene BM25), each scored over the best match; those under $minShare
//   are dropped. Per organisation: text = sum of its matching projects' scores, textmax =
//   the best, textties = sum of score * m * sgWeight (m = seeds in the project);
// - family: the dated projects addressing a call topic in the call family (the narrowest
//   family of call topic $callTopicId where the graph has it, else $family). Per
//   organisation: fam = sum of decay^(R - year), famties = sum of m * sgWeight;
// - rep2: the dated projects with two or more seeds; rep2 = sum of their sgWeight.
// Every organisation reached (seeds excepted) is scored by the thematic part of the model
// ($w): first by the terms that need no node (3 x $pool kept), then with its stored features
// (filters $kinds / $countries / $sme applied); the $pool best are returned, with up to 3 evidence
// projects per signal (best first).
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.referenceYear, 0) AS reference, coalesce(m.decay, 0.8) AS decay
// The family: the narrowest family (BROADER) of the call topic where the graph has it.
WITH reference, decay,
     coalesce(head(COLLECT { MATCH (:Topic {id: $callTopicId})-[:BROADER]->(f:Topic) RETURN f.id }),
              $family) AS family
CALL (reference, decay, family) {
  CALL () {
    WITH 1 AS one WHERE $terms IS NOT NULL
    CALL db.index.fulltext.queryNodes('suggestion_text', $terms, {limit: $top})
    YIELD node, score
    WITH collect({p: node, score: score}) AS hits, max(score) AS best
    UNWIND hits AS hit
    WITH hit.p AS p, hit.score / best AS share WHERE share >= $minShare
    RETURN p, share
  }
  WITH p, share, coalesce(p.sgWeight, 0.0) AS pw,
       COUNT { (p)<-[:PARTICIPATES_IN]-(s:Organization) WHERE s.id IN $seeds } AS m
  MATCH (p)<-[:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds
  RETURN c.id AS cid, 'text' AS signal, share AS value, share * m * pw AS ties, p.id AS project
  UNION ALL
  WITH reference, decay, family WHERE family IS NOT NULL
  MATCH (:Topic {id: family})<-[:BROADER*1..4]-(:Topic {kind: 'callTopic'})<-[:ADDRESSES]-(p:Project)
  WHERE p.sgYear IS NOT NULL
  WITH DISTINCT p, reference, decay
  WITH p, decay ^ CASE WHEN reference > p.sgYear THEN reference - p.sgYear ELSE 0 END AS value,
       p.sgWeight AS pw,
       COUNT { (p)<-[:PARTICIPATES_IN]-(s:Organization) WHERE s.id IN $seeds } AS m
  MATCH (p)<-[:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds
  RETURN c.id AS cid, 'family' AS signal, value, m * pw AS ties, p.id AS project
  UNION ALL
  WITH 1 AS one WHERE size($seeds) >= 2
  MATCH (s:Organization)-[:PARTICIPATES_IN]->(p:Project)
  WHERE s.id IN $seeds AND p.sgWeight IS NOT NULL
  WITH p, count(s) AS m WHERE m >= 2
  MATCH (p)<-[:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds
  RETURN c.id AS cid, 'rep2' AS signal, p.sgWeight AS value, 0.0 AS ties, p.id AS project
}
WITH cid, signal, sum(value) AS total, max(value) AS best, sum(ties) AS ties,
     collect({project: project, value: value}) AS found
WITH cid,
     sum(CASE signal WHEN 'text' THEN total ELSE 0.0 END) AS text,
     max(CASE signal WHEN 'text' THEN best ELSE 0.0 END) AS textmax,
     sum(CASE signal WHEN 'text' THEN ties ELSE 0.0 END) AS textties,
     sum(CASE signal WHEN 'family' THEN total ELSE 0.0 END) AS fam,
     sum(CASE signal WHEN 'family' THEN ties ELSE 0.0 END) AS famties,
     sum(CASE signal WHEN 'rep2' THEN total ELSE 0.0 END) AS rep2,
     collect({signal: signal, found: found}) AS found
// First cut, before any node is read: the terms that need no node.
WITH cid, text, textmax, textties, fam, famties, rep2, found,
     coalesce($w.text, 0.0) * log(1 + text) + coalesce($w.textmax, 0.0) * textmax
     + coalesce($w.textties, 0.0) * log(1 + 10 * textties) + coalesce($w.fam, 0.0) * log(1 + fam)
     + coalesce($w.famties, 0.0) * log(1 + 10 * famties)
     + coalesce($w.rep2, 0.0) * log(1 + 10 * rep2) AS partial
ORDER BY partial DESC, cid
LIMIT 3 * $pool
MATCH (c:Organization {id: cid})
WHERE ($kinds IS NULL OR c.sgKind IN $kinds) AND ($countries IS NULL OR c.country IN $countries)
  AND ($sme IS NULL OR c.sme = $sme)
WITH cid, text, textmax, textties, fam, famties, rep2, found, partial,
     c.sgProjects AS projects, c.sgDeg AS deg, c.sgRecent AS recent, c.sgCoord AS coord,
     c.sgKind AS kind, c.country AS country
WITH *, CASE WHEN projects > 0 THEN text / projects ELSE 0.0 END AS textshare,
     CASE WHEN projects > 0 THEN fam / projects ELSE 0.0 END AS famshare
// The thematic part of the model's score (weights $w), to keep the $pool best.
WITH *, partial + coalesce($w.textshare, 0.0) * textshare + coalesce($w.famshare, 0.0) * famshare
     + coalesce($w.deg, 0.0) * log(1 + coalesce(deg, 0))
     + coalesce($w.textdeg, 0.0) * log(1 + coalesce(deg, 0)) * textmax
     + coalesce($w.recent, 0.0) * log(1 + coalesce(recent, 0))
     + coalesce($w.coord, 0.0) * log(1 + coalesce(coord, 0)) AS prescore
ORDER BY prescore DESC, cid
LIMIT $pool
// Evidence of the kept ones: up to 3 projects per signal, best first.
CALL (found) {
  UNWIND found AS f
  UNWIND f.found AS x
  WITH f.signal AS signal, x ORDER BY x.value DESC, x.project
  WITH signal, collect(x.project)[..3] AS projects
  RETURN collect({signal: signal, projects: projects}) AS evidence
}
RETURN cid AS id, text, textmax, textties, textshare, fam, famties, famshare, rep2,
       head([e IN evidence WHERE e.signal = 'text' | e.projects] + [[]]) AS textProjects,
       head([e IN evidence WHERE e.signal = 'family' | e.projects] + [[]]) AS familyProjects,
       head([e IN evidence WHERE e.signal = 'rep2' | e.projects] + [[]]) AS rep2Projects,
       deg, recent, coord, kind, country
