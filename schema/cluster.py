"""The Cluster type."""

from __future__ import annotations

from datetime import date
from typing import Any

import strawberry


@strawberry.type(description="A cluster of the programme: organisations working on one sector.")
class Cluster:
    id: strawberry.ID = strawberry.field(description="Stable, human-readable id.")
    name: str = strawberry.field(description="Current name.")
    sector: str | None = strawberry.field(description="The sector the cluster serves.")
    description: str | None = strawberry.field(description="What the cluster is about.")
    launch_date: date | None = strawberry.field(description="When the cluster was launched.")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Cluster:
        return cls(
            id=strawberry.ID(row["id"]),
            name=row["name"],
            sector=row.get("sector"),
            description=row.get("description"),
            launch_date=_to_date(row.get("launchDate")),
        )


def _to_date(value: Any) -> date | None:
    return value.to_native() if value is not None else None
