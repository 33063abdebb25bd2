"""The CORDIS importer against a real Neo4j: own fixtures and the shared CORDIS data."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers.cordis import CordisFormatError, import_cordis
from importers.report import graph_stats
from tests.conftest import FIXTURES

CORDIS = FIXTURES / "cordis"
TABLES = [
    CORDIS / "participations.csv",
    CORDIS / "organizations.csv",
    CORDIS / "programme_parts.csv",
]


def _rows(driver: Driver, settings: Settings, query: str) -> list[dict[str, object]]:
    records, _, _ = driver.execute_query(query, database_=settings.database)
    return [record.data() for record in records]


def test_participation_tables(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, TABLES)

    assert {(r.file, r.line) for r in report.rejections} == {
        ("participations.csv", 7),
        ("participations.csv", 8),
    }
    stats = graph_stats(empty_graph, settings.database)
    assert stats["nodes"]["Organization"] == 4
    assert stats["nodes"]["Project"] == 3
    assert stats["relationships"]["PARTICIPATES_IN"] == 5
    orgs = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, "
        "[l IN labels(o) WHERE l <> 'Organization'][0] AS kind ORDER BY id",
    )
    assert orgs[0] == {"id": "pic-900000001", "name": "ACME AUTOMOTIVE SA", "kind": "Company"}
    assert orgs[1] == {"id": "pic-900000002", "name": None, "kind": "ResearchInstitution"}
    assert orgs[3]["kind"] == "PublicActor"
    assert report.files["organizations.csv"].skipped == 1


def test_programme_parts_and_competences(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, TABLES)

    topics = _rows(
        empty_graph, settings, "MATCH (t:Topic) RETURN t.id AS id, t.name AS name ORDER BY id"
    )
    assert {"id": "h2020-part-SC4", "name": "Smart, green and integrated transport"} in topics
    assert "h2020-part-ERC" not in [t["id"] for t in topics]  # its project is unknown
    weights = _rows(
        empty_graph,
        settings,
        "MATCH (o {id: 'pic-900000002'})-[c:HAS_COMPETENCE]->(t {id: "
        "'h2020-part-LEIT'}) RETURN c.weight AS weight, c.source AS source",
    )
    assert weights == [{"weight": 2, "source": "cordis"}]
    roles = _rows(
        empty_graph,
        settings,
        "MATCH (o)-[r:PARTICIPATES_IN]->(:Project {id: 'h2020-1003'}) "
        "RETURN r.role AS role ORDER BY role",
    )
    assert roles == [{"role": "COORDINATOR"}, {"role": "PARTNER"}]


def test_names_apply_in_any_order_and_in_a_later_run(
    empty_graph: Driver, settings: Settings
) -> None:
    import_cordis(empty_graph, settings.database, [CORDIS / "participations.csv"])
    report = import_cordis(
        empty_graph,
        settings.database,
        [CORDIS / "programme_parts.csv", CORDIS / "organizations.csv"],
    )

    names = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization) WHERE o.name IS NOT NULL RETURN o.id AS id ORDER BY id",
    )
    assert names == [{"id": "pic-900000001"}, {"id": "pic-900000003"}]
    assert report.files["organizations.csv"].updated == 2
    assert graph_stats(empty_graph, settings.database)["relationships"]["ADDRESSES"] == 4


def test_reimport_changes_no_count(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, TABLES)
    before = graph_stats(empty_graph, settings.database)

    again = import_cordis(empty_graph, settings.database, list(reversed(TABLES)))

    assert graph_stats(empty_graph, settings.database) == before
    assert again.files["participations.csv"].created == 0
    assert again.files["participations.csv"].updated == 5


def test_until_and_country(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(
        empty_graph,
        settings.database,
        [CORDIS / "participations.csv"],
        until=datetime.date(2019, 1, 1),
        with_country="LU",
    )

    projects = _rows(empty_graph, settings, "MATCH (p:Project) RETURN p.id AS id")
    assert projects == [{"id": "h2020-1001"}]
    assert report.files["participations.csv"].skipped == 3
    assert graph_stats(empty_graph, settings.database)["nodes"]["Organization"] == 2


def test_official_format(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, [CORDIS / "organization.csv"])

    assert [(r.line, r.reason) for r in report.rejections] == [
        (4, "organisationID 'ABC' is not a number")
    ]
    rows = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization)-[r:PARTICIPATES_IN]->"
        "(p:Project {id: 'h2020-grant-651036'})"
        " RETURN o.name AS name, o.sme AS sme, r.role AS role, p.acronym AS acronym "
        "ORDER BY name",
    )
    assert rows == [
        {"name": "ALTERIX LTD", "sme": True, "role": "COORDINATOR", "acronym": "iBoard"},
        {"name": "UNIVERSITE DU LUXEMBOURG", "sme": False, "role": "PARTNER", "acronym": "iBoard"},
    ]


def test_unknown_header_names_the_file(empty_graph: Driver, settings: Settings) -> None:
    with pytest.raises(CordisFormatError, match=r"unknown\.csv"):
        import_cordis(
            empty_graph, settings.database, [CORDIS / "participations.csv", CORDIS / "unknown.csv"]
        )
    assert graph_stats(empty_graph, settings.database)["nodes"] == {}


def test_luxembourg_slice_of_the_real_data(
    empty_graph: Driver, settings: Settings, shared_data: Path
) -> None:
    files = [
        shared_data / "participations.csv.gz",
        shared_data / "organizations.csv",
        shared_data / "programme_parts.csv.gz",
    ]
    import_cordis(empty_graph, settings.database, files, with_country="LU")
    before = graph_stats(empty_graph, settings.database)

    import_cordis(empty_graph, settings.database, files, with_country="LU")

    assert graph_stats(empty_graph, settings.database) == before
    assert before["nodes"]["Project"] == 437
    assert 3_500 < before["nodes"]["Organization"] < 4_100
    assert 7_000 < before["relationships"]["PARTICIPATES_IN"] < 7_600
    lu = _rows(empty_graph, settings, "MATCH (o:Organization {country: 'LU'}) RETURN count(o) AS n")
    assert lu == [{"n": 119}]
