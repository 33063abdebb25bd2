// Best full-text matches among organisations, projects, topics and clusters, best first.
// $text is already escaped Lucene (see graph.repositories.search.lucene_terms).
// The index's text relevance is weighted by prominence, 1 + log10(1 + number of links), so
// that among equally good text matches the most connected node comes first (Lucene alone
// favours the shortest names). $candidates (> $limit) text matches are re-ranked.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $candidates}) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Organization', 'Project', 'Topic', 'Cluster']][0] AS label
WHERE label IS NOT NULL
WITH node, label, score * (1.0 + log10(1.0 + COUNT { (node)--() })) AS ranked
RETURN node.id AS id, label, ranked AS score
ORDER BY score DESC, id
LIMIT $limit
