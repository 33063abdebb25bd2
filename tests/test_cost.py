"""The cost limit (schema/cost.py) and the request deadline across transactions."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path
from typing import Any, LiteralString

import httpx
import pytest
from graphql import DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, parse, validate
from neo4j import AsyncGraphDatabase, Driver

from bench.loop import COSTLIEST
from graph.client import Graph, start_request
from graph.errors import GraphTimeout
from graph.repositories.explore import member_betweenness
from graph.settings import Settings
from schema import schema
from schema.cost import cached_cost, lists_without_size, operation_cost
from schema.limits import Limits
from server import GraphQLApp
from tests.conftest import GraphQLClient, seed_network

STALL = (
    "{organizations(first:100,orderBy:{field:PARTNER_COUNT,direction:DESC}){edges{node{name "
    "partners(first:100){edges{node{name projects{edges{node{id}}}}}}}}}}"
)
HEAVY_READ = "UNWIND range(1, 1000000000) AS x RETURN count(x) AS n"
ROOT = Path(__file__).resolve().parent.parent
API_DOC = ROOT / "docs" / "api.md"
WEB_OPERATIONS = ROOT / "web" / "src" / "graphql" / "operations.ts"
# The most a page asks at once: "Show 10 more" up to the API's 100 suggestions or results.
WEB_MOST = 100


def cost(document: str, variables: dict[str, object] | None = None) -> int:
    return operation_cost(schema._schema, parse(document), None, variables)


def test_every_list_has_a_size_rule() -> None:
    assert lists_without_size(schema._schema) == []


def test_a_remembered_cost_follows_the_variables_it_reads() -> None:
    text = "query($n: Int, $c: [String!]) { organizations(first: $n) { edges { node { id } } } }"
    document = parse(text)

    def remembered(variables: dict[str, object]) -> int:
        return cached_cost(schema._schema, text, document, None, variables)

    assert remembered({"n": 10}) == cost(text, {"n": 10}) == 21
    assert remembered({"n": 40}) == 81
    assert remembered({"n": "40"}) == 81  # as the cost reads it
    assert remembered({"n": 10, "c": ["LU"]}) == 21  # lists never change a cost
    assert remembered({}) == cost(text, {})
    assert cached_cost(schema._schema, None, document, None, {"n": 40}) == 81  # no text


@pytest.mark.parametrize("document", COSTLIEST)
def test_the_responsiveness_bench_asks_valid_queries_just_under_the_limit(document: str) -> None:
    assert validate(schema._schema, parse(document)) == []
    assert 4500 < cost(document) <= Limits().max_cost


def test_cost_multiplies_page_sizes_through_nesting() -> None:
    page = "{ organizations(first: 100) { edges { node { partners(first: 100) { edges { node "
    assert cost(page + "{ name } } } } } } }") == 1 + 100 + 100 + 100 + 10_000 + 10_000
    assert cost("{ organizations { totalCount } }") == 1, "scalars are free"
    assert cost("{ organizations { edges { node { id } } } }") == 1 + 20 + 20, "default page"
    # projects is a connection (one per partner) with its default page (20).
    assert cost(STALL) == 1 + 100 + 100 + 100 + 10_000 + 10_000 + 10_000 + 200_000 + 200_000


def test_cost_counts_fragments_aliases_and_variables() -> None:
    document = """query($n: Int, $m: Int = 7) {
      a: organizations(first: $n) { ...Page }
      b: organizations(first: $m) { ...Page }
    }
    fragment Page on OrganizationConnection { edges { ... on OrganizationEdge { node { id } } } }
    """
    assert cost(document, {"n": 30}) == (1 + 30 + 30) + (1 + 7 + 7)
    assert cost(document, {"n": 30, "m": 2}) == (1 + 30 + 30) + (1 + 2 + 2)
    assert cost('{ search(query: "x") { node { id } } }') == 10 + 10, "the schema's default"
    assert cost('{ neighborhood(centerId: "x", limit: 50) { nodes { id } edges { type } } }') == (
        1 + 50 + 150
    )


def test_every_documented_example_is_within_the_default_limit() -> None:
    examples = re.findall(r"```graphql\n(.*?)```", API_DOC.read_text(encoding="utf-8"), re.DOTALL)
    assert examples
    assert max(cost(example) for example in examples) <= Limits().max_cost


@pytest.fixture
def network(empty_graph: Driver, settings: Settings) -> Driver:
    return seed_network(empty_graph, settings, "seed.cypher")


async def test_the_stalling_query_is_refused_before_it_runs(
    network: Driver, gql: GraphQLClient
) -> None:
    response = await gql.http.post(
        "/graphql",
        json={"query": STALL},
        headers={"accept": "application/graphql-response+json"},
    )
    assert response.status_code == 400
    assert response.headers["x-neo4j-round-trips"] == "0", "nothing was sent to Neo4j"
    (error,) = response.json()["errors"]
    assert error["message"] == (
        "The query costs up to 430,301 (the objects it could return and the work of its "
        "rankings, suggestions and paths); the limit is 5,000. Ask for smaller pages (first), "
        "fewer nested lists or fewer computed fields."
    )
    assert error["extensions"] == {"code": "QUERY_TOO_COMPLEX", "cost": 430_301, "maxCost": 5000}
    small = await gql(STALL.replace("first:100", "first:5"))
    assert "errors" not in small
    assert small["data"]["organizations"]["edges"]


async def test_parse_validation_and_limit_errors_have_codes(
    empty_graph: Driver, gql: GraphQLClient
) -> None:
    cases = {
        "{ clusters {": "GRAPHQL_PARSE_FAILED",
        "{ clusters { nope } }": "GRAPHQL_VALIDATION_FAILED",
        "{ clusters { " + "id " * 2500 + "} }": "QUERY_TOO_COMPLEX",
        "{ " + " ".join(f"a{i}: clusters {{ id }}" for i in range(31)) + " }": "QUERY_TOO_COMPLEX",
        '{ organization(id: "x") { '
        + "partners(first: 1) { edges { node { " * 4
        + "id"
        + " } } }" * 4
        + " } }": "QUERY_TOO_COMPLEX",
        "query($n: Int!) { organizations(first: $n) { totalCount } }": "BAD_USER_INPUT",
    }
    for document, code in cases.items():
        body = await gql(document)
        assert [e["extensions"]["code"] for e in body["errors"]] == [code], document


async def test_the_deadline_spans_all_transactions_of_a_request(settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        graph = Graph(driver, settings.database, timeout=1.0)
        start_request(2.0)
        began = time.monotonic()
        for _ in range(10):  # 10 x 1 s of transaction timeout, but 2 s for the request
            with pytest.raises(GraphTimeout):
                await graph.read(HEAVY_READ)
        elapsed = time.monotonic() - began
    assert elapsed < 6.0, f"10 transactions took {elapsed:.1f} s; the deadline was 2 s"


class SlowGraph(Graph):
    """A real graph 1.5 s away: every read waits that long, then runs against Neo4j."""

    async def read(self, cypher: LiteralString, params: Any = None) -> list[dict[str, Any]]:
        await asyncio.sleep(1.5)
        return await super().read(cypher, params)


PARTNER_PROJECTS = """{ organization(id: "org-acme") { partners(first: 5) { edges { node {
  projects { edges { node { id } } } } } } } }"""


async def test_a_request_past_its_deadline_is_stopped(network: Driver, settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        slow = SlowGraph(driver, settings.database)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=GraphQLApp(slow, deadline=1.0)),
            base_url="http://test",
        ) as client:
            response = await client.post("/graphql", json={"query": PARTNER_PROJECTS})
        # One read (one root field) of 1.5 s: past the 1 s deadline.
        assert response.status_code == 504
        (error,) = response.json()["errors"]
        assert error["extensions"]["code"] == "QUERY_TIMEOUT"
        assert error["message"] == "The request took longer than 1 s and was stopped."
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=GraphQLApp(slow, deadline=10.0)),
            base_url="http://test",
        ) as client:
            response = await client.post("/graphql", json={"query": PARTNER_PROJECTS})
        assert response.json()["data"]["organization"]["partners"]["edges"]


def test_computed_fields_cost_their_work() -> None:
    ranking = 'centralOrganizations(clusterId: "lci-ict", measure: BETWEENNESS, first: 10) { rank }'
    aliases = "{ " + " ".join(f"a{i}: {ranking}" for i in range(30)) + " }"
    assert operation_cost(schema._schema, parse(aliases), None, None) == 30 * 2010
    two = "{ a: " + ranking + " b: " + ranking + " }"
    assert operation_cost(schema._schema, parse(two), None, None) <= 5000
    by_variable = "query($m: CentralityMeasure!) { centralOrganizations(measure: $m) { rank } }"
    assert operation_cost(schema._schema, parse(by_variable), None, {"m": "BETWEENNESS"}) == 2010
    assert operation_cost(schema._schema, parse(by_variable), None, {"m": "DEGREE"}) == 310
    path = '{ connectionPath(fromId: "a", toId: "b", maxHops: 6) { length } }'
    assert operation_cost(schema._schema, parse(path), None, None) == 1 + 6 * 50


def test_a_betweenness_ranking_stops_when_its_request_is_over() -> None:
    links = [(f"o{i}", f"p{i // 2}") for i in range(200)]
    members = [f"o{i}" for i in range(200)]
    asked = 0

    def stopped() -> bool:
        nonlocal asked
        asked += 1
        return asked > 3

    with pytest.raises(GraphTimeout, match="request is over"):
        member_betweenness(members, links, stopped)
    assert asked == 4  # stopped before the fourth source, not after all 200
    assert member_betweenness(["o0", "o1"], [("o0", "p"), ("o1", "p")]) == {"o0": 0.0, "o1": 0.0}


def test_every_page_request_stays_within_the_limit_at_its_largest() -> None:
    """Each operation of the web page (web/src/graphql/operations.ts), with its fragments and
    ``first`` at the most the page asks, costs at most the default limit: "Show 10 more
    suggestions" once failed at 20 with QUERY_TOO_COMPLEX."""
    texts = re.findall(r"graphql\(`(.*?)`\)", WEB_OPERATIONS.read_text(encoding="utf-8"), re.S)
    definitions = [d for text in texts for d in parse(text).definitions]
    fragments = [d for d in definitions if isinstance(d, FragmentDefinitionNode)]
    operations = [d for d in definitions if isinstance(d, OperationDefinitionNode)]
    assert len(operations) > 20
    over = {}
    for operation in operations:
        document = DocumentNode(definitions=(operation, *fragments))
        names = {v.variable.name.value for v in operation.variable_definitions or ()}
        variables = {"first": WEB_MOST} if "first" in names else {}
        found = operation_cost(schema._schema, document, None, variables)
        if found > Limits().max_cost:
            over[operation.name.value if operation.name else "?"] = found
    assert over == {}
