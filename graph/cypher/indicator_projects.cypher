// Indicators PROJECTS_STARTED, EU_FUNDING, COORDINATIONS, ACTIVE_ORGANIZATIONS, SMES_ACTIVE
// and FLAGSHIP_PROJECTS: the projects that started in the period (by start date, or the
// call year's 31 December) with an organisation of the population among the participants,
// counted only when the project started while the organisation belonged to the population.
// Parameters: $groups [{key, clusterIds}], $populations, $from, $to (dates).
UNWIND $groups AS g
MATCH (c:Cluster)<-[m:MEMBER_OF]-(o:Organization)
WHERE c.id IN g.clusterIds
WITH g, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
MATCH (o)-[pi:PARTICIPATES_IN]->(p:Project)
WHERE p.timelineDate >= $from AND p.timelineDate <= $to
  AND p.timelineDate >= since AND p.timelineDate <= until
WITH DISTINCT g.key AS key, population, o, pi, p
UNWIND [p.timelineDate.year, null] AS period
WITH key, population, period,
     count(DISTINCT p) AS projects,
     sum(coalesce(pi.contribution, 0.0)) AS funding,
     count(DISTINCT CASE WHEN pi.role = 'COORDINATOR' THEN p END) AS coordinated,
     count(DISTINCT o) AS active,
     count(DISTINCT CASE WHEN o.sme = true THEN o END) AS smes,
     count(DISTINCT CASE WHEN p.flagship = true THEN p END) AS flagships
// funding in euros and cents: a sum of floats carries noise (12047340.040000001)
UNWIND [['PROJECTS_STARTED', toFloat(projects)], ['EU_FUNDING', round(funding, 2)],
        ['COORDINATIONS', toFloat(coordinated)], ['ACTIVE_ORGANIZATIONS', toFloat(active)],
        ['SMES_ACTIVE', toFloat(smes)], ['FLAGSHIP_PROJECTS', toFloat(flagships)]] AS item
RETURN item[0] AS indicator, key, population, period AS year, item[1] AS value
