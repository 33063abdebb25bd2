// Projects by id (a DataLoader batch).
UNWIND $ids AS id
MATCH (p:Project {id: id})
RETURN p {
  .id, .acronym, .title, .programme, .startDate, .endDate, .startYear, .datePrecision,
    .callTopic, .typeOfAction, .euContribution, .grantId, .totalCost, .flagship,
  participantCount: COUNT { (p)<-[:PARTICIPATES_IN]-() }
} AS project
