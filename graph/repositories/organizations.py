"""Organisations: lists with filters, details, and partners derived from shared projects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, LiteralString

from graph.client import Graph, Row
from graph.cypher import query
from graph.repositories.search import ids_matching


class OrganizationSort(Enum):
    """Whitelisted orderings, each mapped to a fixed ORDER BY text."""

    NAME_ASC = "ORDER BY o.name IS NULL, o.name, o.id"
    NAME_DESC = "ORDER BY o.name IS NULL, o.name DESC, o.id"
    PROJECTS_DESC = "ORDER BY COUNT { (o)-[:PARTICIPATES_IN]->() } DESC, o.id"
    PROJECTS_ASC = "ORDER BY COUNT { (o)-[:PARTICIPATES_IN]->() }, o.id"
    PARTNERS_DESC = "ORDER BY coalesce(o.partnerCount, 0) DESC, o.id"
    PARTNERS_ASC = "ORDER BY coalesce(o.partnerCount, 0), o.id"


@dataclass(frozen=True)
class OrganizationFilter:
    """Conditions on organisations; None means no condition."""

    kinds: Sequence[str] | None = None  # graph labels: Company, ResearchInstitution, ...
    country: str | None = None
    cluster_id: str | None = None
    topic_id: str | None = None
    text: str | None = None
    active_from: date | None = None
    active_until: date | None = None


TEXT_MATCH_LIMIT = 1000


async def _params(graph: Graph, where: OrganizationFilter) -> dict[str, Any]:
    ids = None
    if where.text:
        ids = await ids_matching(graph, where.text, "Organization", TEXT_MATCH_LIMIT)
    return {
        "ids": ids,
        "kinds": list(where.kinds) if where.kinds else None,
        "country": where.country,
        "clusterId": where.cluster_id,
        "topicId": where.topic_id,
        "activeFrom": where.active_from,
        "activeUntil": where.active_until,
    }


async def list_ids(
    graph: Graph, where: OrganizationFilter, sort: OrganizationSort, offset: int, limit: int
) -> list[str]:
    """One page of organisation ids matching ``where``, in ``sort`` order."""
    order: LiteralString = sort.value
    cypher = query("organization_filter") + order + " SKIP $offset LIMIT $limit RETURN o.id AS id"
    params = await _params(graph, where)
    rows = await graph.read(cypher, {**params, "offset": offset, "limit": limit})
    return [row["id"] for row in rows]


async def count(graph: Graph, where: OrganizationFilter) -> int:
    """How many organisations match ``where``."""
    cypher = query("organization_filter") + " RETURN count(o) AS total"
    rows = await graph.read(cypher, await _params(graph, where))
    return int(rows[0]["total"])


@dataclass(frozen=True)
class PartnerPage:
    """One page of an organisation's partners (a DataLoader key)."""

    organization_id: str
    offset: int
    limit: int
    as_of: date | None = None


async def partner_pages(graph: Graph, pages: Sequence[PartnerPage]) -> list[Row]:
    """For each request: total partners and one page of (partner id, shared, last year)."""
    requests = [
        {"id": p.organization_id, "offset": p.offset, "limit": p.limit, "asOf": p.as_of}
        for p in pages
    ]
    return await graph.read(query("organization_partners"), {"requests": requests})
