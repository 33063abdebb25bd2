"""Indicators of clusters (or groups of clusters) per year and for a whole period: one query
for every group, population and indicator asked (``graph.indicators``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, LiteralString

from graph.client import Graph, Row
from graph.errors import BadArgument
from graph.indicators import BY_ID, CATALOGUE, POPULATIONS, combined, queries_for
from graph.values import MAX_YEAR, MIN_YEAR

MAX_YEARS = 50
MAX_GROUPS = 100


@dataclass(frozen=True)
class Group:
    """Clusters whose populations are counted together under ``key`` (one cluster, or every
    cluster of an initiative)."""

    key: str
    cluster_ids: tuple[str, ...]


@dataclass(frozen=True)
class YearValue:
    """An indicator's value in one year; ``partial`` when the period cuts the year or the
    year is not over yet."""

    year: int
    value: float
    partial: bool


@dataclass(frozen=True)
class Series:
    """One indicator of one population of a group over a period."""

    indicator: str
    population: str
    total: float
    years: tuple[YearValue, ...]


def check_period(start: dt.date, end: dt.date) -> None:
    """Refuse a period that ends before it starts, spans more than :data:`MAX_YEARS` years or
    lies outside :data:`MIN_YEAR` to :data:`MAX_YEAR` (1800 gave a table of zeros)."""
    for name, day in (("from", start), ("to", end)):
        if not MIN_YEAR <= day.year <= MAX_YEAR:
            raise BadArgument(name, f"must be between {MIN_YEAR} and {MAX_YEAR}, got {day.year}")
    if end < start:
        raise BadArgument("to", f"must not be before from ({start.isoformat()})")
    if end.year - start.year + 1 > MAX_YEARS:
        raise BadArgument("to", f"the period spans more than {MAX_YEARS} years")


def check_choice(ids: Sequence[str], populations: Sequence[str]) -> None:
    """Refuse unknown indicators and populations (the schema's enums keep them known)."""
    for population in populations:
        if population not in POPULATIONS:
            raise BadArgument(
                "populations",
                f"{population} is not a population: use MEMBER or ACTIVE_IN_DOMAIN "
                "(a former member counts in the years it was a member)",
            )
    for indicator in ids:
        if indicator not in BY_ID:
            raise BadArgument("indicators", f"unknown indicator {indicator}")


def statement(
    groups: Sequence[Group],
    start: dt.date,
    end: dt.date,
    populations: Sequence[str],
    ids: Sequence[str],
) -> tuple[LiteralString, dict[str, Any], list[str]]:
    """The query and parameters for these groups, period, populations and indicators (all
    of them when ``ids`` is empty), and the indicators it computes in catalogue order."""
    check_period(start, end)
    check_choice(ids, populations)
    if len(groups) > MAX_GROUPS:
        raise BadArgument("clusters", f"at most {MAX_GROUPS} at once")
    wanted = [i.id for i in CATALOGUE if not ids or i.id in ids]
    params = {
        "groups": [{"key": g.key, "clusterIds": list(g.cluster_ids)} for g in groups],
        "populations": list(populations),
        "from": start,
        "to": end,
    }
    return combined(queries_for(wanted)), params, wanted


async def read(
    graph: Graph,
    groups: Sequence[Group],
    start: dt.date,
    end: dt.date,
    populations: Sequence[str] = POPULATIONS,
    ids: Sequence[str] = (),
) -> dict[str, list[Series]]:
    """Per group key, a series per indicator (catalogue order) and population (as asked)."""
    cypher, params, wanted = statement(groups, start, end, populations, ids)
    if not groups or not populations:
        return {group.key: [] for group in groups}
    rows = await graph.read(cypher, params)
    return answer(rows, groups, start, end, populations, wanted)


def answer(
    rows: Sequence[Row],
    groups: Sequence[Group],
    start: dt.date,
    end: dt.date,
    populations: Sequence[str],
    wanted: Sequence[str],
) -> dict[str, list[Series]]:
    """The query's rows as series, every year of the period present (0 when no row)."""
    values: dict[tuple[str, str, str], dict[int | None, float]] = {}
    for row in rows:
        found = values.setdefault((row["key"], row["population"], row["indicator"]), {})
        found[row["year"]] = row["value"]
    return {
        group.key: [
            _series(
                indicator,
                population,
                values.get((group.key, population, indicator), {}),
                start,
                end,
            )
            for indicator in wanted
            for population in populations
        ]
        for group in groups
    }


def _series(
    indicator: str,
    population: str,
    values: dict[int | None, float],
    start: dt.date,
    end: dt.date,
) -> Series:
    today = dt.date.today()
    years = tuple(
        YearValue(
            year,
            values.get(year, 0.0),
            start > dt.date(year, 1, 1) or end < dt.date(year, 12, 31) or today.year <= year,
        )
        for year in range(start.year, end.year + 1)
    )
    return Series(indicator, population, values.get(None, 0.0), years)
