// Create an organisation unless one with this id exists (then return it, for comparison).
// Allowed for an admin or any cluster manager ($managedClusterIds not empty). The creator's
// clusters own it (ownerClusterIds): their managers may change it later (organization_update).
WITH $isAdmin OR size($managedClusterIds) > 0 AS allowed
OPTIONAL MATCH (existing:Organization {id: $id})
CALL (allowed, existing) {
  WITH allowed, existing
  WHERE allowed AND existing IS NULL
  CREATE (o:Organization {id: $id})
  SET o += $props, o:$($kind), o.source = 'api', o.ownerClusterIds = $managedClusterIds
  RETURN count(o) AS created
}
RETURN allowed, created > 0 AS created,
       CASE WHEN existing IS NULL THEN null ELSE existing {
         .*,
         kind: [l IN labels(existing) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0]
       } END AS existing
