// Thematic candidates of a consortium or a request about a subject, with their signals, as
// one row: the list `rows` of maps (see suggest_partners.cypher)
// (docs/suggestions.md). Only organisations that pass the filters ($kinds, $countries, $sme,
// current members of $clusterIds, and those inferred active in its domain only with
// $clusterDerived) and are not seeds are reached. Per participation of such an organisation in a project:
// - text: the $top projects whose text (title, call topic, keywords, abstract) best matches
//   $terms in the full-text index suggestion_text (BM25), each scored over the best match;
//   those under $minShare are dropped. With $forms (a word of $terms that the index's
//   stemmer shares with words of another meaning: graph/repositories/suggestions.py, Meant),
//   only the projects whose text matches $forms or that meet $apart ($terms without it).
//   Per organisation: text = sum of its matching projects' scores, textmax = the best,
//   textties = sum of score * m * sgWeight (m = seeds in the project);
// - topic: the projects addressing one of $topicIds or a narrower topic; topicwork = sum of
//   decay^(R - year);
// - family: the $familyProjects most recent dated projects addressing a call topic in the
//   call family (the narrowest family of call topic $callTopicId where the graph has it,
//   else $family; all of them at ten times today's network: 1.5 s for one request). Per
//   organisation: fam = sum of decay^(R - year), famties = sum of m * sgWeight, famrecent = its
//   family projects that started in R-1 or R (the family's current regulars);
// - rep2: the dated projects with two or more seeds; rep2 = sum of their sgWeight.
// The subject (text, topic and family together), per organisation over its distinct
// projects on it: subject = sum of each project's best value (a text match's score, 1 for a
// topic or family project) times decay^(R - year); subjectProjects, since (first year),
// subjectLed (coordinated), subjectIds (the best five), subjectFamily (those on it only as
// projects of earlier calls of the call's family: no text or topic match, and not a project
// of call topic $callTopicId itself, which is on the subject). An organisation with no project on
// the subject has subject 0: with a subject asked, the engine never suggests it.
// Every organisation reached is cut twice to the $pool best by the thematic part of the
// model ($w: the subject model for a request about a subject alone, else the consortium
// model), first with the terms that need no node (3 x $pool kept), then with its stored
// features. Up to 3 evidence projects per signal (best first) come with each.
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.referenceYear, 0) AS reference, coalesce(m.decay, 0.8) AS decay
// The family: the narrowest family (BROADER) of the call topic where the graph has it.
WITH reference, decay,
     coalesce(head(COLLECT { MATCH (:Topic {id: $callTopicId})-[:BROADER]->(f:Topic) RETURN f.id }),
              $family) AS family,
     COLLECT { MATCH (:Topic {id: $callTopicId})<-[:ADDRESSES]-(p:Project) RETURN p.id } AS own
CALL (reference, decay, family) {
  CALL () {
    WITH 1 AS one WHERE $terms IS NOT NULL
    WITH CASE WHEN $apart IS NULL THEN [] ELSE COLLECT {
      CALL db.index.fulltext.queryNodes('suggestion_text', $apart, {limit: $top})
      YIELD node
      RETURN node
    } END AS apart
    CALL db.index.fulltext.queryNodes('suggestion_text', $terms, {limit: $top})
    YIELD node, score
    WITH node, score, apart
    WHERE $forms IS NULL OR node IN apart
       OR coalesce(node.sgText, '') + ' ' + coalesce(node.keywordText, '') + ' '
          + coalesce(node.abstract, '') =~ $forms
    WITH collect({p: node, score: score}) AS hits, max(score) AS best
    UNWIND hits AS hit
    WITH hit.p AS p, hit.score / best AS share WHERE share >= $minShare
    RETURN p, share
  }
  WITH p, share, coalesce(p.sgWeight, 0.0) AS pw,
       COUNT { (p)<-[:PARTICIPATES_IN]-(s:Organization) WHERE s.id IN $seeds } AS m
  MATCH (p)<-[r:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds AND ($kinds IS NULL OR c.sgKind IN $kinds)
    AND ($countries IS NULL OR c.country IN $countries) AND ($sme IS NULL OR c.sme = $sme)
    AND ($clusterIds IS NULL OR EXISTS { (c)-[k:MEMBER_OF]->(x:Cluster)
         WHERE x.id IN $clusterIds AND (k.until IS NULL OR k.until >= date())
           AND ($clusterDerived OR coalesce(k.source, '') <> 'derived') })
  RETURN c.id AS cid, 'text' AS signal, share AS value, share * m * pw AS ties, p.id AS project,
         p.sgYear AS year, r.role = 'COORDINATOR' AS led
  UNION ALL
  WITH reference, decay WHERE $topicIds IS NOT NULL
  MATCH (t:Topic)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-(p:Project)
  WHERE t.id IN $topicIds
  WITH DISTINCT p, reference, decay
  WITH p, decay ^ CASE WHEN reference > p.sgYear THEN reference - p.sgYear ELSE 0 END AS value
  MATCH (p)<-[r:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds AND ($kinds IS NULL OR c.sgKind IN $kinds)
    AND ($countries IS NULL OR c.country IN $countries) AND ($sme IS NULL OR c.sme = $sme)
    AND ($clusterIds IS NULL OR EXISTS { (c)-[k:MEMBER_OF]->(x:Cluster)
         WHERE x.id IN $clusterIds AND (k.until IS NULL OR k.until >= date())
           AND ($clusterDerived OR coalesce(k.source, '') <> 'derived') })
  RETURN c.id AS cid, 'topic' AS signal, coalesce(value, 0.5) AS value, 0.0 AS ties,
         p.id AS project, p.sgYear AS year, r.role = 'COORDINATOR' AS led
  UNION ALL
  WITH reference, decay, family WHERE family IS NOT NULL
  MATCH (:Topic {id: family})<-[:BROADER*1..4]-(:Topic {kind: 'callTopic'})<-[:ADDRESSES]-(p:Project)
  WHERE p.sgYear IS NOT NULL
  WITH DISTINCT p, reference, decay
  ORDER BY p.sgYear DESC, p.id
  LIMIT $familyProjects
  WITH p, decay ^ CASE WHEN reference > p.sgYear THEN reference - p.sgYear ELSE 0 END AS value,
       p.sgWeight AS pw,
       COUNT { (p)<-[:PARTICIPATES_IN]-(s:Organization) WHERE s.id IN $seeds } AS m
  MATCH (p)<-[r:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds AND ($kinds IS NULL OR c.sgKind IN $kinds)
    AND ($countries IS NULL OR c.country IN $countries) AND ($sme IS NULL OR c.sme = $sme)
    AND ($clusterIds IS NULL OR EXISTS { (c)-[k:MEMBER_OF]->(x:Cluster)
         WHERE x.id IN $clusterIds AND (k.until IS NULL OR k.until >= date())
           AND ($clusterDerived OR coalesce(k.source, '') <> 'derived') })
  RETURN c.id AS cid, 'family' AS signal, value, m * pw AS ties, p.id AS project,
         p.sgYear AS year, r.role = 'COORDINATOR' AS led
  UNION ALL
  WITH 1 AS one WHERE size($seeds) >= 2
  MATCH (s:Organization)-[:PARTICIPATES_IN]->(p:Project)
  WHERE s.id IN $seeds AND p.sgWeight IS NOT NULL
  WITH p, count(s) AS m WHERE m >= 2
  MATCH (p)<-[r:PARTICIPATES_IN]-(c:Organization)
  WHERE NOT c.id IN $seeds AND ($kinds IS NULL OR c.sgKind IN $kinds)
    AND ($countries IS NULL OR c.country IN $countries) AND ($sme IS NULL OR c.sme = $sme)
    AND ($clusterIds IS NULL OR EXISTS { (c)-[k:MEMBER_OF]->(x:Cluster)
         WHERE x.id IN $clusterIds AND (k.until IS NULL OR k.until >= date())
           AND ($clusterDerived OR coalesce(k.source, '') <> 'derived') })
  RETURN c.id AS cid, 'rep2' AS signal, p.sgWeight AS value, 0.0 AS ties, p.id AS project,
         p.sgYear AS year, r.role = 'COORDINATOR' AS led
}
WITH cid, signal, value, ties, project, year, led, reference, own,
     CASE signal WHEN 'rep2' THEN 0.0 WHEN 'text' THEN value ELSE 1.0 END
       * decay ^ CASE WHEN year IS NULL OR reference <= year THEN 0 ELSE reference - year END
       AS sv
WITH cid, reference, own, collect({signal: signal, value: value, ties: ties, project: project,
                              year: year, led: led, sv: sv}) AS rows
// The subject, over the organisation's distinct projects on it.
CALL (rows, own) {
  UNWIND [r IN rows WHERE r.signal <> 'rep2'] AS r
  WITH r.project AS project, max(r.sv) AS sv, max(r.year) AS year, max(r.led) AS led,
       min(CASE WHEN r.signal = 'family' AND NOT r.project IN own THEN 1 ELSE 0 END)
         AS familyOnly
  ORDER BY sv DESC, project
  RETURN coalesce(sum(sv), 0.0) AS subject, count(project) AS subjectProjects,
         min(year) AS since, sum(CASE WHEN led THEN 1 ELSE 0 END) AS subjectLed,
         collect(project)[..5] AS subjectIds, sum(familyOnly) AS subjectFamily
}
WITH cid, rows, subject, subjectProjects, since, subjectLed, subjectIds, subjectFamily, reference,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'text' THEN r.value ELSE 0.0 END) AS text,
     reduce(x = 0.0, r IN rows | CASE WHEN r.signal = 'text' AND r.value > x THEN r.value
                                      ELSE x END) AS textmax,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'text' THEN r.ties ELSE 0.0 END) AS textties,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'topic' THEN r.value ELSE 0.0 END)
       AS topicwork,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'family' THEN r.value ELSE 0.0 END) AS fam,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'family' THEN r.ties ELSE 0.0 END) AS famties,
     size([r IN rows WHERE r.signal = 'family' AND r.year >= reference - 1]) AS famrecent,
     reduce(x = 0.0, r IN rows | x + CASE WHEN r.signal = 'rep2' THEN r.value ELSE 0.0 END) AS rep2
// First cut, before any node is read: the model's terms that need no node.
WITH *, coalesce($w.text, 0.0) * log(1 + text) + coalesce($w.textmax, 0.0) * textmax
     + coalesce($w.textties, 0.0) * log(1 + 10 * textties) + coalesce($w.fam, 0.0) * log(1 + fam)
     + coalesce($w.famties, 0.0) * log(1 + 10 * famties)
     + coalesce($w.famrecent, 0.0) * log(1 + famrecent)
     + coalesce($w.rep2, 0.0) * log(1 + 10 * rep2)
     + coalesce($w.subject, 0.0) * log(1 + subject)
     + coalesce($w.subjectled, 0.0) * log(1 + subjectLed)
     + coalesce($w.topicwork, 0.0) * log(1 + topicwork) AS partial
ORDER BY partial DESC, cid
LIMIT 3 * $pool
MATCH (c:Organization {id: cid})
WITH cid, rows, subject, subjectProjects, since, subjectLed, subjectIds, subjectFamily, text,
     textmax, textties, topicwork, fam, famties, famrecent, rep2, partial,
     c.sgProjects AS projects, c.sgDeg AS deg, c.sgRecent AS recent, c.sgCoord AS coord,
     c.sgKind AS kind, c.country AS country
WITH *, CASE WHEN projects > 0 THEN text / projects ELSE 0.0 END AS textshare,
     CASE WHEN projects > 0 THEN fam / projects ELSE 0.0 END AS famshare
// Second cut: the thematic part of the model's score (ties by activity).
WITH *, partial + coalesce($w.textshare, 0.0) * textshare + coalesce($w.famshare, 0.0) * famshare
     + coalesce($w.deg, 0.0) * log(1 + coalesce(deg, 0))
     + coalesce($w.textdeg, 0.0) * log(1 + coalesce(deg, 0)) * textmax
     + coalesce($w.recent, 0.0) * log(1 + coalesce(recent, 0))
     + coalesce($w.coord, 0.0) * log(1 + coalesce(coord, 0)) AS prescore
ORDER BY prescore DESC, cid
LIMIT $pool
// Evidence of the kept ones: up to 3 projects per signal, best first.
CALL (rows) {
  UNWIND rows AS x
  WITH x.signal AS signal, x ORDER BY x.value DESC, x.project
  WITH signal, collect(x.project)[..3] AS projects
  RETURN collect({signal: signal, projects: projects}) AS evidence
}
RETURN collect({
  id: cid, text: text, textmax: textmax, textties: textties, textshare: textshare,
  topicwork: topicwork, fam: fam, famties: famties, famshare: famshare, famrecent: famrecent,
  rep2: rep2, subject: subject, subjectProjects: subjectProjects, since: since,
  subjectLed: subjectLed, subjectIds: subjectIds, subjectFamily: subjectFamily,
  textProjects: head([e IN evidence WHERE e.signal = 'text' | e.projects] + [[]]),
  topicProjects: head([e IN evidence WHERE e.signal = 'topic' | e.projects] + [[]]),
  familyProjects: head([e IN evidence WHERE e.signal = 'family' | e.projects] + [[]]),
  rep2Projects: head([e IN evidence WHERE e.signal = 'rep2' | e.projects] + [[]]),
  deg: deg, recent: recent, coord: coord, kind: kind, country: country
}) AS rows
