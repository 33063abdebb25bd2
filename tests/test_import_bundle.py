"""The bundle importer against a real Neo4j, on the fixture bundle in tests/fixtures/bundle."""

from __future__ import annotations

import datetime

from neo4j import Driver

from graph.settings import Settings
from importers.bundle import import_bundle
from importers.report import graph_stats
from tests.conftest import FIXTURES

BUNDLE = FIXTURES / "bundle"


def _value(driver: Driver, settings: Settings, query: str) -> object:
    records, _, _ = driver.execute_query(query, database_=settings.database)
    return records[0][0]


def test_imports_good_rows_and_rejects_bad_ones_by_line(
    empty_graph: Driver, settings: Settings
) -> None:
    report = import_bundle(empty_graph, settings.database, BUNDLE)

    rejected = {(r.file, r.line) for r in report.rejections}
    assert rejected == {
        ("organizations.csv", 5),
        ("cluster_aliases.csv", 5),
        ("memberships.csv", 4),
        ("projects.csv", 4),
        ("participations.csv", 5),
        ("measurements.csv", 3),
    }
    assert not report.ok
    assert report.files["organizations.csv"].created == 3
    stats = graph_stats(empty_graph, settings.database)
    assert stats["nodes"]["Organization"] == 3
    assert stats["nodes"]["Company"] == 1
    assert stats["relationships"]["MEMBER_OF"] == 2
    assert stats["relationships"]["PARTICIPATES_IN"] == 3
    assert stats["relationships"]["HAS_MEASUREMENT"] == 1


def test_properties_follow_the_graph_model(empty_graph: Driver, settings: Settings) -> None:
    import_bundle(empty_graph, settings.database, BUNDLE)

    records, _, _ = empty_graph.execute_query(
        "MATCH (c:Cluster {id: 'lci-automotive'}) "
        "RETURN c.aliasNames AS names, c.aliasSince AS since, c.aliasText AS text, "
        "c.launchDate AS launch",
        database_=settings.database,
    )
    cluster = records[0]
    assert cluster["names"] == ["Automotive Components", "AutoMobility"]
    assert cluster["since"][0].to_native() == datetime.date(2013, 10, 3)
    assert "Automotive Components" in cluster["text"]
    assert cluster["launch"].to_native() == datetime.date(2013, 10, 3)
    sme = _value(empty_graph, settings, "MATCH (o:Organization {id: 'lu-acme'}) RETURN o.sme")
    assert sme is True
    role = _value(
        empty_graph,
        settings,
        "MATCH (:Person {id: 'person-president'})-[r:HOLDS_ROLE]->(:Cluster) RETURN r.role",
    )
    assert role == "PRESIDENT"


def test_reimport_changes_no_count(empty_graph: Driver, settings: Settings) -> None:
    import_bundle(empty_graph, settings.database, BUNDLE)
    before = graph_stats(empty_graph, settings.database)

    again = import_bundle(empty_graph, settings.database, BUNDLE)

    assert graph_stats(empty_graph, settings.database) == before
    assert all(counts.created == 0 for counts in again.files.values())
    assert again.files["organizations.csv"].updated == 3


def test_until_leaves_out_later_projects_and_their_rows(
    empty_graph: Driver, settings: Settings
) -> None:
    report = import_bundle(empty_graph, settings.database, BUNDLE, until=datetime.date(2020, 1, 1))

    projects = _value(empty_graph, settings, "MATCH (p:Project) RETURN collect(p.id)")
    assert projects == ["p-early"]
    assert report.files["projects.csv"].skipped == 1
    assert report.files["participations.csv"].skipped == 1
    assert ("project_topics.csv", 3) not in {(r.file, r.line) for r in report.rejections}
