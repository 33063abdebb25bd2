"""Where a cluster's organisations and their foreign partners are (Cluster.geography): one
query per request for every cluster asked with the same period and populations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import strawberry

from graph.indicators import POPULATIONS
from graph.repositories import geography as repo
from graph.repositories.geography import Geography
from graph.repositories.indicators import check_choice, check_period
from resolvers.context import Context
from resolvers.indicators import default_period


@dataclass(frozen=True)
class Ask:
    """One cluster's geography over a period, for some populations."""

    cluster_id: str
    start: dt.date
    end: dt.date
    populations: tuple[str, ...]


async def for_cluster(
    info: strawberry.Info[Context],
    cluster_id: str,
    period: tuple[dt.date | None, dt.date | None],
    populations: Sequence[str] | None,
) -> list[Geography]:
    """The geography of ``cluster_id`` per population (batched with the request's other
    clusters asked for the same period and populations)."""
    start, end = default_period(*period)
    asked = tuple(populations) if populations is not None else POPULATIONS
    check_period(start, end)
    check_choice((), asked)
    return await info.context.loader("geography", _load).load(Ask(cluster_id, start, end, asked))


async def _load(context: Context, asks: list[Ask]) -> list[list[Geography]]:
    answers: dict[Ask, list[Geography]] = {}
    batches: dict[tuple[dt.date, dt.date, tuple[str, ...]], list[Ask]] = {}
    for ask in asks:
        batches.setdefault((ask.start, ask.end, ask.populations), []).append(ask)
    for (start, end, populations), batch in batches.items():
        ids = list(dict.fromkeys(ask.cluster_id for ask in batch))
        found: dict[str, list[Geography]] = {}
        for first in range(0, len(ids), repo.MAX_CLUSTERS):
            chunk = ids[first : first + repo.MAX_CLUSTERS]
            found.update(await repo.read(context.graph, chunk, start, end, populations))
        for ask in batch:
            answers[ask] = found[ask.cluster_id]
    return [answers[ask] for ask in asks]
