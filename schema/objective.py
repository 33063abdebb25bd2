"""A cluster's measurable objectives and their measurements (read from the answer's maps)."""

from __future__ import annotations

import datetime as dt

import strawberry


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
    progress: float | None = strawberry.field(
        description="Latest measured value divided by the target (1.0 = reached); null without "
        "measurements or without a positive target."
    )
