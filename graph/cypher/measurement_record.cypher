// Record an objective's value on a date: one measurement per (objective, date), updated
// when it exists. An admin, or a manager of the cluster that has the objective.
OPTIONAL MATCH (obj:Objective {id: $objectiveId})
WITH obj, $isAdmin OR EXISTS {
  MATCH (c:Cluster)-[:HAS_OBJECTIVE]->(obj) WHERE c.id IN $managedClusterIds
} AS allowed
OPTIONAL CALL (obj, allowed) {
  WITH obj, allowed
  WHERE allowed AND obj IS NOT NULL
  OPTIONAL MATCH (obj)-[:HAS_MEASUREMENT]->(old:Measurement {date: $date})
  WITH obj, collect(old)[0] AS old
  CALL (obj, old) {
    WITH obj, old WHERE old IS NULL
    CREATE (obj)-[:HAS_MEASUREMENT]->(m:Measurement {id: $newId, date: $date})
    RETURN m
    UNION
    WITH obj, old WHERE old IS NOT NULL
    RETURN old AS m
  }
  SET m.value = $value, m.note = $note, m.illustrative = false
  RETURN m {.id, .date, .value, .note, .illustrative} AS measurement, old IS NULL AS created
}
RETURN allowed, obj IS NOT NULL AS found, measurement, coalesce(created, false) AS created
