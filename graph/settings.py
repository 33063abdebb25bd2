"""Connection settings, read from the environment.

Where the graph lives is decided here and only here: ``NEO4J_URI`` when it is set, otherwise
the local Neo4j that ``make`` starts, on ``NEO4J_LOCAL_PORT`` (default 7687). The service,
the ``clustergraph`` command and ``python -m localneo4j`` all read it through this module, so
``NEO4J_LOCAL_PORT=7821 make run`` starts, loads and serves one instance.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_LOCAL_PORT = 7687
DEFAULT_PASSWORD = "clustergraph-dev"  # noqa: S105  (development default, see README)
DEFAULT_QUERY_TIMEOUT = 10.0
DEFAULT_REQUEST_DEADLINE = 20.0  # a few transactions, none longer than the timeout
_FALSE = {"0", "false", "no", "off"}
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class Settings:
    """Where the graph lives. ``NEO4J_URI`` unset means the local Neo4j started by ``make``
    (:func:`local_uri`).

    ``query_timeout`` (``CLUSTERGRAPH_QUERY_TIMEOUT``, seconds) bounds every transaction;
    ``request_deadline`` (``CLUSTERGRAPH_REQUEST_DEADLINE``, seconds) bounds all the
    transactions of one request together. ``warm_up`` (``CLUSTERGRAPH_WARM_UP``, default
    true): the service asks its heaviest operations once when it starts (:mod:`warm_up`).
    """

    uri: str = f"bolt://127.0.0.1:{DEFAULT_LOCAL_PORT}"
    user: str = "neo4j"
    password: str = DEFAULT_PASSWORD
    database: str = "neo4j"
    query_timeout: float = DEFAULT_QUERY_TIMEOUT
    request_deadline: float = DEFAULT_REQUEST_DEADLINE
    warm_up: bool = True

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            uri=os.environ.get("NEO4J_URI") or local_uri(),
            user=os.environ.get("NEO4J_USER") or "neo4j",
            password=os.environ.get("NEO4J_PASSWORD") or DEFAULT_PASSWORD,
            database=os.environ.get("NEO4J_DATABASE") or "neo4j",
            query_timeout=_seconds("CLUSTERGRAPH_QUERY_TIMEOUT", DEFAULT_QUERY_TIMEOUT),
            request_deadline=_seconds("CLUSTERGRAPH_REQUEST_DEADLINE", DEFAULT_REQUEST_DEADLINE),
            warm_up=env_flag("CLUSTERGRAPH_WARM_UP", True),
        )


def local_port() -> int:
    """The Bolt port of the local Neo4j: ``NEO4J_LOCAL_PORT``, 7687 by default."""
    text = os.environ.get("NEO4J_LOCAL_PORT")
    if not text:
        return DEFAULT_LOCAL_PORT
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ValueError(f"NEO4J_LOCAL_PORT must be a port number, got {text!r}")
    return int(text)


def local_uri() -> str:
    """The Bolt URI of the local Neo4j (on 127.0.0.1, :func:`local_port`)."""
    return f"bolt://127.0.0.1:{local_port()}"


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


def env_flag(name: str, default: bool) -> bool:
    """A yes/no setting from the environment variable ``name`` (true/false, 1/0, yes/no,
    on/off); ``default`` when it is unset."""
    text = (os.environ.get(name) or "").strip().lower()
    if not text:
        return default
    if text not in _TRUE | _FALSE:
        raise ValueError(f"{name} must be true or false, got {text!r}")
    return text in _TRUE
