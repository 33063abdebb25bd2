"""The web explorer in a real browser: Playwright (web/e2e) in Debian's Chromium against the
real service (a uvicorn process) on the tests' own Neo4j, loaded with ``clustergraph demo``.

Needs the built page (``make web``, which ``make test`` runs when npm is there) and Chromium
(``apt-get install chromium``). Where either is missing the test is skipped with the reason;
in CI (``CI=true``) it fails instead, so a CI run never passes without the browser tests.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from neo4j import Driver

from graph.settings import Settings
from tests.conftest import ROOT, SHARED_DATA

WEB = ROOT / "web"
BIN = Path(sys.executable).parent
PLAYWRIGHT = WEB / "node_modules" / ".bin" / "playwright"


def missing(reason: str) -> None:
    """Skip with the reason, or fail in CI, where the browser tests must run."""
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def chromium() -> str | None:
    given = os.environ.get("CHROMIUM_PATH")
    if given:
        return given if Path(given).is_file() else None
    return shutil.which("chromium") or shutil.which("chromium-browser")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def service_env(settings: Settings) -> dict[str, str]:
    return {
        **os.environ,
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password,
        "NEO4J_DATABASE": settings.database,
        "CLUSTERGRAPH_DATA": str(SHARED_DATA),
    }


def run_cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "clustergraph"), *args], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, f"clustergraph {' '.join(args)}: {done.stderr[-2000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def browser_setup() -> str:
    path = chromium()
    if path is None:
        missing("Chromium not found (apt-get install chromium, or set CHROMIUM_PATH)")
        raise AssertionError("unreachable")
    if not PLAYWRIGHT.is_file():
        missing("web/node_modules missing: run `make web` (needs Node.js >= 20.19 and npm)")
    if not (WEB / "dist" / "index.html").is_file():
        missing("web/dist not built: run `make web`")
    if not SHARED_DATA.is_dir():
        missing(f"shared data not found at {SHARED_DATA}")
    return path


@pytest.fixture(scope="module")
def demo_service(
    browser_setup: str, driver: Driver, settings: Settings
) -> Iterator[tuple[str, str]]:
    """The service on a free port over the demo network; yields (url, a manager's key)."""
    with driver.session(database=settings.database) as session:
        session.run(
            "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
        ).consume()
    env = service_env(settings)
    run_cli(env, "demo")
    key = run_cli(
        env,
        "apikey",
        "create",
        "--role",
        "cluster_manager",
        "--cluster",
        "lci-automotive",
        "--label",
        "browser tests",
    ).strip()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [
            str(BIN / "uvicorn"),
            "server:create_app",
            "--factory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_ready(url, process)
        yield url, key
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_ready(url: str, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the service exited: {process.stderr and process.stderr.read()}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError("the service did not become ready within 60 s")


def test_browser_end_to_end(demo_service: tuple[str, str], browser_setup: str) -> None:
    url, key = demo_service
    env = {
        **os.environ,
        "CLUSTERGRAPH_URL": url,
        "MANAGER_KEY": key,
        "CHROMIUM_PATH": browser_setup,
    }
    done = subprocess.run(
        [str(PLAYWRIGHT), "test"], cwd=WEB, env=env, capture_output=True, text=True, timeout=900
    )
    print(done.stdout[-20000:])
    assert done.returncode == 0, (
        f"Playwright failed:\n{done.stdout[-15000:]}\n{done.stderr[-3000:]}"
    )
