// How many projects each full-text query of $queries finds in the index suggestion_text,
// counted up to its $most[i]: a brief's levels (recommender.text.brief_levels) and its key
// words (recommender.text.key_units; a French or German word the glossary does not know is
// asked as written, and finds nothing).
UNWIND range(0, size($queries) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('suggestion_text', $queries[i], {limit: $most[i]})
  YIELD node
  RETURN count(node) AS hits
}
RETURN i, hits
ORDER BY i
