// Organisations whose names match the words of $text (escaped Lucene, all words required):
// candidates for a duplicate check, best first, with every name they are known by.
CALL db.index.fulltext.queryNodes('search', $text, {limit: $limit}) YIELD node
WHERE node:Organization
RETURN node.id AS id, coalesce(node.names, [node.name]) AS names, node.country AS country
