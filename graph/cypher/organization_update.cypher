// Update an organisation. $props: null values remove the property.
// Allowed for an admin; for a cluster manager only when the organisation is theirs: created
// through the API by a manager of one of their clusters (ownerClusterIds), with no facts from
// an official source since (sources). Organisations with official facts (CORDIS, a bundle)
// are changed by admins only, so joining one to your cluster gives no right to rewrite what
// everyone sees of it; the same holds for another cluster's organisation, whose creators
// keep it whoever else has it as a member (docs/security.md).
OPTIONAL MATCH (o:Organization {id: $id})
WITH o, $isAdmin OR (
  o.source = 'api'
  AND all(s IN coalesce(o.sources, []) WHERE s = 'api')
  AND any(c IN coalesce(o.ownerClusterIds, []) WHERE c IN $managedClusterIds)
) AS allowed
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
