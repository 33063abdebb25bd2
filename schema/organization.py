"""The Organization type and its edges: memberships, participations, competences, partners."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from graph.repositories.organizations import OrganizationFilter as OrganizationWhere
from graph.repositories.organizations import OrganizationSort
from resolvers import organizations as resolve
from resolvers.context import Context
from schema.convert import to_date
from schema.errors import InvalidInput
from schema.node import Node
from schema.pagination import After, First, PageInfo, encode_cursor, page_info, window
from schema.topic import Topic, TopicKind

if TYPE_CHECKING:
    from schema.cluster import Cluster
    from schema.person import ClusterRole
    from schema.project import Project

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]
ProjectRef = Annotated["Project", strawberry.lazy("schema.project")]
ClusterRoleRef = Annotated["ClusterRole", strawberry.lazy("schema.person")]


@strawberry.enum(description="The kind of an organisation.")
class OrganizationKind(Enum):
    COMPANY = "Company"
    RESEARCH_INSTITUTION = "ResearchInstitution"
    PUBLIC_ACTOR = "PublicActor"
    OTHER = "OtherActor"
    UNKNOWN = strawberry.enum_value(
        "Unknown",
        description="No source says: e.g. an organisation seen only in the Horizon Europe "
        "data, which carries no activity type.",
    )


@strawberry.type(description="An organisation's membership of a cluster.")
class Membership:
    cluster_id: strawberry.Private[str]
    since: date | None = strawberry.field(description="Start of the membership.")
    until: date | None = strawberry.field(description="End of the membership, if it ended.")
    role: str | None = strawberry.field(description="Role in the cluster, if any.")
    source: str | None = strawberry.field(
        description="Where the membership comes from: 'official', 'api', or 'derived' "
        "(inferred from the programme parts of the organisation's projects; not an official "
        "member list)."
    )

    @strawberry.field(description="The cluster.")
    async def cluster(self, info: strawberry.Info[Context]) -> ClusterRef | None:
        from schema.cluster import Cluster

        row = await info.context.loaders.cluster.load(self.cluster_id)
        return Cluster.from_row(row) if row else None


@strawberry.enum(description="An organisation's role in a project.")
class ParticipationRole(Enum):
    COORDINATOR = "COORDINATOR"
    PARTNER = "PARTNER"


@strawberry.type(description="An organisation's part in a project.")
class Participation:
    project_id: strawberry.Private[str]
    role: ParticipationRole | None = strawberry.field(description="Coordinator or partner.")
    contribution: float | None = strawberry.field(
        description="EU contribution to this organisation, in EUR."
    )

    @strawberry.field(description="The project.")
    async def project(self, info: strawberry.Info[Context]) -> ProjectRef | None:
        from schema.project import Project

        row = await info.context.loaders.project.load(self.project_id)
        return Project.from_row(row) if row else None


MAX_COMPETENCES = 200


@strawberry.type(description="A competence: an organisation's weight in a topic.")
class Competence:
    topic_id: strawberry.Private[str]
    weight: float | None = strawberry.field(
        description="Strength of the competence (source 'cordis': number of projects)."
    )
    source: str | None = strawberry.field(description="Where the competence comes from.")

    @strawberry.field(description="The topic.")
    async def topic(self, info: strawberry.Info[Context]) -> Topic | None:
        row = await info.context.loaders.topic.load(self.topic_id)
        return Topic.from_row(row) if row else None


@strawberry.type(description="A partner: an organisation that shared projects with another.")
class PartnerEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The partner.")
    shared_projects: int = strawberry.field(description="Number of projects done together.")
    last_year: int | None = strawberry.field(
        description="Start year of the latest project done together."
    )


@strawberry.type(description="A page of partners, most shared projects first.")
class PartnerConnection:
    edges: list[PartnerEdge] = strawberry.field(description="The partners on this page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    total_count: int = strawberry.field(description="Number of partners in all.")


@strawberry.type(description="A company, research institution, public actor or other actor.")
class Organization(Node):
    name: str | None = strawberry.field(
        description="Name as the best source writes it (see `nameSource`); null when no "
        "source names it: never guessed."
    )
    display_name: str = strawberry.field(
        description="The name, or 'Unnamed organisation (<id>)' when no source names it."
    )
    names: list[str] = strawberry.field(
        description="Every distinct name the sources give, the shown one first."
    )
    name_source: str | None = strawberry.field(
        description="Where the name comes from, by precedence: 'manual' (set through the API "
        "or a bundle), 'cordis' (the CORDIS Horizon 2020 tables), 'horizon-europe' (the "
        "Horizon Europe participants), 'supplement' (other CORDIS and Horizon Dashboard "
        "extracts)."
    )
    short_name: str | None = strawberry.field(description="Short name or acronym.")
    kind: OrganizationKind = strawberry.field(
        description="Kind of organisation; UNKNOWN when no source gives an activity type."
    )
    country: str | None = strawberry.field(
        description="Country code as CORDIS writes it (UK and EL for the UK and Greece)."
    )
    city: str | None = strawberry.field(description="City.")
    region: str | None = strawberry.field(
        description="Region: the NUTS 3 code (e.g. LU000), where a source gives it."
    )
    website: str | None = strawberry.field(description="Website.")
    sources: list[str] = strawberry.field(
        description="The datasets that mention the organisation (e.g. 'CORDIS Horizon 2020 "
        "participations'); empty for organisations created through the API."
    )
    description: str | None = strawberry.field(description="What the organisation does.")
    sme: bool | None = strawberry.field(description="Whether it is a small or medium enterprise.")
    cordis_pic: str | None = strawberry.field(description="CORDIS participant id (PIC).")
    project_count: int = strawberry.field(description="Number of projects it took part in.")
    partner_count: int = strawberry.field(
        description="Number of distinct organisations it shared a project with."
    )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Organization:
        return cls(
            id=strawberry.ID(row["id"]),
            name=row.get("name"),
            display_name=row.get("name") or f"Unnamed organisation ({row['id']})",
            names=row.get("names") or ([row["name"]] if row.get("name") else []),
            name_source=row.get("nameSource"),
            short_name=row.get("shortName"),
            kind=OrganizationKind(row.get("kind") or "Unknown"),
            country=row.get("country"),
            city=row.get("city"),
            region=row.get("region"),
            website=row.get("website"),
            sources=row.get("sources") or [],
            description=row.get("description"),
            sme=row.get("sme"),
            cordis_pic=row.get("pic"),
            project_count=int(row.get("projectCount") or 0),
            partner_count=int(row.get("partnerCount") or 0),
        )

    @strawberry.field(description="Clusters it belongs to, with dates and source.")
    async def clusters(self, info: strawberry.Info[Context]) -> list[Membership]:
        items = await resolve.memberships(info.context, self.id)
        return [
            Membership(
                cluster_id=item["clusterId"],
                since=to_date(item.get("since")),
                until=to_date(item.get("until")),
                role=item.get("role"),
                source=item.get("source"),
            )
            for item in items
        ]

    @strawberry.field(description="Projects it took part in, newest first, with its role.")
    async def projects(self, info: strawberry.Info[Context]) -> list[Participation]:
        items = await resolve.participations(info.context, self.id)
        return [
            Participation(
                project_id=item["projectId"],
                role=ParticipationRole(item["role"]) if item.get("role") else None,
                contribution=item.get("contribution"),
            )
            for item in items
        ]

    @strawberry.field(
        description="Topics it works on, strongest first: every topic its projects address "
        "and the broader ones, weighted by its number of projects on them (source 'cordis'), "
        "and competences set by a data owner (source 'api' or 'bundle')."
    )
    async def competences(
        self,
        info: strawberry.Info[Context],
        kinds: Annotated[
            list[TopicKind] | None,
            strawberry.argument(description="Only topics of these kinds."),
        ] = None,
        first: Annotated[
            int,
            strawberry.argument(description=f"How many (1 to {MAX_COMPETENCES})."),
        ] = 50,
    ) -> list[Competence]:
        if not 1 <= first <= MAX_COMPETENCES:
            raise InvalidInput(f"first: must be between 1 and {MAX_COMPETENCES}, got {first}")
        wanted = tuple(str(k.value) for k in kinds) if kinds else None
        items = await resolve.competences(info.context, self.id, wanted, first)
        return [
            Competence(topic_id=i["topicId"], weight=i.get("weight"), source=i.get("source"))
            for i in items
        ]

    @strawberry.field(
        description="Cluster governance roles held by people affiliated with it (people's "
        "public fields only)."
    )
    async def people(self, info: strawberry.Info[Context]) -> list[ClusterRoleRef]:
        from schema.person import roles_from_items

        items = await info.context.loaders.organization_roles.load(self.id)
        return roles_from_items(items)

    @strawberry.field(
        description="Organisations it shared projects with, most shared projects first."
    )
    async def partners(
        self,
        info: strawberry.Info[Context],
        first: First = None,
        after: After = None,
        as_of: Annotated[
            date | None,
            strawberry.argument(description="Count only projects that started before this date."),
        ] = None,
    ) -> PartnerConnection:
        offset, limit = window(first, after)
        result = await resolve.partners(info.context, self.id, offset, limit, as_of)
        items = result["page"]
        rows = await resolve.get_many(info.context, [item["id"] for item in items])
        by_id = {row["id"]: row for row in rows}
        edges = [
            PartnerEdge(
                cursor=encode_cursor(offset + index),
                node=Organization.from_row(by_id[item["id"]]),
                shared_projects=item["sharedProjects"],
                last_year=item.get("lastYear"),
            )
            for index, item in enumerate(items)
        ]
        total = int(result["total"])
        return PartnerConnection(
            edges=edges,
            page_info=page_info(offset, len(edges), offset + len(edges) < total),
            total_count=total,
        )


@strawberry.type(description="An organisation in a list.")
class OrganizationEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The organisation.")


@strawberry.type(description="A page of organisations (Relay connection).")
class OrganizationConnection:
    edges: list[OrganizationEdge] = strawberry.field(description="The items on this page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    where: strawberry.Private[OrganizationWhere]

    @strawberry.field(description="Number of matching organisations (counted only if asked).")
    async def total_count(self, info: strawberry.Info[Context]) -> int:
        return await resolve.count(info.context, self.where)


async def organization_page(
    context: Context,
    where: OrganizationWhere,
    sort: OrganizationSort,
    first: int | None,
    after: str | None,
) -> OrganizationConnection:
    """A connection over the organisations matching ``where``."""
    offset, limit = window(first, after)
    rows, has_next = await resolve.page(context, where, sort, offset, limit)
    edges = [
        OrganizationEdge(cursor=encode_cursor(offset + i), node=Organization.from_row(row))
        for i, row in enumerate(rows)
    ]
    return OrganizationConnection(
        edges=edges, page_info=page_info(offset, len(edges), has_next), where=where
    )
