"""Resolvers for organisations: one by id, and filtered pages (one query each)."""

from __future__ import annotations

import strawberry

from graph.client import Row
from graph.paging import window
from graph.repositories import organizations as repo
from graph.repositories import reads
from graph.repositories.organizations import OrganizationFilter, OrganizationSort
from resolvers.context import Context
from resolvers.filters import empty_because_unknown
from resolvers.selection import selection


async def get(info: strawberry.Info[Context], organization_id: str) -> Row | None:
    """One organisation with what the request selects, or None if the id is unknown."""
    context = info.context
    return await reads.one(
        context.graph, context.compiler(), "Organization", organization_id, selection(info)
    )


async def page(
    info: strawberry.Info[Context],
    where: OrganizationFilter,
    sort: OrganizationSort,
    first: int | None,
    after: str | None,
) -> Row:
    """A page of organisations (a connection map, see ``schema.rows``)."""
    context = info.context
    found = await repo.page(
        context.graph, context.compiler(), where, sort, window(first, after), selection(info)
    )
    await empty_because_unknown(context.graph, found, where.cluster_id, where.topic_id)
    return found
