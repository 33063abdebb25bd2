"""The Organization type and its edges: memberships, projects, competences, partners.

Read from the maps of the one query its root field sends (``schema.rows``)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any, cast

import strawberry

from resolvers.context import Context
from schema.node import Node
from schema.pagination import After, First, PageInfo
from schema.rows import KEYED, keyed, page_edges, page_info, reads_row, typename_is
from schema.topic import Topic, TopicKind

if TYPE_CHECKING:
    from schema.cluster import Cluster
    from schema.person import ClusterRole
    from schema.project import Project

ClusterRef = Annotated["Cluster", strawberry.lazy("schema.cluster")]
ProjectRef = Annotated["Project", strawberry.lazy("schema.project")]
ClusterRoleRef = Annotated["ClusterRole", strawberry.lazy("schema.person")]

MAX_COMPETENCES = 200


@strawberry.enum(description="The kind of an organisation.")
class OrganizationKind(Enum):
    COMPANY = "Company"
    RESEARCH_INSTITUTION = "ResearchInstitution"
    PUBLIC_ACTOR = "PublicActor"
    OTHER = "OtherActor"
    UNKNOWN = strawberry.enum_value(
        "Unknown",
        description="No source gives an activity type (e.g. an organisation created through "
        "the API without a kind, or known only from the older partial Horizon Europe files).",
    )


@strawberry.enum(
    description="Where a membership stands today. Members and organisations active in a "
    "cluster's domain are counted apart everywhere."
)
class MembershipStanding(Enum):
    MEMBER = strawberry.enum_value(
        "MEMBER",
        description="A current member: from an official list, or added by a cluster manager "
        "(source 'official' or 'api'; not ended, or ending today or later).",
    )
    ACTIVE_IN_DOMAIN = strawberry.enum_value(
        "ACTIVE_IN_DOMAIN",
        description="Not a member: inferred from the organisation's projects on the "
        "cluster's themes (source 'derived'), with its evidence.",
    )
    FORMER = strawberry.enum_value(
        "FORMER",
        description="Ended: its last day (until) is before today. Former members count in no "
        "figure of the cluster.",
    )


def standings_argument(default: str) -> Any:
    """The ``standings`` argument of membership lists."""
    return strawberry.argument(description=f"Only memberships of these standings ({default}).")


@strawberry.type(description="An organisation's membership of a cluster.")
class Membership:
    since: date | None = strawberry.field(description="Start of the membership.")
    until: date | None = strawberry.field(
        description="Last day of the membership, if it ends or ended."
    )
    role: str | None = strawberry.field(description="Role in the cluster, if any.")
    source: str | None = strawberry.field(
        description="Where the membership comes from: 'official' (a member list), 'api' "
        "(added or changed by a cluster manager), or 'derived' (inferred from the topics of "
        "the organisation's projects; not a membership)."
    )
    standing: MembershipStanding = strawberry.field(
        description="Member, active in the domain (inferred), or former (ended)."
    )
    evidence_projects: int | None = strawberry.field(
        description="For an inferred membership: how many of the organisation's projects are "
        "on the cluster's themes (Organization.projects(evidenceFor:) lists them); else null."
    )
    evidence_topics: list[Topic] = strawberry.field(
        description="For an inferred membership: the cluster's themes those projects are on "
        "(the topics mapped to the cluster, docs/demo-network.md); else empty."
    )
    cluster: ClusterRef | None = strawberry.field(description="The cluster.")


@strawberry.enum(description="An organisation's role in a project.")
class ParticipationRole(Enum):
    COORDINATOR = "COORDINATOR"
    PARTNER = "PARTNER"


@strawberry.type(description="One of an organisation's projects, with its part in it.")
class OrganizationProjectEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: ProjectRef = strawberry.field(description="The project.")
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


@strawberry.type(description="A page of an organisation's projects, newest first.")
class OrganizationProjectConnection:
    total_count: int = strawberry.field(description="Number of projects in all.")

    @strawberry.field(description="The projects on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[OrganizationProjectEdge]:
        return cast(list[OrganizationProjectEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))


@strawberry.type(description="A competence: an organisation's weight in a topic.")
class Competence:
    weight: float | None = strawberry.field(
        description="Strength of the competence (source 'cordis': number of projects)."
    )
    source: str | None = strawberry.field(
        description="'cordis' (derived from the organisation's projects) or who set it "
        "('api', 'bundle')."
    )
    topic: Topic | None = strawberry.field(description="The topic.")


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
    total_count: int = strawberry.field(description="Number of partners in all.")

    @strawberry.field(description="The partners on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[PartnerEdge]:
        return cast(list[PartnerEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))


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
        "or a bundle), 'horizon-europe' (CORDIS Horizon Europe, the newest), 'cordis' (the "
        "CORDIS Horizon 2020 tables), 'horizon-europe-partial' (the older partial Horizon "
        "Europe files), 'supplement' (other CORDIS and Horizon Dashboard extracts)."
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
        description="Region: the most detailed NUTS code a source gives (NUTS 3 for most, "
        "e.g. LU000)."
    )
    website: str | None = strawberry.field(description="Website.")
    sources: list[str] = strawberry.field(
        description="The datasets that mention the organisation (e.g. 'CORDIS Horizon 2020 "
        "participations'); empty for organisations created through the API."
    )
    description: str | None = strawberry.field(description="What the organisation does.")
    sme: bool | None = strawberry.field(
        description="Whether it is a small or medium-sized enterprise (SME), as last declared "
        "in CORDIS or set by a manager; null when unknown."
    )
    latitude: float | None = strawberry.field(
        description="Latitude of the organisation's registered address (WGS 84), as CORDIS "
        "publishes it for Horizon Europe participants."
    )
    longitude: float | None = strawberry.field(
        description="Longitude of the organisation's registered address (WGS 84)."
    )
    cordis_pic: str | None = strawberry.field(description="CORDIS participant id (PIC).")
    project_count: int = strawberry.field(description="Number of projects it took part in.")
    coordination_count: int = strawberry.field(
        description="Number of those projects it coordinated."
    )
    partner_count: int = strawberry.field(
        description="Number of distinct organisations it shared a project with."
    )

    @strawberry.field(
        description="Its memberships of clusters, by cluster name, with dates, source and "
        "standing (by default every standing: members, active in the domain, former)."
    )
    @reads_row(KEYED)
    def clusters(
        self,
        info: strawberry.Info[Context],
        standings: Annotated[
            list[MembershipStanding] | None, standings_argument("default: all")
        ] = None,
    ) -> list[Membership]:
        return cast(list[Membership], keyed(self, info))

    people: list[ClusterRoleRef] = strawberry.field(
        description="Cluster governance roles held by people affiliated with it (people's "
        "public fields only)."
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        """Rows of the Node interface are tagged with their type."""
        return isinstance(obj, cls) or typename_is("Organization", obj)

    @strawberry.field(
        description="Projects it took part in, newest start first across programmes (a "
        "project known only by its call year counts as starting at that year's end), with its "
        "role; paged."
    )
    @reads_row(KEYED)
    def projects(
        self,
        info: strawberry.Info[Context],
        first: First = None,
        after: After = None,
        programme: Annotated[
            str | None,
            strawberry.argument(
                description="Only projects of this programme, as stored (H2020, HORIZON, a "
                "cluster's own); H2020 and HORIZON in any case."
            ),
        ] = None,
        topic_id: Annotated[
            strawberry.ID | None,
            strawberry.argument(description="Only projects on this topic or a narrower one."),
        ] = None,
        shared_with: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="Only the projects this other organisation took part in too: "
                "the two organisations' shared projects."
            ),
        ] = None,
        evidence_for: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="Only the projects that make it active in this cluster's domain "
                "(an inferred membership's evidence: its projects on the cluster's themes)."
            ),
        ] = None,
    ) -> OrganizationProjectConnection:
        return cast(OrganizationProjectConnection, keyed(self, info))

    @strawberry.field(
        description="Topics it works on, strongest first: every topic its projects address "
        "and the broader ones, weighted by its number of projects on them (source 'cordis'), "
        "and competences set by a data owner (source 'api' or 'bundle')."
    )
    @reads_row(KEYED)
    def competences(
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
        return cast(list[Competence], keyed(self, info))

    @strawberry.field(
        description="Organisations it shared projects with, most shared projects first."
    )
    @reads_row(KEYED)
    def partners(
        self,
        info: strawberry.Info[Context],
        first: First = None,
        after: After = None,
        as_of: Annotated[
            date | None,
            strawberry.argument(
                description="Count only projects that started before this date (a project "
                "known only by its call year counts when that year is before the date's year)."
            ),
        ] = None,
        common_with: Annotated[
            strawberry.ID | None,
            strawberry.argument(
                description="Only partners this other organisation also shared a project with "
                "(at any time; `asOf` counts this organisation's projects only): the two "
                "organisations' common partners."
            ),
        ] = None,
    ) -> PartnerConnection:
        return cast(PartnerConnection, keyed(self, info))


@strawberry.type(description="An organisation in a list.")
class OrganizationEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The organisation.")
    projects_on_topic: int | None = strawberry.field(
        description="Ordered by TOPIC_PROJECT_COUNT: its projects on filter.topicId (or on a "
        "narrower topic), the count the list is ordered by; else null."
    )


@strawberry.type(description="A page of organisations (Relay connection).")
class OrganizationConnection:
    total_count: int = strawberry.field(
        description="Number of matching organisations (counted only if asked)."
    )

    @strawberry.field(description="The items on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[OrganizationEdge]:
        return cast(list[OrganizationEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))
