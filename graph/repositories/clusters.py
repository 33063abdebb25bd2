"""Clusters: the list of every cluster (one query, with what the request selects)."""

from __future__ import annotations

from graph.client import Graph, Row
from graph.select import Compiler, Selection

MAX_CLUSTERS = 1000


async def all_clusters(graph: Graph, compiler: Compiler, sel: Selection) -> list[Row]:
    """Every cluster, by name, with what ``sel`` selects."""
    part = compiler.project("Cluster", 0, sel)
    cypher = (
        "MATCH (n0:Cluster) WITH n0 ORDER BY n0.name, n0.id LIMIT $maxClusters "
        + " ".join(part.calls)
        + " RETURN "
        + part.text
        + " AS row"
    )
    rows = await graph.read(cypher, {**compiler.params, "maxClusters": MAX_CLUSTERS})
    return [row["row"] for row in rows]
