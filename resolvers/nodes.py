"""Resolvers for the Node interface."""

from __future__ import annotations

import strawberry

from graph.client import Row
from graph.repositories import reads
from resolvers.context import Context
from resolvers.selection import selection


async def node(info: strawberry.Info[Context], node_id: str) -> Row | None:
    """Any organisation, project, cluster or topic by id, or None (one query)."""
    context = info.context
    return await reads.one(context.graph, context.compiler(), "Node", node_id, selection(info))
