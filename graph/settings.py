"""Connection settings, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_PASSWORD = "clustergraph-dev"  # noqa: S105  (development default, see README)


@dataclass(frozen=True)
class Settings:
    """Where the graph lives. ``NEO4J_URI`` unset means the local Neo4j started by ``make``."""

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = DEFAULT_PASSWORD
    database: str = "neo4j"

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            uri=os.environ.get("NEO4J_URI") or DEFAULT_URI,
            user=os.environ.get("NEO4J_USER") or "neo4j",
            password=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
            database=os.environ.get("NEO4J_DATABASE") or "neo4j",
        )
