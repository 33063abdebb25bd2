// Update an organisation. $props: null values remove the property.
// Allowed for an admin; for a cluster manager only when the organisation is theirs alone:
// created through the API by a manager of one of their clusters (ownerClusterIds), with no
// facts from an official source since (sources), and a current member (no end date, or one
// not yet past) of no cluster they do not manage: a membership that has ended leaves no
// right behind. Organisations with official facts (CORDIS, a bundle) are changed by admins only,
// so joining one to your cluster gives no right to rewrite what everyone sees of it
// (docs/security.md).
OPTIONAL MATCH (o:Organization {id: $id})
WITH o, $isAdmin OR (
  o.source = 'api'
  AND all(s IN coalesce(o.sources, []) WHERE s = 'api')
  AND any(c IN coalesce(o.ownerClusterIds, []) WHERE c IN $managedClusterIds)
  AND NOT EXISTS {
    MATCH (o)-[m:MEMBER_OF]->(c:Cluster)
    WHERE NOT c.id IN $managedClusterIds AND (m.until IS NULL OR m.until >= date())
  }
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
