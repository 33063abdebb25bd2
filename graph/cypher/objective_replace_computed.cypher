// Replace the computed measurements of the objective $id with $points
// ([{date, value, illustrative, note}]); measurements people recorded stay.
MATCH (x:Objective {id: $id})
CALL (x) {
  MATCH (x)-[:HAS_MEASUREMENT]->(old:Measurement)
  WHERE old.source = 'computed'
  DETACH DELETE old
}
WITH x
UNWIND $points AS point
CREATE (x)-[:HAS_MEASUREMENT]->(:Measurement {
  id: x.id + '-computed-' + toString(point.date), date: point.date, value: point.value,
  source: 'computed', illustrative: point.illustrative, note: point.note,
  recordedBy: 'clustergraph', recordedOn: date()
})
