"""Organisations' derived properties (graph/derived_organizations.py) against their
definitions as graph expansions.

The reference below is how the refresh computed them in Cypher before it moved to one read
of the participations: one expansion organisation -> project -> organisation each for the
partner counts, the suggestion features and the strongest partners. Both must agree on real
data (the Luxembourg network of both programmes) and on the importer's fixtures, after an
import and after a participation added through the service.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from neo4j import AsyncGraphDatabase, Driver

from graph import derived_organizations
from graph.client import Graph
from graph.derived import PARTNER_LIST
from graph.derived_organizations import CHUNK_PAIRS, LATEST_PROJECTS
from graph.repositories import suggestions
from graph.repositories.writes import refresh_after_participation
from graph.settings import Settings
from importers.cordis import import_cordis
from tests.conftest import FIXTURES

REFERENCE = """
MATCH (m:DerivedInfo {id: 'suggestions'})
MATCH (o:Organization)
WHERE $ids IS NULL OR o.id IN $ids
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE q <> o
  RETURN count(DISTINCT q) AS partnerCount
}
CALL (o, m) {
  OPTIONAL MATCH (o)-[r:PARTICIPATES_IN]->(p:Project) WHERE p.sgYear IS NOT NULL
  RETURN count(DISTINCT p) AS projects,
         count(DISTINCT CASE WHEN p.sgYear >= m.referenceYear - 1 THEN p END) AS recent,
         count(DISTINCT CASE WHEN r.role = 'COORDINATOR' THEN p END) AS coord
}
CALL (o, m) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)<-[:PARTICIPATES_IN]-(q:Organization)
  WHERE p.sgYear IS NOT NULL AND q <> o
  WITH q, min(p.sgYear) AS first
  WITH count(q) AS deg, collect(first) AS firsts
  RETURN deg, size([f IN firsts WHERE f >= m.referenceYear - 1]) AS growth
}
CALL (o, m) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(t:Topic)
  WHERE p.sgYear IS NOT NULL
  WITH t.id AS topic, count(*) AS n
  WITH collect([topic, n]) AS pairs
  WITH [id IN m.topicOrder |
        reduce(s = 0.0, x IN pairs | s + CASE WHEN x[0] = id THEN x[1] ELSE 0 END)] AS v
  WITH v, sqrt(reduce(s = 0.0, x IN v | s + x * x)) AS norm
  RETURN [x IN v | CASE WHEN norm > 0 THEN x / norm ELSE 0.0 END] AS topics
}
CALL (o) {
  MATCH (o)-[ro:PARTICIPATES_IN]->(pr:Project)<-[rq:PARTICIPATES_IN]-(q:Organization)
  WHERE pr.sgWeight IS NOT NULL AND q <> o
  WITH q, sum(pr.sgWeight) AS w, count(DISTINCT pr) AS n,
       count(DISTINCT CASE WHEN ro.role = 'COORDINATOR' THEN pr END) AS led,
       count(DISTINCT CASE WHEN rq.role = 'COORDINATOR' THEN pr END) AS ledBy
  WITH q, w, n, led, ledBy ORDER BY w DESC, q.id
  LIMIT $size
  RETURN collect(q.id) AS ids, collect(w) AS ws, collect(n) AS ns, collect(q.sgDeg) AS degs,
         collect(led) AS leds, collect(ledBy) AS ledBys
}
CALL (o) {
  OPTIONAL MATCH (o)-[:PARTICIPATES_IN]->(p:Project) WHERE p.sgYear IS NOT NULL
  WITH DISTINCT p ORDER BY p.sgYear DESC, p.id
  WITH collect(p.id) AS latest
  RETURN CASE WHEN size(latest) > $latest THEN latest[..$latest] END AS latest
}
RETURN o.id AS id, {
  partnerCount: partnerCount, sgProjects: projects, sgDeg: deg, sgRecent: recent,
  sgGrowth: growth, sgCoord: coord, sgTopics: topics,
  sgKind: CASE WHEN o:Company THEN 0 WHEN o:ResearchInstitution THEN 1
               WHEN o:PublicActor THEN 2 ELSE 3 END,
  sgPartnerIds: ids, sgPartnerW: ws, sgPartnerN: ns, sgPartnerDeg: degs,
  sgPartnerLed: leds, sgPartnerLedBy: ledBys, sgLatestIds: latest
} AS values
ORDER BY id
"""
STORED = """
MATCH (o:Organization)
WHERE $ids IS NULL OR o.id IN $ids
RETURN o.id AS id, o {.partnerCount, .sgProjects, .sgDeg, .sgRecent, .sgGrowth, .sgCoord,
                      .sgTopics, .sgKind, .sgPartnerIds, .sgPartnerW, .sgPartnerN,
                      .sgPartnerDeg, .sgPartnerLed, .sgPartnerLedBy, .sgLatestIds} AS values
ORDER BY id
"""


def _values(
    driver: Driver, settings: Settings, query: str, ids: Sequence[str] | None
) -> dict[str, dict[str, Any]]:
    records, _, _ = driver.execute_query(
        query,
        ids=ids,
        size=PARTNER_LIST,
        latest=derived_organizations.LATEST_PROJECTS,
        database_=settings.database,
    )
    return {record["id"]: record["values"] for record in records}


def _ties(values: dict[str, Any]) -> list[set[tuple[str, int, int, int, int]]]:
    """The strongest partners (id, shared projects, sgDeg, shared projects each side
    coordinated) in runs of weights equal to rounding: a sum of the same weights added in
    another order may differ in its last bit, which can swap two partners that tie."""
    runs: list[set[tuple[str, int, int, int, int]]] = []
    previous = None
    for org, w, shared, deg, led, led_by in zip(
        values.pop("sgPartnerIds"),
        values["sgPartnerW"],
        values.pop("sgPartnerN"),
        values.pop("sgPartnerDeg"),
        values.pop("sgPartnerLed"),
        values.pop("sgPartnerLedBy"),
        strict=True,
    ):
        if previous is None or w != pytest.approx(previous, rel=1e-12):
            runs.append(set())
        runs[-1].add((org, shared, deg, led, led_by))
        previous = w
    return runs


def assert_as_defined(driver: Driver, settings: Settings, ids: Sequence[str] | None = None) -> int:
    """The stored values equal the reference (weights to rounding, partners that tie in any
    order); returns how many organisations were compared."""
    expected = _values(driver, settings, REFERENCE, ids)
    stored = _values(driver, settings, STORED, ids)
    assert stored.keys() == expected.keys()
    for org, want in expected.items():
        got = dict(stored[org])
        got_ties, want_ties = _ties(got), _ties(want)
        if len(want["sgPartnerW"]) == PARTNER_LIST:  # the last run may be cut at the limit
            assert len(got_ties[-1]) == len(want_ties[-1]), org
            got_ties, want_ties = got_ties[:-1], want_ties[:-1]
        assert got_ties == want_ties, org
        assert got.pop("sgPartnerW") == pytest.approx(want.pop("sgPartnerW"), rel=1e-12), org
        assert got == want, org
    return len(expected)


async def assert_topic_work_from_lists(driver: Driver, settings: Settings) -> None:
    """Recruiting's work on topics (suggest_topic_work.cypher) of the organisations with a
    list of their latest projects is the same read from the list as from their projects."""
    records, _, _ = driver.execute_query(
        "MATCH (o:Organization) WHERE o.sgLatestIds IS NOT NULL RETURN collect(o.id) AS ids",
        database_=settings.database,
    )
    listed = records[0]["ids"]
    records, _, _ = driver.execute_query(
        "MATCH (t:Topic)<-[:ADDRESSES]-(:Project) WITH DISTINCT t.id AS id ORDER BY id "
        "RETURN collect(id) AS ids",
        database_=settings.database,
    )
    under = records[0]["ids"][::3]  # a third of the topics: some projects are on none
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as async_driver:
        graph = Graph(async_driver, settings.database)
        from_lists = await suggestions.topic_work(graph, listed, under)
        driver.execute_query(
            "MATCH (o:Organization) WHERE o.id IN $ids REMOVE o.sgLatestIds",
            ids=listed,
            database_=settings.database,
        )
        from_projects = await suggestions.topic_work(graph, listed, under)
    assert len(listed) > 100
    assert from_lists == from_projects
    assert sum(1 for row in from_lists.values() if 0 < row["projects"] < 5) > 10


@pytest.mark.parametrize(("chunk_pairs", "latest"), [(CHUNK_PAIRS, LATEST_PROJECTS), (10, 2)])
def test_fixtures_as_defined(
    empty_graph: Driver,
    settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    chunk_pairs: int,
    latest: int,
) -> None:
    """Also with the pairs of partners formed ten at a time (most organisations in a run of
    their own, larger than the run) and the latest 2 projects listed of those with more."""
    monkeypatch.setattr(derived_organizations, "CHUNK_PAIRS", chunk_pairs)
    monkeypatch.setattr(derived_organizations, "LATEST_PROJECTS", latest)
    files = sorted(p for p in (FIXTURES / "cordis").rglob("*.csv") if p.name != "unknown.csv")
    import_cordis(empty_graph, settings.database, files)
    assert assert_as_defined(empty_graph, settings) > 5
    records, _, _ = empty_graph.execute_query(
        "MATCH (o:Organization) WHERE o.sgLatestIds IS NOT NULL RETURN count(o) AS n",
        database_=settings.database,
    )
    assert (records[0]["n"] > 0) == (latest == 2)


async def test_luxembourg_network_as_defined_after_import_and_a_write(
    empty_graph: Driver, settings: Settings, shared_data: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the pairs of partners in several runs, as on the whole network
    monkeypatch.setattr(derived_organizations, "CHUNK_PAIRS", 20_000)
    # the latest 5 projects listed of the organisations with more (hundreds of them here)
    monkeypatch.setattr(derived_organizations, "LATEST_PROJECTS", 5)
    import_cordis(empty_graph, settings.database, [shared_data], with_country="LU")
    assert assert_as_defined(empty_graph, settings) > 1000
    await assert_topic_work_from_lists(empty_graph, settings)
    # who coordinated the shared projects is compared too, and is not all zeros
    records, _, _ = empty_graph.execute_query(
        "MATCH (o:Organization) RETURN count(CASE WHEN any(n IN o.sgPartnerLed WHERE n > 0) "
        "THEN 1 END) AS led, count(CASE WHEN any(n IN o.sgPartnerLedBy WHERE n > 0) "
        "THEN 1 END) AS ledBy",
        database_=settings.database,
    )
    assert records[0]["led"] > 100 and records[0]["ledBy"] > 1000
    # A hub joins a small project: its partners, features and lists change, and the other
    # participants' (the rest keep theirs until the next full refresh).
    records, _, _ = empty_graph.execute_query(
        "MATCH (o:Organization) WITH o ORDER BY o.sgDeg DESC, o.id LIMIT 1 "
        "MATCH (p:Project) WHERE p.sgYear IS NOT NULL AND NOT (o)-[:PARTICIPATES_IN]->(p) "
        "WITH o, p ORDER BY COUNT { (p)<-[:PARTICIPATES_IN]-() }, p.id LIMIT 1 "
        "CREATE (o)-[:PARTICIPATES_IN {role: 'COORDINATOR'}]->(p) "
        "RETURN p.id AS project, [(p)<-[:PARTICIPATES_IN]-(x) | x.id] AS participants",
        database_=settings.database,
    )
    project, participants = records[0]["project"], records[0]["participants"]
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        await refresh_after_participation(Graph(driver, settings.database), project, participants)
    assert assert_as_defined(empty_graph, settings, participants) == len(participants)
