"""The projects list over GraphQL: filters, order, cursors, lazy totalCount, bad input."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed.cypher", "seed_clusters.cypher")


LIST = """
query($first: Int, $after: String, $filter: ProjectFilter) {
  projects(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id } }
  }
}"""


def _ids(body: dict[str, Any]) -> list[str]:
    return [edge["node"]["id"] for edge in body["data"]["projects"]["edges"]]


async def test_newest_first_in_pages(network: Driver, gql: GraphQLClient) -> None:
    first = await gql(LIST, {"first": 2})
    assert first["data"]["projects"]["totalCount"] == 5
    assert _ids(first) == ["prj-5", "prj-3"]
    assert first["data"]["projects"]["pageInfo"]["hasPreviousPage"] is False
    cursor = first["data"]["projects"]["pageInfo"]["endCursor"]
    second = await gql(LIST, {"first": 2, "after": cursor})
    assert _ids(second) == ["prj-2", "prj-1"]
    last = await gql(
        LIST, {"first": 2, "after": second["data"]["projects"]["pageInfo"]["endCursor"]}
    )
    assert _ids(last) == ["prj-4"]
    assert last["data"]["projects"]["pageInfo"]["hasNextPage"] is False


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ({"clusterId": "cl-auto"}, ["prj-3", "prj-1", "prj-4"]),
        ({"clusterId": "cl-ict"}, ["prj-3", "prj-2", "prj-1"]),
        ({"topicId": "topic-sc4"}, ["prj-5", "prj-3", "prj-1"]),
        ({"programme": "FP7"}, ["prj-4"]),
        ({"startYearFrom": 2015, "startYearTo": 2017}, ["prj-2", "prj-1"]),
        ({"startYearFrom": 2019}, ["prj-5", "prj-3"]),
        ({"startYearTo": 2012}, ["prj-4"]),
        ({"text": "ELECTRIQUES"}, ["prj-5"]),
        ({"text": "wheels"}, ["prj-4"]),
        ({"text": "cars", "clusterId": "cl-ict"}, ["prj-1"]),
        ({"topicId": "topic-sc4", "startYearTo": 2016}, ["prj-1"]),
        ({"clusterId": "cl-auto", "programme": "FP7"}, ["prj-4"]),
        ({"clusterId": "cl-ict", "programme": "FP7"}, []),
    ],
)
async def test_filters(
    network: Driver, gql: GraphQLClient, condition: dict[str, Any], expected: list[str]
) -> None:
    body = await gql(LIST, {"filter": condition})
    assert _ids(body) == expected
    assert body["data"]["projects"]["totalCount"] == len(expected)


async def test_cluster_filter_matches_cluster_projects(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ projects(filter: {clusterId: "cl-auto"}) { edges { node { id } } }
             cluster(id: "cl-auto") { projects { edges { node { id } } } } }"""
    )
    listed = [e["node"]["id"] for e in body["data"]["projects"]["edges"]]
    nested = [e["node"]["id"] for e in body["data"]["cluster"]["projects"]["edges"]]
    assert listed == nested


async def test_nodes_carry_fields_and_participants(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(
        """{ projects(filter: {startYearFrom: 2019, startYearTo: 2019}) { edges { node {
             acronym title programme startDate
             participants(first: 2) { totalCount pageInfo { hasNextPage }
               edges { role node { id } } } } } } }"""
    )
    node = body["data"]["projects"]["edges"][0]["node"]
    assert (node["acronym"], node["programme"], node["startDate"]) == (
        "ROADS",
        "H2020",
        "2019-06-01",
    )
    participants = node["participants"]
    assert participants["totalCount"] == 3
    assert participants["pageInfo"]["hasNextPage"] is True
    # Coordinators first, then by id.
    assert [(e["role"], e["node"]["id"]) for e in participants["edges"]] == [
        ("COORDINATOR", "org-list"),
        ("PARTNER", "org-acme"),
    ]


@pytest.mark.parametrize(
    ("variables", "needle"),
    [
        ({"first": 101}, "first: must be between 0 and 100"),
        ({"after": "bm9wZQ=="}, "after: 'bm9wZQ==' is not a cursor"),
        (
            {"filter": {"startYearFrom": 2019, "startYearTo": 2015}},
            "filter.startYearFrom: 2019 is after filter.startYearTo: 2015",
        ),
        ({"filter": {"startYearFrom": 1200}}, "filter.startYearFrom: must be between 1900"),
        ({"filter": {"startYearTo": 99999}}, "filter.startYearTo: must be between 1900"),
        ({"filter": {"text": "x" * 201}}, "filter.text: at most 200"),
    ],
)
async def test_bad_input_is_named(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], needle: str
) -> None:
    body = await gql(LIST, variables)
    assert body["data"] is None
    error = body["errors"][0]
    assert needle in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_title_that_starts_with_the_acronym_says_it_once(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    empty_graph.execute_query(
        "UNWIND [['p1', 'AntifragiCity', 'AntifragiCity'], "
        "['p2', 'SANCUS', 'Sancus: secure software updates'], ['p3', 'ROADS', 'Safer roads'], "
        "['p4', 'SOLO', null], ['p5', null, 'A title alone']] AS p "
        "CREATE (:Project {id: p[0], acronym: p[1], title: p[2]})",
        database_=settings.database,
    )
    ids = ["p1", "p2", "p3", "p4", "p5"]
    body = await gql(
        "{ " + " ".join(f'{i}: project(id: "{i}") {{ displayName }}' for i in ids) + " }"
    )
    assert [body["data"][i]["displayName"] for i in ids] == [
        "AntifragiCity",
        "Sancus: secure software updates",
        "ROADS: Safer roads",
        "SOLO",
        "A title alone",
    ]


PROGRAMME_CASE = """{
  upper: projects(filter: {programme: "H2020"}) { totalCount }
  lower: projects(filter: {programme: "h2020"}) { totalCount }
  organization(id: "org-uni") {
    upper: projects(programme: "H2020") { totalCount }
    lower: projects(programme: "h2020") { totalCount }
  }
}"""


async def test_a_programme_is_found_in_any_case(network: Driver, gql: GraphQLClient) -> None:
    """ "h2020" found nothing: the programmes are stored as H2020 and HORIZON."""
    body = await gql(PROGRAMME_CASE)
    assert "errors" not in body, body["errors"]
    data = body["data"]
    assert data["lower"] == data["upper"] and data["upper"]["totalCount"] > 0
    org = data["organization"]
    assert org["lower"] == org["upper"] and org["upper"]["totalCount"] > 0
