// How many projects each full-text query of $queries finds in the index suggestion_text,
// counted up to its $most[i]: a brief's levels (recommender.text.brief_levels) and its key
// words (recommender.text.key_units; a French or German word the glossary does not know is
// asked as written, and finds nothing). Of a query with $forms[i] (a word the index's stemmer
// shares with words of another meaning: graph/repositories/suggestions.py, Meant), of its
// first $limits[i] hits only the projects whose text matches $forms[i] or that meet
// $apart[i], the query without that word.
UNWIND range(0, size($queries) - 1) AS i
CALL (i) {
  WITH CASE WHEN $apart[i] IS NULL THEN [] ELSE COLLECT {
    CALL db.index.fulltext.queryNodes('suggestion_text', $apart[i], {limit: $limits[i]})
    YIELD node
    RETURN node
  } END AS apart
  CALL db.index.fulltext.queryNodes('suggestion_text', $queries[i], {limit: $limits[i]})
  YIELD node
  WITH node, apart
  WHERE $forms[i] IS NULL OR node IN apart
     OR coalesce(node.sgText, '') + ' ' + coalesce(node.keywordText, '') + ' '
        + coalesce(node.abstract, '') =~ $forms[i]
  RETURN count(node) AS found
}
RETURN i, CASE WHEN found < $most[i] THEN found ELSE $most[i] END AS hits
ORDER BY i
