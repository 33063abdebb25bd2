"""Backup and restore: a cluster manager's writes survive a wipe and a re-import.

The graph is the CORDIS fixture plus the bundle fixture, then writes through the API of an
admin and a cluster manager. ``export_bundle`` backs it up; after a wipe, the CORDIS import
and ``import bundle`` of the backup give the same graph (every node and relationship with
its properties) and the same answers.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from cli.main import app
from graph.derived import refresh_derived
from graph.settings import Settings
from importers.bundle import import_bundle
from importers.cordis import import_cordis
from importers.export import ExportError, export_bundle
from tests.conftest import FIXTURES, GraphQLClient
from tests.test_import_cordis import EVERYTHING
from tests.writes_support import (
    ADD_MEMBERSHIP,
    ADD_PARTICIPATION,
    CREATE_ORG,
    CREATE_PROJECT,
    END_MEMBERSHIP,
    RECORD,
    SET_COMPETENCE,
    UPDATE_ORG,
    bearer,
    mutate,
    token,
)

BUNDLE = FIXTURES / "bundle"

NODES = "MATCH (n) WHERE NOT n:ApiKey RETURN [l IN labels(n) | l] AS labels, properties(n) AS props"
RELATIONSHIPS = (
    "MATCH (a)-[r]->(b) WHERE NOT a:ApiKey AND NOT b:ApiKey "
    "RETURN a.id AS start, type(r) AS type, b.id AS end, properties(r) AS props"
)
ANSWERS = """
query($org: ID!, $made: ID!, $project: ID!) {
  org: organization(id: $org) { name kind website names partnerCount
    clusters { source cluster { id } } projects(first: 20) { edges { role node { id } } } }
  made: organization(id: $made) { name kind country city
    competences { topic { id } weight source } }
  project: project(id: $project) { acronym title startDate
    participants(first: 20) { edges { role contribution node { id } } } }
  cluster(id: "lci-automotive") { name
    members(first: 50) { edges { since until role source node { id } } }
    objectives { id measurements { date value note } } }
}
"""


def fingerprint(driver: Driver, settings: Settings) -> list[str]:
    """Every node and relationship with its properties, as sorted canonical JSON."""
    lines = []
    for cypher in (NODES, RELATIONSHIPS):
        records, _, _ = driver.execute_query(cypher, database_=settings.database)
        for record in records:
            row = record.data()
            row["labels"] = sorted(row.get("labels", []))
            lines.append(json.dumps(row, sort_keys=True, default=str))
    return sorted(lines)


def wipe(driver: Driver, settings: Settings) -> None:
    """Remove everything but the API keys."""
    driver.execute_query(
        "MATCH (n) WHERE NOT n:ApiKey DETACH DELETE n", database_=settings.database
    )


async def managers_work(driver: Driver, settings: Settings, gql: GraphQLClient) -> None:
    """A cluster manager's and an admin's writes, each checked to succeed."""
    admin = bearer(token(driver, settings, "admin"))
    manager = bearer(token(driver, settings, "cluster_manager", "lci-automotive"))
    made = {"id": "org-made", "name": "Made Here", "kind": "COMPANY", "country": "LU"}
    writes: list[tuple[str, dict[str, Any], dict[str, str]]] = [
        (CREATE_ORG, {**made, "city": "Esch"}, manager),
        (UPDATE_ORG, {"id": "pic-900000003", "name": "Centre Renamed", "website": None}, admin),
        (UPDATE_ORG, {"id": "org-made", "description": "Sensors"}, manager),
        (ADD_MEMBERSHIP, {"organizationId": "org-made", "clusterId": "lci-automotive"}, manager),
        (
            ADD_MEMBERSHIP,
            {"organizationId": "pic-900000001", "clusterId": "lci-automotive", "role": "lead"},
            manager,
        ),
        (
            END_MEMBERSHIP,
            {"organizationId": "lu-list", "clusterId": "lci-automotive", "until": "2024-06-30"},
            manager,
        ),
        (
            CREATE_PROJECT,
            {
                "id": "prj-made",
                "acronym": "MADE",
                "clusterIds": ["lci-automotive"],
                "startDate": "2025-01-01",
                "totalCost": 12000.5,
            },
            manager,
        ),
        (
            ADD_PARTICIPATION,
            {
                "organizationId": "org-made",
                "projectId": "prj-made",
                "role": "COORDINATOR",
                "contribution": 9000.25,
            },
            manager,
        ),
        (
            ADD_PARTICIPATION,
            {"organizationId": "pic-900000003", "projectId": "prj-made", "role": "PARTNER"},
            manager,
        ),
        (
            SET_COMPETENCE,
            {"organizationId": "org-made", "topicId": "topic-sensors", "weight": 0.75},
            manager,
        ),
        (
            RECORD,
            {
                "objectiveId": "obj-jobs",
                "date": "2024-12-31",
                "value": 120.0,
                "note": "first count",
            },
            manager,
        ),
    ]
    for document, variables, headers in writes:
        result = await mutate(gql, document, variables, headers)
        assert result["__typename"].endswith("Success"), (variables, result)
    cordis_part = cordis_participation(driver, settings)
    changed = {**cordis_part, "role": "PARTNER", "contribution": 1.5}
    assert (await mutate(gql, ADD_PARTICIPATION, changed, admin))["__typename"].endswith("Success")


def cordis_participation(driver: Driver, settings: Settings) -> dict[str, str]:
    """The first CORDIS participation, by ids."""
    records, _, _ = driver.execute_query(
        "MATCH (o:Organization)-[:PARTICIPATES_IN]->(p:Project {source: 'cordis'}) "
        "RETURN o.id AS organizationId, p.id AS projectId ORDER BY projectId, organizationId "
        "LIMIT 1",
        database_=settings.database,
    )
    return dict(records[0].data())


async def answers(gql: GraphQLClient) -> dict[str, Any]:
    body = await gql(ANSWERS, {"org": "pic-900000003", "made": "org-made", "project": "prj-made"})
    assert "errors" not in body, body
    data: dict[str, Any] = body["data"]
    return data


@pytest.fixture
def original(empty_graph: Driver, settings: Settings) -> Driver:
    import_cordis(empty_graph, settings.database, EVERYTHING)
    import_bundle(empty_graph, settings.database, BUNDLE)
    return empty_graph


async def test_export_wipe_restore_gives_the_same_graph_and_answers(
    original: Driver, settings: Settings, gql: GraphQLClient, tmp_path: Path
) -> None:
    await managers_work(original, settings, gql)
    refresh_derived(original, settings.database)  # what every import ends with
    before, answers_before = fingerprint(original, settings), await answers(gql)
    assert answers_before["made"]["competences"] == [
        {"topic": {"id": "topic-sensors"}, "weight": 0.75, "source": "api"}
    ]

    backup = tmp_path / "backup"
    report = export_bundle(original, settings.database, backup)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o700
    assert report.rows["measurements.csv"] >= 1 and report.rows["competences.csv"] >= 1

    wipe(original, settings)
    import_cordis(original, settings.database, EVERYTHING)
    restored = import_bundle(original, settings.database, backup)
    assert restored.ok, restored.rejections

    after = fingerprint(original, settings)
    assert [line for line in before if line not in after] == []
    assert [line for line in after if line not in before] == []
    assert await answers(gql) == answers_before

    again = export_bundle(original, settings.database, tmp_path / "again")
    assert again.rows == report.rows
    for name in report.rows:
        assert (backup / name).read_text() == (tmp_path / "again" / name).read_text(), name


async def test_cordis_reimport_keeps_participations_set_through_the_api(
    original: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    await managers_work(original, settings, gql)
    pair = cordis_participation(original, settings)
    import_cordis(original, settings.database, EVERYTHING)
    records, _, _ = original.execute_query(
        "MATCH (:Organization {id: $organizationId})-[r:PARTICIPATES_IN]->"
        "(:Project {id: $projectId}) RETURN r.role AS role, r.contribution AS contribution",
        pair,
        database_=settings.database,
    )
    assert [r.data() for r in records] == [{"role": "PARTNER", "contribution": 1.5}]


def test_export_refuses_a_folder_with_files_and_writes_nothing(
    original: Driver, settings: Settings, tmp_path: Path
) -> None:
    (tmp_path / "notes.txt").write_text("keep me")
    with pytest.raises(ExportError, match="not an empty folder"):
        export_bundle(original, settings.database, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_export_command_prints_rows_per_file(
    original: Driver, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_URI", settings.uri)
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["export", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "clusters.csv" in result.output
    assert (tmp_path / "out" / "clusters.csv").read_text().splitlines()[0] == (
        "id,name,sector,launchDate,description"
    )
    refused = CliRunner().invoke(app, ["export", str(tmp_path / "out")])
    assert refused.exit_code == 2
    assert "not an empty folder" in refused.output
