"""Resolvers for the Node interface."""

from __future__ import annotations

from graph.repositories import nodes as repo
from resolvers.context import Context


async def label_of(context: Context, node_id: str) -> str | None:
    """The label of the node with this id, or None if there is none."""
    return await repo.label_of(context.graph, node_id)
