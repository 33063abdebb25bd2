// Organisations matching a filter; every condition is off when its parameter is null.
// The caller appends a fixed tail: an ORDER BY with a page, or a count.
MATCH (o:Organization)
WHERE ($ids IS NULL OR o.id IN $ids)
  AND ($kinds IS NULL OR any(label IN labels(o) WHERE label IN $kinds))
  AND ($country IS NULL OR o.country = $country)
  AND ($clusterId IS NULL OR EXISTS { (o)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) })
  AND ($topicId IS NULL OR EXISTS { (o)-[:HAS_COMPETENCE]->(:Topic {id: $topicId}) })
  AND (($activeFrom IS NULL AND $activeUntil IS NULL) OR EXISTS {
    (o)-[:PARTICIPATES_IN]->(p:Project)
    WHERE ($activeUntil IS NULL OR p.startDate <= $activeUntil)
      AND ($activeFrom IS NULL OR coalesce(p.endDate, p.startDate) >= $activeFrom)
  })
