"""Access to the Neo4j graph: settings, driver lifecycle, schema, Cypher and repositories."""
