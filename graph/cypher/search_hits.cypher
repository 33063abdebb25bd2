// Best full-text matches among organisations, projects, topics and clusters, best first;
// the caller appends the RETURN of each hit (score and node projection).
// $text is already escaped Lucene (see graph.repositories.search.lucene_terms).
// The index's text relevance is weighted by prominence, 1 + log10(1 + number of links), so
// that among equally good text matches the most connected node comes first (Lucene alone
// favours the shortest names). $candidates (> $limit) text matches are re-ranked.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $candidates}) YIELD node, score
WITH node, score
WHERE node:Organization OR node:Project OR node:Topic OR node:Cluster
WITH node AS n0, score * (1.0 + log10(1.0 + COUNT { (node)--() })) AS ranked
ORDER BY ranked DESC, n0.id
LIMIT $limit
