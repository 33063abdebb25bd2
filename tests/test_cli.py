"""The clustergraph command line, run in-process with typer's CliRunner against a real Neo4j."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver
from typer.testing import CliRunner

from cli.main import app
from graph.settings import Settings
from tests.conftest import FIXTURES, seed_network

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", ["cli.main", "resolvers.suggestions", "server"])
def test_each_entry_module_imports_alone(module: str) -> None:
    """The command line imports the resolvers before the schema (the tests import the schema
    first, which hid an import cycle that broke every `clustergraph` command)."""
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


runner = CliRunner()
PARTS = FIXTURES / "cordis" / "programme_parts.csv"


@pytest.fixture
def env(settings: Settings) -> dict[str, str]:
    return {
        "NEO4J_URI": settings.uri,
        "NEO4J_USER": settings.user,
        "NEO4J_PASSWORD": settings.password,
        "NEO4J_DATABASE": settings.database,
        "COLUMNS": "200",
    }


def test_official_format_with_a_broken_line_4(empty_graph: Driver, env: dict[str, str]) -> None:
    result = runner.invoke(
        app, ["import", "cordis", str(FIXTURES / "cordis" / "organization.csv")], env=env
    )

    assert result.exit_code == 2
    assert "organization.csv" in result.output
    assert re.search(r"organization\.csv\s*│\s*4\s*│\s*organisationID 'ABC'", result.output)


def test_import_bundle_then_stats_json_is_stable(empty_graph: Driver, env: dict[str, str]) -> None:
    imported = runner.invoke(
        app, ["import", "bundle", str(FIXTURES / "bundle"), "--until", "2020-01-01"], env=env
    )
    first = runner.invoke(app, ["stats", "--json"], env=env)
    second = runner.invoke(app, ["stats", "--json"], env=env)

    assert imported.exit_code == 2  # the fixture has bad rows
    assert first.exit_code == 0
    assert first.output == second.output
    stats = json.loads(first.output)
    assert stats["nodes"]["Project"] == 1
    assert list(stats["nodes"]) == sorted(stats["nodes"])
    assert list(stats["relationships"]) == sorted(stats["relationships"])


def test_clean_cordis_import_exits_zero(empty_graph: Driver, env: dict[str, str]) -> None:
    result = runner.invoke(
        app,
        [
            "import",
            "cordis",
            str(PARTS),
            "--with-country",
            "LU",
        ],
        env=env,
    )

    assert result.exit_code == 0, result.output
    assert "Import summary" in result.output


def test_unknown_header_is_an_error_naming_the_file(
    empty_graph: Driver, env: dict[str, str]
) -> None:
    result = runner.invoke(
        app, ["import", "cordis", str(FIXTURES / "cordis" / "unknown.csv")], env=env
    )

    assert result.exit_code == 2
    assert "unknown.csv" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_unreachable_neo4j_is_a_message_not_a_traceback(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["stats"], env={**env, "NEO4J_URI": "bolt://127.0.0.1:9"})

    assert result.exit_code == 1
    assert "not reachable" in result.output
    assert "Traceback" not in result.output


def test_progress_bars_stay_off_stdout(empty_graph: Driver, env: dict[str, str]) -> None:
    """Import progress goes to stderr, so a command's stdout (e.g. --json) stays clean."""
    participations = FIXTURES / "cordis" / "participations.csv"  # has two bad rows
    result = runner.invoke(app, ["import", "cordis", str(participations)], env=env)
    assert result.exit_code == 2, result.output
    assert "100%" in result.stderr
    assert "100%" not in result.stdout
    assert "Import summary" in result.stdout


def test_evaluation_progress_is_written_as_lines_off_a_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Sent to a file, an evaluation's progress is a line at every tenth (a bar is not drawn
    there), on stderr, and every item still passes through."""
    from cli.suggest import _progress

    assert list(_progress(iter(range(25)), 25)) == list(range(25))
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert lines[0] == "suggesting: 3 of 25"
    assert lines[-1] == "suggesting: 25 of 25"
    assert len(lines) == 9  # 3, 6, ..., 24 and the last
    assert captured.out == ""


def test_the_title_says_what_suggestions_rest_on_when_too_few_projects_hold_the_brief() -> None:
    from cli.suggest import _key_words_note
    from recommender.scoring import Suggestion

    def note(**facts: object) -> str:
        return _key_words_note([Suggestion("o1", 1.0, [], facts=dict(facts))])

    assert note(keyWords=3, keyWordsHeld=1, keyWordAlone="hydrogen") == (
        " (too few projects hold its key words together: resting on 'hydrogen')"
    )
    assert note(keyWords=4, keyWordsHeld=2, keyWordAlone=None) == (
        " (fewer than 3 projects hold all 4 key words: resting on 2 or more of them)"
    )
    assert note(keyWords=2, keyWordsHeld=2) == ""  # enough projects hold them all
    assert note() == "" and _key_words_note([]) == ""  # no brief asked alone, or nobody


def test_warnings_alone_exit_zero_and_are_listed(empty_graph: Driver, env: dict[str, str]) -> None:
    """A row with nothing to import (a topic row without a topic) is a warning, not a failure."""
    topics = FIXTURES / "cordis" / "horizon" / "topics.csv"
    result = runner.invoke(app, ["import", "cordis", str(topics)], env=env)

    assert result.exit_code == 0, result.output
    assert "Warnings" in result.stdout
    assert re.search(r"topics\.csv\s*│\s*5\s*│\s*topic is empty", result.stdout)


def test_suggest_from_a_brief_cites_the_matching_projects(
    empty_graph: Driver, settings: Settings, env: dict[str, str]
) -> None:
    from graph.derived import refresh_derived
    from tests.test_suggestions import PARTICIPATIONS, SEED

    for statement in (SEED, PARTICIPATIONS):
        empty_graph.execute_query(statement, database_=settings.database)
    refresh_derived(empty_graph, settings.database)
    env = {**env, "COLUMNS": "200"}
    result = runner.invoke(app, ["suggest", "--brief", "hydrogen trucks", "--first", "5"], env=env)
    assert result.exit_code == 0, result.output
    assert "Consortium suggestions about 'hydrogen trucks'" in result.output
    # in plain words, citing the matching project by its acronym (its coordinator is among
    # the first five); no weights by default
    assert "Worked on 1 project on the subject in 2016 and coordinated it: ONE." in result.output
    # then the grouped reasons, each with its evidence by title, as the web page lists them
    assert "- 1 project on the subject: ONE: Hydrogen refuelling for heavy-duty trucks (p1)" in (
        result.output
    )
    assert "(+" not in result.output
    detailed = runner.invoke(
        app,
        ["suggest", "--brief", "hydrogen trucks", "--first", "3", "--details"],
        env={**env, "COLUMNS": "500"},  # one line per suggestion: the labels are long
    )
    assert "ONE: Hydrogen refuelling for heavy-duty trucks (p1)" in detailed.output
    assert "(+" in detailed.output
    # fewer than 3 projects hold every key word: the title says what the suggestions rest on
    partial = runner.invoke(app, ["suggest", "--brief", "hydrogen trucks quantum"], env=env)
    assert partial.exit_code == 0, partial.output
    assert "fewer than 3 projects hold all 3 key words: resting on 2 or more of them" in (
        " ".join(partial.output.split())
    )
    assert "resting on" not in " ".join(result.output.split())
    # who and where in a brief are filters, said in the title
    german = runner.invoke(app, ["suggest", "--brief", "German companies on hydrogen"], env=env)
    assert german.exit_code == 0, german.output
    said = " ".join(german.output.split())  # the title wraps
    assert "read from the brief as filters: German, companies" in said
    # with a call topic the brief is the call's own words: nothing read from it
    call = runner.invoke(
        app,
        ["suggest", "--brief", "German companies on hydrogen", "--call-topic", "FCH-01-2016"],
        env=env,
    )
    assert call.exit_code == 0, call.output
    assert "read from the brief" not in " ".join(call.output.split())
    # a member named by name; the member is never suggested
    result = runner.invoke(
        app, ["suggest", "--member", "Delta Cars", "--call-topic", "FCH-03-2018"], env=env
    )
    assert result.exit_code == 0, result.output
    assert "with c2" in result.output
    assert "Delta Cars [c2]" not in result.output


def test_refresh_recomputes_the_stored_values_an_older_version_lacks(
    empty_graph: Driver, settings: Settings, env: dict[str, str]
) -> None:
    from tests.test_suggestions import PARTICIPATIONS, SEED

    for statement in (SEED, PARTICIPATIONS):
        empty_graph.execute_query(statement, database_=settings.database)
    read = (
        "MATCH (o:Organization) RETURN o.id AS id, o.partnerCount AS partners, "
        "o.sgPartnerIds AS ids, o.sgPartnerLed AS led ORDER BY id"
    )

    # as after an upgrade: the lists of a newer version are not stored yet
    def stored() -> list[dict[str, Any]]:
        records = empty_graph.execute_query(read, database_=settings.database).records
        return [r.data() for r in records]

    assert all(r["ids"] is None for r in stored())
    result = runner.invoke(app, ["refresh"], env=env)
    assert result.exit_code == 0, result.output
    assert "Derived values recomputed." in result.output
    after = stored()
    assert after and all(len(r["ids"]) == len(r["led"]) <= r["partners"] for r in after)
    assert any(sum(r["led"]) > 0 for r in after)  # some partner was in a project one led
    again = runner.invoke(app, ["refresh"], env=env)
    assert again.exit_code == 0
    assert stored() == after


def test_suggest_for_a_cluster_a_project_and_recruiting(
    empty_graph: Driver, settings: Settings, env: dict[str, str]
) -> None:
    """The network of tests/test_intent.py: cluster k1's members are hyd2 and r2."""
    from graph.derived import refresh_derived
    from tests.test_intent import OTHERS, PARTICIPATIONS, SEED

    for statement in (SEED, OTHERS, PARTICIPATIONS):
        empty_graph.execute_query(statement, database_=settings.database)
    refresh_derived(empty_graph, settings.database)
    env = {**env, "COLUMNS": "300"}

    def ids(output: str) -> set[str]:
        return set(re.findall(r"\[(\w+)\]", output))

    members = runner.invoke(app, ["suggest", "--brief", "hydrogen", "--cluster", "k1"], env=env)
    assert members.exit_code == 0, members.output
    assert "about 'hydrogen', among the members of k1" in members.output
    assert ids(members.output) == {"hyd2", "r2"}, members.output
    # no member works on light sources (M1's m1 is none): said so, with what to try
    nobody = runner.invoke(app, ["suggest", "--brief", "light sources", "--cluster", "k1"], env=env)
    assert nobody.exit_code == 0, nobody.output
    assert "None of the current members of k1 fits. Add --active-in-domain" in nobody.output
    joining = runner.invoke(app, ["suggest", "r1", "--cluster", "k1"], env=env)
    assert joining.exit_code == 0, joining.output
    assert ids(joining.output) and ids(joining.output) <= {"hyd2", "r2"}
    project = runner.invoke(app, ["suggest", "--project", "R1", "--kind", "company"], env=env)
    assert project.exit_code == 0, project.output
    assert "Consortium suggestions for project R1" in project.output
    assert ids(project.output) and not ids(project.output) & {"r1", "r2", "hub", "hyd2"}
    recruit = runner.invoke(app, ["suggest", "--recruit-for", "k1", "--country", "lu"], env=env)
    assert recruit.exit_code == 0, recruit.output
    assert "Organisations to recruit for k1" in recruit.output
    assert ids(recruit.output) and not ids(recruit.output) & {"hyd2", "r2"}
    for args, message in (
        (
            ["--brief", "hydrogen", "--cluster", "nope"],
            "input.clusterId: no cluster with id 'nope'",
        ),
        (["--project", "P404"], "input.projectId: no project with id 'P404'"),
        (["--recruit-for", "nope"], "clusterId: no cluster with id 'nope'"),
        (["--cluster", "k1"], "--cluster: also give what about"),
        (["--recruit-for", "k1", "--brief", "hydrogen"], "--recruit-for takes only"),
        (["--brief", "hydrogen", "--country", "LUX"], "--country: 'LUX' is not a two-letter"),
        # the API's own checks of a brief and a call topic
        (["--call-topic", ""], "--call-topic: '' is not a call topic code"),
        (["--call-topic", "not a code!"], "is not a call topic code"),
        (["--brief", "hydrogen " * 300], "--brief: at most 2000 characters"),
        (["--brief", "de la"], "--brief: give at least one word"),
        (["--brief", "Luxembourg SMEs"], "--brief: 'Luxembourg SMEs' says which organisations"),
    ):
        refused = runner.invoke(app, ["suggest", *args], env=env)
        assert refused.exit_code == 2, (args, refused.output)
        assert message in refused.output, (args, refused.output)
        assert "Traceback" not in refused.output


def test_suggest_and_evaluate_refuse_incomplete_requests(env: dict[str, str]) -> None:
    result = runner.invoke(app, ["suggest"], env=env)
    assert result.exit_code == 2
    assert "give an organisation, or --brief" in result.output
    result = runner.invoke(app, ["evaluate", "--queries", "LU"], env=env)
    assert result.exit_code == 2
    assert "--split-year T or --split HE" in result.output
    result = runner.invoke(app, ["evaluate", "--split", "H3"], env=env)
    assert result.exit_code == 2
    assert "--split must be HE" in result.output


def test_suggest_reports_a_failing_query_in_one_message(
    empty_graph: Driver, env: dict[str, str]
) -> None:
    """Neo4j answers, but the query fails (here: a database that does not exist)."""
    result = runner.invoke(
        app, ["suggest", "--brief", "hydrogen"], env={**env, "NEO4J_DATABASE": "nosuchdb"}
    )
    assert result.exit_code == 1, result.output
    assert "database nosuchdb" in result.output
    assert "Traceback" not in result.output


def test_indicators_as_csv_and_bad_input(
    empty_graph: Driver, settings: Settings, env: dict[str, str]
) -> None:
    seed_network(empty_graph, settings, "seed_indicators.cypher")
    args = ["indicators", "cl-a", "--from", "2015-01-01", "--to", "2019-12-31"]
    result = runner.invoke(app, [*args, "--csv"], env=env)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "indicator,name,population,unit,planArea,2015,2016,2017,2018,2019,total"
    assert len(lines) == 1 + 26
    assert (
        "PROJECTS_STARTED,Projects started,MEMBER,projects,BUSINESS_DEVELOPMENT,1,1,0,0,1,3"
        in lines
    )
    assert (
        "EU_FUNDING,EU funding won,ACTIVE_IN_DOMAIN,EUR,BUSINESS_DEVELOPMENT,0,50,70,0,0,120"
        in lines
    )
    table = runner.invoke(app, args, env=env)
    assert table.exit_code == 0 and "Cluster A: indicators by year" in table.output
    unknown = runner.invoke(app, ["indicators", "cl-none"], env=env)
    assert unknown.exit_code == 2 and "No cluster with id 'cl-none'" in unknown.output
    backwards = runner.invoke(
        app, [*args[:2], "--from", "2019-01-01", "--to", "2018-01-01"], env=env
    )
    assert backwards.exit_code == 2 and "must not be before" in backwards.output


def test_a_refused_query_is_not_reported_as_neo4j_gone(
    empty_graph: Driver, env: dict[str, str]
) -> None:
    """Neo4j answers but refuses the query (a database that does not exist): the message
    gives Neo4j's reason, not "stopped answering"."""
    result = runner.invoke(app, ["stats"], env={**env, "NEO4J_DATABASE": "nosuchdb"})
    assert result.exit_code == 1, result.output
    assert "database nosuchdb, refused a query" in result.output
    assert "DatabaseNotFound" in result.output
    assert "stopped answering" not in result.output
    assert "Traceback" not in result.output
