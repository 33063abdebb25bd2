"""GraphQL over HTTP: methods, content types, media types and status codes, headers, CORS."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
from neo4j import AsyncGraphDatabase, Driver

from graph.client import Graph
from graph.settings import Settings
from server import GRAPHQL_RESPONSE, GraphQLApp, create_app, negotiate
from tests.conftest import GraphQLClient

CLUSTERS = "{ clusters { id } }"


@pytest.fixture
def http(gql: GraphQLClient, empty_graph: Driver) -> httpx.AsyncClient:
    return gql.http


async def test_get_runs_queries(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", params={"query": CLUSTERS})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.json() == {"data": {"clusters": []}}


async def test_mutation_over_get_is_405(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", params={"query": "mutation { anything }"})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"


async def test_unsupported_content_type_is_415(http: httpx.AsyncClient) -> None:
    for content_type in ("application/graphql", "text/plain", "multipart/form-data"):
        response = await http.post(
            "/graphql", content=CLUSTERS, headers={"content-type": content_type}
        )
        assert response.status_code == 415, content_type


async def test_other_methods_are_405(http: httpx.AsyncClient) -> None:
    assert (await http.put("/graphql", json={"query": CLUSTERS})).status_code == 405


async def test_graphql_response_media_type_uses_status_codes(http: httpx.AsyncClient) -> None:
    accept = {"accept": GRAPHQL_RESPONSE}
    ok = await http.post("/graphql", json={"query": CLUSTERS}, headers=accept)
    assert ok.status_code == 200
    assert ok.headers["content-type"] == GRAPHQL_RESPONSE
    assert ok.json() == {"data": {"clusters": []}}

    for document in (
        "{ clusters { nope } }",
        "{ clusters {",
        "query($n: Int!) { clusters { id } }",
    ):
        bad = await http.post("/graphql", json={"query": document}, headers=accept)
        assert bad.status_code == 400, document
        assert bad.headers["content-type"] == GRAPHQL_RESPONSE
        body = bad.json()
        assert "data" not in body, "a request that did not execute has no data entry"
        assert body["errors"][0]["message"]

    # A field error during execution is still a 200: the request was executed.
    failed = await http.post(
        "/graphql", json={"query": "{ organizations(first: 1000) { totalCount } }"}, headers=accept
    )
    assert failed.status_code == 200
    assert failed.json()["data"] is None
    assert failed.json()["errors"][0]["path"] == ["organizations"]


async def test_legacy_json_clients_get_200(http: httpx.AsyncClient) -> None:
    for accept in (None, "application/json", "*/*"):
        headers = {"accept": accept} if accept else {}
        response = await http.post("/graphql", json={"query": "{ nope }"}, headers=headers)
        assert response.status_code == 200, accept
        assert response.headers["content-type"] == "application/json"
        assert response.json()["errors"][0]["message"].startswith("Cannot query field 'nope'")


async def test_unacceptable_media_type_is_406(http: httpx.AsyncClient) -> None:
    response = await http.post("/graphql", json={"query": CLUSTERS}, headers={"accept": "text/csv"})
    assert response.status_code == 406


def test_negotiation_prefers_explicit_graphql_response() -> None:
    assert negotiate(None) == "application/json"
    assert negotiate("*/*") == "application/json"
    assert negotiate(f"{GRAPHQL_RESPONSE}, application/json;q=0.9") == GRAPHQL_RESPONSE
    assert negotiate(f"{GRAPHQL_RESPONSE};q=0.5, application/json") == "application/json"
    assert negotiate(f"{GRAPHQL_RESPONSE};q=0") is None


async def test_request_id_is_echoed_or_made(http: httpx.AsyncClient) -> None:
    given = await http.post(
        "/graphql", json={"query": CLUSTERS}, headers={"x-request-id": "abc-123"}
    )
    assert given.headers["x-request-id"] == "abc-123"
    made = await http.post("/graphql", json={"query": CLUSTERS})
    assert len(made.headers["x-request-id"]) == 12
    forged = await http.post(
        "/graphql", json={"query": CLUSTERS}, headers={"x-request-id": "a b\tc" * 30}
    )
    assert forged.headers["x-request-id"] != "a b\tc" * 30


async def test_graphiql_is_served_to_browsers(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


@pytest.fixture
async def cors_client(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[httpx.AsyncClient]:
    monkeypatch.setenv("CLUSTERGRAPH_CORS_ORIGINS", "https://app.example, https://b.example")
    app = create_app(settings)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://test"
    ) as client:
        yield client


async def test_cors_allows_configured_origins_only(
    cors_client: httpx.AsyncClient, http: httpx.AsyncClient
) -> None:
    preflight = {"access-control-request-method": "POST"}
    allowed = await cors_client.options(
        "/graphql", headers={"origin": "https://b.example", **preflight}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "https://b.example"
    refused = await cors_client.options(
        "/graphql", headers={"origin": "https://evil.example", **preflight}
    )
    assert "access-control-allow-origin" not in refused.headers
    # Default: no origin is allowed.
    default = await http.post(
        "/graphql", json={"query": CLUSTERS}, headers={"origin": "https://app.example"}
    )
    assert "access-control-allow-origin" not in default.headers


async def test_answers_are_utf8_json_and_what_orjson_refuses_is_escaped(
    http: httpx.AsyncClient, settings: Settings
) -> None:
    response = await http.post("/graphql", json={"query": '{ organization(id: "é") { id } }'})
    assert response.status_code == 200
    assert response.json() == {"data": {"organization": None}}

    async with AsyncGraphDatabase.driver(settings.uri) as driver:
        graphql = GraphQLApp(Graph(driver, settings.database))
    assert graphql.encode_json({"name": "Université"}) == '{"name":"Université"}'.encode()
    # a lone surrogate is not UTF-8: orjson refuses it, json.dumps escapes it
    assert json.loads(graphql.encode_json({"name": "\ud800"})) == {"name": "\ud800"}
