// A person's contact details, only for an admin or a manager of a cluster the person
// holds a role in: the check is part of the read, so nothing is returned otherwise.
MATCH (p:Person {id: $personId})
WHERE $isAdmin OR EXISTS {
  MATCH (p)-[:HOLDS_ROLE]->(c:Cluster)
  WHERE c.id IN $managedClusterIds
}
RETURN p.email AS email, p.phone AS phone
LIMIT 1
