"""``clustergraph indicators CLUSTER``: a cluster's indicators per year, as a table or CSV."""

from __future__ import annotations

import asyncio
import csv
import datetime
import sys
from typing import Annotated

import typer
from neo4j import AsyncGraphDatabase
from rich.console import Console
from rich.table import Table

from graph.client import Graph
from graph.errors import BadArgument, GraphError
from graph.indicators import BY_ID, POPULATIONS
from graph.repositories import indicators as repo
from graph.repositories import reads
from graph.repositories.indicators import Group, Series
from graph.select import Compiler, Selection
from graph.settings import Settings
from graph.shapes import INTERFACES, SHAPES

EXIT_UNAVAILABLE = 1
EXIT_BAD_INPUT = 2
NAME = Selection("cluster", "root", {}, {"Cluster": (Selection("name", "name"),)})
POPULATION_WORDS = {"MEMBER": "members", "ACTIVE_IN_DOMAIN": "active in the domain"}


async def _read(
    settings: Settings, cluster_id: str, start: datetime.date, end: datetime.date
) -> tuple[str, list[Series]] | None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password), notifications_min_severity="OFF"
    ) as driver:
        graph = Graph(driver, settings.database, timeout=60.0)
        cluster = await reads.one(graph, Compiler(SHAPES, INTERFACES), "Cluster", cluster_id, NAME)
        if cluster is None:
            return None
        found = await repo.read(graph, [Group(cluster_id, (cluster_id,))], start, end, POPULATIONS)
        return str(cluster["name"]), found[cluster_id]


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def _write_csv(series: list[Series], years: list[int]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["indicator", "name", "population", "unit", "planArea", *years, "total"])
    for found in series:
        indicator = BY_ID[found.indicator]
        values = [_number(y.value) for y in found.years]
        writer.writerow(
            [
                found.indicator,
                indicator.name,
                found.population,
                indicator.unit,
                indicator.plan_area,
                *values,
                _number(found.total),
            ]
        )


def _print_table(name: str, series: list[Series], years: list[int]) -> None:
    table = Table(title=f"{name}: indicators by year (* partial year)")
    for column in ("indicator", "whose", "unit"):
        table.add_column(column)
    partial = {y.year for s in series for y in s.years if y.partial}
    for year in years:
        table.add_column(f"{year}*" if year in partial else str(year), justify="right")
    table.add_column("period", justify="right")
    for found in series:
        indicator = BY_ID[found.indicator]
        table.add_row(
            indicator.name,
            POPULATION_WORDS[found.population],
            indicator.unit,
            *[_number(y.value) for y in found.years],
            _number(found.total),
        )
    Console(width=max(120, 40 + 8 * len(years))).print(table)


def indicators_command(
    cluster: Annotated[str, typer.Argument(help="The cluster's id, e.g. lci-automotive.")],
    from_: Annotated[
        datetime.datetime | None,
        typer.Option("--from", formats=["%Y-%m-%d"], help="First day (default 2014-01-01)."),
    ] = None,
    to: Annotated[
        datetime.datetime | None,
        typer.Option(formats=["%Y-%m-%d"], help="Last day (default 31 December this year)."),
    ] = None,
    as_csv: Annotated[
        bool, typer.Option("--csv", help="Print CSV: one line per indicator and population.")
    ] = False,
) -> None:
    """A cluster's indicators of the five-point plan per year (docs/indicators.md), for its
    members and for the organisations active in its domain, apart."""
    start = from_.date() if from_ else datetime.date(2014, 1, 1)
    end = to.date() if to else datetime.date(datetime.date.today().year, 12, 31)
    settings = Settings.from_env()
    errors = Console(stderr=True)
    try:
        found = asyncio.run(_read(settings, cluster, start, end))
    except BadArgument as exc:
        errors.print(f"[red]{exc}[/red]".replace("to:", "--to:"))
        raise typer.Exit(EXIT_BAD_INPUT) from None
    except GraphError as exc:
        errors.print(f"[red]Neo4j at {settings.uri}, database {settings.database}:[/red] {exc}")
        raise typer.Exit(EXIT_UNAVAILABLE) from None
    if found is None:
        errors.print(f"[red]No cluster with id {cluster!r}.[/red]")
        raise typer.Exit(EXIT_BAD_INPUT)
    name, series = found
    years = list(range(start.year, end.year + 1))
    if as_csv:
        _write_csv(series, years)
    else:
        _print_table(name, series, years)
