// Which of a brief's key words each of the projects $ids holds, as the index suggestion_text
// reads them (stemmed): for each full-text clause of $queries, those of its first $scan hits
// that are among $ids (a project past them, on a word thousands of projects hold, is not
// counted); where $forms[i] is given (a word the stemmer shares with words of another
// meaning), only those whose text matches it, as suggest_themes.cypher asks.
UNWIND range(0, size($queries) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('suggestion_text', $queries[i], {limit: $scan})
  YIELD node
  WITH node
  WHERE node.id IN $ids
  WITH node
  WHERE $forms[i] IS NULL
     OR coalesce(node.sgText, '') + ' ' + coalesce(node.keywordText, '') + ' '
        + coalesce(node.abstract, '') =~ $forms[i]
  RETURN collect(node.id) AS held
}
RETURN i, held
ORDER BY i
