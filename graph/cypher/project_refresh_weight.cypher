// Suggestion features of the projects in $ids (imports: every project in batches, after
// organization_refresh_reference.cypher; the service: a project whose participants changed).
// Project.sgSize   = number of participants
// Project.sgYear   = startYear: the start year, or the call year (Horizon Europe); null
//                    without either: such projects carry no weight
// Project.sgWeight = decay ^ (R - year) / ln(1 + max(size, 2)), null without a year,
//                    with the stored reference year R. A project newer than R (added since
//                    the last full refresh) counts as of year R until a full refresh moves R.
// Project.sgText   = the title and the call topic's description: what the project is about,
//                    for the full-text index suggestion_text (briefs in words).
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH coalesce(m.referenceYear, 0) AS reference, coalesce(m.decay, $decay) AS decay
UNWIND $ids AS id
MATCH (p:Project {id: id})
WITH p, reference, decay, COUNT { (p)<-[:PARTICIPATES_IN]-(:Organization) } AS size,
     p.startYear AS year,
     // t unlabelled: with a label and kind, a plan made from stale index statistics
     // (just after an import) seeks every call topic and tests it against each project,
     // which ran past the transaction timeout on the full network
     [(p)-[:ADDRESSES]->(t) WHERE t.kind = 'callTopic' AND t.description IS NOT NULL
      | t.description] AS calls
WITH p, reference, decay, size, year,
     trim(reduce(s = coalesce(p.title, ''), d IN calls | s + ' ' + d)) AS text
SET p.sgSize = size, p.sgYear = year,
    p.sgWeight = CASE WHEN year IS NULL THEN null
      ELSE decay ^ CASE WHEN reference > year THEN reference - year ELSE 0 END
           / log(1.0 + CASE WHEN size < 2 THEN 2 ELSE size END) END
// written only when it changes: every write of an indexed property updates the index
WITH p, CASE WHEN text = '' THEN null ELSE text END AS text
WHERE p.sgText IS NULL <> (text IS NULL) OR p.sgText <> text
SET p.sgText = text
