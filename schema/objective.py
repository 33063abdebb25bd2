"""A cluster's measurable objectives and their measurements."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from schema.convert import to_date


@strawberry.type(description="One measured value of an objective's metric.")
class Measurement:
    date: dt.date | None = strawberry.field(description="When the value was measured.")
    value: float | None = strawberry.field(
        description="The measured value, in the unit of the objective."
    )
    illustrative: bool = strawberry.field(
        description="True when the value is made up for a demo, not a reported figure."
    )
    note: str | None = strawberry.field(description="A note on the value or its source.")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Measurement:
        value = row.get("value")
        return cls(
            date=to_date(row.get("date")),
            value=float(value) if value is not None else None,
            illustrative=bool(row.get("illustrative")),
            note=row.get("note"),
        )


@strawberry.type(description="A measurable objective of a cluster (five-point plan).")
class Objective:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
    metric: str | None = strawberry.field(description="What is measured, e.g. newJobs.")
    target: float | None = strawberry.field(description="The value to reach by the deadline.")
    unit: str | None = strawberry.field(description="Unit of the target and the measurements.")
    deadline: dt.date | None = strawberry.field(description="When the target should be reached.")
    plan_area: str | None = strawberry.field(
        description="Area of the five-point plan: BUSINESS_DEVELOPMENT, INTERNATIONALISATION, "
        "FLAGSHIP_PROJECTS, BRANDING or PROSPECTION_AND_PROMOTION."
    )
    description: str | None = strawberry.field(description="What the objective means.")
    measurements: list[Measurement] = strawberry.field(description="Measured values, oldest first.")

    @strawberry.field(
        description="Latest measured value divided by the target (1.0 = reached); null without "
        "measurements or without a positive target."
    )
    def progress(self) -> float | None:
        latest = next((m for m in reversed(self.measurements) if m.value is not None), None)
        if latest is None or latest.value is None or not self.target or self.target <= 0:
            return None
        return latest.value / self.target

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Objective:
        target = row.get("target")
        return cls(
            id=strawberry.ID(row["id"]),
            metric=row.get("metric"),
            target=float(target) if target is not None else None,
            unit=row.get("unit"),
            deadline=to_date(row.get("deadline")),
            plan_area=row.get("planArea"),
            description=row.get("description"),
            measurements=[Measurement.from_row(m) for m in row.get("measurements") or []],
        )
