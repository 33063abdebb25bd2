// Topics by id (a DataLoader batch).
UNWIND $ids AS id
MATCH (t:Topic {id: id})
RETURN t {.id, .name, .code, .source, .kind, .description} AS topic
