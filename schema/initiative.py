"""A cluster programme as a whole: the Luxembourg Cluster Initiative."""

from __future__ import annotations

from datetime import date
from typing import Any, cast

import strawberry

from graph.repositories.indicators import Group
from resolvers.context import Context
from schema.cluster import Cluster
from schema.indicator import (
    IndicatorsArgument,
    IndicatorSeries,
    PeriodEnd,
    PeriodStart,
    PopulationsArgument,
    group_series,
)
from schema.objective import Objective


@strawberry.type(
    description="A cluster programme as a whole (the Luxembourg Cluster Initiative, run by "
    "Luxinnovation): its clusters, the targets of all of them together, and its indicators."
)
class Initiative:
    id: strawberry.ID = strawberry.field(description="Stable, unique, human-readable id.")
    name: str = strawberry.field(description="The programme's name.")
    description: str | None = strawberry.field(description="What the programme is.")
    launch_date: date | None = strawberry.field(description="When it was launched.")
    operator: str | None = strawberry.field(description="Who runs it day to day.")
    cluster_ids: list[strawberry.ID] = strawberry.field(description="Ids of its clusters.")
    clusters: list[Cluster] = strawberry.field(description="Its clusters, by name.")
    objectives: list[Objective] = strawberry.field(
        description="The targets of the programme as a whole (not repeated on each cluster), "
        "by deadline; those that add up the clusters' values measure themselves."
    )

    @strawberry.field(
        description="The indicators of all its clusters together (an organisation in two "
        "clusters counts once), per year and for the period; members and organisations "
        "active in a domain apart. Projects with clusters outside the programme are its "
        "CROSS_CLUSTER_PROJECTS."
    )
    async def indicators(
        self,
        info: strawberry.Info[Context],
        from_: PeriodStart = None,
        to: PeriodEnd = None,
        populations: PopulationsArgument = None,
        indicators: IndicatorsArgument = None,
    ) -> list[IndicatorSeries]:
        row = cast(dict[str, Any], self)
        group = Group(str(row["id"]), tuple(row["cluster_ids"]))
        return await group_series(info, group, from_, to, populations, indicators)
