"""Resolvers for the initiative (one query, plus its indicators when asked)."""

from __future__ import annotations

from dataclasses import replace

import strawberry

from graph.client import Row
from graph.repositories import initiatives as repo
from graph.select import Selection
from resolvers.context import Context
from resolvers.selection import selection

# The indicators of an initiative are those of its clusters together: its cluster ids are
# always read with it.
CLUSTER_IDS = Selection("clusterIds", "cluster_ids")


async def get(info: strawberry.Info[Context], initiative_id: str | None) -> Row | None:
    """The initiative (by id, or the first by name) with what the request selects."""
    sel = selection(info)
    fields = dict(sel.fields)
    fields["Initiative"] = (*fields.get("Initiative", ()), CLUSTER_IDS)
    context = info.context
    return await repo.one(
        context.graph, context.compiler(), initiative_id, replace(sel, fields=fields)
    )
