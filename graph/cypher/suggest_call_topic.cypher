// A call topic by the id of its code, as CORDIS spells it or, when no topic has that id,
// in any case ("horizon-cl5-2022-d2-01-02", "ERC-2024-SYG"): its stored id and its title
// (CORDIS keeps it as the topic's description). No row when the data does not have the call.
OPTIONAL MATCH (exact:Topic {id: $id})
OPTIONAL CALL (exact) {
  WITH * WHERE exact IS NULL
  MATCH (t:Topic {kind: 'callTopic'})
  WHERE toLower(t.id) = toLower($id)
  RETURN t AS other
  ORDER BY t.id
  LIMIT 1
}
WITH coalesce(exact, other) AS t
WHERE t IS NOT NULL
RETURN t.id AS id, t.description AS title
