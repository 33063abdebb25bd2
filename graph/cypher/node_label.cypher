// The label that holds a node id, among the labels the API exposes as Node.
CALL {
  MATCH (n:Organization {id: $id}) RETURN 'Organization' AS label
  UNION
  MATCH (n:Cluster {id: $id}) RETURN 'Cluster' AS label
  UNION
  MATCH (n:Project {id: $id}) RETURN 'Project' AS label
  UNION
  MATCH (n:Topic {id: $id}) RETURN 'Topic' AS label
}
RETURN label
LIMIT 1
