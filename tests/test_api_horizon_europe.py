"""The complete Horizon Europe data through the API: abstracts, keywords, statuses, roles,
SME status and places, SME filters, newest first across programmes (fixture files imported
by the real importer)."""

from __future__ import annotations

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers.cordis import import_cordis
from tests.conftest import GraphQLClient
from tests.test_import_cordis import COMPLETE_FILES, TABLES


@pytest.fixture
def imported(empty_graph: Driver, settings: Settings) -> Driver:
    import_cordis(empty_graph, settings.database, [*TABLES, *COMPLETE_FILES])
    return empty_graph


PROJECT = """{
  project(id: "he-101100001") {
    displayName status fundingScheme call keywords abstract startDate endDate datePrecision
    participants(first: 10) { edges { role cordisRole contribution node { id } } }
  }
  acme: organization(id: "pic-900000001") {
    name sme latitude longitude city region coordinationCount projectCount
    projects(first: 10) { edges { role cordisRole node { id startDate } } }
  }
}"""


async def test_projects_and_organisations_of_the_complete_data(
    imported: Driver, gql: GraphQLClient
) -> None:
    body = await gql(PROJECT)
    assert "errors" not in body, body["errors"]
    project = body["data"]["project"]
    assert project["displayName"] == "ROADZERO: Zero-emission road freight with hydrogen trucks"
    assert (project["status"], project["fundingScheme"], project["call"]) == (
        "SIGNED",
        "HORIZON-RIA",
        "HORIZON-CL5-2021-D5",
    )
    assert project["keywords"] == ["hydrogen", "heavy-duty trucks", "refuelling"]
    assert project["abstract"].startswith("ROADZERO develops")
    assert (project["startDate"], project["endDate"], project["datePrecision"]) == (
        "2022-01-01",
        "2025-12-31",
        "DAY",
    )
    assert [
        (e["node"]["id"], e["role"], e["cordisRole"]) for e in project["participants"]["edges"]
    ] == [
        ("pic-900000001", "COORDINATOR", "coordinator"),
        ("pic-900000002", "PARTNER", "participant"),
    ]
    acme = body["data"]["acme"]
    assert (acme["name"], acme["sme"], acme["city"], acme["region"]) == (
        "ACME AUTOMOTIVE SARL",
        True,
        "ESCH-SUR-ALZETTE",
        "LU000",
    )
    assert (acme["latitude"], acme["longitude"]) == (49.5, 5.98)
    assert (acme["coordinationCount"], acme["projectCount"]) == (2, 2)  # h2020-1001 too
    # newest first across programmes: the Horizon Europe project (2022) before 2015's
    assert [e["node"]["id"] for e in acme["projects"]["edges"]] == ["he-101100001", "h2020-1001"]


SME = """{
  smes: organizations(filter: {sme: true}) { totalCount edges { node { id } } }
  others: organizations(filter: {sme: false, country: "DE"}) { edges { node { id } } }
  found: search(query: "gmbh", sme: true) { node { id } }
  none: search(query: "gmbh", sme: false) { node { id } }
  facets: searchFacets(query: "new") { sme { value count } }
  keyword: search(query: "refuelling", types: [PROJECT]) { node { id } }
}"""


async def test_sme_filters_and_keyword_search(imported: Driver, gql: GraphQLClient) -> None:
    body = await gql(SME)
    assert "errors" not in body, body["errors"]
    data = body["data"]
    smes = sorted(e["node"]["id"] for e in data["smes"]["edges"])
    assert smes == ["pic-900000001", "pic-900000006"]
    assert [e["node"]["id"] for e in data["others"]["edges"]] == ["pic-900000002"]
    assert [h["node"]["id"] for h in data["found"]] == ["pic-900000006"]
    assert data["none"] == []
    assert {f["value"]: f["count"] for f in data["facets"]["sme"]} == {"true": 1, "false": 1}
    assert [h["node"]["id"] for h in data["keyword"]] == ["he-101100001"]


async def test_suggestions_keep_only_smes_when_asked(imported: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{
          only: suggestConsortium(input: {brief: "robots", sme: true}, first: 10) {
            organization { id sme }
          }
          partners: suggestPartners(organizationId: "pic-900000003", filter: {sme: false}) {
            organization { id sme }
          }
        }"""
    )
    assert "errors" not in body, body["errors"]
    only = body["data"]["only"]
    assert only and all(s["organization"]["sme"] is True for s in only)
    assert all(s["organization"]["sme"] is False for s in body["data"]["partners"])
