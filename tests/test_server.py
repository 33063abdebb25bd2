"""The service over HTTP: liveness, readiness, and recovery when Neo4j goes away and returns.

These tests run uvicorn in a subprocess against a Neo4j instance of their own, so that
stopping it does not disturb the other tests.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from neo4j import GraphDatabase

from graph.settings import Settings
from localneo4j import Instance
from tests.conftest import ROOT, neo4j_test_port

CLUSTERS = "{ clusters { id name } }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(check: object, timeout: float) -> float:
    """Poll ``check()`` until it is true; return the seconds it took."""
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if check():  # type: ignore[operator]
            return time.monotonic() - start
        time.sleep(0.25)
    raise AssertionError(f"condition not met within {timeout}s")


@pytest.fixture(scope="module")
def own_neo4j() -> Iterator[Instance]:
    if os.environ.get("NEO4J_URI"):
        pytest.skip("recovery tests need a local Neo4j they can stop and start")
    instance = Instance(
        home=ROOT / ".neo4j" / f"test-recovery-{neo4j_test_port()}",
        port=neo4j_test_port() + 100,
        password=Settings.from_env().password,
    )
    yield instance
    instance.stop()


@pytest.fixture(scope="module")
def service(own_neo4j: Instance) -> Iterator[httpx.Client]:
    port = _free_port()
    env = {**os.environ, "NEO4J_URI": own_neo4j.uri, "NEO4J_PASSWORD": own_neo4j.password}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "server:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30.0)
    try:
        _wait_for(lambda: _alive(client), timeout=30)
        yield client
    finally:
        client.close()
        process.terminate()
        process.wait(timeout=30)


def _alive(client: httpx.Client) -> bool:
    try:
        return client.get("/healthz").status_code == 200
    except httpx.TransportError:
        return False


def _ready(client: httpx.Client) -> bool:
    return client.get("/readyz").status_code == 200


def _seed(instance: Instance) -> None:
    # The service applies the schema itself once Neo4j is back; execute_query retries if
    # that races with this write.
    with GraphDatabase.driver(instance.uri, auth=("neo4j", instance.password)) as driver:
        driver.execute_query("MERGE (c:Cluster {id: 'lci-space'}) SET c.name = 'Space'")


def test_service_starts_without_neo4j_and_recovers(
    own_neo4j: Instance, service: httpx.Client
) -> None:
    own_neo4j.stop()
    assert service.get("/healthz").json() == {"status": "alive"}
    unready = service.get("/readyz")
    assert unready.status_code == 503
    assert unready.json()["status"] == "unavailable"

    started = time.monotonic()
    answer = service.post("/graphql", json={"query": CLUSTERS})
    assert time.monotonic() - started < 10, "a request must fail fast while Neo4j is away"
    body = answer.json()
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "GRAPH_UNAVAILABLE"
    assert "unavailable" in body["errors"][0]["message"]

    own_neo4j.start()
    _seed(own_neo4j)
    _wait_for(lambda: _ready(service), timeout=30)
    clusters = service.post("/graphql", json={"query": CLUSTERS}).json()
    assert clusters == {"data": {"clusters": [{"id": "lci-space", "name": "Space"}]}}


def test_service_survives_neo4j_restart(own_neo4j: Instance, service: httpx.Client) -> None:
    own_neo4j.start()
    _seed(own_neo4j)
    _wait_for(lambda: _ready(service), timeout=30)

    own_neo4j.stop()
    _wait_for(lambda: service.get("/readyz").status_code == 503, timeout=10)
    failing = service.post("/graphql", json={"query": CLUSTERS}).json()
    assert failing["errors"][0]["extensions"]["code"] == "GRAPH_UNAVAILABLE"

    own_neo4j.start()
    _wait_for(lambda: _ready(service), timeout=30)
    answer = service.post("/graphql", json={"query": CLUSTERS}).json()
    assert answer["data"]["clusters"][0]["id"] == "lci-space"
