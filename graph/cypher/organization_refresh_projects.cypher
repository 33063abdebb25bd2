// Suggestion features, step 1 of 2: per-project values and the reference year.
// The reference year R is the newest project start year in the graph (stored on the
// single (:DerivedInfo {id: 'suggestions'}) node, with the topic order of the vectors).
// Project.sgSize   = number of participants
// Project.sgYear   = start year (null without a start date: such projects carry no weight)
// Project.sgWeight = $decay ^ (R - year) / ln(1 + max(size, 2)), null without a start date
// Runs in an implicit transaction (session.run): CALL ... IN TRANSACTIONS.
MATCH (p:Project)
CALL (p) {
  WITH p, COUNT { (p)<-[:PARTICIPATES_IN]-(:Organization) } AS size
  SET p.sgSize = size, p.sgYear = p.startDate.year
} IN TRANSACTIONS OF 5000 ROWS
