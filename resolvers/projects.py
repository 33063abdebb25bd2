"""Resolvers for projects: one by id, and filtered pages (one query each)."""

from __future__ import annotations

import strawberry

from graph.client import Row
from graph.paging import window
from graph.repositories import projects as repo
from graph.repositories import reads
from graph.repositories.projects import ProjectFilter
from resolvers.context import Context
from resolvers.filters import empty_because_unknown
from resolvers.selection import selection


async def get(info: strawberry.Info[Context], project_id: str) -> Row | None:
    """One project with what the request selects, or None if the id is unknown."""
    context = info.context
    return await reads.one(
        context.graph, context.compiler(), "Project", project_id, selection(info)
    )


async def page(
    info: strawberry.Info[Context], where: ProjectFilter, first: int | None, after: str | None
) -> Row:
    """A page of projects, newest first (a connection map, see ``schema.rows``)."""
    context = info.context
    found = await repo.page(
        context.graph, context.compiler(), where, window(first, after), selection(info)
    )
    await empty_because_unknown(context.graph, found, where.cluster_id, where.topic_id)
    return found
