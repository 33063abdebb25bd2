// Create an organisation unless one with this id exists (then return it, for comparison).
// Allowed for an admin or any cluster manager ($managedClusterIds not empty). The creator's
// clusters own it (ownerClusterIds): their managers may change it later (organization_update).
// An id that names a project, cluster or topic is not taken (`taken`: which; node(id:) and
// paths read ids across labels).
WITH $isAdmin OR size($managedClusterIds) > 0 AS allowed,
     CASE WHEN EXISTS { MATCH (:Project {id: $id}) } THEN 'project'
          WHEN EXISTS { MATCH (:Cluster {id: $id}) } THEN 'cluster'
          WHEN EXISTS { MATCH (:Topic {id: $id}) } THEN 'topic' END AS taken
OPTIONAL MATCH (existing:Organization {id: $id})
CALL (allowed, taken, existing) {
  WITH allowed, taken, existing
  WHERE allowed AND taken IS NULL AND existing IS NULL
  CREATE (o:Organization {id: $id})
  SET o += $props, o:$($kind), o.source = 'api', o.ownerClusterIds = $managedClusterIds
  RETURN count(o) AS created
}
RETURN allowed, taken, created > 0 AS created,
       CASE WHEN existing IS NULL THEN null ELSE existing {
         .*,
         kind: [l IN labels(existing) WHERE l IN ['Company', 'ResearchInstitution', 'PublicActor', 'OtherActor']][0]
       } END AS existing
