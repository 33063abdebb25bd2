"""The Cluster type."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

import strawberry

from graph.repositories.projects import ProjectFilter as ProjectWhere
from resolvers import clusters as resolve
from resolvers.context import Context
from schema.convert import to_date
from schema.errors import InvalidInput
from schema.node import Node
from schema.objective import Objective
from schema.organization import Organization, OrganizationKind
from schema.pagination import (
    MAX_PAGE_SIZE,
    After,
    First,
    PageInfo,
    encode_cursor,
    page_info,
    window,
)
from schema.person import ClusterRole, roles_from_items
from schema.project_list import ProjectConnection, project_connection
from schema.topic import Topic

DEFAULT_BRIDGES = 10


@strawberry.type(description="A name a cluster had, with the dates it was valid.")
class ClusterAlias:
    name: str = strawberry.field(description="The name.")
    since: date | None = strawberry.field(description="First day the name was used.")
    until: date | None = strawberry.field(description="Last day the name was used, if it ended.")


@strawberry.type(description="A cluster of the programme: organisations working on one sector.")
class Cluster(Node):
    name: str = strawberry.field(description="Current name.")
    sector: str | None = strawberry.field(description="The sector the cluster serves.")
    description: str | None = strawberry.field(description="What the cluster is about.")
    launch_date: date | None = strawberry.field(description="When the cluster was launched.")
    aliases: list[ClusterAlias] = strawberry.field(
        description="Every name the cluster has had, with validity dates."
    )

    @strawberry.field(description="Member organisations, by name, with their membership.")
    async def members(
        self,
        info: strawberry.Info[Context],
        kind: Annotated[
            OrganizationKind | None, strawberry.argument(description="Only members of this kind.")
        ] = None,
        first: First = None,
        after: After = None,
    ) -> ClusterMemberConnection:
        offset, limit = window(first, after)
        label = kind.value if kind else None
        result = await resolve.member_page(info.context, self.id, label, offset, limit)
        items = result["page"]
        orgs = await info.context.loaders.organization.load_many(
            [item["organizationId"] for item in items]
        )
        edges = [
            ClusterMemberEdge(
                cursor=encode_cursor(offset + index),
                node=Organization.from_row(org),
                since=to_date(item.get("since")),
                until=to_date(item.get("until")),
                role=item.get("role"),
                source=item.get("source"),
            )
            for index, (item, org) in enumerate(zip(items, orgs, strict=True))
            if org is not None
        ]
        total = int(result["total"])
        return ClusterMemberConnection(
            edges=edges,
            page_info=page_info(offset, len(edges), offset + len(items) < total),
            total_count=total,
        )

    @strawberry.field(
        description="Number of members of each kind (kinds without members left out)."
    )
    async def member_counts(self, info: strawberry.Info[Context]) -> list[KindCount]:
        items = await resolve.member_counts(info.context, self.id)
        return [KindCount(kind=OrganizationKind(i["kind"]), count=int(i["count"])) for i in items]

    @strawberry.field(
        description="Governance: president, vice-presidents and cluster manager, with the "
        "people's public fields only."
    )
    async def governance(self, info: strawberry.Info[Context]) -> list[ClusterRole]:
        return roles_from_items(await resolve.governance(info.context, self.id))

    @strawberry.field(
        description="The cluster's projects: those PART_OF it and those with at least one "
        "member among the participants; newest first, then by id."
    )
    async def projects(
        self,
        info: strawberry.Info[Context],
        first: First = None,
        after: After = None,
    ) -> ProjectConnection:
        offset, limit = window(first, after)
        result = await resolve.project_page(info.context, self.id, offset, limit)
        ids = list(result["page"])
        rows = await info.context.loaders.project.load_many(ids)
        total = int(result["total"])
        return project_connection(
            [row for row in rows if row is not None],
            offset,
            offset + len(ids) < total,
            ProjectWhere(cluster_id=self.id),
            total,
        )

    @strawberry.field(description="Topics the cluster focuses on, by name.")
    async def topics(self, info: strawberry.Info[Context]) -> list[Topic]:
        ids = await resolve.topic_ids(info.context, self.id)
        rows = await info.context.loaders.topic.load_many(ids)
        return [Topic.from_row(row) for row in rows if row is not None]

    @strawberry.field(description="Measurable objectives, by deadline, with measurements.")
    async def objectives(self, info: strawberry.Info[Context]) -> list[Objective]:
        items = await resolve.objectives(info.context, self.id)
        return [Objective.from_row(item) for item in items]

    @strawberry.field(description="Headline figures of the cluster.")
    async def stats(self, info: strawberry.Info[Context]) -> ClusterStats:
        row = await resolve.stats(info.context, self.id) or {}
        return ClusterStats(
            members=int(row.get("members") or 0),
            projects=int(row.get("projects") or 0),
            partners_outside=int(row.get("partnersOutside") or 0),
            countries=int(row.get("countries") or 0),
        )

    @strawberry.field(
        description="Members that connect this cluster to other clusters, best first. "
        "score = number of other clusters the member belongs to + number of distinct "
        "partners (shared projects) that are members of another cluster. Members with "
        "score 0 are left out."
    )
    async def bridges(
        self,
        info: strawberry.Info[Context],
        first: Annotated[
            int | None, strawberry.argument(description="How many, at most 100 (default 10).")
        ] = None,
    ) -> list[ClusterBridge]:
        limit = DEFAULT_BRIDGES if first is None else first
        if not 0 <= limit <= MAX_PAGE_SIZE:
            raise InvalidInput(f"first: must be between 0 and {MAX_PAGE_SIZE}, got {limit}")
        items = await resolve.bridges(info.context, self.id, limit)
        orgs = await info.context.loaders.organization.load_many(
            [item["organizationId"] for item in items]
        )
        return [
            ClusterBridge(
                organization=Organization.from_row(org),
                other_cluster_ids=list(item["otherClusterIds"]),
                other_memberships=int(item["memberships"]),
                partners_in_other_clusters=int(item["partners"]),
                score=float(item["score"]),
            )
            for item, org in zip(items, orgs, strict=True)
            if org is not None
        ]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Cluster:
        names = row.get("aliasNames") or []
        since = row.get("aliasSince") or [None] * len(names)
        until = row.get("aliasUntil") or [None] * len(names)
        return cls(
            id=strawberry.ID(row["id"]),
            name=row["name"],
            sector=row.get("sector"),
            description=row.get("description"),
            launch_date=to_date(row.get("launchDate")),
            aliases=[
                ClusterAlias(name=n, since=_open_ended(s), until=_open_ended(u))
                for n, s, u in zip(names, since, until, strict=False)
            ],
        )


@strawberry.type(description="An organisation's membership of this cluster.")
class ClusterMemberEdge:
    cursor: str = strawberry.field(description="Cursor of this edge.")
    node: Organization = strawberry.field(description="The member.")
    since: date | None = strawberry.field(description="Start of the membership.")
    until: date | None = strawberry.field(description="End of the membership, if it ended.")
    role: str | None = strawberry.field(description="Role in the cluster, if any.")
    source: str | None = strawberry.field(
        description="Where the membership comes from: 'official', 'api', or 'derived' "
        "(inferred from the programme parts of the member's projects; not an official list)."
    )


@strawberry.type(description="A page of a cluster's members, by name (Relay connection).")
class ClusterMemberConnection:
    edges: list[ClusterMemberEdge] = strawberry.field(description="The members on this page.")
    page_info: PageInfo = strawberry.field(description="Where this page stands.")
    total_count: int = strawberry.field(description="Number of members (of the kind asked).")


@strawberry.type(description="How many members a cluster has of one kind.")
class KindCount:
    kind: OrganizationKind = strawberry.field(description="The kind of organisation.")
    count: int = strawberry.field(description="Number of members of that kind.")


@strawberry.type(description="Headline figures of a cluster.")
class ClusterStats:
    members: int = strawberry.field(description="Number of member organisations.")
    projects: int = strawberry.field(
        description="Number of projects: PART_OF the cluster or with a member among the "
        "participants (as Cluster.projects)."
    )
    partners_outside: int = strawberry.field(
        description="Distinct organisations that share a project with a member and are not "
        "members themselves."
    )
    countries: int = strawberry.field(description="Distinct countries of the members.")


@strawberry.type(description="A member that connects its cluster to other clusters.")
class ClusterBridge:
    organization: Organization = strawberry.field(description="The member.")
    other_cluster_ids: strawberry.Private[list[str]]
    other_memberships: int = strawberry.field(
        description="Number of other clusters the member itself belongs to."
    )
    partners_in_other_clusters: int = strawberry.field(
        description="Distinct partners (shared projects) that are members of another cluster."
    )
    score: float = strawberry.field(
        description="otherMemberships + partnersInOtherClusters; higher bridges more."
    )

    @strawberry.field(
        description="Other clusters reached: those the member belongs to, then those of its "
        "partners."
    )
    async def other_clusters(self, info: strawberry.Info[Context]) -> list[Cluster]:
        rows = await info.context.loaders.cluster.load_many(self.other_cluster_ids)
        return [Cluster.from_row(row) for row in rows if row is not None]


def _open_ended(value: Any) -> date | None:
    """Alias dates are stored in lists, which cannot hold null: sentinels mean 'open'."""
    day = to_date(value)
    return None if day is None or day.year in (1, 9999) else day
