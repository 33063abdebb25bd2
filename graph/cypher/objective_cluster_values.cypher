// The initiative's objectives that add up its clusters' values (fromClusters), with every
// measurement of its clusters' objectives of the same metric (none: one row of nulls).
MATCH (i:Initiative)-[:HAS_OBJECTIVE]->(x:Objective)
WHERE x.fromClusters = true
OPTIONAL MATCH (i)<-[:IN_INITIATIVE]-(:Cluster)-[:HAS_OBJECTIVE]->(y:Objective)
      -[:HAS_MEASUREMENT]->(v:Measurement)
WHERE y.metric = x.metric AND v.value IS NOT NULL AND v.date IS NOT NULL
RETURN x.id AS id, y.id AS part, v.date AS date, toFloat(v.value) AS value,
       coalesce(v.illustrative, false) AS illustrative
ORDER BY id, date, part
LIMIT 100000
