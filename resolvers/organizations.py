"""Resolvers for organisations: lists, details and partners."""

from __future__ import annotations

from datetime import date
from typing import Any

from graph.client import Row
from graph.repositories import organizations as repo
from graph.repositories.organizations import (
    CompetenceList,
    OrganizationFilter,
    OrganizationSort,
    PartnerPage,
)
from resolvers.context import Context


async def get(context: Context, organization_id: str) -> Row | None:
    """One organisation, or None if the id is unknown."""
    return await context.loaders.organization.load(organization_id)


async def get_many(context: Context, ids: list[str]) -> list[Row]:
    """Organisations in the order of ``ids``; unknown ids are skipped."""
    rows = await context.loaders.organization.load_many(ids)
    return [row for row in rows if row is not None]


async def page(
    context: Context, where: OrganizationFilter, sort: OrganizationSort, offset: int, limit: int
) -> tuple[list[Row], bool]:
    """One page of organisations and whether more follow."""
    ids = await repo.list_ids(context.graph, where, sort, offset, limit + 1)
    return await get_many(context, ids[:limit]), len(ids) > limit


async def count(context: Context, where: OrganizationFilter) -> int:
    """How many organisations match ``where``."""
    return await repo.count(context.graph, where)


async def partners(
    context: Context, organization_id: str, offset: int, limit: int, as_of: date | None
) -> Row:
    """``{total, page: [{id, sharedProjects, lastYear}]}`` for one organisation."""
    return await context.loaders.partners.load(PartnerPage(organization_id, offset, limit, as_of))


async def memberships(context: Context, organization_id: str) -> list[Any]:
    """Cluster memberships: ``{clusterId, since, until, role, source}``."""
    return await context.loaders.memberships.load(organization_id)


async def participations(context: Context, organization_id: str) -> list[Any]:
    """Projects: ``{projectId, role, contribution}``, newest first."""
    return await context.loaders.participations.load(organization_id)


async def competences(
    context: Context, organization_id: str, kinds: tuple[str, ...] | None, limit: int
) -> list[Row]:
    """Competences: ``{topicId, weight, source}``, strongest first."""
    return await context.loaders.competences.load(CompetenceList(organization_id, kinds, limit))
