"""A cluster's measurable objectives and their measurements (read from the answer's maps)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated, Any, cast

import strawberry

from graph.indicators import BY_ID
from resolvers.context import Context
from schema.indicator import IndicatorDefinition, definition
from schema.organization import MembershipStanding
from schema.rows import KEYED, keyed, reads_row

AsOf = Annotated[
    dt.date | None,
    strawberry.argument(
        description="The day to tell it on: only measurements up to that day count "
        "(default: today, with every measurement)."
    ),
]


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
    computed: bool = strawberry.field(
        description="True when the service computed the value from the data (an indicator, "
        "or the sum of the clusters' values), false when a person recorded it."
    )
    recorded_by: str | None = strawberry.field(
        description="Who recorded the value: 'clustergraph' for a value measured from the "
        "data; else the id of the API key, or the bundle it came from, for an admin or a "
        "manager of the objective's cluster only (null for anyone else, or when unknown)."
    )
    recorded_on: dt.date | None = strawberry.field(
        description="The day the value was recorded or computed; null when unknown."
    )


def _indicator(row: dict[str, Any]) -> IndicatorDefinition | None:
    found = row.get("indicator")
    return definition(found) if found in BY_ID else None


@strawberry.type(
    description="A measurable objective of a cluster or of the initiative (five-point plan). "
    "It measures itself when it names an indicator (its measurements are then computed from "
    "the data at every import) or, for the initiative, when it adds up its clusters' values; "
    "otherwise people record its measurements."
)
class Objective:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
    metric: str | None = strawberry.field(description="What is measured, e.g. newJobs.")
    target: float | None = strawberry.field(
        description="The value to reach by the deadline; null for a cluster's contribution "
        "to a target of the initiative."
    )
    unit: str | None = strawberry.field(description="Unit of the target and the measurements.")
    deadline: dt.date | None = strawberry.field(description="When the target should be reached.")
    plan_area: str | None = strawberry.field(
        description="Area of the five-point plan: BUSINESS_DEVELOPMENT, INTERNATIONALISATION, "
        "FLAGSHIP_PROJECTS, BRANDING or PROSPECTION_AND_PROMOTION."
    )
    description: str | None = strawberry.field(description="What the objective means.")
    population: MembershipStanding | None = strawberry.field(
        description="For an objective measured by an indicator: whose figure counts, MEMBER "
        "or ACTIVE_IN_DOMAIN."
    )
    since: dt.date | None = strawberry.field(
        description="For an objective measured by an indicator: the first day counted; each "
        "computed measurement is the indicator's value from this day to its date."
    )
    measured_from_data: bool = strawberry.field(
        description="True when the service computes the measurements (an indicator, or the "
        "sum of the clusters' values); people cannot record them."
    )
    measurements: list[Measurement] = strawberry.field(description="Measured values, oldest first.")

    @strawberry.field(description="The indicator that measures the objective, if any.")
    @reads_row(_indicator)
    def indicator(self) -> IndicatorDefinition | None:
        return _indicator(cast(dict[str, Any], self))

    @strawberry.field(
        description="Met, on track, at risk, missed at its deadline, or unknown, as of a day "
        "(see ObjectiveStatus for the rule)."
    )
    @reads_row(KEYED)
    def status(self, info: strawberry.Info[Context], as_of: AsOf = None) -> ObjectiveStatus:
        return cast(ObjectiveStatus, keyed(self, info))

    @strawberry.field(
        description="Latest measured value (up to the day asked) divided by the target (1.0 = "
        "reached); null without measurements or without a positive target."
    )
    @reads_row(KEYED)
    def progress(self, info: strawberry.Info[Context], as_of: AsOf = None) -> float | None:
        return cast(float | None, keyed(self, info))
