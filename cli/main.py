"""The ``clustergraph`` command: import data into the graph and show its totals.

Add commands to ``app`` (or a sub-app with ``app.add_typer``); connect with
:func:`connect`, which turns an unreachable Neo4j or refused credentials into a message and
exit code 1 instead of a traceback.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable
from rich.console import Console
from rich.table import Table

from cli import suggest as suggest_cli
from cli.apikey import apikey_app
from graph.settings import Settings
from importers.bundle import import_bundle
from importers.cordis import CordisFormatError, import_cordis
from importers.demo import BUNDLE_DIR, DemoDataError, load_demo
from importers.report import ImportReport, graph_stats

EXIT_UNAVAILABLE = 1
EXIT_REJECTED = 2

app = typer.Typer(help="clustergraph: the innovation-cluster graph on Neo4j.", no_args_is_help=True)
import_app = typer.Typer(help="Import data into the graph.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(apikey_app, name="apikey")

console = Console()
errors = Console(stderr=True)

UntilOption = Annotated[
    datetime.datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="Keep only projects that start before this date."),
]


@contextmanager
def connect() -> Iterator[tuple[Driver, str]]:
    """A driver for the graph named by the environment (``NEO4J_URI`` ...), and its database.

    Exits with code 1 and a plain message when Neo4j does not answer or refuses the login.
    """
    settings = Settings.from_env()
    with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
        try:
            driver.verify_connectivity()
        except AuthError as exc:
            errors.print(f"[red]Neo4j at {settings.uri} refused the login:[/red] {exc.message}")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        except (ServiceUnavailable, OSError) as exc:
            errors.print(f"[red]Neo4j at {settings.uri} is not reachable:[/red] {exc}")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        yield driver, settings.database


def finish(report: ImportReport) -> None:
    """Print the summary and the rejected rows; exit 2 when any row was rejected."""
    console.print(report.table())
    if not report.ok:
        console.print(report.rejections_table())
        raise typer.Exit(EXIT_REJECTED)


def _day(value: datetime.datetime | None) -> datetime.date | None:
    return value.date() if value is not None else None


@import_app.command("bundle")
def import_bundle_command(
    directory: Annotated[Path, typer.Argument(exists=True, file_okay=False, help="Bundle folder.")],
    until: UntilOption = None,
) -> None:
    """Import a bundle folder of CSV files (see docs/bundle-format.md)."""
    with connect() as (driver, database):
        report = import_bundle(driver, database, directory, until=_day(until), progress=True)
    finish(report)


@import_app.command("cordis")
def import_cordis_command(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="CORDIS files.")],
    until: UntilOption = None,
    with_country: Annotated[
        str | None,
        typer.Option(help="Keep only projects with a participant of this country (e.g. LU)."),
    ] = None,
) -> None:
    """Import CORDIS H2020 files, recognised by their header (see docs/cordis-import.md)."""
    with connect() as (driver, database):
        try:
            report = import_cordis(
                driver,
                database,
                files,
                until=_day(until),
                with_country=with_country,
                progress=True,
            )
        except CordisFormatError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(EXIT_REJECTED) from None
    finish(report)


@app.command("demo")
def demo_command() -> None:
    """Load the Luxembourg demo network (docs/demo-network.md); running it again changes nothing.

    Rows rejected from the shared CORDIS files are listed but do not fail the command (the
    source has a few defects, e.g. a name row without a PIC); a rejected row of the demo's
    own bundle does (exit 2).
    """
    with connect() as (driver, database):
        try:
            report = load_demo(driver, database, progress=True)
        except DemoDataError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
    console.print(report.table())
    if report.rejections:
        console.print(report.rejections_table())
    own = [r for r in report.rejections if r.file.startswith(f"{BUNDLE_DIR.name}/")]
    if own:
        raise typer.Exit(EXIT_REJECTED)


@app.command("stats")
def stats_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Node counts by label and relationship counts by type."""
    with connect() as (driver, database):
        stats = graph_stats(driver, database)
    if as_json:
        typer.echo(json.dumps(stats, indent=2, sort_keys=True))
        return
    for title, counts in (("Nodes", stats["nodes"]), ("Relationships", stats["relationships"])):
        table = Table(title=title)
        table.add_column("name")
        table.add_column("count", justify="right")
        for name, count in sorted(counts.items()):
            table.add_row(name, f"{count:,}")
        console.print(table)


@app.command("schema")
def schema_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the SDL.")] = Path(
        "schema.graphql"
    ),
) -> None:
    """Write the GraphQL schema (SDL) to ./schema.graphql; commit the file with the code."""
    from schema.export import write  # the schema is only built when this command runs

    console.print(f"wrote {write(output)}")


# Partner suggestions (cli/suggest.py).
app.command("suggest")(suggest_cli.suggest_command)
app.command("evaluate")(suggest_cli.evaluate_command)
