"""Test fixtures: a real Neo4j of the tests' own, never the demo database.

Without ``NEO4J_URI`` the suite starts a local Neo4j in ``.neo4j/test-<port>`` on
``NEO4J_TEST_PORT`` (default 7688) and stops it at the end; ``make test`` runs two such
processes (pytest-xdist), the second on the next port. With ``NEO4J_URI`` set it uses that
server instead, and empties its database between tests (one process only).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, LiteralString

import httpx
import pytest
from neo4j import Driver, GraphDatabase

from graph.derived import refresh_project_dates, refresh_search_names
from graph.schema import apply_schema
from graph.settings import Settings
from localneo4j import Instance
from server import create_app

# pytest-xdist's workers see COLUMNS=80 and LINES=24; the CLI's consoles, made when it is
# imported, would keep that width for every test, whatever width a test asks for.
os.environ.pop("COLUMNS", None)
os.environ.pop("LINES", None)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SHARED_DATA = SHARED / "cordis-h2020"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_configure(config: pytest.Config) -> None:
    """Several processes would empty one another's database under a given ``NEO4J_URI``."""
    if os.environ.get("NEO4J_URI") and (config.getoption("numprocesses", None) or 0) > 1:
        raise pytest.UsageError("NEO4J_URI is one database: run the tests in one process")


def neo4j_test_port() -> int:
    """``NEO4J_TEST_PORT`` (default 7688), plus the worker's number when pytest-xdist runs
    the tests in several processes (``make test``): each worker has a Neo4j of its own."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(os.environ.get("NEO4J_TEST_PORT", "7688")) + int(worker.removeprefix("gw"))


@pytest.fixture(scope="session")
def settings() -> Iterator[Settings]:
    if os.environ.get("NEO4J_URI"):
        yield Settings.from_env()
        return
    base = Settings.from_env()
    instance = Instance(
        home=ROOT / ".neo4j" / f"test-{neo4j_test_port()}",
        port=neo4j_test_port(),
        password=base.password,
    )
    instance.start()
    try:
        yield Settings(uri=instance.uri, password=base.password, warm_up=False)
    finally:
        instance.stop()


@pytest.fixture(scope="session")
def driver(settings: Settings) -> Iterator[Driver]:
    with GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as drv:
        apply_schema(drv, settings.database)
        yield drv


@pytest.fixture
def empty_graph(driver: Driver, settings: Settings) -> Driver:
    """The test database with every node removed (constraints and indexes stay)."""
    with driver.session(database=settings.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    return driver


def seed_network(driver: Driver, settings: Settings, *names: str) -> Driver:
    """Run the seed files ``tests/fixtures/network/<name>`` in order, then derive the
    projects' dates (start year, precision, timeline date) and the names search reads, as
    every writer does; returns the driver."""
    for name in names:
        text = (FIXTURES / "network" / name).read_text(encoding="utf-8")
        driver.execute_query(text, database_=settings.database)
    refresh_project_dates(driver, settings.database)
    refresh_search_names(driver, settings.database)
    return driver


def seed_nodes(driver: Driver, settings: Settings, cypher: LiteralString) -> None:
    """Run ``cypher`` (a test's own nodes), then write the names search reads, as every
    writer does."""
    driver.execute_query(cypher, database_=settings.database)
    refresh_search_names(driver, settings.database)


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


class GraphQLClient:
    """Posts GraphQL documents to the app in-process, over its real HTTP interface."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self.http = client

    async def __call__(
        self,
        document: str,
        variables: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> dict[str, Any]:
        response = await self.http.post(
            "/graphql", json={"query": document, "variables": variables or {}}, headers=headers
        )
        body: dict[str, Any] = response.json()
        return body


@pytest.fixture(scope="session")
async def gql(settings: Settings, driver: Driver) -> AsyncIterator[GraphQLClient]:
    """A client of the service's app, bound to the test database."""
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
        yield GraphQLClient(client)
