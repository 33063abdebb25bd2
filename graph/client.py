"""The async drivers of a process, and the few ways the service talks to Neo4j.

An async driver belongs to the event loop that first uses it; the service has two loops
(``server.py``) and so two drivers, which share one :class:`SharedBookmarks`. Every call goes
through ``execute_query`` (a managed transaction with retries, safe for concurrent
coroutines, unlike a shared session) with a transaction timeout, and maps driver errors onto
:mod:`graph.errors`. Within a request (:func:`start_request`), the timeout of each
transaction is also cut to the time left before the request's deadline.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Collection, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, LiteralString

from neo4j import AsyncDriver, AsyncGraphDatabase, Query, RoutingControl
from neo4j.api import AsyncBookmarkManager
from neo4j.exceptions import (
    AuthError,
    ClientError,
    ConnectionAcquisitionTimeoutError,
    ConstraintError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph.errors import BadArgument, DuplicateId, GraphError, GraphTimeout, GraphUnavailable
from graph.settings import DEFAULT_QUERY_TIMEOUT, Settings

Row = dict[str, Any]
# The HTTP header that carries bookmarks between a client and the service (server.py).
BOOKMARKS_HEADER = "x-graph-bookmarks"


# A transaction with less time left than this is not started (Neo4j takes 0 as "no timeout").
MIN_TIMEOUT = 0.001


@dataclass
class RequestBudget:
    """One request's use of Neo4j: the queries it sent (to see N+1 patterns, not to bill) and
    the moment (``time.monotonic()``) by which all of its transactions must have ended."""

    deadline: float = math.inf
    round_trips: int = 0
    # Bookmarks the client sent (writes it made through another process, to be read back)
    # and those of this request's last write (for the client to send on).
    given: frozenset[str] = frozenset()
    written: frozenset[str] = frozenset()

    def time_left(self) -> float:
        """Seconds until the deadline."""
        return self.deadline - time.monotonic()


_budget: ContextVar[RequestBudget | None] = ContextVar("clustergraph_budget", default=None)


def start_request(deadline: float | None = None, bookmarks: Collection[str] = ()) -> RequestBudget:
    """Count the queries of the current task, and of the tasks it starts from now on, and
    give them all ``deadline`` seconds from now; their transactions start after the writes
    ``bookmarks`` name (see :class:`RequestBookmarks`).

    The service calls this once per request; the budget is shared by reference, so tasks the
    request starts (which copy the context) add to the same count and share the deadline.
    """
    budget = RequestBudget(
        math.inf if deadline is None else time.monotonic() + deadline, given=frozenset(bookmarks)
    )
    _budget.set(budget)
    return budget


def request_deadline() -> float:
    """The current request's deadline (``time.monotonic()``), infinity outside a request:
    for work done outside Neo4j (a computation in a thread) to stop when its request ends."""
    budget = _budget.get()
    return budget.deadline if budget is not None else math.inf


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


class SharedBookmarks(AsyncBookmarkManager):
    """The bookmarks of a process's transactions, for all of its drivers.

    In a Neo4j cluster, a transaction started with them sees every write the process made
    before, whichever of its drivers (and event loops) made it. Safe across threads.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._bookmarks: frozenset[str] = frozenset()

    async def update_bookmarks(self, previous: Collection[str], new: Collection[str]) -> None:
        """After a transaction: its bookmarks replace those it started with."""
        if not new:
            return
        with self._lock:
            self._bookmarks = self._bookmarks.difference(previous).union(new)

    async def get_bookmarks(self) -> Collection[str]:
        """The bookmarks to start the next transaction with."""
        return self._bookmarks


class RequestBookmarks(AsyncBookmarkManager):
    """The process's bookmarks plus those one request brought, and the request's writes noted.

    A client that wrote through one service process and reads through another (replicas
    behind a load balancer, in front of a Neo4j cluster) sends the bookmarks its write
    returned (``x-graph-bookmarks``); its reads then wait for that write wherever they run.
    """

    def __init__(self, shared: AsyncBookmarkManager, budget: RequestBudget, write: bool) -> None:
        self.shared = shared
        self.budget = budget
        self.write = write

    async def update_bookmarks(self, previous: Collection[str], new: Collection[str]) -> None:
        await self.shared.update_bookmarks(previous, new)
        if self.write and new:
            self.budget.written = frozenset(new)

    async def get_bookmarks(self) -> Collection[str]:
        return set(await self.shared.get_bookmarks()) | self.budget.given


class Graph:
    """Reads and writes against one database, with a per-transaction timeout.

    ``bookmarks``: shared by the graphs of one process (see :class:`SharedBookmarks`); by
    default the driver's own.
    """

    def __init__(
        self,
        driver: AsyncDriver,
        database: str,
        timeout: float = DEFAULT_QUERY_TIMEOUT,
        bookmarks: AsyncBookmarkManager | None = None,
    ) -> None:
        self.driver = driver
        self.database = database
        self.timeout = timeout
        self.bookmarks = bookmarks or driver.execute_query_bookmark_manager

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
        timeout = self.timeout
        budget = _budget.get()
        if budget is not None:
            budget.round_trips += 1
            timeout = min(timeout, budget.time_left())
            if timeout < MIN_TIMEOUT:
                raise GraphTimeout("the request took too long and was stopped")
        bookmarks = self.bookmarks
        if budget is not None and (budget.given or routing == RoutingControl.WRITE):
            bookmarks = RequestBookmarks(bookmarks, budget, routing == RoutingControl.WRITE)
        try:
            result = await self.driver.execute_query(
                Query(cypher, timeout=timeout),
                dict(params or {}),
                database_=self.database,
                routing_=routing,
                bookmark_manager_=bookmarks,
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
    if isinstance(exc, ConnectionAcquisitionTimeoutError):
        # every connection of the pool is in use: the service is overloaded, not broken
        return GraphUnavailable("the service is busy; try again shortly")
    if "InvalidBookmark" in (getattr(exc, "code", None) or ""):
        return BadArgument(BOOKMARKS_HEADER, "a bookmark this database did not issue")
    if isinstance(exc, TransientError | ClientError) and _is_timeout(exc.code or ""):
        return GraphTimeout("the query took too long and was stopped")
    if isinstance(exc, TransientError):
        return GraphUnavailable("the graph database is busy; try again shortly")
    return GraphError(str(exc))


def _is_timeout(code: str) -> bool:
    """Neo4j reports timeouts as ``...TransactionTimedOut...`` (5.x) or ``...Timeout...``."""
    return "TimedOut" in code or "Timeout" in code
