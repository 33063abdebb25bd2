// Suggestion features of one project after a participation changed (the service's write
// path; imports recompute every project, see organization_refresh_projects/_reference):
// sgSize, sgYear and sgWeight = decay ^ (R - year) / ln(1 + max(size, 2)) with the stored
// reference year R. A project newer than R counts as of year R until the next full refresh
// moves R (the weight never exceeds that of a project of year R).
MATCH (p:Project {id: $projectId})
OPTIONAL MATCH (m:DerivedInfo {id: 'suggestions'})
WITH p, m, COUNT { (p)<-[:PARTICIPATES_IN]-(:Organization) } AS size, p.startDate.year AS year
WITH p, size, year, coalesce(m.referenceYear, year) AS reference, coalesce(m.decay, $decay) AS decay
SET p.sgSize = size, p.sgYear = year,
    p.sgWeight = CASE WHEN year IS NULL THEN null
      ELSE decay ^ CASE WHEN reference > year THEN reference - year ELSE 0 END
           / log(1.0 + CASE WHEN size < 2 THEN 2 ELSE size END) END
