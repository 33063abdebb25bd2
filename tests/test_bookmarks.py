"""Reading one's own writes through another service process: the x-graph-bookmarks header."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from neo4j import Driver

from graph.client import BOOKMARKS_HEADER
from graph.settings import Settings
from server import create_app
from tests.conftest import GraphQLClient
from tests.writes_support import CREATE_ORG, bearer, seed, token

READ = 'query { organization(id: "org-bookmark") { id name } }'


@pytest.fixture
async def other_process(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A second app: another service process, with bookmarks of its own."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=transport, base_url="http://other") as client,
    ):
        yield client


async def post(
    client: httpx.AsyncClient, body: dict[str, object], **headers: str
) -> httpx.Response:
    return await client.post("/graphql", json=body, headers=headers)


async def test_a_write_hands_its_bookmarks_to_the_next_read_elsewhere(
    empty_graph: Driver, settings: Settings, other_process: httpx.AsyncClient, gql: GraphQLClient
) -> None:
    seed(empty_graph, settings)
    admin = bearer(token(empty_graph, settings, "admin"))
    variables = {"input": {"id": "org-bookmark", "name": "Bookmark Co", "kind": "COMPANY"}}
    wrote = await post(gql.http, {"query": CREATE_ORG, "variables": variables}, **admin)
    assert wrote.json()["data"]["createOrganization"]["created"] is True
    bookmarks = wrote.headers[BOOKMARKS_HEADER]
    assert bookmarks
    # a read says nothing new
    assert BOOKMARKS_HEADER not in (await post(gql.http, {"query": READ})).headers
    # the other process starts its read after that write
    read = await post(other_process, {"query": READ}, **admin, **{BOOKMARKS_HEADER: bookmarks})
    assert read.status_code == 200
    assert read.json()["data"]["organization"]["name"] == "Bookmark Co"


@pytest.mark.parametrize(
    "header",
    ["not a bookmark!", ",".join(f"FB:b{i}" for i in range(9)), "x" * 300],
)
async def test_malformed_bookmarks_are_refused_with_the_rule(
    header: str, gql: GraphQLClient
) -> None:
    response = await post(gql.http, {"query": READ}, **{BOOKMARKS_HEADER: header})
    assert response.status_code == 400
    message = response.json()["errors"][0]["message"]
    assert "x-graph-bookmarks header must hold at most 8 bookmarks" in message


async def test_bookmarks_without_a_key_are_refused_before_any_read(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    """An anonymous caller cannot make reads wait for a write to come (a bookmark past the
    database's last transaction held a read, and its connection, to the request's deadline)."""
    seed(empty_graph, settings)
    admin = bearer(token(empty_graph, settings, "admin"))
    variables = {"input": {"id": "org-bookmark", "name": "Bookmark Co", "kind": "COMPANY"}}
    wrote = await post(gql.http, {"query": CREATE_ORG, "variables": variables}, **admin)
    response = await post(
        gql.http, {"query": READ}, **{BOOKMARKS_HEADER: wrote.headers[BOOKMARKS_HEADER]}
    )
    assert response.status_code == 400
    assert response.headers["x-neo4j-round-trips"] == "0"
    error = response.json()["errors"][0]
    assert error["extensions"]["code"] == "BAD_REQUEST"
    assert error["message"].startswith("The x-graph-bookmarks header is read only with an API key")


async def test_a_bookmark_the_database_never_issued_is_a_clear_error(
    empty_graph: Driver, settings: Settings, gql: GraphQLClient
) -> None:
    seed(empty_graph, settings)
    admin = bearer(token(empty_graph, settings, "admin"))
    response = await post(gql.http, {"query": READ}, **admin, **{BOOKMARKS_HEADER: "FB:nonsense"})
    body = response.json()
    assert response.status_code == 200
    assert body["errors"][0]["message"] == (
        "x-graph-bookmarks: a bookmark this database did not issue"
    )
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
