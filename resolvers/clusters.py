"""Resolvers for clusters."""

from __future__ import annotations

from graph.client import Row
from graph.repositories import clusters as repo
from resolvers.context import Context


async def list_clusters(context: Context) -> list[Row]:
    """Every cluster of the programme, by name."""
    return await repo.list_clusters(context.graph)
