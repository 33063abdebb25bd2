// Which of a brief's full-text queries to ask (recommender.text.brief_levels, strictest
// first): the index of the strictest one that at least its $enough[i] projects meet, else of
// the loosest one that any project meets; null when no project meets any. Each level reads at
// most its $enough[i] hits.
UNWIND range(0, size($levels) - 1) AS i
CALL (i) {
  CALL db.index.fulltext.queryNodes('suggestion_text', $levels[i], {limit: $enough[i]})
  YIELD node
  RETURN count(node) AS hits
}
WITH i, hits WHERE hits > 0
WITH collect({i: i, hits: hits}) AS met
RETURN coalesce(head([m IN met WHERE m.hits >= $enough[m.i] | m.i]), last(met).i) AS level
