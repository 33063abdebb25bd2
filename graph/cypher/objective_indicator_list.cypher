// The objectives that name an indicator, with the clusters whose figures count: the owning
// cluster, or every cluster of the owning initiative.
MATCH (owner)-[:HAS_OBJECTIVE]->(x:Objective)
WHERE x.indicator IS NOT NULL AND (owner:Cluster OR owner:Initiative)
RETURN x.id AS id, x.indicator AS indicator, coalesce(x.population, 'MEMBER') AS population,
       x.since AS since, x.deadline AS deadline,
       CASE WHEN owner:Cluster THEN [owner.id]
            ELSE COLLECT { MATCH (owner)<-[:IN_INITIATIVE]-(c:Cluster) RETURN c.id ORDER BY c.id }
       END AS clusterIds
ORDER BY id
LIMIT 10000
