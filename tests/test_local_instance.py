"""One setting, one instance: NEO4J_LOCAL_PORT names the local Neo4j for every command."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings
from localneo4j import Instance
from localneo4j.__main__ import default_home
from tests.conftest import ROOT, neo4j_test_port


def test_the_uri_follows_the_local_port(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.setenv("NEO4J_LOCAL_PORT", "7821")
    assert Settings.from_env().uri == "bolt://127.0.0.1:7821"
    monkeypatch.setenv("NEO4J_URI", "neo4j://graph.example:7687")
    assert Settings.from_env().uri == "neo4j://graph.example:7687", "NEO4J_URI wins"
    monkeypatch.delenv("NEO4J_URI")
    monkeypatch.delenv("NEO4J_LOCAL_PORT")
    assert Settings.from_env().uri == "bolt://127.0.0.1:7687"
    monkeypatch.setenv("NEO4J_LOCAL_PORT", "port")
    with pytest.raises(ValueError, match="NEO4J_LOCAL_PORT"):
        Settings.from_env()


def test_each_port_has_its_own_home(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEO4J_LOCAL_HOME", raising=False)
    assert default_home(7687) == ROOT / ".neo4j" / "demo"
    assert default_home(7821) == ROOT / ".neo4j" / "demo-7821"


@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="the suite uses NEO4J_URI")
def test_the_command_reaches_the_instance_on_the_local_port(
    empty_graph: Driver, settings: Settings
) -> None:
    empty_graph.execute_query("CREATE (:Cluster {id: 'local-port-probe'})")
    env = {"NEO4J_URI": None, "NEO4J_LOCAL_PORT": str(neo4j_test_port())}
    result = CliRunner().invoke(app, ["stats", "--json"], env=env)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["nodes"]["Cluster"] == 1


def _localneo4j(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "localneo4j", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def test_start_waits_for_an_instance_that_is_still_booting(settings: Settings) -> None:
    port = neo4j_test_port() + 100  # as the recovery test's: each test process has its own
    home = ROOT / ".neo4j" / f"test-booting-{port}"
    instance = Instance(home=home, port=port, password=settings.password)
    where = ("start", "--home", str(home), "--port", str(port))
    first = _localneo4j(*where)
    try:
        while instance.pid() is None:  # wait until the launcher is spawned, then ask again
            assert first.poll() is None, first.communicate()[0]
            time.sleep(0.05)
        second = _localneo4j(*where)
        output, _ = second.communicate(timeout=240)
        assert second.returncode == 0, output
        assert f"Neo4j is ready on {instance.uri}" in output
        assert first.wait(timeout=240) == 0
        assert instance.answers()
    finally:
        first.kill()
        instance.stop()


RUN_THEN_WAIT = """
import sys, time
from pathlib import Path
from localneo4j import Instance
instance = Instance(home=Path(sys.argv[1]), port=int(sys.argv[2]), password=sys.argv[3])
with instance.running():
    print("up", flush=True)
    time.sleep(600)
"""


def test_an_instance_started_for_a_block_is_stopped_on_sigterm(settings: Settings) -> None:
    port = neo4j_test_port() + 100
    home = ROOT / ".neo4j" / f"test-running-{port}"
    instance = Instance(home=home, port=port, password=settings.password)
    child = subprocess.Popen(
        [sys.executable, "-c", RUN_THEN_WAIT, str(home), str(port), settings.password],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "up"
        assert instance.pid() is not None
        child.send_signal(signal.SIGTERM)  # as `timeout`, `kill` or a CI runner would
        assert child.wait(timeout=180) != 0
        assert instance.pid() is None, "the JVM was left running"
        assert not instance.answers()
    finally:
        child.kill()
        instance.stop()
