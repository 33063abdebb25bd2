"""``clustergraph apikey``: create, list and revoke the API keys of the GraphQL service."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from graph.repositories.apikeys import UnknownClusters, create_key, list_keys, revoke_key

EXIT_REFUSED = 2

apikey_app = typer.Typer(help="Manage API keys (bearer tokens).", no_args_is_help=True)
console = Console()
errors = Console(stderr=True)


class KeyRole(StrEnum):
    """What a key may do."""

    admin = "admin"
    cluster_manager = "cluster_manager"


@apikey_app.command("create")
def create_command(
    role: Annotated[KeyRole, typer.Option(help="admin, or cluster_manager of --cluster.")],
    label: Annotated[str, typer.Option(help="Who or what the key is for.")],
    cluster: Annotated[
        list[str] | None,
        typer.Option(help="A cluster id the manager runs (repeat for several)."),
    ] = None,
) -> None:
    """Create a key and print its secret token: it is shown this once and never stored."""
    from cli.main import connect

    clusters = cluster or []
    if role is KeyRole.cluster_manager and not clusters:
        errors.print("[red]A cluster_manager key needs at least one --cluster.[/red]")
        raise typer.Exit(EXIT_REFUSED)
    if role is KeyRole.admin and clusters:
        errors.print("[red]An admin key may do everything: leave out --cluster.[/red]")
        raise typer.Exit(EXIT_REFUSED)
    if not label.strip():
        errors.print("[red]--label must not be blank.[/red]")
        raise typer.Exit(EXIT_REFUSED)
    with connect() as (driver, database):
        try:
            key = create_key(driver, database, role.value, clusters, label.strip())
        except UnknownClusters as exc:
            errors.print(f"[red]No key created: {exc}[/red]")
            raise typer.Exit(EXIT_REFUSED) from None
    errors.print(f"Key {key.id} created. Its token is printed once; keep it secret.")
    typer.echo(key.token)


@apikey_app.command("revoke")
def revoke_command(key_id: Annotated[str, typer.Argument(help="The key's id.")]) -> None:
    """Revoke a key: requests with its token are refused from now on."""
    from cli.main import connect

    with connect() as (driver, database):
        revoked_at = revoke_key(driver, database, key_id)
    if revoked_at is None:
        errors.print(f"[red]No key with id {key_id!r}.[/red]")
        raise typer.Exit(EXIT_REFUSED)
    typer.echo(f"Key {key_id} revoked ({revoked_at}).")


@apikey_app.command("list")
def list_command() -> None:
    """Every key: id, role, clusters, label, dates (never a secret)."""
    from cli.main import connect

    with connect() as (driver, database):
        keys = list_keys(driver, database)
    table = Table(title="API keys")
    for column in ("id", "role", "clusters", "label", "created", "revoked"):
        table.add_column(column)
    for key in keys:
        table.add_row(
            key["id"],
            key["role"],
            ", ".join(key["clusterIds"] or []),
            key["label"] or "",
            key["createdAt"] or "",
            key["revokedAt"] or "",
        )
    console.print(table)
