"""The ``clustergraph`` command: import data into the graph and show its totals.

Add commands to ``app`` (or a sub-app with ``app.add_typer``); connect with
:func:`connect`, which turns an unreachable Neo4j or refused credentials into a message and
exit code 1 instead of a traceback.
"""

from __future__ import annotations

import datetime
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from neo4j import Driver, GraphDatabase
from neo4j.exceptions import (
    AuthError,
    DriverError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from cli import indicators as indicators_cli
from cli import suggest as suggest_cli
from cli.apikey import apikey_app
from graph.derived import refresh_derived
from graph.objectives import refresh_clusters_and_objectives
from graph.settings import Settings
from graph.values import InvalidValue, country_code
from importers.bundle import import_bundle
from importers.cordis import CordisFormatError, import_cordis
from importers.demo import DemoDataError, load_demo
from importers.export import ExportError, export_bundle
from importers.report import ImportReport, graph_stats

EXIT_UNAVAILABLE = 1
EXIT_REJECTED = 2

app = typer.Typer(help="clustergraph: the innovation-cluster graph on Neo4j.", no_args_is_help=True)
import_app = typer.Typer(help="Import data into the graph.", no_args_is_help=True)
app.add_typer(import_app, name="import")
app.add_typer(apikey_app, name="apikey")

console = Console()
errors = Console(stderr=True)
# The driver logs each connection it drops when Neo4j goes away; a command reports that
# failure itself, in one message (see connect).
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False

UntilOption = Annotated[
    datetime.datetime | None,
    typer.Option(formats=["%Y-%m-%d"], help="Keep only projects that start before this date."),
]


@contextmanager
def connect() -> Iterator[tuple[Driver, str]]:
    """A driver for the graph named by the environment (``NEO4J_URI`` ...), and its database.

    Exits with code 1 and a plain message when Neo4j does not answer or refuses the login;
    when it stops answering while the command works, or gives up on a query (out of memory,
    a lock), what was written stays, and every import merges on stable ids, so running it
    again completes it; when it refuses a query (a database that does not exist, a
    constraint), the message gives its reason and code.
    """
    settings = Settings.from_env()
    with GraphDatabase.driver(
        settings.uri,
        auth=(settings.user, settings.password),
        notifications_min_severity="OFF",
        max_transaction_retry_time=10.0,  # a stopped Neo4j is reported in ~20 s, not a minute
    ) as driver:
        try:
            driver.verify_connectivity()
        except AuthError as exc:
            errors.print(f"[red]Neo4j at {settings.uri} refused the login:[/red] {exc.message}")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        except (ServiceUnavailable, OSError) as exc:
            errors.print(f"[red]Neo4j at {settings.uri} is not reachable:[/red] {exc}")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        try:
            yield driver, settings.database
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            errors.print(
                f"[red]Neo4j at {settings.uri} stopped answering:[/red] {_reason(exc)}\n"
                "What was written is kept; run the same command again to complete it."
            )
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        except TransientError as exc:  # out of memory, a lock held too long, a busy database
            errors.print(
                f"[red]Neo4j at {settings.uri} gave up on a query:[/red] {_reason(exc)}\n"
                "What was written is kept; run the same command again, or give Neo4j more "
                "memory (docs/operations.md) if it ran out."
            )
            raise typer.Exit(EXIT_UNAVAILABLE) from None
        except (Neo4jError, DriverError) as exc:
            errors.print(
                f"[red]Neo4j at {settings.uri}, database {settings.database}, refused a "
                f"query:[/red] {_reason(exc)}\nWhat was written before it is kept."
            )
            raise typer.Exit(EXIT_UNAVAILABLE) from None


def _reason(exc: Exception) -> str:
    """The driver's message, with Neo4j's error code when there is one."""
    reason = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    code = getattr(exc, "code", None)
    return escape(f"{reason} ({code})" if code else reason)


def show(report: ImportReport) -> None:
    """Print the summary, the warnings and the rejected rows."""
    console.print(report.table())
    if report.warnings:
        console.print(report.issues_table(report.warnings, "Warnings: rows with nothing to import"))
    if report.rejections:
        console.print(report.issues_table(report.rejections, "Rejected rows"))


def finish(report: ImportReport) -> None:
    """Print the report; exit 2 when any row was rejected (warnings alone exit 0)."""
    show(report)
    if not report.ok:
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
    files: Annotated[
        list[Path],
        typer.Argument(exists=True, help="CORDIS files, or folders of them (e.g. ../shared/data)."),
    ],
    until: UntilOption = None,
    with_country: Annotated[
        str | None,
        typer.Option(help="Keep only projects with a participant of this country (e.g. LU)."),
    ] = None,
) -> None:
    """Import CORDIS files (Horizon 2020, Horizon Europe), recognised by their header.

    A folder gives its CSV files (or its subfolders' ones); see docs/cordis-import.md.
    """
    try:
        country = country_code(with_country) if with_country else None
    except InvalidValue as exc:
        errors.print(f"[red]--with-country: {escape(str(exc))}[/red]")
        raise typer.Exit(2) from None
    with connect() as (driver, database):
        try:
            report = import_cordis(
                driver,
                database,
                files,
                until=_day(until),
                with_country=country,
                progress=True,
            )
        except CordisFormatError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(EXIT_REJECTED) from None
    finish(report)


@app.command("demo")
def demo_command() -> None:
    """Load the Luxembourg demo network (docs/demo-network.md); running it again changes nothing.

    Exits 2 when a row was rejected, 1 when the shared data or Neo4j cannot be reached.
    """
    with connect() as (driver, database):
        try:
            report = load_demo(driver, database, progress=True)
        except DemoDataError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(EXIT_UNAVAILABLE) from None
    finish(report)


@app.command("refresh")
def refresh_command() -> None:
    """Recompute every derived value from the graph: project dates, partner counts, the
    suggestion features and strongest-partner lists, the clusters' stored figures and the
    objectives' measured points.

    Imports and the API's writes keep them current; run it once after upgrading to a version
    whose suggestions read new stored values (docs/operations.md, Upgrades): until then those
    read as absent.
    """
    with connect() as (driver, database):
        refresh_derived(driver, database)
        refresh_clusters_and_objectives(driver, database)
    console.print("Derived values recomputed.")


@app.command("export")
def export_command(
    directory: Annotated[Path, typer.Argument(help="New (or empty) folder for the bundle.")],
) -> None:
    """Back up what a CORDIS import cannot bring back, as a bundle (docs/backup.md).

    Restore: import the CORDIS data (or run the demo), then `clustergraph import bundle DIR`.
    The folder holds personal data (people's contacts) and is readable by its owner only.
    """
    with connect() as (driver, database):
        try:
            report = export_bundle(driver, database, directory)
        except ExportError as exc:
            errors.print(f"[red]{exc}[/red]")
            raise typer.Exit(EXIT_REJECTED) from None
    table = Table(title=f"Exported to {directory}")
    table.add_column("file")
    table.add_column("rows", justify="right")
    for name, rows in report.rows.items():
        table.add_row(name, f"{rows:,}")
    console.print(table)


@app.command("stats")
def stats_command(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Node counts by label, relationship counts by type, and coverage per programme."""
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
    console.print(coverage_table(stats["programmes"]))


def coverage_table(programmes: dict[str, dict[str, int]]) -> Table:
    """Projects and participations per programme, with the share named and titled."""
    table = Table(title="Programmes")
    for column in ("programme", "projects", "titled", "participations", "named org.", "titled"):
        table.add_column(column, justify="left" if column == "programme" else "right")
    for name, p in sorted(programmes.items()):
        share = p["participations"] or 1
        table.add_row(
            name,
            f"{p['projects']:,}",
            f"{p['titledProjects'] / max(p['projects'], 1):.0%}",
            f"{p['participations']:,}",
            f"{p['withNamedOrganization'] / share:.0%}",
            f"{p['withTitledProject'] / share:.0%}",
        )
    return table


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
app.command("indicators")(indicators_cli.indicators_command)
app.command("suggest")(suggest_cli.suggest_command)
app.command("evaluate")(suggest_cli.evaluate_command)
