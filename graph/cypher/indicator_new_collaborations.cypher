// Indicator NEW_COLLABORATIONS: pairs of organisations, one of them of the population, whose
// first shared project (ever) started in the period while it belonged to the population;
// a pair of two organisations of the population counts once.
// Parameters: $groups [{key, clusterIds}], $populations, $from, $to (dates).
UNWIND $groups AS g
MATCH (c:Cluster)<-[m:MEMBER_OF]-(o:Organization)
WHERE c.id IN g.clusterIds
WITH g, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
WHERE p.timelineDate <= $to AND q <> o
WITH g.key AS key, population, o, q, since, until, min(p.timelineDate) AS met
WHERE met >= $from AND met >= since AND met <= until
// A pair first met on one day, so it counts in one year: the period's total is their sum.
WITH DISTINCT key, population, met.year AS year,
     CASE WHEN elementId(o) < elementId(q) THEN [o, q] ELSE [q, o] END AS pair
WITH key, population, year, count(*) AS pairs
UNWIND [year, null] AS period
WITH key, population, period, sum(pairs) AS value
RETURN 'NEW_COLLABORATIONS' AS indicator, key, population, period AS year, toFloat(value) AS value
