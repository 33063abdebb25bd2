"""Resolvers for clusters (one query each)."""

from __future__ import annotations

import strawberry

from graph.client import Row
from graph.repositories import clusters as repo
from graph.repositories import reads
from resolvers.context import Context
from resolvers.selection import selection


async def all_clusters(info: strawberry.Info[Context]) -> list[Row]:
    """Every cluster of the programme, by name, with what the request selects."""
    return await repo.all_clusters(info.context.graph, info.context.compiler(), selection(info))


async def get(info: strawberry.Info[Context], cluster_id: str) -> Row | None:
    """One cluster with what the request selects, or None if the id is unknown."""
    context = info.context
    return await reads.one(
        context.graph, context.compiler(), "Cluster", cluster_id, selection(info)
    )
