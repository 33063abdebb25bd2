"""Personal data: a person's contact details, read only within the viewer's scope."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.client import Graph, Row
from graph.cypher import query


async def person_contact(graph: Graph, scope: Mapping[str, Any], person_id: str) -> Row | None:
    """``{email, phone}`` when ``scope`` may see them (checked by the query), else None."""
    rows = await graph.read(query("person_contact"), {**scope, "personId": person_id})
    return rows[0] if rows else None
