// Every cluster, by name, with the fields a list shows.
MATCH (c:Cluster)
RETURN c {
  .id, .name, .sector, .description, .launchDate,
  .aliasNames, .aliasSince, .aliasUntil
} AS cluster
ORDER BY c.name, c.id
LIMIT 1000
