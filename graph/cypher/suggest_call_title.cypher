// A call topic's title (CORDIS keeps it as the topic's description), or none when the data
// does not have the call.
MATCH (t:Topic {id: $id})
RETURN t.description AS title
