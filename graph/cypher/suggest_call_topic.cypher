// A call topic, with its title (CORDIS keeps it as the topic's description); no row when the
// data does not have the call.
MATCH (t:Topic {id: $id})
RETURN t.description AS title
