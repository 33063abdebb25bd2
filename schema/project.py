"""The Project type and its participants."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from resolvers.context import Context
from schema.convert import to_date
from schema.node import Node
from schema.organization import Organization, ParticipationRole
from schema.topic import Topic, TopicKind

if TYPE_CHECKING:
    from schema.cluster import Cluster

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]


@strawberry.enum(description="How exact a project's date is.")
class DatePrecision(Enum):
    DAY = strawberry.enum_value("DAY", description="An exact start date.")
    YEAR = strawberry.enum_value(
        "YEAR", description="Only a year: the call year of a Horizon Europe project."
    )


def project_display_name(row: dict[str, Any]) -> str:
    """'ACRONYM: Title', either one alone, or 'Untitled project (<id>)'."""
    parts = [str(row[key]) for key in ("acronym", "title") if row.get(key)]
    return ": ".join(parts) if parts else f"Untitled project ({row['id']})"


@strawberry.type(description="An organisation taking part in a project.")
class Participant:
    organization: Organization = strawberry.field(description="The organisation.")
    role: ParticipationRole | None = strawberry.field(description="Coordinator or partner.")
    contribution: float | None = strawberry.field(description="EU contribution, in EUR.")


@strawberry.type(description="A collaborative project, such as an H2020 grant.")
class Project(Node):
    acronym: str | None = strawberry.field(
        description="Acronym; null when the data has none (never guessed)."
    )
    title: str | None = strawberry.field(
        description="Title; null when the data has none (the Horizon Europe data carries no "
        "titles, and some Horizon 2020 projects could not be linked to theirs)."
    )
    display_name: str = strawberry.field(
        description="'ACRONYM: Title' as far as known, or 'Untitled project (<id>)'."
    )
    programme: str | None = strawberry.field(
        description="Funding programme: 'H2020' (Horizon 2020), 'HORIZON' (Horizon Europe, "
        "partial data), or a cluster's own."
    )
    start_date: date | None = strawberry.field(
        description="Start date, when known exactly (not for Horizon Europe projects)."
    )
    start_year: int | None = strawberry.field(
        description="Start year; for a Horizon Europe project its call year (see `datePrecision`)."
    )
    date_precision: DatePrecision | None = strawberry.field(
        description="How exact the project's date is: DAY (a start date), YEAR (only the "
        "call year), or null (no date at all)."
    )
    end_date: date | None = strawberry.field(description="End date.")
    type_of_action: str | None = strawberry.field(
        description="Type of action (e.g. 'Research and Innovation action')."
    )
    total_cost: float | None = strawberry.field(description="Total cost, in EUR.")
    eu_contribution: float | None = strawberry.field(
        description="EU contribution to the whole project, in EUR."
    )
    grant_id: str | None = strawberry.field(description="The grant agreement number.")
    flagship: bool = strawberry.field(description="Whether it is a cluster flagship project.")
    participant_count: int = strawberry.field(description="Number of participants.")

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Project:
        return cls(
            id=strawberry.ID(row["id"]),
            acronym=row.get("acronym"),
            title=row.get("title"),
            display_name=project_display_name(row),
            programme=row.get("programme"),
            start_date=to_date(row.get("startDate")),
            start_year=row.get("startYear"),
            date_precision=DatePrecision(row["datePrecision"])
            if row.get("datePrecision")
            else None,
            end_date=to_date(row.get("endDate")),
            type_of_action=row.get("typeOfAction"),
            total_cost=row.get("totalCost"),
            eu_contribution=row.get("euContribution"),
            grant_id=row.get("grantId"),
            flagship=bool(row.get("flagship")),
            participant_count=int(row.get("participantCount") or 0),
        )

    @strawberry.field(description="The call topic the project answers, if known.")
    async def call_topic(self, info: strawberry.Info[Context]) -> Topic | None:
        ids = await info.context.loaders.project_topics.load(self.id)
        rows = await info.context.loaders.topic.load_many(ids)
        calls = [row for row in rows if row is not None and row.get("kind") == "callTopic"]
        return Topic.from_row(calls[0]) if calls else None

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

    @strawberry.field(
        description="Topics the project addresses: its programme part, thematic area, call "
        "topic and fields of science (their broader topics are reached through `broader`)."
    )
    async def topics(
        self,
        info: strawberry.Info[Context],
        kinds: Annotated[
            list[TopicKind] | None,
            strawberry.argument(description="Only topics of these kinds."),
        ] = None,
    ) -> list[Topic]:
        ids = await info.context.loaders.project_topics.load(self.id)
        rows = await info.context.loaders.topic.load_many(ids)
        topics = [Topic.from_row(row) for row in rows if row is not None]
        return [t for t in topics if kinds is None or t.kind in kinds]

    @strawberry.field(description="Clusters the project is part of.")
    async def clusters(self, info: strawberry.Info[Context]) -> list[ClusterRef]:
        from schema.cluster import Cluster

        ids = await info.context.loaders.project_clusters.load(self.id)
        rows = await info.context.loaders.cluster.load_many(ids)
        return [Cluster.from_row(row) for row in rows if row is not None]
