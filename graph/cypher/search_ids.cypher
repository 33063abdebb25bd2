// Ids of nodes of one label whose indexed text matches, best first.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $limit}) YIELD node, score
WHERE $label IN labels(node)
RETURN node.id AS id
