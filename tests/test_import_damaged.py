"""Damaged input files: one clear message, the readable rows kept, never a traceback."""

from __future__ import annotations

import gzip
import os
import signal
import subprocess
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from neo4j import Driver, GraphDatabase
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings
from importers import cordis
from importers.cordis import CordisFormatError, import_cordis
from importers.cordis_formats import Participation
from importers.report import graph_stats
from localneo4j import Instance
from tests.conftest import FIXTURES, ROOT, neo4j_test_port

PARTICIPATIONS = FIXTURES / "cordis" / "participations.csv"
GOOD_ROWS = 5  # the fixture's rows that import (two of its seven are bad)


def _projects(driver: Driver, settings: Settings) -> int:
    return int(graph_stats(driver, settings.database)["nodes"].get("Project", 0))


def test_gzip_content_in_a_file_named_csv_is_read(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    disguised = tmp_path / "participations.csv"
    disguised.write_bytes(gzip.compress(PARTICIPATIONS.read_bytes()))

    report = import_cordis(empty_graph, settings.database, [disguised])

    assert report.files["participations.csv"].created == GOOD_ROWS
    assert _projects(empty_graph, settings) == 3


def test_binary_junk_is_one_message_naming_the_file(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(128, 256)) * 40)

    with pytest.raises(CordisFormatError, match=r"junk\.csv: line 1 is not UTF-8 text"):
        import_cordis(empty_graph, settings.database, [PARTICIPATIONS, junk])
    assert graph_stats(empty_graph, settings.database)["nodes"] == {}


def test_a_truncated_gzip_keeps_its_readable_rows(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    lines = PARTICIPATIONS.read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:6]  # the five good rows
    body = header + "".join(rows * 400)  # large enough to span several compressed blocks
    packed = gzip.compress(body.encode("utf-8"))
    cut = tmp_path / "participations.csv.gz"
    cut.write_bytes(packed[: len(packed) * 2 // 3])

    report = import_cordis(empty_graph, settings.database, [cut])

    [rejection] = report.rejections
    assert rejection.file == "participations.csv.gz"
    assert "ends early" in rejection.reason and "the rest of it is missing" in rejection.reason
    assert _projects(empty_graph, settings) == 3  # every project's rows came before the cut
    assert report.files["participations.csv.gz"].created == GOOD_ROWS


def test_a_truncated_projects_table_is_reported_once_and_titles_its_projects(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    """A grant table is read twice (checked, then written in parts): its damage is one
    rejection all the same, and its readable rows give their titles."""
    complete = FIXTURES / "cordis" / "horizon" / "2025-12"
    lines = (complete / "projects.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:4]  # the three good rows
    packed = gzip.compress((header + "".join(rows * 400)).encode("utf-8"))
    cut = tmp_path / "projects.csv.gz"
    cut.write_bytes(packed[: len(packed) * 2 // 3])

    report = import_cordis(empty_graph, settings.database, [complete / "organizations.csv", cut])

    [rejection] = [r for r in report.rejections if r.file == "projects.csv.gz"]
    assert "ends early" in rejection.reason
    titles, _, _ = empty_graph.execute_query(
        "MATCH (p:Project) WHERE p.title IS NOT NULL RETURN p.id AS id, p.title AS title "
        "ORDER BY id",
        database_=settings.database,
    )
    assert [(r["id"], r["title"]) for r in titles][:2] == [
        ("he-101100001", "Zero-emission road freight with hydrogen trucks"),
        ("he-101100002", "Robots that learn on the shop floor"),
    ]
    counts = report.files["projects.csv.gz"]
    assert (counts.updated + counts.skipped, counts.rejected) == (_whole_lines(cut) - 1, 1)


def test_a_grant_table_changed_during_the_import_stops_it_naming_the_table(
    empty_graph: Driver, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    complete = FIXTURES / "cordis" / "horizon" / "2025-12"
    projects = tmp_path / "projects.csv"
    projects.write_bytes((complete / "projects.csv").read_bytes())
    write = cordis.CordisImport.write_participations

    def and_change_the_table(self: cordis.CordisImport, kept: list[Participation]) -> None:
        write(self, kept)
        with projects.open("a", encoding="utf-8") as handle:
            handle.write("\n")

    monkeypatch.setattr(cordis.CordisImport, "write_participations", and_change_the_table)
    with pytest.raises(CordisFormatError, match=r"projects\.csv changed while it was imported"):
        import_cordis(empty_graph, settings.database, [complete / "organizations.csv", projects])


def _whole_lines(path: Path) -> int:
    """The lines of a truncated gzip file that end before the cut."""
    read = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(path.read_bytes())
    return read.count(b"\n")


def test_a_line_that_is_not_utf8_is_rejected_alone(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    data = PARTICIPATIONS.read_bytes().replace(b"900000003,REC", b"900000003,R\xff\xfeC")
    damaged = tmp_path / "participations.csv"
    damaged.write_bytes(data)

    report = import_cordis(empty_graph, settings.database, [damaged])

    assert ("participations.csv", 5, "not UTF-8 text") in {
        (r.file, r.line, r.reason) for r in report.rejections
    }
    assert report.files["participations.csv"].created == GOOD_ROWS - 1


def test_the_command_prints_one_line_for_junk(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.csv.gz"
    junk.write_bytes(b"\x1f\x8b" + bytes(range(200)))
    env = {"NEO4J_URI": settings.uri, "NEO4J_PASSWORD": settings.password, "COLUMNS": "200"}

    result = CliRunner().invoke(app, ["import", "cordis", str(junk)], env=env)

    assert result.exit_code == 2
    assert "junk.csv.gz: cannot be read" in result.output
    assert "Traceback" not in result.output


@pytest.fixture
def own_neo4j() -> Iterator[Instance]:
    if os.environ.get("NEO4J_URI"):
        pytest.skip("needs a local Neo4j it can kill")
    instance = Instance(
        home=ROOT / ".neo4j" / f"test-killed-{neo4j_test_port()}",
        port=neo4j_test_port() + 200,
        password=Settings.from_env().password,
    )
    instance.start()
    yield instance
    instance.stop()


def test_neo4j_killed_mid_import_is_one_message_and_a_rerun_completes(
    own_neo4j: Instance, shared_data: Path
) -> None:
    data = shared_data.parent
    env = {
        **os.environ,
        "NEO4J_URI": own_neo4j.uri,
        "NEO4J_PASSWORD": Settings.from_env().password,
        "COLUMNS": "200",
    }
    command = [str(ROOT / ".venv" / "bin" / "clustergraph"), "import", "cordis", str(data)]
    command += ["--with-country", "LU"]
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as run:
        time.sleep(8)  # parsing is done, the writes are under way
        pid = own_neo4j.pid()
        assert pid is not None and run.poll() is None, "the import ended before the kill"
        os.kill(pid, signal.SIGKILL)
        stdout, stderr = run.communicate(timeout=120)
    output = (stdout + stderr).decode()
    assert run.returncode == 1, output
    assert "stopped answering" in output or "is not reachable" in output, output
    assert "Traceback" not in output
    assert len([line for line in stderr.decode().splitlines() if "━" not in line]) < 10

    own_neo4j.start()
    again = subprocess.run(command, env=env, capture_output=True, check=False)
    assert again.returncode == 0, again.stdout.decode()[-2000:]
    with GraphDatabase.driver(own_neo4j.uri, auth=("neo4j", env["NEO4J_PASSWORD"])) as driver:
        stats = graph_stats(driver, "neo4j")
    assert stats["programmes"]["H2020"]["projects"] == 437
    assert stats["programmes"]["HORIZON"]["projects"] == 431
