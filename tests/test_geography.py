"""Where a cluster's organisations and their foreign partners are (Cluster.geography), on the
hand-made network of the indicator tests with places laid over it (seed_geography.cypher)."""

from __future__ import annotations

from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import GraphQLClient, seed_network

GEOGRAPHY = """
query($id: ID!, $from: Date, $to: Date, $populations: [MembershipStanding!]) {
  cluster(id: $id) {
    geography(from: $from, to: $to, populations: $populations) {
      population organizations partners projects partnersWithoutRegion
      countries { country organizations partners projects }
      regions { region country city latitude longitude organizations partners projects }
    }
    indicators(from: $from, to: $to, populations: $populations,
               indicators: [FOREIGN_PARTNERS, FOREIGN_COUNTRIES]) {
      indicator { id } population total
    }
  }
}"""

PERIOD = {"from": "2015-01-01", "to": "2019-12-31"}


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed_indicators.cypher", "seed_geography.cypher")


async def _cluster(gql: GraphQLClient, **variables: Any) -> dict[str, Any]:
    body = await gql(GEOGRAPHY, variables)
    assert "errors" not in body, body
    cluster: dict[str, Any] = body["data"]["cluster"]
    return cluster


def _countries(found: dict[str, Any]) -> list[tuple[str, int, int, int]]:
    return [
        (c["country"], c["organizations"], c["partners"], c["projects"]) for c in found["countries"]
    ]


def _regions(found: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (r["region"], r["country"], r["city"], r["organizations"], r["partners"], r["projects"])
        for r in found["regions"]
    ]


async def test_members_by_country_and_region(network: Driver, gql: GraphQLClient) -> None:
    cluster = await _cluster(gql, id="cl-a", populations=["MEMBER"], **PERIOD)
    [members] = cluster["geography"]
    # a1 and a2 (LU). Foreign partners: f1 (FR) on P1 and P4; f2 (DE) on P2 and P4, b1 (DE)
    # on P2. x1 is of the members' own country; P0 (2014) is before the period.
    assert (members["population"], members["organizations"]) == ("MEMBER", 2)
    assert (members["partners"], members["projects"]) == (3, 3)  # P1, P2, P4
    assert _countries(members) == [("DE", 0, 2, 2), ("FR", 0, 1, 2), ("LU", 2, 0, 0)]
    # b1 has no NUTS code: on no region. The town spelt two ways is written in small letters.
    assert members["partnersWithoutRegion"] == 1
    assert _regions(members) == [
        ("DE21", "DE", "München", 0, 1, 2),
        ("FR10", "FR", "PARIS", 0, 1, 2),
        ("LU00", "LU", "Esch-sur-Alzette", 2, 0, 0),
    ]
    de21, fr10, lu00 = members["regions"]
    assert (de21["latitude"], de21["longitude"]) == pytest.approx((48.1, 11.6))
    assert (fr10["latitude"], fr10["longitude"]) == (None, None)  # f1 has no coordinates
    assert (lu00["latitude"], lu00["longitude"]) == pytest.approx((49.6, 6.1))


async def test_organisations_active_in_the_domain_apart(
    network: Driver, gql: GraphQLClient
) -> None:
    cluster = await _cluster(gql, id="cl-a", populations=["ACTIVE_IN_DOMAIN"], **PERIOD)
    [active] = cluster["geography"]
    # a3 (LU) only: f2 and b1 (DE) on P2, f1 (FR) on P3; not the members' P1 and P4.
    assert (active["population"], active["organizations"]) == ("ACTIVE_IN_DOMAIN", 1)
    assert (active["partners"], active["projects"]) == (3, 2)
    assert _countries(active) == [("DE", 0, 2, 1), ("FR", 0, 1, 1), ("LU", 1, 0, 0)]
    assert _regions(active) == [
        ("DE21", "DE", "München", 0, 1, 1),
        ("FR10", "FR", "PARIS", 0, 1, 1),
        ("LU00", "LU", "Belvaux", 1, 0, 0),
    ]
    assert active["regions"][2]["latitude"] is None


async def test_the_period_and_the_memberships_bound_it(network: Driver, gql: GraphQLClient) -> None:
    cluster = await _cluster(
        gql, id="cl-a", populations=["MEMBER"], **{"from": "2019-01-01", "to": "2019-12-31"}
    )
    [members] = cluster["geography"]
    # a2's membership ended in 2018: only a1, and only P4 (f1, f2).
    assert (members["organizations"], members["partners"], members["projects"]) == (1, 2, 1)
    assert _countries(members) == [("DE", 0, 1, 1), ("FR", 0, 1, 1), ("LU", 1, 0, 0)]


async def test_it_adds_up_to_the_indicators(network: Driver, gql: GraphQLClient) -> None:
    cluster = await _cluster(gql, id="cl-a", **PERIOD)
    totals = {(s["indicator"]["id"], s["population"]): s["total"] for s in cluster["indicators"]}
    assert [g["population"] for g in cluster["geography"]] == ["MEMBER", "ACTIVE_IN_DOMAIN"]
    for found in cluster["geography"]:
        population = found["population"]
        assert sum(c["partners"] for c in found["countries"]) == found["partners"]
        assert found["partners"] == totals[("FOREIGN_PARTNERS", population)]
        reached = [c for c in found["countries"] if c["partners"]]
        assert len(reached) == totals[("FOREIGN_COUNTRIES", population)]


async def test_a_member_abroad_has_the_others_as_foreign_partners(
    network: Driver, gql: GraphQLClient
) -> None:
    response = await gql.http.post(
        "/graphql",
        json={
            "query": '{ clusters { id geography(from: "2015-01-01", to: "2019-12-31", '
            "populations: [MEMBER]) { partners countries { country partners projects } } } }"
        },
    )
    body = response.json()
    assert "errors" not in body, body
    found = {c["id"]: c["geography"][0] for c in body["data"]["clusters"]}
    # b1 (DE) met a1, a2 and a3 (LU) on P2; f2 is of its own country.
    assert found["cl-b"]["countries"] == [
        {"country": "LU", "partners": 3, "projects": 1},
        {"country": "DE", "partners": 0, "projects": 0},
    ]
    assert found["cl-a"]["partners"] == 3
    # the list of clusters, then the geography of both in one query
    assert response.headers["x-neo4j-round-trips"] == "2"


async def test_a_cluster_without_anyone(network: Driver, gql: GraphQLClient) -> None:
    cluster = await _cluster(
        gql,
        id="cl-a",
        populations=["ACTIVE_IN_DOMAIN"],
        **{"from": "2014-01-01", "to": "2014-12-31"},
    )
    # a3 is active in the domain from March 2015 only.
    assert cluster["geography"] == [
        {
            "population": "ACTIVE_IN_DOMAIN",
            "organizations": 0,
            "partners": 0,
            "projects": 0,
            "partnersWithoutRegion": 0,
            "countries": [],
            "regions": [],
        }
    ]


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"from": "2019-01-01", "to": "2018-12-31"}, "to: must not be before from"),
        ({"from": "1900-01-01", "to": "2019-12-31"}, "to: the period spans more than 50 years"),
        ({"populations": ["FORMER"]}, "populations: FORMER is not a population"),
    ],
)
async def test_bad_input_is_named(
    network: Driver, gql: GraphQLClient, variables: dict[str, Any], message: str
) -> None:
    body = await gql(GEOGRAPHY, {"id": "cl-a", **variables})
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert body["errors"][0]["message"].startswith(message)
