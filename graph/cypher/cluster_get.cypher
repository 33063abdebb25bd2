// Clusters by id (a DataLoader batch).
UNWIND $ids AS id
MATCH (c:Cluster {id: id})
RETURN c {
  .id, .name, .sector, .description, .launchDate, .aliasNames, .aliasSince, .aliasUntil
} AS cluster
