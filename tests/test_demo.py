"""The Luxembourg demo network, loaded into the tests' own Neo4j from the shared CORDIS data.

The load takes a while, so it runs once per module; the last test loads again and checks
that nothing changed.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers.demo import BUNDLE_DIR, DATA_ENV, DemoDataError, cordis_dir, load_demo
from importers.report import ImportReport, Rejection, graph_stats
from tests.conftest import SHARED_DATA, GraphQLClient

CLUSTER_IDS = {
    "lci-biohealth",
    "lci-ecoinnovation",
    "lci-ict",
    "lci-materials",
    "lci-space",
    "lci-automotive",
}
LUXINNOVATION = "pic-999918390"
PLAN_AREAS = {
    "BUSINESS_DEVELOPMENT",
    "INTERNATIONALISATION",
    "FLAGSHIP_PROJECTS",
    "BRANDING",
    "PROSPECTION_AND_PROMOTION",
}


class Loaded:
    """The graph after one demo load: its driver, database, report and counts."""

    def __init__(self, driver: Driver, database: str, report: ImportReport) -> None:
        self.driver = driver
        self.database = database
        self.report = report
        self.stats = graph_stats(driver, database)

    def rows(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(cypher, params, database_=self.database)
        return [record.data() for record in records]


@pytest.fixture(scope="module")
def demo(driver: Driver, settings: Settings) -> Iterator[Loaded]:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    with driver.session(database=settings.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    report = load_demo(driver, settings.database, data_dir=SHARED_DATA)
    yield Loaded(driver, settings.database, report)


def demo_rejections(report: ImportReport) -> list[Rejection]:
    """Rejected rows of the demo's own files (the CORDIS files have known bad rows)."""
    return [r for r in report.rejections if r.file.startswith(f"{BUNDLE_DIR.name}/")]


def test_demo_files_have_no_rejected_rows(demo: Loaded) -> None:
    assert demo_rejections(demo.report) == []
    assert demo.report.counts("demo_data/clusters.csv").created == 6


def test_six_clusters_with_aliases(demo: Loaded) -> None:
    clusters = {
        r["id"]: r
        for r in demo.rows(
            "MATCH (c:Cluster) RETURN c.id AS id, c.aliasNames AS aliases, "
            "c.launchDate AS launch, c.sector AS sector"
        )
    }
    assert set(clusters) == CLUSTER_IDS
    assert all(c["sector"] for c in clusters.values())
    automotive = clusters["lci-automotive"]
    assert automotive["aliases"] == [
        "Automotive cluster (as announced)",
        "Luxembourg Automotive Components Cluster",
        "Luxembourg AutoMobility Cluster",
    ]
    assert automotive["launch"].to_native() == datetime.date(2013, 10, 3)
    assert "Luxembourg BioHealth Cluster" in clusters["lci-biohealth"]["aliases"]
    assert "Luxembourg CleanTech Cluster" in clusters["lci-ecoinnovation"]["aliases"]
    hits = demo.rows(
        "CALL db.index.fulltext.queryNodes('search', 'automobility') YIELD node "
        "RETURN node.id AS id"
    )
    assert "lci-automotive" in [h["id"] for h in hits]


def test_governance_per_cluster(demo: Loaded) -> None:
    roles = demo.rows(
        "MATCH (c:Cluster) "
        "OPTIONAL MATCH (p:Person)-[h:HOLDS_ROLE]->(c) "
        "RETURN c.id AS cluster, "
        "size([x IN collect(h.role) WHERE x = 'PRESIDENT']) AS presidents, "
        "size([x IN collect(h.role) WHERE x = 'VICE_PRESIDENT']) AS vps, "
        "size([x IN collect(h.role) WHERE x = 'CLUSTER_MANAGER']) AS managers"
    )
    assert len(roles) == 6
    for row in roles:
        assert (row["presidents"], row["vps"], row["managers"]) == (1, 2, 1), row


def test_people_are_placeholders_affiliated_by_role(demo: Loaded) -> None:
    people = demo.rows(
        "MATCH (p:Person) RETURN p.placeholder AS placeholder, p.name AS name, p.email AS email"
    )
    assert len(people) == 24
    assert all(p["placeholder"] is True for p in people)
    assert all(p["name"].startswith("Placeholder ") for p in people)
    assert all(p["email"].endswith("@example.org") for p in people)
    affiliations = demo.rows(
        "MATCH (p:Person)-[h:HOLDS_ROLE]->(:Cluster) "
        "MATCH (p)-[:AFFILIATED_WITH]->(o:Organization) "
        "RETURN h.role AS role, labels(o) AS labels, o.id AS org, o.country AS country"
    )
    assert len(affiliations) == 24
    for a in affiliations:
        assert a["country"] == "LU"
        if a["role"] == "PRESIDENT":
            assert "Company" in a["labels"]
        elif a["role"] == "VICE_PRESIDENT":
            assert "ResearchInstitution" in a["labels"]
            assert a["org"].startswith("pic-")
        else:
            assert a["org"] == LUXINNOVATION


def test_luxembourg_h2020_network(demo: Loaded) -> None:
    [row] = demo.rows(
        "MATCH (p:Project) "
        "RETURN count(p) AS projects, "
        "count { MATCH (p) WHERE NOT EXISTS { (p)<-[:PARTICIPATES_IN]-(:Organization "
        "{country: 'LU'}) } } AS withoutLuxembourg"
    )
    assert row["projects"] == 437
    assert row["withoutLuxembourg"] == 0
    assert 3500 <= demo.stats["nodes"]["Organization"] <= 4000
    assert 7000 <= demo.stats["relationships"]["PARTICIPATES_IN"] <= 7600


def test_clusters_focus_on_programme_parts_with_projects(demo: Loaded) -> None:
    rows = demo.rows(
        "MATCH (c:Cluster)-[:FOCUSES_ON]->(t:Topic) WHERE t.id STARTS WITH 'h2020-part-' "
        "RETURN c.id AS cluster, count { (t)<-[:ADDRESSES]-(:Project) } AS projects"
    )
    assert {r["cluster"] for r in rows} == CLUSTER_IDS
    assert all(r["projects"] > 0 for r in rows)


def test_derived_memberships(demo: Loaded) -> None:
    memberships = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF]->(c:Cluster) "
        "RETURN o.id AS org, o.country AS country, c.id AS cluster, r.source AS source, "
        "r.since AS since, r.evidenceProjects AS evidence, r.programmeParts AS parts"
    )
    assert len(memberships) > 50
    assert {m["source"] for m in memberships} == {"derived"}
    assert {m["country"] for m in memberships} == {"LU"}
    assert all(m["since"] is not None and m["evidence"] >= 1 for m in memberships)
    by_cluster = {m["cluster"] for m in memberships}
    # LEIT cannot be told apart into materials or space: those get no derived members.
    assert by_cluster == {"lci-biohealth", "lci-ecoinnovation", "lci-ict", "lci-automotive"}
    ict = [m for m in memberships if m["cluster"] == "lci-ict"]
    assert all(m["evidence"] >= 2 for m in ict)
    # The evidence is real: each member took part in a project of a mapped part.
    [row] = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF]->(c:Cluster) "
        "WHERE NOT EXISTS { (o)-[:PARTICIPATES_IN]->(p:Project)-[:ADDRESSES]->(t:Topic) "
        "WHERE t.id IN [x IN r.programmeParts | 'h2020-part-' + x] "
        "AND p.startDate = r.since } "
        "RETURN count(r) AS unsupported"
    )
    assert row["unsupported"] == 0


def test_objectives_and_illustrative_measurements(demo: Loaded) -> None:
    objectives = demo.rows(
        "MATCH (c:Cluster)-[:HAS_OBJECTIVE]->(o:Objective) "
        "RETURN c.id AS cluster, o.metric AS metric, o.target AS target, "
        "o.planArea AS area, o.deadline AS deadline"
    )
    for cluster in CLUSTER_IDS:
        targets = {o["metric"]: o["target"] for o in objectives if o["cluster"] == cluster}
        assert targets["newBusinesses"] == 300
        assert targets["newJobs"] == 3000
    assert {o["area"] for o in objectives} == PLAN_AREAS
    measurements = demo.rows(
        "MATCH (:Objective)-[:HAS_MEASUREMENT]->(m:Measurement) "
        "RETURN m.illustrative AS illustrative, m.note AS note"
    )
    assert measurements
    assert all(m["illustrative"] is True and "Illustrative" in m["note"] for m in measurements)


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    with pytest.raises(DemoDataError):
        cordis_dir()
    if SHARED_DATA.is_dir():
        monkeypatch.setenv(DATA_ENV, str(SHARED_DATA.parent))
        assert cordis_dir() == SHARED_DATA
    assert (BUNDLE_DIR / "clusters.csv").is_file()


UNIVERSITY = "pic-999878620"  # Université du Luxembourg
SUGGESTIONS = """
query($org: ID!, $cluster: ID!) {
  partners: suggestPartners(organizationId: $org) {
    score organization { id } reasons { kind label contribution }
  }
  members: suggestClusterMembers(clusterId: $cluster) { score organization { id } }
}"""


async def test_suggestions_for_the_university_and_the_automotive_cluster(
    demo: Loaded, gql: GraphQLClient
) -> None:
    body = await gql(SUGGESTIONS, {"org": UNIVERSITY, "cluster": "lci-automotive"})
    assert "errors" not in body, body["errors"]
    partners = body["data"]["partners"]
    assert len(partners) == 10
    scores = [s["score"] for s in partners]
    assert scores == sorted(scores, reverse=True)
    existing = {
        r["id"]
        for r in demo.rows(
            "MATCH (:Organization {id: $id})-[:PARTICIPATES_IN]->()<-[:PARTICIPATES_IN]-(o) "
            "RETURN DISTINCT o.id AS id",
            id=UNIVERSITY,
        )
    }
    assert not {s["organization"]["id"] for s in partners} & existing
    for suggestion in partners:
        kinds = {r["kind"] for r in suggestion["reasons"]}
        assert "existing_partner" not in kinds
        assert all(r["label"] for r in suggestion["reasons"])
        assert math.isclose(
            sum(r["contribution"] for r in suggestion["reasons"]), suggestion["score"]
        )
    members = body["data"]["members"]
    assert len(members) == 10
    current = {
        r["id"]
        for r in demo.rows(
            "MATCH (o:Organization)-[m:MEMBER_OF]->(:Cluster {id: 'lci-automotive'}) "
            "WHERE m.until IS NULL OR m.until >= date() RETURN o.id AS id"
        )
    }
    assert not {s["organization"]["id"] for s in members} & current


def test_loading_twice_changes_nothing(demo: Loaded) -> None:
    again = load_demo(demo.driver, demo.database, data_dir=SHARED_DATA)
    assert demo_rejections(again) == []
    assert graph_stats(demo.driver, demo.database) == demo.stats
    assert again.counts("demo_data/derived_membership_map.csv").created == 0
