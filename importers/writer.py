"""Batched writes: ``UNWIND $rows`` in managed transactions, with optional progress bars."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, LiteralString, TypeVar

from neo4j import Driver, ManagedTransaction
from rich.console import Console
from rich.progress import Progress

from graph.batches import write_batches

BATCH_SIZE = 10_000

Row = dict[str, Any]
T = TypeVar("T")

_EXISTING_IDS: dict[str, LiteralString] = {
    label: f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN collect(n.id) AS ids"
    for label in (
        "Organization",
        "Cluster",
        "Initiative",
        "Project",
        "Topic",
        "Person",
        "Objective",
    )
}


@dataclass
class Written:
    """How many nodes and relationships a series of batches created."""

    nodes: int = 0
    relationships: int = 0


class Reporter:
    """Progress bars on the terminal, or nothing when made without a ``Progress``."""

    def __init__(self, progress: Progress | None) -> None:
        self._progress = progress

    def batches(self, label: str, rows: Sequence[T], size: int) -> Iterator[Sequence[T]]:
        """``rows`` cut in slices of ``size``, advancing a bar named ``label``."""
        advance = self.bar(label, len(rows))
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            yield batch
            advance(len(batch))

    def bar(self, label: str, total: int) -> Callable[[int], None]:
        """A bar named ``label`` for ``total`` items, and the function that advances it."""
        progress = self._progress
        if progress is None:
            return lambda done: None
        task = progress.add_task(label, total=total)
        return lambda done: progress.advance(task, done)


@contextmanager
def reporter(enabled: bool) -> Iterator[Reporter]:
    """A :class:`Reporter` that shows rich progress bars while the block runs, if enabled."""
    if not enabled:
        yield Reporter(None)
        return
    # Progress goes to stderr, so that a command's own output (e.g. --json) stays clean.
    with Progress(console=Console(stderr=True), transient=False) as progress:
        yield Reporter(progress)


def _run(tx: ManagedTransaction, rows: Sequence[Row], query: LiteralString) -> Written:
    counters = tx.run(query, rows=list(rows)).consume().counters
    return Written(counters.nodes_created, counters.relationships_created)


def write_rows(
    driver: Driver,
    database: str,
    query: LiteralString,
    rows: Sequence[Row],
    out: Reporter,
    label: str,
    size: int = BATCH_SIZE,
    writers: int = 1,
) -> Written:
    """Run ``query`` (which reads ``$rows``) over ``rows`` in batches, one transaction each,
    ``writers`` transactions at a time (only for rows that touch disjoint nodes, such as
    one row per node: concurrent transactions on shared nodes wait for each other)."""
    total = Written()
    for written in write_batches(
        driver,
        database,
        functools.partial(_run, query=query),
        out.batches(label, rows, size),
        writers,
    ):
        total.nodes += written.nodes
        total.relationships += written.relationships
    return total


def existing_ids(driver: Driver, database: str, label: str, ids: Iterable[str]) -> set[str]:
    """The subset of ``ids`` that a node with ``label`` already has in the graph."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    # One row holding the ids: the driver reads 50,000 rows in about 1.6 s, one list of
    # them in under 0.1 s.
    records, _, _ = driver.execute_query(
        _EXISTING_IDS[label], ids=wanted, database_=database, routing_="r"
    )
    return set(records[0]["ids"])
