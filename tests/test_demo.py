"""The Luxembourg demo network, loaded into the tests' own Neo4j from the shared CORDIS data.

The load takes a while, so it runs once per module; the last test loads again and checks
that nothing changed.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings
from importers.demo import BUNDLE_DIR, DATA_ENV, DemoDataError, data_dir, load_demo
from importers.report import ImportReport, graph_stats
from tests.conftest import SHARED, GraphQLClient

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
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    with driver.session(database=settings.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    report = load_demo(driver, settings.database, data=SHARED)
    yield Loaded(driver, settings.database, report)


def test_no_rejected_rows_and_one_known_warning(demo: Loaded) -> None:
    assert demo.report.rejections == []
    # organizations.csv line 586 has a name but no PIC: nothing to attach it to.
    assert [(w.file, w.line) for w in demo.report.warnings] == [("organizations.csv", 586)]
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
        "Automotive cluster",  # as the press release of 2013-10-03 announced it
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


def test_luxembourg_network_of_both_programmes(demo: Loaded) -> None:
    rows = demo.rows(
        "MATCH (p:Project) "
        "RETURN p.programme AS programme, count(p) AS projects, "
        "sum(CASE WHEN EXISTS { (p)<-[:PARTICIPATES_IN]-(:Organization {country: 'LU'}) } "
        "THEN 0 ELSE 1 END) AS withoutLuxembourg, count(p.title) AS titled"
    )
    by_programme = {r["programme"]: r for r in rows}
    assert by_programme["H2020"]["projects"] == 437
    assert by_programme["H2020"]["titled"] == 394
    assert by_programme["HORIZON"]["projects"] == 431
    assert by_programme["HORIZON"]["titled"] == 431  # the complete data titles every one
    assert all(r["withoutLuxembourg"] == 0 for r in rows)
    assert 6_000 <= demo.stats["nodes"]["Organization"] <= 8_000


def test_clusters_focus_on_topics_with_projects(demo: Loaded) -> None:
    rows = demo.rows(
        "MATCH (c:Cluster)-[:FOCUSES_ON]->(t:Topic) WHERE t.source = 'cordis' "
        "RETURN c.id AS cluster, t.id AS topic, "
        "count { (t)<-[:BROADER*0..6]-(:Topic)<-[:ADDRESSES]-(:Project) } AS projects"
    )
    assert {r["cluster"] for r in rows} == CLUSTER_IDS
    assert all(r["projects"] > 0 for r in rows), [r for r in rows if not r["projects"]]


def test_a_clusters_themes_hold_every_topic_its_domain_is_inferred_from(demo: Loaded) -> None:
    """The page lists a cluster's themes (FOCUSES_ON) and, for each organisation active in its
    domain, the topics that made it so: those are among the themes (a review found CleanTech
    counting hydrogen and climate-transition calls its theme list did not name)."""
    rows = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF {source: 'derived'}]->(c:Cluster) "
        "UNWIND r.evidenceTopics AS topic "
        "WITH DISTINCT c, topic WHERE NOT EXISTS { (c)-[:FOCUSES_ON]->(:Topic {id: topic}) } "
        "RETURN c.id AS cluster, topic"
    )
    assert rows == []


def test_derived_memberships(demo: Loaded) -> None:
    memberships = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF]->(c:Cluster) "
        "RETURN o.id AS org, o.country AS country, c.id AS cluster, r.source AS source, "
        "r.sinceYear AS since, r.evidenceProjects AS evidence, r.evidenceTopics AS topics"
    )
    assert len(memberships) > 80
    assert {m["source"] for m in memberships} == {"derived"}
    assert {m["country"] for m in memberships} == {"LU"}
    assert all(m["since"] is not None and m["evidence"] >= 1 for m in memberships)
    # Thematic areas and call topics tell materials and space apart from ICT now.
    assert {m["cluster"] for m in memberships} == CLUSTER_IDS
    # The automotive cluster finds members through vehicle and transport call topics.
    automotive = {t for m in memberships if m["cluster"] == "lci-automotive" for t in m["topics"]}
    assert automotive & {"call-family-GV", "call-family-LC-GV", "call-family-HORIZON-CL5-D5"}
    # The evidence is real: each member took part in a project on an evidence topic.
    [row] = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF]->(c:Cluster) "
        "WHERE NOT EXISTS { (o)-[:PARTICIPATES_IN]->(:Project)-[:ADDRESSES]->(:Topic)"
        "-[:BROADER*0..6]->(t:Topic) WHERE t.id IN r.evidenceTopics } "
        "RETURN count(r) AS unsupported"
    )
    assert row["unsupported"] == 0
    # Enough evidence: 10% of the organisation's projects, or 10 projects; so the
    # University of Luxembourg is active in the health and ICT domains only, not in all six.
    [weak] = demo.rows(
        "MATCH (o:Organization)-[r:MEMBER_OF]->(:Cluster) "
        "WHERE r.evidenceProjects < 10 "
        "AND r.evidenceProjects < 0.1 * COUNT { (o)-[:PARTICIPATES_IN]->() } "
        "RETURN count(r) AS weak"
    )
    assert weak["weak"] == 0
    university = {m["cluster"] for m in memberships if m["org"] == "pic-999878620"}
    assert university == {"lci-biohealth", "lci-ict"}


def test_objectives_and_illustrative_measurements(demo: Loaded) -> None:
    objectives = demo.rows(
        "MATCH (c:Cluster)-[:HAS_OBJECTIVE]->(o:Objective) "
        "RETURN c.id AS cluster, o.metric AS metric, o.target AS target, "
        "o.planArea AS area, o.deadline AS deadline"
    )
    # The initiative-wide targets belong to the initiative, not to each cluster: a cluster's
    # objective of the same metric is its contribution, without a target.
    for cluster in CLUSTER_IDS:
        targets = {o["metric"]: o["target"] for o in objectives if o["cluster"] == cluster}
        assert targets["newBusinesses"] is None
        assert targets["newJobs"] is None
    assert {o["area"] for o in objectives} == PLAN_AREAS
    initiative = demo.rows(
        "MATCH (c:Cluster)-[:IN_INITIATIVE]->(i:Initiative {id: 'lci'}) "
        "WITH i, count(c) AS clusters MATCH (i)-[:HAS_OBJECTIVE]->(o:Objective) "
        "RETURN clusters, o.metric AS metric, o.target AS target, o.fromClusters AS sums, "
        "COUNT { (o)-[:HAS_MEASUREMENT]->() } AS values ORDER BY metric"
    )
    assert [(r["clusters"], r["metric"], r["target"], r["sums"]) for r in initiative] == [
        (6, "newBusinesses", 300, True),
        (6, "newJobs", 3000, True),
    ]
    assert all(r["values"] > 0 for r in initiative)
    # The automotive cluster's internationalisation objective is measured from the data.
    [reach] = demo.rows(
        "MATCH (:Cluster {id: 'lci-automotive'})-[:HAS_OBJECTIVE]->(o:Objective) "
        "WHERE o.indicator IS NOT NULL MATCH (o)-[:HAS_MEASUREMENT]->(m:Measurement) "
        "RETURN o.indicator AS indicator, collect(m.source) AS sources, max(m.value) AS value"
    )
    assert reach["indicator"] == "NEW_FOREIGN_PARTNERS"
    assert set(reach["sources"]) == {"computed"} and reach["value"] > 0
    measurements = demo.rows(
        "MATCH (:Objective)-[:HAS_MEASUREMENT]->(m:Measurement) "
        "WHERE coalesce(m.source, '') <> 'computed' "
        "RETURN m.illustrative AS illustrative, m.note AS note"
    )
    assert measurements
    assert all(m["illustrative"] is True and "Illustrative" in m["note"] for m in measurements)


def test_data_dir_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(DATA_ENV, str(tmp_path))
    with pytest.raises(DemoDataError):
        data_dir()
    if SHARED.is_dir():
        monkeypatch.setenv(DATA_ENV, str(SHARED))
        assert data_dir() == SHARED
        monkeypatch.setenv(DATA_ENV, str(SHARED / "cordis-h2020"))
        assert data_dir() == SHARED
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


NETWORK_TODAY = """
{
  projects(first: 50) { edges { node { title acronym displayName } } }
  dome: search(query: "DOME 4.0", first: 5) { node { id ... on Project { acronym title } } }
  university: organization(id: "pic-999878620") {
    displayName kind sme coordinationCount
    horizon: projects(first: 100, programme: "HORIZON") {
      totalCount
      edges { role cordisRole node { programme startDate startYear datePrecision title } }
    }
    newest: projects(first: 20) { edges { node { programme startDate title displayName } } }
  }
  suggestPartners(organizationId: "pic-999878620", first: 10) {
    reasons { evidence { __typename ... on Project { programme displayName } } }
  }
}"""


async def test_titles_search_and_horizon_europe_through_the_api(
    demo: Loaded, gql: GraphQLClient
) -> None:
    body = await gql(NETWORK_TODAY)
    assert "errors" not in body, body["errors"]
    projects = [e["node"] for e in body["data"]["projects"]["edges"]]
    assert len(projects) == 50
    assert sum(1 for p in projects if p["title"] and p["acronym"]) >= 40
    assert all(p["displayName"] for p in projects)
    assert {"acronym": "DOME 4.0", "title": "Digital Open Marketplace Ecosystem 4.0"} in [
        {"acronym": h["node"].get("acronym"), "title": h["node"].get("title")}
        for h in body["data"]["dome"]
    ]
    university = body["data"]["university"]
    assert university["displayName"] == "UNIVERSITE DU LUXEMBOURG"
    assert university["sme"] is False and university["coordinationCount"] > 0
    horizon = university["horizon"]["edges"]
    assert university["horizon"]["totalCount"] == len(horizon) > 50
    assert all(e["node"]["programme"] == "HORIZON" for e in horizon)
    assert all(e["node"]["datePrecision"] == "DAY" and e["node"]["title"] for e in horizon)
    assert all(e["role"] in ("COORDINATOR", "PARTNER") and e["cordisRole"] for e in horizon)
    # Newest first across programmes: the first page is Horizon Europe, titled, by date.
    newest = [e["node"] for e in university["newest"]["edges"]]
    starts = [p["startDate"] for p in newest]
    assert starts == sorted(starts, reverse=True)
    assert starts[0] >= "2025-01-01"
    assert all(p["programme"] == "HORIZON" and p["title"] for p in newest)
    assert not any("Untitled" in p["displayName"] for p in newest)
    evidence = [
        e
        for s in body["data"]["suggestPartners"]
        for r in s["reasons"]
        for e in r["evidence"]
        if e["__typename"] == "Project" and e["programme"] == "HORIZON"
    ]
    assert evidence and not any("Untitled" in e["displayName"] for e in evidence)


def test_suggest_command_names_every_row(demo: Loaded, settings: Settings) -> None:
    env = {
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password,
        "NEO4J_DATABASE": settings.database,
        "COLUMNS": "250",
    }
    result = CliRunner().invoke(app, ["suggest", "Université du Luxembourg"], env=env)

    assert result.exit_code == 0, result.output
    rows = [line for line in result.stdout.splitlines() if re.match(r"^│\s*\d+\s*│", line)]
    assert len(rows) == 10
    for row in rows:
        cells = [cell.strip() for cell in row.split("│")]
        assert cells[2] and not cells[2].startswith("["), row  # a name before the [id]


def test_loading_twice_changes_nothing(demo: Loaded) -> None:
    again = load_demo(demo.driver, demo.database, data=SHARED)
    assert again.rejections == []
    assert graph_stats(demo.driver, demo.database) == demo.stats
    assert again.counts("demo_data/derived_membership_map.csv").created == 0
