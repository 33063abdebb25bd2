// Indicators MEMBER_COLLABORATIONS (projects joining two or more organisations of the
// population) and CROSS_CLUSTER_PROJECTS (projects joining an organisation of the
// population and another organisation of the same population of a cluster outside the
// group), among the projects that started in the period while those organisations belonged
// to their population. Parameters: $groups [{key, clusterIds}], $populations, $from, $to.
UNWIND $groups AS g
MATCH (c:Cluster)<-[m:MEMBER_OF]-(o:Organization)
WHERE c.id IN g.clusterIds
WITH g, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
MATCH (o)-[:PARTICIPATES_IN]->(p:Project)
WHERE p.timelineDate >= $from AND p.timelineDate <= $to
  AND p.timelineDate >= since AND p.timelineDate <= until
WITH g, population, p, collect(DISTINCT o) AS inside
WITH g, population, p, size(inside) >= 2 AS between,
     EXISTS {
       MATCH (p)<-[:PARTICIPATES_IN]-(q:Organization)-[k:MEMBER_OF]->(other:Cluster)
       WHERE NOT other.id IN g.clusterIds AND NOT q IN inside
         AND CASE WHEN k.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END = population
         AND coalesce(k.since, CASE WHEN k.sinceYear IS NOT NULL THEN date({year: k.sinceYear}) END,
                      date('0001-01-01')) <= p.timelineDate
         AND coalesce(k.until, date('9999-12-31')) >= p.timelineDate
     } AS crossing
UNWIND [p.timelineDate.year, null] AS period
WITH g.key AS key, population, period,
     count(DISTINCT CASE WHEN between THEN p END) AS betweenCount,
     count(DISTINCT CASE WHEN crossing THEN p END) AS crossingCount
UNWIND [['MEMBER_COLLABORATIONS', toFloat(betweenCount)],
        ['CROSS_CLUSTER_PROJECTS', toFloat(crossingCount)]] AS item
RETURN item[0] AS indicator, key, population, period AS year, item[1] AS value
