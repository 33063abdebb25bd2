"""Clusters: the programme's groupings of organisations."""

from __future__ import annotations

from graph.client import Graph, Row
from graph.cypher import query


async def list_clusters(graph: Graph) -> list[Row]:
    """Every cluster, ordered by name."""
    rows = await graph.read(query("cluster_list"))
    return [row["cluster"] for row in rows]
