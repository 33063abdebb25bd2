"""Resolvers for the Node interface."""

from __future__ import annotations

import strawberry

from graph.client import Row
from graph.errors import BadArgument
from graph.paging import MAX_PAGE_SIZE
from graph.repositories import reads
from graph.repositories import suggestions as suggestion_reads
from resolvers import suggestions as suggestion_resolvers
from resolvers.context import Context
from resolvers.selection import selection


async def node(info: strawberry.Info[Context], node_id: str) -> Row | None:
    """Any organisation, project, cluster or topic by id, or None (one query)."""
    context = info.context
    return await reads.one(context.graph, context.compiler(), "Node", node_id, selection(info))


async def topics(info: strawberry.Info[Context], ids: list[str]) -> list[Row]:
    """The topics of ``ids`` that the data holds, in the order given, each once (one query)."""
    if len(ids) > MAX_PAGE_SIZE:
        raise BadArgument("ids", f"at most {MAX_PAGE_SIZE} at once, got {len(ids)}")
    context = info.context
    wanted = list(dict.fromkeys(ids))
    found = await reads.by_ids(context.graph, context.compiler(), "Topic", wanted, selection(info))
    return [found[topic_id] for topic_id in wanted if topic_id in found]


async def call_topic(info: strawberry.Info[Context], code: str) -> Row | None:
    """The call topic a code names, in any case, or None when the data does not have it."""
    context = info.context
    checked = suggestion_resolvers.checked_call_topic(code, "code") or ""
    found = await suggestion_reads.call_topic(context.graph, checked)
    if found is None:
        return None
    topic_id = f"call-{found.code}"
    return await reads.one(context.graph, context.compiler(), "Topic", topic_id, selection(info))
