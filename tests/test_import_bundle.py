"""The bundle importer against a real Neo4j, on the fixture bundle in tests/fixtures/bundle."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

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
        "RETURN c.aliasNames AS names, c.aliasSince AS since, c.nameText AS text, "
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


HEADER = "id,name,shortName,kind,country,city,website,description,sme,pic"


def test_one_validation_for_websites_and_names(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    """The API's rules hold for bundles too: no javascript:/data: or scheme-relative
    websites, no invisible characters in names."""
    rows = [
        ("org-js", "JS", "javascript:alert(10)"),
        ("org-js2", "JS2", "JAVASCRIPT:alert(10)"),
        ("org-data", "DATA", "data:text/html,<b>x</b>"),
        ("org-rel", "REL", "//evil.example/path"),
        ("org-joiner", "UNIVER\u2060SITE DU LUXEMBOURG", ""),
        ("org-rlo", "\u202eUNIVERSITE", ""),
        ("org-good", "Good Company", "HTTPS://good.example"),
    ]
    with (tmp_path / "organizations.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER.split(","))
        out.writerows([i, n, "", "COMPANY", "LU", "", w, "", "", ""] for i, n, w in rows)
    report = import_bundle(empty_graph, settings.database, tmp_path)

    reasons = {r.line: r.reason for r in report.rejections}
    assert sorted(reasons) == [2, 3, 4, 5, 6, 7]
    assert all(reasons[line].startswith("website: must be an http") for line in (2, 3, 4, 5))
    assert all("invisible or direction-changing" in reasons[line] for line in (6, 7))
    assert _value(empty_graph, settings, "MATCH (o:Organization) RETURN collect(o.website)") == [
        "https://good.example"
    ]


def test_countries_as_cordis_writes_them(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    """A bundle's GB and lower-case codes are written as CORDIS writes them, so that a
    filter on UK (or GB) finds them; a country that is no code is refused on its line."""
    rows = [("org-gb", "gb"), ("org-lu", "lu"), ("org-bad", "Luxembourg")]
    with (tmp_path / "organizations.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(HEADER.split(","))
        out.writerows([i, i.upper(), "", "COMPANY", c, "", "", "", "", ""] for i, c in rows)
    report = import_bundle(empty_graph, settings.database, tmp_path)

    assert [(r.line, r.reason) for r in report.rejections] == [
        (4, "country: 'Luxembourg' is not a two-letter country code (e.g. LU, DE)")
    ]
    found = _value(
        empty_graph,
        settings,
        "MATCH (o:Organization) WITH o ORDER BY o.id RETURN collect([o.id, o.country])",
    )
    assert found == [["org-gb", "UK"], ["org-lu", "LU"]]
