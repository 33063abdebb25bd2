// Whether the full-text search index holds any match of $text (escaped Lucene, see
// graph.repositories.search.lucene_terms): a filtered search that found nothing asks this
// before it tries the words again as the starts of words, as an unfiltered one would.
CALL db.index.fulltext.queryNodes('search', $text, {limit: 1}) YIELD node
RETURN count(node) > 0 AS found
