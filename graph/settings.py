"""Connection settings, read from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_URI = "bolt://127.0.0.1:7687"
DEFAULT_PASSWORD = "clustergraph-dev"  # noqa: S105  (development default, see README)
DEFAULT_QUERY_TIMEOUT = 10.0
DEFAULT_REQUEST_DEADLINE = 10.0


@dataclass(frozen=True)
class Settings:
    """Where the graph lives. ``NEO4J_URI`` unset means the local Neo4j started by ``make``.

    ``query_timeout`` (``CLUSTERGRAPH_QUERY_TIMEOUT``, seconds) bounds every transaction;
    ``request_deadline`` (``CLUSTERGRAPH_REQUEST_DEADLINE``, seconds) bounds all the
    transactions of one request together.
    """

    uri: str = DEFAULT_URI
    user: str = "neo4j"
    password: str = DEFAULT_PASSWORD
    database: str = "neo4j"
    query_timeout: float = DEFAULT_QUERY_TIMEOUT
    request_deadline: float = DEFAULT_REQUEST_DEADLINE

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            uri=os.environ.get("NEO4J_URI") or DEFAULT_URI,
            user=os.environ.get("NEO4J_USER") or "neo4j",
            password=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
            database=os.environ.get("NEO4J_DATABASE") or "neo4j",
            query_timeout=_seconds("CLUSTERGRAPH_QUERY_TIMEOUT", DEFAULT_QUERY_TIMEOUT),
            request_deadline=_seconds("CLUSTERGRAPH_REQUEST_DEADLINE", DEFAULT_REQUEST_DEADLINE),
        )


def _seconds(name: str, default: float) -> float:
    """A positive number of seconds from the environment variable ``name``."""
    text = os.environ.get(name)
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, got {text!r}") from None
    if value <= 0:
        raise ValueError(f"{name} must be positive, got {text!r}")
    return value
