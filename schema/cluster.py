"""The Cluster type."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry

from schema.convert import to_date
from schema.node import Node


@strawberry.type(description="A name a cluster had, with the dates it was valid.")
class ClusterAlias:
    name: str = strawberry.field(description="The name.")
    since: date | None = strawberry.field(description="First day the name was used.")
    until: date | None = strawberry.field(description="Last day the name was used, if it ended.")


@strawberry.type(description="A cluster of the programme: organisations working on one sector.")
class Cluster(Node):
    name: str = strawberry.field(description="Current name.")
    sector: str | None = strawberry.field(description="The sector the cluster serves.")
    description: str | None = strawberry.field(description="What the cluster is about.")
    launch_date: date | None = strawberry.field(description="When the cluster was launched.")
    aliases: list[ClusterAlias] = strawberry.field(
        description="Every name the cluster has had, with validity dates."
    )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Cluster:
        names = row.get("aliasNames") or []
        since = row.get("aliasSince") or [None] * len(names)
        until = row.get("aliasUntil") or [None] * len(names)
        return cls(
            id=strawberry.ID(row["id"]),
            name=row["name"],
            sector=row.get("sector"),
            description=row.get("description"),
            launch_date=to_date(row.get("launchDate")),
            aliases=[
                ClusterAlias(name=n, since=_open_ended(s), until=_open_ended(u))
                for n, s, u in zip(names, since, until, strict=False)
            ],
        )


def _open_ended(value: Any) -> date | None:
    """Alias dates are stored in lists, which cannot hold null: sentinels mean 'open'."""
    day = to_date(value)
    return None if day is None or day.year in (1, 9999) else day
