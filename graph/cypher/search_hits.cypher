// Best full-text matches among organisations, projects, topics and clusters, best first;
// the caller appends the RETURN of the hits (each its score and node projection).
// $text is already escaped Lucene (see graph.repositories.search.lucene_terms).
// The index's text relevance is weighted by prominence, 1 + log10(1 + number of links), so
// that among equally good text matches the most connected node comes first (Lucene alone
// favours the shortest names). $candidates (> $limit) text matches are re-ranked; a node
// whose short name or acronym is the whole query ($exact, lower-cased: "list") comes first.
// Optional conditions (null: none): $types (Organization, Project, Topic, Cluster), $kinds
// (organisation kind labels, or Unknown), $countries (organisations), $sme (organisations
// whose SME status is $sme), $programmes (projects; as stored, or in capitals: h2020).
CALL db.index.fulltext.queryNodes('search', $text, {limit: $candidates}) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Organization', 'Project', 'Topic', 'Cluster']][0] AS type
WHERE type IS NOT NULL
  AND ($types IS NULL OR type IN $types)
  AND ($kinds IS NULL OR (type = 'Organization' AND coalesce([l IN labels(node)
       WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0],
       'Unknown') IN $kinds))
  AND ($countries IS NULL OR (type = 'Organization' AND node.country IN $countries))
  AND ($sme IS NULL OR (type = 'Organization' AND node.sme = $sme))
  AND ($programmes IS NULL OR (type = 'Project'
       AND node.programme IN $programmes + [p IN $programmes | toUpper(p)]))
WITH node AS n0, score * (1.0 + log10(1.0 + COUNT { (node)--() })) AS ranked,
     $exact IN [toLower(node.shortName), toLower(node.acronym)] AS exact
ORDER BY coalesce(exact, false) DESC, ranked DESC, n0.id
LIMIT $limit
