"""Indicators of clusters and of the initiative: one query per request for every cluster
that asks the same period, populations and indicators (a DataLoader per request)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import strawberry

from graph.indicators import POPULATIONS
from graph.repositories import indicators as repo
from graph.repositories.indicators import Group, Series
from resolvers.context import Context

FIRST_YEAR = 2014  # Horizon 2020, the oldest data, starts in 2014


@dataclass(frozen=True)
class Ask:
    """One group's indicators over a period, for some populations and indicators."""

    group: Group
    start: dt.date
    end: dt.date
    populations: tuple[str, ...]
    ids: tuple[str, ...]


def default_period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """The period asked; by default from 1 January 2014 to the end of the current year."""
    return (
        start or dt.date(FIRST_YEAR, 1, 1),
        end or dt.date(dt.date.today().year, 12, 31),
    )


async def for_group(
    info: strawberry.Info[Context],
    group: Group,
    period: tuple[dt.date | None, dt.date | None],
    populations: Sequence[str] | None,
    ids: Sequence[str] | None,
) -> list[Series]:
    """The series of ``group`` (batched with the other groups the request asks the same for)."""
    start, end = default_period(*period)
    asked = tuple(populations) if populations is not None else POPULATIONS
    repo.check_period(start, end)
    repo.check_choice(tuple(ids or ()), asked)
    ask = Ask(group, start, end, asked, tuple(ids or ()))
    return await info.context.loader("indicators", _load).load(ask)


async def _load(context: Context, asks: list[Ask]) -> list[list[Series]]:
    answers: dict[Ask, list[Series]] = {}
    batches: dict[tuple[dt.date, dt.date, tuple[str, ...], tuple[str, ...]], list[Ask]] = {}
    for ask in asks:
        batches.setdefault((ask.start, ask.end, ask.populations, ask.ids), []).append(ask)
    for (start, end, populations, ids), batch in batches.items():
        groups = list(dict.fromkeys(ask.group for ask in batch))
        found: dict[str, list[Series]] = {}
        for first in range(0, len(groups), repo.MAX_GROUPS):
            chunk = groups[first : first + repo.MAX_GROUPS]
            found.update(await repo.read(context.graph, chunk, start, end, populations, ids))
        for ask in batch:
            answers[ask] = found[ask.group.key]
    return [answers[ask] for ask in asks]
