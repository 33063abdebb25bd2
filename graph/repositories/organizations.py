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

    kinds: Sequence[str] | None = None  # graph labels: Company, ..., or Unknown (none)
    country: str | None = None
    cluster_id: str | None = None
    topic_id: str | None = None
    text: str | None = None
    active_from: date | None = None
    active_until: date | None = None


TEXT_MATCH_LIMIT = 1000

# Kind labels (OrganizationFilter.kinds) mapped to fixed label predicates.
_KIND_PREDICATES: dict[str, LiteralString] = {
    "Company": "o:Company",
    "ResearchInstitution": "o:ResearchInstitution",
    "PublicActor": "o:PublicActor",
    "OtherActor": "o:OtherActor",
    "Unknown": "NOT (o:Company OR o:ResearchInstitution OR o:PublicActor OR o:OtherActor)",
}

# Where the match starts: the most selective condition present, so Neo4j seeks an index (or
# walks from one cluster or topic) instead of scanning every organisation.
_FROM_IDS: LiteralString = "MATCH (o:Organization) WHERE o.id IN $ids"
_FROM_CLUSTER: LiteralString = (
    "MATCH (:Cluster {id: $clusterId})<-[:MEMBER_OF]-(member:Organization) "
    "WITH DISTINCT member AS o"
)
# An organisation works on a topic through a project on it (or on a narrower topic), or by a
# competence a data owner set.
_FROM_TOPIC: LiteralString = (
    "MATCH (t:Topic {id: $topicId}) "
    "CALL (t) { "
    "MATCH (t)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-(:Project)<-[:PARTICIPATES_IN]-(o) "
    "RETURN o "
    "UNION "
    "MATCH (t)<-[:HAS_COMPETENCE]-(o:Organization) RETURN o "
    "} "
    "WITH o"
)
_FROM_ALL: LiteralString = "MATCH (o:Organization)"

_COUNTRY: LiteralString = "o.country = $country"
_IN_CLUSTER: LiteralString = "EXISTS { (o)-[:MEMBER_OF]->(:Cluster {id: $clusterId}) }"
_HAS_TOPIC: LiteralString = (
    "(EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(:Topic)"
    "-[:BROADER*0..6]->(:Topic {id: $topicId}) } "
    "OR EXISTS { (o)-[:HAS_COMPETENCE]->(:Topic {id: $topicId}) })"
)
_ACTIVE_FROM: LiteralString = "coalesce(p.endDate, p.timelineDate) >= $activeFrom"
_ACTIVE_UNTIL: LiteralString = "p.timelineDate <= $activeUntil"


def _kinds_predicate(kinds: Sequence[str]) -> LiteralString:
    parts = [_KIND_PREDICATES[kind] for kind in kinds]  # KeyError: not a kind label
    text: LiteralString = "(" + " OR ".join(parts) + ")"
    return text


def _active_predicate(where: OrganizationFilter) -> LiteralString:
    parts: list[LiteralString] = []
    if where.active_until is not None:
        parts.append(_ACTIVE_UNTIL)
    if where.active_from is not None:
        parts.append(_ACTIVE_FROM)
    text: LiteralString = (
        "EXISTS { (o)-[:PARTICIPATES_IN]->(p:Project) WHERE " + " AND ".join(parts) + " }"
    )
    return text


def filter_cypher(where: OrganizationFilter) -> LiteralString:
    """The MATCH ... WHERE text for ``where``, from fixed fragments of the conditions present.

    Absent conditions leave no trace (a ``$x IS NULL OR ...`` test would stop Neo4j from
    using the indexes). The count and the pages share this text; the caller appends a fixed
    tail (an ORDER BY with a page, or a count).
    """
    conditions: list[LiteralString] = []
    if where.text:
        head = _FROM_IDS
        if where.cluster_id is not None:
            conditions.append(_IN_CLUSTER)
        if where.topic_id is not None:
            conditions.append(_HAS_TOPIC)
    elif where.cluster_id is not None:
        head = _FROM_CLUSTER
        if where.topic_id is not None:
            conditions.append(_HAS_TOPIC)
    elif where.topic_id is not None:
        head = _FROM_TOPIC
    else:
        head = _FROM_ALL
    if where.country is not None:
        conditions.append(_COUNTRY)
    if where.kinds:
        conditions.append(_kinds_predicate(where.kinds))
    if where.active_from is not None or where.active_until is not None:
        conditions.append(_active_predicate(where))
    if not conditions:
        return head + " "
    joiner: LiteralString = " AND " if where.text else " WHERE "
    text: LiteralString = head + joiner + " AND ".join(conditions) + " "
    return text


async def _params(graph: Graph, where: OrganizationFilter) -> dict[str, Any]:
    ids = None
    if where.text:
        ids = await ids_matching(graph, where.text, "Organization", TEXT_MATCH_LIMIT)
    return {
        "ids": ids,
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
    cypher = filter_cypher(where) + order + " SKIP $offset LIMIT $limit RETURN o.id AS id"
    params = await _params(graph, where)
    rows = await graph.read(cypher, {**params, "offset": offset, "limit": limit})
    return [row["id"] for row in rows]


async def count(graph: Graph, where: OrganizationFilter) -> int:
    """How many organisations match ``where``."""
    cypher = filter_cypher(where) + "RETURN count(o) AS total"
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


@dataclass(frozen=True)
class CompetenceList:
    """An organisation's strongest competences (a DataLoader key); ``kinds`` are topic kinds
    (None: all)."""

    organization_id: str
    kinds: tuple[str, ...] | None
    limit: int


async def competence_lists(graph: Graph, keys: Sequence[CompetenceList]) -> list[list[Row]]:
    """For each key: ``[{topicId, weight, source}]``, strongest first."""
    requests = [
        {"id": k.organization_id, "kinds": list(k.kinds) if k.kinds else None, "limit": k.limit}
        for k in keys
    ]
    rows = await graph.read(query("organization_competences"), {"requests": requests})
    found = {row["i"]: row["items"] for row in rows}
    return [found.get(i, []) for i in range(len(keys))]
