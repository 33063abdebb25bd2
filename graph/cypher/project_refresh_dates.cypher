// The dates of the projects in $ids (graph.derived runs every project in batches), from
// their facts: an exact startDate (Horizon 2020, bundles, the API) or only a callYear
// (Horizon Europe: the year in the call topic's code).
// startYear     = the start date's year, else the call year
// datePrecision = 'DAY' with a start date, 'YEAR' with only a call year, else null
// timelineDate  = what time filters (asOf, --until, activity) compare: the start date, or
//                 the last day of the call year, so "started before D" holds for a
//                 call-year project exactly when its call year is before D's year.
// newestKey     = what "newest first" sorts on, descending: the timeline date as text
//                 ('2025-03-01'; a call-year project at its year's end), so both programmes
//                 interleave by date; projects with no date last ('').
UNWIND $ids AS id
MATCH (p:Project {id: id})
SET p.startYear = coalesce(p.startDate.year, p.callYear),
    p.datePrecision = CASE
      WHEN p.startDate IS NOT NULL THEN 'DAY'
      WHEN p.callYear IS NOT NULL THEN 'YEAR' END,
    p.timelineDate = CASE
      WHEN p.startDate IS NOT NULL THEN p.startDate
      WHEN p.callYear IS NOT NULL THEN date({year: p.callYear, month: 12, day: 31}) END,
    p.newestKey = coalesce(toString(CASE
      WHEN p.startDate IS NOT NULL THEN p.startDate
      WHEN p.callYear IS NOT NULL THEN date({year: p.callYear, month: 12, day: 31}) END), '')
