// Update an organisation: allowed for an admin, or a manager of a cluster the organisation
// is a current, non-derived member of. $props: null values remove the property.
OPTIONAL MATCH (o:Organization {id: $id})
WITH o, $isAdmin OR EXISTS {
  MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
  WHERE c.id IN $managedClusterIds
    AND coalesce(m.source, 'official') <> 'derived'
    AND (m.until IS NULL OR m.until >= date())
} AS allowed
CALL (o, allowed) {
  WITH o, allowed
  WHERE allowed AND o IS NOT NULL
  SET o += $props
  FOREACH (_ IN CASE WHEN $kind IS NULL THEN [] ELSE [1] END |
    REMOVE o:Company:ResearchInstitution:PublicActor:OtherActor
    SET o:$($kind)
  )
  RETURN count(o) AS written
}
RETURN o IS NOT NULL AS found, allowed, written > 0 AS written
