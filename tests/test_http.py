"""GraphQL over HTTP: methods, content types, media types and status codes, headers, CORS."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator

import httpx
import pytest
from neo4j import AsyncGraphDatabase, Driver

from graph.client import Graph
from graph.paging import encode_cursor
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


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
async def test_other_methods_are_405_with_a_graphql_body(
    http: httpx.AsyncClient, method: str
) -> None:
    response = await http.request(method, "/graphql", json={"query": CLUSTERS})
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert response.headers["x-request-id"]
    assert response.json()["errors"][0]["extensions"]["code"] == "METHOD_NOT_ALLOWED"


async def test_only_utf8_json_bodies_and_no_nan(http: httpx.AsyncClient) -> None:
    latin = await http.post(
        "/graphql",
        content=json.dumps({"query": CLUSTERS}),
        headers={"content-type": "application/json; charset=latin1"},
    )
    assert latin.status_code == 415
    assert "charset=latin1" in latin.json()["errors"][0]["message"]
    utf8 = await http.post(
        "/graphql",
        content=json.dumps({"query": CLUSTERS}),
        headers={"content-type": "application/json; charset=UTF-8"},
    )
    assert utf8.status_code == 200
    for constant in ("NaN", "Infinity", "-Infinity"):
        body = '{"query": "query($n: Float) { clusters { id } }", "variables": {"n": %s}}'
        refused = await http.post(
            "/graphql", content=body % constant, headers={"content-type": "application/json"}
        )
        assert refused.status_code == 400, constant
        assert "not JSON" in refused.json()["errors"][0]["message"]
    digits = '{"query": "{ clusters { id } }", "variables": {"n": %s}}' % ("9" * 5000)
    long = await http.post("/graphql", content=digits, headers={"content-type": "application/json"})
    assert long.status_code == 400
    assert long.json()["errors"][0]["message"] == "The JSON holds a number of too many digits."


async def test_every_answer_says_nosniff(http: httpx.AsyncClient) -> None:
    for response in (
        await http.post("/graphql", json={"query": CLUSTERS}),
        await http.put("/graphql"),
        await http.get("/healthz"),
        await http.get("/no-such-page"),
    ):
        assert response.headers["x-content-type-options"] == "nosniff"


async def test_a_long_cursor_is_not_echoed_whole(http: httpx.AsyncClient) -> None:
    cursor = "A" * 10_000
    response = await http.post(
        "/graphql",
        json={
            "query": "query($c: String) { projects(after: $c) { totalCount } }",
            "variables": {"c": cursor},
        },
    )
    message = response.json()["errors"][0]["message"]
    assert "is not a cursor issued by this API" in message
    assert len(message) < 300 and "10000 characters" in message


async def test_a_cursor_this_api_did_not_issue_is_refused_by_name(
    http: httpx.AsyncClient,
) -> None:
    """An offset near 2**63 (which overflowed Neo4j's SKIP: an internal error), one with a
    leading zero, or with digits of another script: each is refused as not issued here."""
    forged = ("offset:9223372036854775806", "offset:01", "offset:\u0661")
    for text in forged:
        cursor = base64.urlsafe_b64encode(text.encode()).decode()
        response = await http.post(
            "/graphql",
            json={
                "query": "query($c: String) { organizations(first: 2, after: $c) { totalCount } }",
                "variables": {"c": cursor},
            },
        )
        [error] = response.json()["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT", (text, error)
        assert "is not a cursor issued by this API" in error["message"]
    issued = encode_cursor(1)
    body = (
        await http.post(
            "/graphql",
            json={
                "query": "query($c: String) { organizations(first: 1, after: $c) { totalCount } }",
                "variables": {"c": issued},
            },
        )
    ).json()
    assert "errors" not in body, body


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


BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8"


async def test_graphiql_is_served_to_browsers(http: httpx.AsyncClient) -> None:
    response = await http.get("/graphql", headers={"accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()
    # GraphiQL puts the query in the address bar: a reload (or a shared link) opens it again.
    reload = await http.get("/graphql", params={"query": CLUSTERS}, headers={"accept": BROWSER})
    assert reload.status_code == 200 and "graphiql" in reload.text.lower()
    navigate = await http.get(
        "/graphql", params={"query": CLUSTERS}, headers={"sec-fetch-mode": "navigate"}
    )
    assert "graphiql" in navigate.text.lower()
    # API clients still get the answer.
    for accept in ("*/*", "application/json", GRAPHQL_RESPONSE):
        api = await http.get("/graphql", params={"query": CLUSTERS}, headers={"accept": accept})
        assert api.json() == {"data": {"clusters": []}}, accept


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
