"""Organisations: lists with filters, details, and partners derived from shared projects."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, LiteralString

from graph.client import Graph, Row
from graph.repositories import reads
from graph.repositories.search import lucene_terms
from graph.select import Compiler, Selection


class OrganizationSort(Enum):
    """Whitelisted orderings, each mapped to a fixed ORDER BY text."""

    NAME_ASC = "ORDER BY o.name IS NULL, o.name, o.id"
    NAME_DESC = "ORDER BY o.name IS NULL, o.name DESC, o.id"
    PROJECTS_DESC = "ORDER BY COUNT { (o)-[:PARTICIPATES_IN]->() } DESC, o.id"
    PROJECTS_ASC = "ORDER BY COUNT { (o)-[:PARTICIPATES_IN]->() }, o.id"
    PARTNERS_DESC = "ORDER BY coalesce(o.partnerCount, 0) DESC, o.id"
    PARTNERS_ASC = "ORDER BY coalesce(o.partnerCount, 0), o.id"
    # Projects on the filter's topic (``onTopic``, see filter_cypher), ties by all projects.
    TOPIC_PROJECTS_DESC = "ORDER BY onTopic DESC, COUNT { (o)-[:PARTICIPATES_IN]->() } DESC, o.id"
    TOPIC_PROJECTS_ASC = "ORDER BY onTopic, COUNT { (o)-[:PARTICIPATES_IN]->() }, o.id"

    @property
    def on_topic(self) -> bool:
        """True when the order needs each organisation's number of projects on the topic."""
        return self in (OrganizationSort.TOPIC_PROJECTS_DESC, OrganizationSort.TOPIC_PROJECTS_ASC)


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
    sme: bool | None = None


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
_FROM_TEXT: LiteralString = (
    "CALL db.index.fulltext.queryNodes('search', $text, {limit: $textLimit}) "
    "YIELD node AS o WHERE o:Organization"
)
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
# The same, with each organisation's number of distinct projects on the topic (onTopic),
# counted on the way from the topic (about the cost of the walk above: 50-90 ms for a
# programme part of 6,000-9,000 projects; counting from each organisation took 4-10 times
# as long).
_FROM_TOPIC_COUNTED: LiteralString = (
    "MATCH (t:Topic {id: $topicId}) "
    "CALL (t) { "
    "MATCH (t)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-(p:Project)<-[:PARTICIPATES_IN]-(o) "
    "RETURN o, count(DISTINCT p) AS onTopic "
    "UNION "
    "MATCH (t)<-[:HAS_COMPETENCE]-(o:Organization) RETURN o, 0 AS onTopic "
    "} "
    "WITH o, max(onTopic) AS onTopic"
)
# The count for an organisation reached another way (a text match, a cluster's members).
_COUNT_ON_TOPIC: LiteralString = (
    "WITH o, COUNT { MATCH (o)-[:PARTICIPATES_IN]->(p:Project) WHERE EXISTS { "
    "(p)-[:ADDRESSES]->(:Topic)-[:BROADER*0..6]->(:Topic {id: $topicId}) } } AS onTopic "
)
_FROM_ALL: LiteralString = "MATCH (o:Organization)"
# Every organisation, or those of one country, in name order, read in the order of the name
# index or of the country and name index: the named ones, which the name orders put before
# the unnamed (see reads.page).
_NAMED: LiteralString = "MATCH (o:Organization) WHERE o.name IS NOT NULL"
_NAMED_IN_COUNTRY: LiteralString = (
    "MATCH (o:Organization) WHERE o.country = $country AND o.name IS NOT NULL"
)
# Every organisation, most partners first, read in the order of the partner count index: those
# with partners, which that order puts before the rest (a count of 0 or none).
_WITH_PARTNERS: LiteralString = "MATCH (o:Organization) WHERE o.partnerCount > 0"
_INDEXED_PARTNERS_DESC: LiteralString = "ORDER BY o.partnerCount DESC, o.id"
# The name orders as the two indexes give them (the country first for the second: the same
# order for one country, which Neo4j reads from the index only when the ORDER BY says so).
_INDEXED_NAME_ORDERS: dict[OrganizationSort, tuple[LiteralString, LiteralString]] = {
    OrganizationSort.NAME_ASC: ("ORDER BY o.name, o.id", "ORDER BY o.country, o.name, o.id"),
    OrganizationSort.NAME_DESC: (
        "ORDER BY o.name DESC, o.id",
        "ORDER BY o.country DESC, o.name DESC, o.id",
    ),
}

_COUNTRY: LiteralString = "o.country = $country"
_SME: LiteralString = "o.sme = $sme"
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


def filter_cypher(where: OrganizationFilter, on_topic: bool = False) -> LiteralString:
    """The MATCH ... WHERE text for ``where``, from fixed fragments of the conditions present.

    Absent conditions leave no trace (a ``$x IS NULL OR ...`` test would stop Neo4j from
    using the indexes). The count and the pages share this text; the caller appends a fixed
    tail (an ORDER BY with a page, or a count). ``on_topic`` (with ``where.topic_id``) binds
    ``onTopic`` too: each organisation's number of projects on the topic.
    """
    conditions: list[LiteralString] = []
    if where.text:
        head = _FROM_TEXT
        if where.cluster_id is not None:
            conditions.append(_IN_CLUSTER)
        if where.topic_id is not None:
            conditions.append(_HAS_TOPIC)
    elif where.cluster_id is not None:
        head = _FROM_CLUSTER
        if where.topic_id is not None:
            conditions.append(_HAS_TOPIC)
    elif where.topic_id is not None:
        head = _FROM_TOPIC_COUNTED if on_topic else _FROM_TOPIC
    else:
        head = _FROM_ALL
    if where.country is not None:
        conditions.append(_COUNTRY)
    if where.sme is not None:
        conditions.append(_SME)
    if where.kinds:
        conditions.append(_kinds_predicate(where.kinds))
    if where.active_from is not None or where.active_until is not None:
        conditions.append(_active_predicate(where))
    text: LiteralString = head + " "
    if conditions:
        joiner: LiteralString = " AND " if where.text else " WHERE "
        text = head + joiner + " AND ".join(conditions) + " "
    if on_topic and head is not _FROM_TOPIC_COUNTED:
        text = text + _COUNT_ON_TOPIC
    return text


def _params(where: OrganizationFilter) -> dict[str, Any]:
    return {
        "text": lucene_terms(where.text, translated=True) if where.text else None,
        "textLimit": TEXT_MATCH_LIMIT,
        "country": where.country,
        "clusterId": where.cluster_id,
        "topicId": where.topic_id,
        "activeFrom": where.active_from,
        "activeUntil": where.active_until,
        "sme": where.sme,
    }


async def page(
    graph: Graph,
    compiler: Compiler,
    where: OrganizationFilter,
    sort: OrganizationSort,
    window: tuple[int, int],
    sel: Selection,
) -> Row:
    """A page of organisations matching ``where`` in ``sort`` order, with what ``sel``
    selects (and the count if asked): one query."""
    if where.text and not lucene_terms(where.text):
        return {"offset": window[0], "limit": window[1], "edges": [], "total_count": 0}
    head = filter_cypher(where, sort.on_topic)
    order: LiteralString = sort.value
    return await reads.page(
        graph,
        compiler,
        "Organization",
        head,
        order,
        sel,
        "OrganizationConnection",
        window,
        _params(where),
        indexed=_by_index(where, sort),
        carry=", onTopic" if sort.on_topic else "",
        edge=", projects_on_topic: onTopic" if sort.on_topic else "",
        count_head=filter_cypher(where) if sort.on_topic else None,
    )


def _by_index(
    where: OrganizationFilter, sort: OrganizationSort
) -> tuple[LiteralString, LiteralString] | None:
    """How to read a page of ``where`` in ``sort`` order from an index, if one gives it."""
    if sort is OrganizationSort.PARTNERS_DESC and where == OrganizationFilter():
        return _WITH_PARTNERS, _INDEXED_PARTNERS_DESC
    orders = _INDEXED_NAME_ORDERS.get(sort)
    if orders is None:
        return None
    if where == OrganizationFilter():
        return _NAMED, orders[0]
    if where == OrganizationFilter(country=where.country):
        return _NAMED_IN_COUNTRY, orders[1]
    return None
