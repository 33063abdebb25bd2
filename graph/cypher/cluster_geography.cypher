// Cluster.geography: per cluster and population, where its organisations are and where their
// foreign partners are, by country, by NUTS 2 region (the first four characters of the
// organisation's NUTS code) and in all ('ALL'), with the projects shared with those partners.
// The population, the period and "foreign" are those of the indicator FOREIGN_PARTNERS
// (indicator_foreign_partners.cypher): an organisation with a membership of the population
// that overlaps the period; a partner of another country than that organisation, on a
// project that started in the period while the organisation belonged to the population.
// One row per cluster, population and place: at most (countries + regions + 1) x 2 per cluster.
// Parameters: $clusterIds, $populations, $from, $to (dates).
UNWIND $clusterIds AS key
MATCH (:Cluster {id: key})<-[m:MEMBER_OF]-(o:Organization)
WHERE o.country IS NOT NULL
WITH key, o, CASE WHEN m.source = 'derived' THEN 'ACTIVE_IN_DOMAIN' ELSE 'MEMBER' END AS population,
     coalesce(m.since, CASE WHEN m.sinceYear IS NOT NULL THEN date({year: m.sinceYear}) END,
              date('0001-01-01')) AS since,
     coalesce(m.until, date('9999-12-31')) AS until
WHERE population IN $populations AND since <= $to AND until >= $from
CALL (o, since, until) {
  MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE p.timelineDate >= $from AND p.timelineDate <= $to
    AND p.timelineDate >= since AND p.timelineDate <= until
    AND q.country IS NOT NULL AND q.country <> o.country
  RETURN collect({partner: q, project: p}) AS links
}
UNWIND [{organization: o, project: null, own: true}]
       + [link IN links | {organization: link.partner, project: link.project, own: false}] AS item
WITH key, population, item.organization AS organization, item.project AS project, item.own AS own
UNWIND [['ALL', ''], ['COUNTRY', organization.country]]
       + CASE WHEN size(organization.region) >= 4
           THEN [['REGION', left(organization.region, 4)]] ELSE [] END AS place
WITH key, population, place[0] AS level, place[1] AS code,
     collect(DISTINCT CASE WHEN own THEN organization END) AS owns,
     collect(DISTINCT CASE WHEN NOT own THEN organization END) AS partners,
     count(DISTINCT project) AS projects
WITH key, population, level, code, owns, partners, projects,
     CASE WHEN level = 'REGION'
       THEN [x IN owns + partners WHERE x.latitude IS NOT NULL AND x.longitude IS NOT NULL]
       ELSE [] END AS placed
// A region is named after the city most of its organisations are in (spelt in small letters
// where one of them writes it so), for readers who do not know NUTS codes.
OPTIONAL CALL (level, owns, partners) {
  WITH level, owns, partners WHERE level = 'REGION'
  UNWIND owns + partners AS x
  WITH x.city AS city WHERE city IS NOT NULL AND trim(city) <> ''
  WITH toUpper(trim(city)) AS same, collect(trim(city)) AS spellings
  RETURN head([s IN spellings WHERE s <> toUpper(s)] + spellings) AS city ORDER BY size(spellings) DESC, same LIMIT 1
}
RETURN key, population, level, code, size(owns) AS organizations, size(partners) AS partners,
       projects,
       CASE WHEN size(placed) > 0
         THEN reduce(s = 0.0, x IN placed | s + x.latitude) / size(placed) END AS latitude,
       CASE WHEN size(placed) > 0
         THEN reduce(s = 0.0, x IN placed | s + x.longitude) / size(placed) END AS longitude,
       city
