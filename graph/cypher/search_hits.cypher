// Best full-text matches among organisations, projects, topics and clusters, best first.
// $text is already escaped Lucene (see graph.repositories.search.lucene_terms).
CALL db.index.fulltext.queryNodes('search', $text, {limit: $limit}) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Organization', 'Project', 'Topic', 'Cluster']][0] AS label
WHERE label IS NOT NULL
RETURN node.id AS id, label, score
ORDER BY score DESC, id
LIMIT $limit
