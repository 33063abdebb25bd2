// Indicators FOREIGN_PARTNERS, FOREIGN_COUNTRIES and NEW_FOREIGN_PARTNERS: organisations of
// another country than the population's organisation they worked with, sharing a project
// that started in the period while that organisation belonged to the population; their
// countries; and those whose first such project (ever) started in the period.
// Parameters: $groups [{key, clusterIds}], $populations, $from, $to (dates).
UNWIND $groups AS g
MATCH (c:Cluster)<-[m:MEMBER_OF]-(o:Organization)
WHERE c.id IN g.clusterIds AND o.country IS NOT NULL
WITH g, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
WHERE p.timelineDate <= $to AND p.timelineDate >= since AND p.timelineDate <= until
  AND q.country IS NOT NULL AND q.country <> o.country
WITH g.key AS key, population, q, min(p.timelineDate) AS first,
     collect(DISTINCT CASE WHEN p.timelineDate >= $from THEN p.timelineDate.year END) AS years
WHERE size(years) > 0
UNWIND years + [null] AS period
WITH key, population, period, q,
     CASE WHEN first >= $from AND (period IS NULL OR first.year = period) THEN q END AS newcomer
WITH key, population, period, count(DISTINCT q) AS partners,
     count(DISTINCT q.country) AS countries, count(DISTINCT newcomer) AS newcomers
UNWIND [['FOREIGN_PARTNERS', toFloat(partners)], ['FOREIGN_COUNTRIES', toFloat(countries)],
        ['NEW_FOREIGN_PARTNERS', toFloat(newcomers)]] AS item
RETURN item[0] AS indicator, key, population, period AS year, item[1] AS value
