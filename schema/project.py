"""The Project and Topic types."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from resolvers.context import Context
from schema.convert import to_date
from schema.node import Node
from schema.organization import Organization, ParticipationRole

if TYPE_CHECKING:
    from schema.cluster import Cluster

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]


@strawberry.type(description="A competence or technology area.")
class Topic(Node):
    name: str | None = strawberry.field(description="Name of the topic.")
    code: str | None = strawberry.field(description="Code in its source (e.g. SC1).")
    source: str | None = strawberry.field(description="Where the topic comes from.")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Topic:
        return cls(
            id=strawberry.ID(row["id"]),
            name=row.get("name"),
            code=row.get("code"),
            source=row.get("source"),
        )


@strawberry.type(description="An organisation taking part in a project.")
class Participant:
    organization: Organization = strawberry.field(description="The organisation.")
    role: ParticipationRole | None = strawberry.field(description="Coordinator or partner.")
    contribution: float | None = strawberry.field(description="EU contribution, in EUR.")


@strawberry.type(description="A collaborative project, such as an H2020 grant.")
class Project(Node):
    acronym: str | None = strawberry.field(description="Acronym.")
    title: str | None = strawberry.field(description="Title.")
    programme: str | None = strawberry.field(description="Funding programme (e.g. H2020).")
    start_date: date | None = strawberry.field(description="Start date.")
    end_date: date | None = strawberry.field(description="End date.")
    total_cost: float | None = strawberry.field(description="Total cost, in EUR.")
    flagship: bool = strawberry.field(description="Whether it is a cluster flagship project.")
    participant_count: int = strawberry.field(description="Number of participants.")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Project:
        return cls(
            id=strawberry.ID(row["id"]),
            acronym=row.get("acronym"),
            title=row.get("title"),
            programme=row.get("programme"),
            start_date=to_date(row.get("startDate")),
            end_date=to_date(row.get("endDate")),
            total_cost=row.get("totalCost"),
            flagship=bool(row.get("flagship")),
            participant_count=int(row.get("participantCount") or 0),
        )

    @strawberry.field(description="Participants, coordinators first.")
    async def participants(self, info: strawberry.Info[Context]) -> list[Participant]:
        items = await info.context.loaders.participants.load(self.id)
        orgs = await info.context.loaders.organization.load_many(
            [item["organizationId"] for item in items]
        )
        return [
            Participant(
                organization=Organization.from_row(org),
                role=ParticipationRole(item["role"]) if item.get("role") else None,
                contribution=item.get("contribution"),
            )
            for item, org in zip(items, orgs, strict=True)
            if org is not None
        ]

    @strawberry.field(description="Topics the project addresses.")
    async def topics(self, info: strawberry.Info[Context]) -> list[Topic]:
        ids = await info.context.loaders.project_topics.load(self.id)
        rows = await info.context.loaders.topic.load_many(ids)
        return [Topic.from_row(row) for row in rows if row is not None]

    @strawberry.field(description="Clusters the project is part of.")
    async def clusters(self, info: strawberry.Info[Context]) -> list[ClusterRef]:
        from schema.cluster import Cluster

        ids = await info.context.loaders.project_clusters.load(self.id)
        rows = await info.context.loaders.cluster.load_many(ids)
        return [Cluster.from_row(row) for row in rows if row is not None]
