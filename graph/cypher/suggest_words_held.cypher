// Which of a brief's key words each of the projects $ids holds, as the index suggestion_text
// reads them (stemmed): for each full-text clause of $queries, those of its first $scan hits
// that are among $ids (a project past them, on a word thousands of projects hold, is not
// counted).
UNWIND range(0, size($queries) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('suggestion_text', $queries[i], {limit: $scan})
  YIELD node
  WITH node
  WHERE node.id IN $ids
  RETURN collect(node.id) AS held
}
RETURN i, held
ORDER BY i
