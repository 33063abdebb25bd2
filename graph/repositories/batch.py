"""Batched look-ups by id, the shape every DataLoader needs.

Each query named here takes ``$ids`` and returns one row per id found.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graph.client import Graph, Row
from graph.cypher import query


async def entities(graph: Graph, name: str, column: str, ids: Sequence[str]) -> dict[str, Row]:
    """Run ``<name>.cypher`` for ``ids``; map each id to the map in ``column``."""
    rows = await graph.read(query(name), {"ids": list(ids)})
    return {row[column]["id"]: row[column] for row in rows}


async def lists(graph: Graph, name: str, ids: Sequence[str]) -> dict[str, list[Any]]:
    """Run ``<name>.cypher`` for ``ids``; map each id to its ``items`` list."""
    rows = await graph.read(query(name), {"ids": list(ids)})
    return {row["id"]: row["items"] for row in rows}
