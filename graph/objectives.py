"""Objectives that measure themselves, recomputed after every import.

An objective that names an indicator gets a computed measurement on 31 December of every
year from its ``since`` (default 1 January 2014) to its deadline, or to today while the
deadline is ahead: the indicator's value for its population from ``since`` to that day. An
objective of the initiative marked ``fromClusters`` gets, on every day one of its clusters
has a value of the same metric, the sum of each cluster's latest value up to that day.
Measurements people recorded are never touched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from neo4j import Driver

from graph.cypher import query
from graph.derived_clusters import refresh_clusters
from graph.indicators import BY_ID
from graph.repositories.indicators import Group, answer, statement

FIRST_DAY = dt.date(2014, 1, 1)


def checkpoints(since: dt.date, deadline: dt.date | None, today: dt.date) -> list[dt.date]:
    """31 December of each year from ``since`` to the deadline (or today, if sooner); the
    last one is that day itself when it is not a 31 December."""
    last = min(deadline, today) if deadline is not None else today
    days = [dt.date(year, 12, 31) for year in range(since.year, last.year + 1)]
    return [day for day in days if since <= day < last] + ([last] if since <= last else [])


def refresh_clusters_and_objectives(driver: Driver, database: str) -> None:
    """After projects or memberships changed: the clusters' stored figures, then every
    self-measuring objective (those summed from clusters read the figures)."""
    refresh_clusters(driver, database)
    refresh_objectives(driver, database)


def refresh_objectives(driver: Driver, database: str, today: dt.date | None = None) -> int:
    """Recompute every self-measuring objective; the number of objectives refreshed."""
    day = today or dt.date.today()
    refreshed = 0
    for objective in _read(driver, database, "objective_indicator_list"):
        _replace(
            driver, database, objective["id"], _indicator_points(driver, database, objective, day)
        )
        refreshed += 1
    for objective_id, rows in _by_objective(_read(driver, database, "objective_cluster_values")):
        _replace(driver, database, objective_id, sum_points(rows))
        refreshed += 1
    return refreshed


def _read(driver: Driver, database: str, name: str) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query(name), database_=database, routing_="r")
    return [dict(record) for record in records]


def _replace(
    driver: Driver, database: str, objective_id: str, points: list[dict[str, Any]]
) -> None:
    driver.execute_query(
        query("objective_replace_computed"),
        {"id": objective_id, "points": points},
        database_=database,
    )


def _indicator_points(
    driver: Driver, database: str, objective: dict[str, Any], today: dt.date
) -> list[dict[str, Any]]:
    indicator = BY_ID[objective["indicator"]]
    since = _date(objective["since"]) or FIRST_DAY
    deadline = _date(objective["deadline"])
    group = Group(objective["id"], tuple(objective["clusterIds"]))
    population = objective["population"]
    note = f"Computed from the data: {indicator.name.lower()} since {since.isoformat()}"
    points = []
    for day in checkpoints(since, deadline, today):
        cypher, params, wanted = statement([group], since, day, [population], [indicator.id])
        records, _, _ = driver.execute_query(cypher, params, database_=database, routing_="r")
        series = answer([dict(r) for r in records], [group], since, day, [population], wanted)
        total = series[group.key][0].total
        points.append({"date": day, "value": total, "illustrative": False, "note": note})
    return points


def _by_objective(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        grouped.setdefault(row["id"], []).append(row)
    return list(grouped.items())


def sum_points(rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """On every day a part (a cluster's objective) has a value, the sum of each part's latest
    value up to that day; illustrative when any value added is."""
    values = sorted(
        (_date(r["date"]), r["part"], r["value"], r["illustrative"]) for r in rows if r["part"]
    )
    latest: dict[str, tuple[float, bool]] = {}
    points: dict[dt.date, dict[str, Any]] = {}
    for day, part, value, illustrative in values:
        assert day is not None
        latest[part] = (value, illustrative)
        points[day] = {
            "date": day,
            "value": sum(v for v, _ in latest.values()),
            "illustrative": any(i for _, i in latest.values()),
            "note": f"Sum of the values of {len(latest)} clusters",
        }
    return list(points.values())


def _date(value: Any) -> dt.date | None:
    """A Neo4j date as a Python date (None stays None)."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    converted: dt.date = value.to_native()
    return converted
