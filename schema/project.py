"""The Project type and its participants (read from the answer's maps: ``schema.rows``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry

from resolvers.context import Context
from schema.node import Node
from schema.organization import Organization, ParticipationRole
from schema.pagination import After, First, PageInfo
from schema.rows import KEYED, keyed, page_edges, page_info, reads_row, typename_is
from schema.topic import Topic, TopicKind

if TYPE_CHECKING:
    from schema.cluster import Cluster

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]


@strawberry.enum(description="How exact a project's date is.")
class DatePrecision(Enum):
    DAY = strawberry.enum_value("DAY", description="An exact start date.")
    YEAR = strawberry.enum_value(
        "YEAR",
        description="Only a year: the call year in the project's call topic code (a project "
        "written without a start date, e.g. from the older partial Horizon Europe files).",
    )


@strawberry.type(description="An organisation taking part in a project, with its part in it.")
class ProjectParticipantEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The organisation.")
    role: ParticipationRole | None = strawberry.field(
        description="Coordinator or partner; null when the data gives no role."
    )
    cordis_role: str | None = strawberry.field(
        description="The role as CORDIS writes it: 'coordinator', 'participant', "
        "'associatedPartner' (takes part without EU funding), 'thirdParty' (linked to a "
        "participant), and in Horizon 2020 also 'partner', 'internationalPartner'."
    )
    contribution: float | None = strawberry.field(
        description="EU contribution to this organisation, in EUR."
    )


@strawberry.type(description="A page of a project's participants, coordinators first.")
class ProjectParticipantConnection:
    total_count: int = strawberry.field(description="Number of participants in all.")

    @strawberry.field(description="The participants on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[ProjectParticipantEdge]:
        return cast(list[ProjectParticipantEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))


@strawberry.type(description="A collaborative project, such as an H2020 grant.")
class Project(Node):
    acronym: str | None = strawberry.field(
        description="Acronym; null when the data has none (never guessed)."
    )
    title: str | None = strawberry.field(
        description="Title; null when the data has none (some Horizon 2020 projects could not "
        "be linked to theirs)."
    )
    display_name: str = strawberry.field(
        description="'ACRONYM: Title' as far as known (the title alone when it starts with "
        "the acronym), or 'Untitled project (<id>)'."
    )
    programme: str | None = strawberry.field(
        description="Funding programme: 'H2020' (Horizon 2020), 'HORIZON' (Horizon Europe), "
        "or a cluster's own."
    )
    start_date: date | None = strawberry.field(
        description="Start date, when known exactly (Horizon Europe projects signed to start "
        "later have a date after today)."
    )
    start_year: int | None = strawberry.field(
        description="Start year; for a project without a start date, its call year (see "
        "`datePrecision`)."
    )
    date_precision: DatePrecision | None = strawberry.field(
        description="How exact the project's date is: DAY (a start date), YEAR (only the "
        "call year), or null (no date at all)."
    )
    end_date: date | None = strawberry.field(description="End date.")
    type_of_action: str | None = strawberry.field(
        description="Type of action (e.g. 'Research and Innovation action'; Horizon 2020)."
    )
    status: str | None = strawberry.field(
        description="Grant status as CORDIS gives it (Horizon Europe): 'SIGNED' (running or "
        "about to start), 'CLOSED', 'TERMINATED'."
    )
    funding_scheme: str | None = strawberry.field(
        description="Funding scheme (Horizon Europe), e.g. 'HORIZON-RIA' (research and "
        "innovation action), 'HORIZON-IA', 'HORIZON-CSA', 'HORIZON-ERC'."
    )
    call: str | None = strawberry.field(
        description="The call the project answered (Horizon Europe), e.g. 'HORIZON-CL5-2022-D2-01'."
    )
    keywords: list[str] = strawberry.field(
        description="Keywords its consortium gave (Horizon Europe); empty when none."
    )
    abstract: str | None = strawberry.field(
        description="What the project is about, as published in CORDIS (Horizon Europe; about "
        "1,800 characters)."
    )
    total_cost: float | None = strawberry.field(description="Total cost, in EUR.")
    eu_contribution: float | None = strawberry.field(
        description="EU contribution to the whole project, in EUR."
    )
    grant_id: str | None = strawberry.field(description="The grant agreement number.")
    flagship: bool = strawberry.field(description="Whether it is a cluster flagship project.")
    participant_count: int = strawberry.field(description="Number of participants.")
    call_topic: Topic | None = strawberry.field(
        description="The call topic the project answers, if known."
    )
    clusters: list[ClusterRef] = strawberry.field(description="Clusters the project is part of.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        """Rows of the Node interface are tagged with their type."""
        return isinstance(obj, cls) or typename_is("Project", obj)

    @strawberry.field(description="Participants, coordinators first, then by id; paged.")
    @reads_row(KEYED)
    def participants(
        self, info: strawberry.Info[Context], first: First = None, after: After = None
    ) -> ProjectParticipantConnection:
        return cast(ProjectParticipantConnection, keyed(self, info))

    @strawberry.field(
        description="Topics the project addresses: its programme part, thematic area, call "
        "topic and fields of science (their broader topics are reached through `broader`)."
    )
    @reads_row(KEYED)
    def topics(
        self,
        info: strawberry.Info[Context],
        kinds: Annotated[
            list[TopicKind] | None,
            strawberry.argument(description="Only topics of these kinds."),
        ] = None,
    ) -> list[Topic]:
        return cast(list[Topic], keyed(self, info))
