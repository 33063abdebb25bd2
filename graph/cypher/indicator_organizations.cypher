// Indicator ORGANIZATIONS: the organisations of the population (members, or organisations
// active in the cluster's domain) at some time in each year of the period, and in the whole
// period. Parameters: $groups [{key, clusterIds}], $populations, $from, $to (dates).
UNWIND $groups AS g
MATCH (c:Cluster)<-[m:MEMBER_OF]-(o:Organization)
WHERE c.id IN g.clusterIds
WITH g, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
WITH g, o, population, since, until
UNWIND [y IN range($from.year, $to.year)
        WHERE since.year <= y AND until.year >= y] + [null] AS period
WITH g.key AS key, population, period, count(DISTINCT o) AS value
RETURN 'ORGANIZATIONS' AS indicator, key, population, period AS year, toFloat(value) AS value
