"""A cluster's measurable objectives and their measurements (read from the answer's maps)."""

from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry


@strawberry.enum(
    description="Where an objective stands. Once the deadline has passed only the "
    "measurements up to the deadline count."
)
class ObjectiveStatus(Enum):
    MET = strawberry.enum_value(
        "MET",
        description="The latest counted measurement reaches the target (by the deadline, "
        "once it has passed).",
    )
    ON_TRACK = strawberry.enum_value(
        "ON_TRACK",
        description="Before the deadline: at the pace from the first measurement to the "
        "latest, the target is reached by the deadline.",
    )
    AT_RISK = strawberry.enum_value(
        "AT_RISK",
        description="Before the deadline: at that pace, the target is not reached by the deadline.",
    )
    MISSED = strawberry.enum_value(
        "MISSED",
        description="The deadline passed and no measurement up to it reaches the target.",
    )
    UNKNOWN = strawberry.enum_value(
        "UNKNOWN",
        description="Too little to tell: no positive target, no measurement, or (before the "
        "deadline) a single measurement or no deadline.",
    )


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
    status: ObjectiveStatus = strawberry.field(
        description="Met, on track, at risk, missed at its deadline, or unknown (see "
        "ObjectiveStatus for the rule)."
    )
    progress: float | None = strawberry.field(
        description="Latest measured value divided by the target (1.0 = reached); null without "
        "measurements or without a positive target."
    )
