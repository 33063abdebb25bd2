"""Indicators of the five-point plan computed from the graph (``graph.indicators``)."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Annotated

import strawberry

from graph.indicators import BY_ID
from graph.repositories.indicators import Group, Series
from resolvers import indicators as indicator_resolvers
from resolvers.context import Context
from schema.organization import MembershipStanding


@strawberry.enum(description="An indicator computed from the graph (Query.indicatorDefinitions).")
class IndicatorId(Enum):
    ORGANIZATIONS = "ORGANIZATIONS"
    ACTIVE_ORGANIZATIONS = "ACTIVE_ORGANIZATIONS"
    SMES_ACTIVE = "SMES_ACTIVE"
    PROJECTS_STARTED = "PROJECTS_STARTED"
    EU_FUNDING = "EU_FUNDING"
    MEMBER_COLLABORATIONS = "MEMBER_COLLABORATIONS"
    FOREIGN_PARTNERS = "FOREIGN_PARTNERS"
    FOREIGN_COUNTRIES = "FOREIGN_COUNTRIES"
    NEW_FOREIGN_PARTNERS = "NEW_FOREIGN_PARTNERS"
    COORDINATIONS = "COORDINATIONS"
    FLAGSHIP_PROJECTS = "FLAGSHIP_PROJECTS"
    NEW_COLLABORATIONS = "NEW_COLLABORATIONS"
    CROSS_CLUSTER_PROJECTS = "CROSS_CLUSTER_PROJECTS"


@strawberry.type(description="What an indicator counts, in plain words.")
class IndicatorDefinition:
    id: IndicatorId = strawberry.field(description="The indicator.")
    name: str = strawberry.field(description="A short name.")
    definition: str = strawberry.field(description="What is counted, and when it counts.")
    unit: str = strawberry.field(description="Unit of the values, e.g. projects or EUR.")
    source: str = strawberry.field(description="Where the data comes from.")
    plan_area: str = strawberry.field(
        description="Area of the five-point plan: BUSINESS_DEVELOPMENT, INTERNATIONALISATION, "
        "FLAGSHIP_PROJECTS, BRANDING or PROSPECTION_AND_PROMOTION."
    )
    query_file: str = strawberry.field(
        description="The Cypher file that computes it (graph/cypher/<queryFile>.cypher)."
    )


@strawberry.type(description="An indicator's value in one year.")
class IndicatorYear:
    year: int = strawberry.field(description="The calendar year.")
    value: float = strawberry.field(description="The value, in the indicator's unit.")
    partial: bool = strawberry.field(
        description="True when the period asked cuts the year, or the year is not over yet."
    )


@strawberry.type(
    description="One indicator of one population over a period: per year and for the whole "
    "period. Members and organisations active in the domain are never added together."
)
class IndicatorSeries:
    indicator: IndicatorDefinition = strawberry.field(description="What is counted.")
    population: MembershipStanding = strawberry.field(
        description="Whose figure it is: MEMBER (from an official list or added by a cluster "
        "manager) or ACTIVE_IN_DOMAIN (inferred from their projects)."
    )
    total: float = strawberry.field(
        description="The value over the whole period (distinct organisations, countries or "
        "pairs are counted once, so it may be less than the sum of the years)."
    )
    years: list[IndicatorYear] = strawberry.field(
        description="One value per calendar year of the period, oldest first."
    )


def definition(indicator_id: str) -> IndicatorDefinition:
    """The definition of a catalogued indicator."""
    found = BY_ID[indicator_id]
    return IndicatorDefinition(
        id=IndicatorId(found.id),
        name=found.name,
        definition=found.definition,
        unit=found.unit,
        source=found.source,
        plan_area=found.plan_area,
        query_file=found.query,
    )


PopulationsArgument = Annotated[
    list[MembershipStanding] | None,
    strawberry.argument(
        description="Whose figures: MEMBER, ACTIVE_IN_DOMAIN, or both (the default), each "
        "apart. FORMER is refused: a former member counts in the years it was a member."
    ),
]
IndicatorsArgument = Annotated[
    list[IndicatorId] | None,
    strawberry.argument(description="Only these indicators (default: all of them)."),
]


def series(found: Series) -> IndicatorSeries:
    """The API's view of a computed series."""
    return IndicatorSeries(
        indicator=definition(found.indicator),
        population=MembershipStanding(found.population),
        total=found.total,
        years=[IndicatorYear(year=y.year, value=y.value, partial=y.partial) for y in found.years],
    )


PeriodStart = Annotated[
    dt.date | None,
    strawberry.argument(
        name="from", description="First day of the period (default: 1 January 2014)."
    ),
]
PeriodEnd = Annotated[
    dt.date | None,
    strawberry.argument(description="Last day of the period (default: 31 December this year)."),
]


async def group_series(
    info: strawberry.Info[Context],
    group: Group,
    from_: dt.date | None,
    to: dt.date | None,
    populations: list[MembershipStanding] | None,
    indicators: list[IndicatorId] | None,
) -> list[IndicatorSeries]:
    """The indicators of a group of clusters (one cluster, or an initiative's), for the
    arguments of ``Cluster.indicators`` and ``Initiative.indicators``."""
    found = await indicator_resolvers.for_group(
        info,
        group,
        (from_, to),
        [p.name for p in populations] if populations is not None else None,
        [i.value for i in indicators] if indicators is not None else None,
    )
    return [series(s) for s in found]
