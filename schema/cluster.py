"""The Cluster type (read from the answer's maps: ``schema.rows``)."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, cast

import strawberry

from graph.repositories.indicators import Group
from resolvers.context import Context
from schema.geography import ClusterGeography, cluster_geography
from schema.indicator import (
    IndicatorsArgument,
    IndicatorSeries,
    PeriodEnd,
    PeriodStart,
    PopulationsArgument,
    group_series,
)
from schema.node import Node
from schema.objective import Objective
from schema.organization import (
    MembershipStanding,
    Organization,
    OrganizationKind,
    standings_argument,
)
from schema.pagination import After, First, PageInfo
from schema.person import ClusterRole
from schema.project_list import ProjectConnection
from schema.rows import KEYED, keyed, page_edges, page_info, reads_row, typename_is
from schema.topic import Topic

MEMBER_ONLY = [MembershipStanding.MEMBER]


@strawberry.type(description="A name a cluster had, with the dates it was valid.")
class ClusterAlias:
    name: str = strawberry.field(description="The name.")
    since: date | None = strawberry.field(description="First day the name was used.")
    until: date | None = strawberry.field(description="Last day the name was used, if it ended.")


@strawberry.type(description="An organisation's membership of this cluster.")
class ClusterMemberEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The member.")
    since: date | None = strawberry.field(description="Start of the membership.")
    until: date | None = strawberry.field(description="End of the membership, if it ended.")
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
        description="For an inferred membership: the cluster's themes those projects are on; "
        "else empty."
    )


@strawberry.type(description="A page of a cluster's members, by name (Relay connection).")
class ClusterMemberConnection:
    total_count: int = strawberry.field(
        description="Number of memberships of the standings and kind asked."
    )

    @strawberry.field(description="The members on this page.")
    @reads_row(page_edges)
    def edges(self) -> list[ClusterMemberEdge]:
        return cast(list[ClusterMemberEdge], page_edges(self))

    @strawberry.field(description="Where this page stands.")
    @reads_row(page_info)
    def page_info(self) -> PageInfo:
        return cast(PageInfo, page_info(self))


@strawberry.type(description="How many organisations of one kind a cluster has.")
class KindCount:
    kind: OrganizationKind = strawberry.field(description="The kind of organisation.")
    count: int = strawberry.field(
        description="Number of organisations of that kind with a membership of the standings asked."
    )


@strawberry.type(
    description="Headline figures of a cluster. Members and organisations active in its "
    "domain are counted apart; former members count nowhere. 'Current' below means members "
    "and organisations active in the domain, not former members."
)
class ClusterStats:
    members: int = strawberry.field(
        description="Current members: from an official list or added by a cluster manager."
    )
    active_in_domain: int = strawberry.field(
        description="Organisations active in the cluster's domain, inferred from their "
        "projects (not members)."
    )
    former_members: int = strawberry.field(description="Memberships that ended.")
    projects: int = strawberry.field(
        description="Number of projects: PART_OF the cluster or with a current member or an "
        "organisation active in the domain among the participants (as Cluster.projects)."
    )
    partners_outside: int = strawberry.field(
        description="Distinct organisations that share a project with a current member or an "
        "organisation active in the domain, and are neither themselves."
    )
    countries: int = strawberry.field(
        description="Distinct countries of the current members and of the organisations "
        "active in the domain."
    )


@strawberry.type(
    description="A member, or an organisation active in the cluster's domain, that connects "
    "its cluster to other clusters (memberships of either kind count, former ones do not)."
)
class ClusterBridge:
    organization: Organization = strawberry.field(description="The organisation.")
    other_memberships: int = strawberry.field(
        description="Number of other clusters it is a member of or active in the domain of."
    )
    partners_in_other_clusters: int = strawberry.field(
        description="Distinct partners (shared projects) that are members of another "
        "cluster or active in its domain."
    )
    score: float = strawberry.field(
        description="otherMemberships + partnersInOtherClusters; higher bridges more."
    )
    other_clusters: list[Cluster] = strawberry.field(
        description="Other clusters reached: those the member belongs to, then those of its "
        "partners."
    )


@strawberry.type(description="A cluster of the programme: organisations working on one sector.")
class Cluster(Node):
    name: str = strawberry.field(description="Current name.")
    display_name: str = strawberry.field(description="Its current name, as `name`.")
    sector: str | None = strawberry.field(description="The sector the cluster serves.")
    description: str | None = strawberry.field(description="What the cluster is about.")
    launch_date: date | None = strawberry.field(description="When the cluster was launched.")
    country: str | None = strawberry.field(
        description="The country (ISO 3166 code, as organisations have it) most of its current "
        "members and organisations active in its domain are in; null without any."
    )
    aliases: list[ClusterAlias] = strawberry.field(
        description="Every name the cluster has had, with validity dates."
    )
    governance: list[ClusterRole] = strawberry.field(
        description="Governance: president, vice-presidents and cluster manager, with the "
        "people's public fields only."
    )
    topics: list[Topic] = strawberry.field(description="Topics the cluster focuses on, by name.")
    objectives: list[Objective] = strawberry.field(
        description="Measurable objectives, by deadline, with measurements."
    )
    stats: ClusterStats = strawberry.field(description="Headline figures of the cluster.")

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        """Rows of the Node interface are tagged with their type."""
        return isinstance(obj, cls) or typename_is("Cluster", obj)

    @strawberry.field(
        description="Organisations with a membership of the cluster, with the membership: "
        "members by name, then the organisations inferred active in its domain, most "
        "projects on its topics first (evidenceProjects); by default its current members "
        "only (not the organisations active in its domain, nor former members)."
    )
    @reads_row(KEYED)
    def members(
        self,
        info: strawberry.Info[Context],
        kind: Annotated[
            OrganizationKind | None,
            strawberry.argument(description="Only organisations of this kind."),
        ] = None,
        standings: Annotated[
            list[MembershipStanding], standings_argument("default: MEMBER")
        ] = MEMBER_ONLY,
        first: First = None,
        after: After = None,
    ) -> ClusterMemberConnection:
        return cast(ClusterMemberConnection, keyed(self, info))

    @strawberry.field(
        description="Number of organisations of each kind with a membership of the standings "
        "asked (by default current members only), most first; kinds without any left out."
    )
    @reads_row(KEYED)
    def member_counts(
        self,
        info: strawberry.Info[Context],
        standings: Annotated[
            list[MembershipStanding], standings_argument("default: MEMBER")
        ] = MEMBER_ONLY,
    ) -> list[KindCount]:
        return cast(list[KindCount], keyed(self, info))

    @strawberry.field(
        description="The cluster's projects: those PART_OF it and those with at least one "
        "current member or organisation active in its domain among the participants; newest "
        "first, then by id."
    )
    @reads_row(KEYED)
    def projects(
        self, info: strawberry.Info[Context], first: First = None, after: After = None
    ) -> ProjectConnection:
        return cast(ProjectConnection, keyed(self, info))

    @strawberry.field(
        description="Indicators of the five-point plan computed from the graph, per year and "
        "for the whole period, for its members and for the organisations active in its "
        "domain, each apart (Query.indicatorDefinitions says what each counts)."
    )
    async def indicators(
        self,
        info: strawberry.Info[Context],
        from_: PeriodStart = None,
        to: PeriodEnd = None,
        populations: PopulationsArgument = None,
        indicators: IndicatorsArgument = None,
    ) -> list[IndicatorSeries]:
        cluster_id = str(cast(Any, self)["id"])
        group = Group(cluster_id, (cluster_id,))
        return await group_series(info, group, from_, to, populations, indicators)

    @strawberry.field(
        description="Where its members and the organisations active in its domain are, and "
        "where their foreign partners are, by country and by NUTS 2 region, with the projects "
        "shared with those partners: one entry per population asked (both by default, each "
        "apart), for the map of the internationalisation area."
    )
    async def geography(
        self,
        info: strawberry.Info[Context],
        from_: PeriodStart = None,
        to: PeriodEnd = None,
        populations: PopulationsArgument = None,
    ) -> list[ClusterGeography]:
        return await cluster_geography(info, str(cast(Any, self)["id"]), from_, to, populations)

    @strawberry.field(
        description="Members (and organisations active in its domain) that connect this "
        "cluster to other clusters, best first. score = number of other clusters the member "
        "belongs to + number of distinct partners (shared projects) that are members of "
        "another cluster; former members count nowhere. Members with score 0 are left out."
    )
    @reads_row(KEYED)
    def bridges(
        self,
        info: strawberry.Info[Context],
        first: Annotated[
            int | None, strawberry.argument(description="How many, 1 to 100 (default 10).")
        ] = None,
    ) -> list[ClusterBridge]:
        return cast(list[ClusterBridge], keyed(self, info))
