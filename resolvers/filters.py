"""Ids that a list's filter names: an empty page says whether they exist."""

from __future__ import annotations

from graph.client import Graph, Row
from graph.errors import BadArgument
from graph.repositories import reads
from graph.values import shown


async def empty_because_unknown(
    graph: Graph, page: Row, cluster_id: str | None, topic_id: str | None
) -> None:
    """When a filtered page is empty, a clear error if its ``clusterId`` or ``topicId`` names
    no node (a stale or mistyped link), rather than an empty list; a page with items costs
    nothing more."""
    if page["edges"]:
        return
    for field, label, node_id in (
        ("filter.clusterId", "Cluster", cluster_id),
        ("filter.topicId", "Topic", topic_id),
    ):
        if node_id is not None and not await reads.existing(graph, label, [node_id]):
            raise BadArgument(field, f"no {label.lower()} with id {shown(node_id)}")
