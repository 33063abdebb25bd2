"""Nodes of any label, by id."""

from __future__ import annotations

from graph.client import Graph
from graph.cypher import query


async def label_of(graph: Graph, node_id: str) -> str | None:
    """The label of the node with this id, or None if there is none."""
    rows = await graph.read(query("node_label"), {"id": node_id})
    return rows[0]["label"] if rows else None
