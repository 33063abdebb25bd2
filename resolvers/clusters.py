"""Resolvers for clusters."""

from __future__ import annotations

from typing import Any

from graph.client import Row
from graph.repositories import clusters as repo
from graph.repositories.clusters import BridgeList, MemberPage, ProjectPage
from resolvers.context import Context


async def list_clusters(context: Context) -> list[Row]:
    """Every cluster of the programme, by name."""
    return await repo.list_clusters(context.graph)


async def member_page(
    context: Context, cluster_id: str, kind: str | None, offset: int, limit: int
) -> Row:
    """``{total, page: [{organizationId, since, until, role, source}]}`` by name."""
    return await context.loaders.cluster_member_pages.load(
        MemberPage(cluster_id, kind, offset, limit)
    )


async def member_counts(context: Context, cluster_id: str) -> list[Any]:
    """``[{kind, count}]``: members per kind label, largest first."""
    return await context.loaders.cluster_member_counts.load(cluster_id)


async def governance(context: Context, cluster_id: str) -> list[Any]:
    """``[{personId, clusterId, role, since, until}]``, president first."""
    return await context.loaders.cluster_governance.load(cluster_id)


async def roles_of_organization(context: Context, organization_id: str) -> list[Any]:
    """Cluster roles held by people affiliated with an organisation, same shape as above."""
    return await context.loaders.organization_roles.load(organization_id)


async def people(context: Context, ids: list[str]) -> list[Row | None]:
    """People's public fields, in the order of ``ids`` (None where unknown)."""
    return await context.loaders.person.load_many(ids)


async def topic_ids(context: Context, cluster_id: str) -> list[Any]:
    """Ids of the topics the cluster focuses on."""
    return await context.loaders.cluster_topics.load(cluster_id)


async def objectives(context: Context, cluster_id: str) -> list[Any]:
    """Objectives with their measurements (oldest first)."""
    return await context.loaders.cluster_objectives.load(cluster_id)


async def stats(context: Context, cluster_id: str) -> Row | None:
    """``{members, projects, partnersOutside, countries}``; None for an unknown cluster."""
    return await context.loaders.cluster_stats.load(cluster_id)


async def project_page(context: Context, cluster_id: str, offset: int, limit: int) -> Row:
    """``{total, page: [projectId]}``, newest first."""
    return await context.loaders.cluster_project_pages.load(ProjectPage(cluster_id, offset, limit))


async def bridges(context: Context, cluster_id: str, limit: int) -> list[Row]:
    """``[{organizationId, otherClusterIds, memberships, partners, score}]``, best first."""
    return await context.loaders.cluster_bridges.load(BridgeList(cluster_id, limit))
