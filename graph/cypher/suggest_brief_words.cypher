// How many projects hold each of a brief's key words ($words, recommender.text.key_words) in
// the full-text index suggestion_text, counted up to $most: a word no project holds finds
// nothing (a French or German word the glossary does not know is asked as written).
UNWIND $words AS word
CALL (word) {
  CALL db.index.fulltext.queryNodes('suggestion_text', word, {limit: $most})
  YIELD node
  RETURN count(node) AS projects
}
RETURN word, projects
