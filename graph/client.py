"""One async driver per process, and the few ways the service talks to Neo4j.

Every call goes through ``execute_query`` (a managed transaction with retries, safe for
concurrent coroutines, unlike a shared session) with a transaction timeout, and maps driver
errors onto :mod:`graph.errors`.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, LiteralString

from neo4j import AsyncDriver, AsyncGraphDatabase, Query, RoutingControl
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.errors import DuplicateId, GraphError, GraphTimeout, GraphUnavailable
from graph.settings import DEFAULT_QUERY_TIMEOUT, Settings

Row = dict[str, Any]


@dataclass
class RoundTrips:
    """How many queries one request sent to Neo4j (to see N+1 patterns, not to bill)."""

    count: int = 0


_round_trips: ContextVar[RoundTrips | None] = ContextVar("clustergraph_round_trips", default=None)


def track_round_trips() -> RoundTrips:
    """Count the queries of the current task and the tasks it starts from now on.

    The service calls this once per request; the counter is shared by reference, so the
    tasks DataLoaders start (which copy the context) add to the same count.
    """
    counter = RoundTrips()
    _round_trips.set(counter)
    return counter


def open_driver(settings: Settings) -> AsyncDriver:
    """The process's driver. Short timeouts so a missing Neo4j is reported within seconds."""
    return AsyncGraphDatabase.driver(
        settings.uri,
        auth=(settings.user, settings.password),
        connection_timeout=3.0,
        connection_acquisition_timeout=5.0,
        max_transaction_retry_time=2.0,
        liveness_check_timeout=30.0,
        notifications_min_severity="OFF",
    )


class Graph:
    """Reads and writes against one database, with a per-transaction timeout."""

    def __init__(
        self, driver: AsyncDriver, database: str, timeout: float = DEFAULT_QUERY_TIMEOUT
    ) -> None:
        self.driver = driver
        self.database = database
        self.timeout = timeout

    async def read(
        self, cypher: LiteralString, params: Mapping[str, Any] | None = None
    ) -> list[Row]:
        """Run a read query (routed to readers in a cluster) and return its rows as dicts."""
        return await self._run(cypher, params, RoutingControl.READ)

    async def write(
        self, cypher: LiteralString, params: Mapping[str, Any] | None = None
    ) -> list[Row]:
        """Run a write query in a managed transaction and return its rows as dicts."""
        return await self._run(cypher, params, RoutingControl.WRITE)

    async def ping(self) -> None:
        """Raise :class:`GraphUnavailable` unless Neo4j answers a trivial query."""
        await self._run("RETURN 1 AS ok", None, RoutingControl.READ)

    async def _run(
        self, cypher: LiteralString, params: Mapping[str, Any] | None, routing: RoutingControl
    ) -> list[Row]:
        counter = _round_trips.get()
        if counter is not None:
            counter.count += 1
        try:
            result = await self.driver.execute_query(
                Query(cypher, timeout=self.timeout),
                dict(params or {}),
                database_=self.database,
                routing_=routing,
            )
        except Neo4jError as exc:
            raise map_error(exc) from exc
        except (DriverError, OSError) as exc:
            raise map_error(exc) from exc
        # dict(record), not record.data(): our queries return map projections and scalars,
        # never graph entities, so the recursive conversion of data() would be wasted work.
        return [dict(record) for record in result.records]


def map_error(exc: Exception) -> GraphError:
    """Translate a driver error into the project's hierarchy."""
    if isinstance(exc, ConstraintError):
        return DuplicateId(exc.message or "a node with this id already exists")
    if isinstance(exc, AuthError):
        return GraphUnavailable("the graph database refused the service's credentials")
    if isinstance(exc, ServiceUnavailable | SessionExpired | OSError):
        return GraphUnavailable("the graph database is unavailable; try again shortly")
    if isinstance(exc, TransientError | ClientError) and _is_timeout(exc.code or ""):
        return GraphTimeout("the query took too long and was stopped")
    if isinstance(exc, TransientError):
        return GraphUnavailable("the graph database is busy; try again shortly")
    return GraphError(str(exc))


def _is_timeout(code: str) -> bool:
    """Neo4j reports timeouts as ``...TransactionTimedOut...`` (5.x) or ``...Timeout...``."""
    return "TimedOut" in code or "Timeout" in code
