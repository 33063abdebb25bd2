// What the start-up warm-up asks about (warm_up.py): an organisation with 1-9 partners, one
// with 10-99, 100-999 and 1,000 or more (Neo4j plans a query again for a list parameter of
// another order of size, and an organisation's partners are one), ten clusters (whose
// numbers of topics and members vary as much) and the newest project with a call topic (its
// consortium to complete, its call topic's answerers). Each is read from an index or a label
// scan that stops at the first hits.
CALL () {
  UNWIND [[1, 10], [10, 100], [100, 1000], [1000, 1000000000]] AS range
  CALL (range) {
    OPTIONAL MATCH (o:Organization)
    WHERE range[0] <= o.partnerCount < range[1]
    RETURN o
    LIMIT 1
  }
  WITH o WHERE o IS NOT NULL
  RETURN collect(o.id) AS organizations, head(collect(o.country)) AS country
}
CALL () {
  MATCH (c:Cluster)
  WITH c LIMIT 10
  RETURN collect(c.id) AS clusters
}
CALL () {
  OPTIONAL MATCH (p:Project)
  WHERE p.newestKey IS NOT NULL AND p.callTopic IS NOT NULL
  RETURN p.id AS project, p.callTopic AS call
  ORDER BY p.newestKey DESC
  LIMIT 1
}
RETURN organizations, country, clusters, project, call
