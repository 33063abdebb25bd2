"""Writes in batches: one managed transaction per batch, several at a time."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from typing import TypeVar

from neo4j import Driver, ManagedTransaction, Session

T = TypeVar("T")
R = TypeVar("R")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), taken as they come."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def write_batches(
    driver: Driver,
    database: str,
    work: Callable[[ManagedTransaction, Sequence[T]], R],
    batches: Iterable[Sequence[T]],
    writers: int = 1,
) -> list[R]:
    """``work`` on each batch in a write transaction of its own, ``writers`` at a time, each
    writer with a session of its own (a session is not safe to share between threads)."""
    if writers <= 1:
        with driver.session(database=database) as session:
            return [session.execute_write(work, batch) for batch in batches]
    local = threading.local()
    sessions: list[Session] = []
    lock = threading.Lock()

    def one(batch: Sequence[T]) -> R:
        session = getattr(local, "session", None)
        if session is None:
            session = local.session = driver.session(database=database)
            with lock:
                sessions.append(session)
        return session.execute_write(work, batch)

    results: list[R] = []
    try:
        with ThreadPoolExecutor(writers) as pool:
            # At most `writers` batches in flight: the next is taken (and a progress bar
            # advanced) when one is done.
            running: deque[Future[R]] = deque()
            for batch in batches:
                if len(running) == writers:
                    results.append(running.popleft().result())
                running.append(pool.submit(one, batch))
            results.extend(future.result() for future in running)
        return results
    finally:
        for session in sessions:
            session.close()
