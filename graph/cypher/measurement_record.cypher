// Record an objective's value on a date: one measurement per (objective, date), updated
// when it exists, with who recorded it and when. An admin, or a manager of the cluster that
// has the objective. Never for an objective that measures itself (computed).
OPTIONAL MATCH (obj:Objective {id: $objectiveId})
WITH obj, $isAdmin OR EXISTS {
  MATCH (c:Cluster)-[:HAS_OBJECTIVE]->(obj) WHERE c.id IN $managedClusterIds
} AS allowed,
coalesce(obj.indicator IS NOT NULL OR obj.fromClusters = true, false) AS computed
OPTIONAL CALL (obj, allowed, computed) {
  WITH obj, allowed, computed
  WHERE allowed AND obj IS NOT NULL AND NOT computed
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
  SET m.value = $value, m.note = $note, m.illustrative = false,
      m.recordedBy = $recordedBy, m.recordedOn = date()
  RETURN m {.id, .date, .value, .note, .illustrative, recorded_by: m.recordedBy,
            recorded_on: m.recordedOn, computed: false} AS measurement,
         old IS NULL AS created
}
RETURN allowed, obj IS NOT NULL AS found, computed, measurement,
       coalesce(created, false) AS created
