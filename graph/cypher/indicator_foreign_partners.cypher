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
// Per partner and year: its first project with the population, and whether the year has
// one in the period; then per partner: its first project ever and its years in the period.
WITH g.key AS key, population, q, p.timelineDate AS day
WITH key, population, q, day.year AS year, min(day) AS first, max(day) >= $from AS inside
WITH key, population, q, min(first) AS first, collect(CASE WHEN inside THEN year END) AS years
WHERE size(years) > 0
WITH key, population, q.country AS country, first, years
UNWIND years + [null] AS period
WITH key, population, period, country, count(*) AS partners,
     sum(CASE WHEN first >= $from AND (period IS NULL OR first.year = period) THEN 1 ELSE 0 END)
       AS newcomers
WITH key, population, period, sum(partners) AS partners, count(*) AS countries,
     sum(newcomers) AS newcomers
UNWIND [['FOREIGN_PARTNERS', toFloat(partners)], ['FOREIGN_COUNTRIES', toFloat(countries)],
        ['NEW_FOREIGN_PARTNERS', toFloat(newcomers)]] AS item
RETURN item[0] AS indicator, key, population, period AS year, item[1] AS value
