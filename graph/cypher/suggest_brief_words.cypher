// How many projects each of a brief's key words ($words: each a full-text query, the word or a
// concept's names, recommender.text.key_units) finds in the index suggestion_text, counted up
// to $most: a word no project holds finds nothing (a French or German word the glossary does
// not know is asked as written).
UNWIND $words AS word
CALL (word) {
  CALL db.index.fulltext.queryNodes('suggestion_text', word, {limit: $most})
  YIELD node
  RETURN count(node) AS projects
}
RETURN word, projects
