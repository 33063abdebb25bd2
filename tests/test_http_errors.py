"""Malformed and oversized requests: a 4xx with a GraphQL error body, never a bare 500."""

from __future__ import annotations

from collections.abc import AsyncIterator, MutableMapping
from typing import Any

import httpx
import pytest
from neo4j import AsyncGraphDatabase, Driver

from graph.client import Graph
from graph.errors import GraphUnavailable
from graph.settings import Settings
from schema.limits import Limits
from server import GRAPHQL_RESPONSE, JSON, GraphQLApp
from tests.conftest import GraphQLClient

CLUSTERS = "{ clusters { id } }"
BOTH = (JSON, GRAPHQL_RESPONSE)


@pytest.fixture
def http(gql: GraphQLClient, empty_graph: Driver) -> httpx.AsyncClient:
    return gql.http


def assert_refused(response: httpx.Response, status: int, code: str, accept: str = JSON) -> str:
    """The response is ``status`` with one GraphQL error of ``code``; returns its message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == accept
    assert len(response.headers["x-request-id"]) == 12
    body = response.json()
    assert list(body) == ["errors"]
    (error,) = body["errors"]
    assert error["extensions"]["code"] == code
    message: str = error["message"]
    assert message
    return message


async def post_raw(http: httpx.AsyncClient, content: bytes, accept: str = JSON) -> httpx.Response:
    return await http.post(
        "/graphql", content=content, headers={"content-type": JSON, "accept": accept}
    )


@pytest.mark.parametrize("accept", BOTH)
async def test_variables_nested_100000_deep_are_a_400(http: httpx.AsyncClient, accept: str) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    body = f'{{"query": "{{ clusters {{ id }} }}", "variables": {{"x": {deep}}}}}'
    response = await post_raw(http, body.encode(), accept)
    assert "nested too deeply" in assert_refused(response, 400, "BAD_REQUEST", accept)


@pytest.mark.parametrize("accept", BOTH)
async def test_invalid_utf8_is_a_400(http: httpx.AsyncClient, accept: str) -> None:
    response = await post_raw(http, b'{"query": "{ clusters { id } }\xff\xfe"}', accept)
    assert "not UTF-8 (byte 30)" in assert_refused(response, 400, "BAD_REQUEST", accept)


@pytest.mark.parametrize(
    "body",
    ["null", '"{ clusters { id } }"', "42", "true", "[]", '[{"query": "{ clusters { id } }"}]'],
)
@pytest.mark.parametrize("accept", BOTH)
async def test_a_body_that_is_not_an_object_is_a_400(
    http: httpx.AsyncClient, body: str, accept: str
) -> None:
    response = await post_raw(http, body.encode(), accept)
    assert "must be a JSON object" in assert_refused(response, 400, "BAD_REQUEST", accept)


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ('{"query": ', "not valid"),
        ('{"query": "{ clusters { id } }", "variables": {"n": 1' + "0" * 5000 + "}}", "digits"),
        ('{"query": {"a": 1}}', "query: must be a string"),
        ('{"query": "{ clusters { id } }", "variables": [1]}', "variables: must be an object"),
        ('{"query": "{ clusters { id } }", "operationName": 7}', "operationName: must be"),
        ('{"query": "{ clusters { id } }", "extensions": "x"}', "extensions: must be"),
        ('{"variables": {}}', "No GraphQL query"),
        ('{"query": "{ search(query: $q) { score } }", "variables": {"q": "\\ud800"}}', "lone"),
    ],
)
async def test_malformed_parameters_are_a_400(
    http: httpx.AsyncClient, body: str, says: str
) -> None:
    response = await post_raw(http, body.encode(), GRAPHQL_RESPONSE)
    assert says in assert_refused(response, 400, "BAD_REQUEST", GRAPHQL_RESPONSE)


async def test_surrogate_pairs_are_characters(http: httpx.AsyncClient) -> None:
    document = "query($id: ID!) { organization(id: $id) { id } }"
    body = f'{{"query": "{document}", "variables": {{"id": "\\ud83d\\ude00"}}}}'
    response = await post_raw(http, body.encode())
    assert response.json() == {"data": {"organization": None}}


async def test_get_with_bad_variables_is_a_400(http: httpx.AsyncClient) -> None:
    for variables in ("{", "[1]", "[" * 5000):
        response = await http.get("/graphql", params={"query": CLUSTERS, "variables": variables})
        assert_refused(response, 400, "BAD_REQUEST")


async def test_refusals_have_a_graphql_body(http: httpx.AsyncClient) -> None:
    mutation = await http.get("/graphql", params={"query": "mutation { anything }"})
    assert_refused(mutation, 405, "METHOD_NOT_ALLOWED")
    assert mutation.headers["allow"] == "GET, POST"
    text = await http.post("/graphql", content=CLUSTERS, headers={"content-type": "text/plain"})
    assert_refused(text, 415, "UNSUPPORTED_MEDIA_TYPE")


@pytest.fixture
async def small(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An app that takes bodies up to 1,000 bytes and query strings up to 200."""
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        limits = Limits(max_body_bytes=1000, max_query_string_bytes=200)
        app = GraphQLApp(Graph(driver, settings.database), limits=limits)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            yield client


async def test_body_over_the_limit_is_a_413(small: httpx.AsyncClient, empty_graph: Driver) -> None:
    at_limit = ('{"query": "{ clusters { id } }"}').ljust(1000).encode()
    assert (await post_raw(small, at_limit)).json() == {"data": {"clusters": []}}
    over = await post_raw(small, at_limit + b" ")
    assert "larger than 1000 bytes" in assert_refused(over, 413, "PAYLOAD_TOO_LARGE")


async def test_get_query_string_over_the_limit_is_a_414(
    small: httpx.AsyncClient, empty_graph: Driver
) -> None:
    ok = await small.get("/graphql", params={"query": CLUSTERS})
    assert ok.json() == {"data": {"clusters": []}}
    long = await small.get("/graphql", params={"query": CLUSTERS + " " * 200})
    assert "send the request by POST" in assert_refused(long, 414, "URI_TOO_LONG")


async def _call(app: GraphQLApp, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> Any:
    """Call the ASGI app directly; returns (status, body, number of chunks it read)."""
    pending = list(chunks)
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        chunk = pending.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/graphql",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), *headers],
    }
    await app(scope, receive, send)
    return sent[0]["status"], sent[1]["body"], len(chunks) - len(pending)


async def test_a_large_body_is_not_read_whole(settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        app = GraphQLApp(Graph(driver, settings.database), limits=Limits(max_body_bytes=1000))
        chunks = [b"[" * 400] * 100  # 40,000 bytes, streamed without a Content-Length
        status, body, read = await _call(app, [], chunks)
        assert status == 413
        assert b"PAYLOAD_TOO_LARGE" in body
        assert read == 3, "reading stops at the chunk that crosses the limit"
        declared = [(b"content-length", b"40000")]
        status, _, read = await _call(app, declared, chunks)
        assert (status, read) == (413, 0), "a declared length over the limit is refused unread"


class DownGraph(Graph):
    """A real graph whose reads find Neo4j unavailable (as when it is restarting)."""

    async def read(self, cypher: object, params: object = None) -> list[dict[str, object]]:
        raise GraphUnavailable("the graph database is unavailable; try again shortly")


async def test_key_lookup_with_neo4j_down_is_a_503(settings: Settings) -> None:
    async with AsyncGraphDatabase.driver(
        settings.uri, auth=(settings.user, settings.password)
    ) as driver:
        app = GraphQLApp(DownGraph(driver, settings.database))
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            response = await client.post(
                "/graphql",
                json={"query": CLUSTERS},
                headers={"authorization": "Bearer cgk_0123456789ab_" + "s" * 40},
            )
    assert_refused(response, 503, "GRAPH_UNAVAILABLE")
