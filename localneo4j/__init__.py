"""Start and stop a local Neo4j 5.26 Community instance without Docker.

The jars come from Maven Central through ``mvn`` (see ``pom.xml`` beside this file) into the
ignored folder ``.neo4j/``. Each instance has its own home folder and Bolt port, so the demo
database, the test database and the evaluation database never touch each other.
"""

from localneo4j.instance import Instance, LocalNeo4jError, ensure_built

__all__ = ["Instance", "LocalNeo4jError", "ensure_built"]
