"""Resolvers for project lists."""

from __future__ import annotations

from graph.client import Row
from graph.repositories import projects as repo
from graph.repositories.projects import ProjectFilter
from resolvers.context import Context


async def get_many(context: Context, ids: list[str]) -> list[Row]:
    """Projects in the order of ``ids``; unknown ids are skipped."""
    rows = await context.loaders.project.load_many(ids)
    return [row for row in rows if row is not None]


async def page(
    context: Context, where: ProjectFilter, offset: int, limit: int
) -> tuple[list[Row], bool]:
    """One page of projects, newest first, and whether more follow."""
    ids = await repo.list_ids(context.graph, where, offset, limit + 1)
    return await get_many(context, ids[:limit]), len(ids) > limit


async def count(context: Context, where: ProjectFilter) -> int:
    """How many projects match ``where``."""
    return await repo.count(context.graph, where)
