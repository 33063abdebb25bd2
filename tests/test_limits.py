"""Safety limits: depth, aliases, tokens, page size, introspection, transaction timeout."""

from __future__ import annotations

import httpx
import pytest
import strawberry
from neo4j import AsyncGraphDatabase, Driver

from graph.client import Graph
from graph.errors import GraphTimeout
from graph.settings import Settings
from schema.limits import Limits, limit_extensions
from schema.root import CONFIG, Query
from server import GraphQLApp
from tests.conftest import GraphQLClient, seed_network

HEAVY_READ = "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n"


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed.cypher")


def _nested_partners(levels: int) -> str:
    inner = "id name"
    for _ in range(levels):
        inner = f"partners(first: 3) {{ edges {{ node {{ {inner} }} }} }}"
    return f'{{ organization(id: "org-acme") {{ {inner} }} }}'


async def test_nine_partner_levels_are_refused(network: Driver, gql: GraphQLClient) -> None:
    body = await gql(_nested_partners(9))
    assert "data" not in body or body["data"] is None
    message = body["errors"][0]["message"]
    assert "exceeds maximum operation depth of 12: nest fewer fields" in message
    assert message.endswith("by the ids the first one returned.")


async def test_frontend_depth_passes(network: Driver, gql: GraphQLClient) -> None:
    # Depth 9: organisation page with partners and their clusters and projects.
    body = await gql(
        """{ organization(id: "org-acme") { id name
             clusters { cluster { id name } }
             partners(first: 5) { totalCount pageInfo { hasNextPage }
               edges { sharedProjects node { id name
                 clusters { cluster { id name } }
                 projects(first: 5) { edges { node { id acronym } } } } } } } }"""
    )
    assert "errors" not in body
    assert body["data"]["organization"]["partners"]["totalCount"] == 3
    # Three partner levels (depth 10) are still fine.
    assert "errors" not in await gql(_nested_partners(3))
    assert "errors" in await gql(_nested_partners(4))  # depth 13


async def test_too_many_aliases_are_refused(empty_graph: Driver, gql: GraphQLClient) -> None:
    ok = await gql("{ " + " ".join(f"a{i}: clusters {{ id }}" for i in range(30)) + " }")
    assert "errors" not in ok
    body = await gql("{ " + " ".join(f"a{i}: clusters {{ id }}" for i in range(31)) + " }")
    assert body["errors"][0]["message"] == "31 aliases found. Allowed: 30"


async def test_too_many_tokens_are_refused(empty_graph: Driver, gql: GraphQLClient) -> None:
    document = "{ clusters { " + "id " * 2500 + "} }"
    body = await gql(document)
    assert body["data"] is None
    assert "more than 2000 tokens" in body["errors"][0]["message"]


async def test_long_lists_in_variables_are_refused_unread(
    empty_graph: Driver, gql: GraphQLClient
) -> None:
    """A list argument is read only up to 100 values, wherever it is in the variables."""
    search = 'query($c: [String!]) { search(query: "lux", countries: $c) { score } }'
    ok = await gql.http.post("/graphql", json={"query": search, "variables": {"c": ["LU"] * 100}})
    assert ok.status_code == 200 and "errors" not in ok.json()
    refused = await gql.http.post(
        "/graphql", json={"query": search, "variables": {"c": ["LU"] * 150_000}}
    )
    assert refused.status_code == 400
    assert refused.headers["x-neo4j-round-trips"] == "0"
    error = refused.json()["errors"][0]
    assert error["message"] == "variables.c: a list of 150000 values; at most 100."
    nested = {"input": {"organizationIds": ["a"] * 101}}
    body = (await gql.http.post("/graphql", json={"query": "{ x }", "variables": nested})).json()
    assert body["errors"][0]["message"].startswith("variables.input.organizationIds: a list of 101")


async def test_page_size_is_bounded(network: Driver, gql: GraphQLClient) -> None:
    body = await gql("{ organizations(first: 100000) { totalCount } }")
    assert body["data"] is None
    error = body["errors"][0]
    assert error["message"] == "first: must be between 0 and 100, got 100000"
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    full = await gql("{ organizations(first: 100) { totalCount } }")
    assert full["data"]["organizations"]["totalCount"] == 5


INTROSPECT = "{ __schema { queryType { name } } }"


async def test_introspection_is_on_by_default(empty_graph: Driver, gql: GraphQLClient) -> None:
    body = await gql(INTROSPECT)
    assert body == {"data": {"__schema": {"queryType": {"name": "Query"}}}}


async def test_introspection_can_be_disabled() -> None:
    closed = strawberry.Schema(
        config=CONFIG, query=Query, extensions=limit_extensions(Limits(introspection=False))
    )
    result = await closed.execute(INTROSPECT)
    assert result.errors
    assert "introspection" in result.errors[0].message.lower()
    typename = await closed.execute("{ __typename }")
    assert typename.errors is None


def test_limits_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLUSTERGRAPH_MAX_DEPTH", "7")
    monkeypatch.setenv("CLUSTERGRAPH_INTROSPECTION", "false")
    monkeypatch.setenv("CLUSTERGRAPH_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("CLUSTERGRAPH_WARM_UP", "off")
    assert Limits.from_env() == Limits(max_depth=7, introspection=False)
    assert Settings.from_env().query_timeout == 2.5
    assert Settings.from_env().warm_up is False
    monkeypatch.setenv("CLUSTERGRAPH_WARM_UP", "later")
    with pytest.raises(ValueError, match="CLUSTERGRAPH_WARM_UP must be true or false"):
        Settings.from_env()
    monkeypatch.setenv("CLUSTERGRAPH_MAX_DEPTH", "deep")
    with pytest.raises(ValueError, match="CLUSTERGRAPH_MAX_DEPTH"):
        Limits.from_env()


async def test_slow_read_is_stopped_by_the_transaction_timeout(settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        graph = Graph(driver, settings.database, timeout=0.2)
        with pytest.raises(GraphTimeout):
            await graph.read(HEAVY_READ)
        assert await Graph(driver, settings.database, timeout=5.0).read("RETURN 1 AS n") == [
            {"n": 1}
        ]


class HeavyGraph(Graph):
    """A real graph whose reads are all a deliberately heavy query (stands for a slow one)."""

    async def read(self, cypher: object, params: object = None) -> list[dict[str, object]]:
        return await super().read(HEAVY_READ)


async def test_timeout_reaches_clients_as_query_timeout(settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        app = GraphQLApp(HeavyGraph(driver, settings.database, timeout=0.2))
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.post("/graphql", json={"query": "{ clusters { id } }"})
    body = response.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "QUERY_TIMEOUT"
    assert body["errors"][0]["message"] == "the query took too long and was stopped"
