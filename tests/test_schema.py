"""The graph model's constraints and indexes, applied idempotently."""

from __future__ import annotations

import pytest
from neo4j import Driver
from neo4j.exceptions import ConstraintError

from graph.schema import LABELS_WITH_ID, apply_schema
from graph.settings import Settings
from tests.conftest import seed_nodes


def _schema_objects(driver: Driver, database: str) -> tuple[list[str], list[str]]:
    constraints, _, _ = driver.execute_query(
        "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", database_=database
    )
    indexes, _, _ = driver.execute_query(
        "SHOW INDEXES YIELD name RETURN name ORDER BY name", database_=database
    )
    return [r["name"] for r in constraints], [r["name"] for r in indexes]


def test_apply_schema_twice_changes_nothing(empty_graph: Driver, settings: Settings) -> None:
    before = _schema_objects(empty_graph, settings.database)
    apply_schema(empty_graph, settings.database)
    apply_schema(empty_graph, settings.database)
    assert _schema_objects(empty_graph, settings.database) == before
    constraints, indexes = before
    for label in LABELS_WITH_ID:
        assert f"{label.lower()}_id" in constraints
    assert "search" in indexes


def test_an_index_left_by_an_interrupted_constraint_is_replaced(
    empty_graph: Driver, settings: Settings
) -> None:
    """A Neo4j killed while it creates a uniqueness constraint can restart with the
    constraint's index but not the constraint; the next import must still complete."""
    empty_graph.execute_query("DROP CONSTRAINT apikey_id", database_=settings.database)
    empty_graph.execute_query(
        "CREATE INDEX apikey_id FOR (n:ApiKey) ON (n.id)", database_=settings.database
    )
    apply_schema(empty_graph, settings.database)
    records, _, _ = empty_graph.execute_query(
        "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes WHERE name = 'apikey_id' "
        "RETURN type, labelsOrTypes",
        database_=settings.database,
    )
    assert [(r["type"], r["labelsOrTypes"]) for r in records] == [("UNIQUENESS", ["ApiKey"])]


def test_database_refuses_duplicate_id(empty_graph: Driver, settings: Settings) -> None:
    empty_graph.execute_query(
        "CREATE (:Organization:Company {id: 'org-1', name: 'A'})", database_=settings.database
    )
    with pytest.raises(ConstraintError):
        empty_graph.execute_query(
            "CREATE (:Organization:Company {id: 'org-1', name: 'B'})",
            database_=settings.database,
        )


def test_search_index_folds_accents_and_case(empty_graph: Driver, settings: Settings) -> None:
    seed_nodes(
        empty_graph,
        settings,
        "CREATE (:Organization:ResearchInstitution {id: 'uni', name: 'UNIVERSITE DU LUXEMBOURG'})",
    )
    for text in ("universite du luxembourg", "Université", "UNIVERSITE"):
        records, _, _ = empty_graph.execute_query(
            "CALL db.index.fulltext.queryNodes('search', $q) YIELD node RETURN node.id AS id",
            q=text,
            database_=settings.database,
        )
        assert [r["id"] for r in records] == ["uni"], text


def test_an_older_search_index_is_rebuilt_over_the_names_it_now_reads(
    empty_graph: Driver, settings: Settings
) -> None:
    """An index of an earlier version (another analyzer, the names in several fields) is made
    again, after the names it reads are written for the nodes already there."""
    empty_graph.execute_query("DROP INDEX search", database_=settings.database)
    empty_graph.execute_query(
        "CREATE FULLTEXT INDEX search FOR (n:Organization|Cluster) ON EACH [n.name, n.shortName] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard'}}",
        database_=settings.database,
    )
    empty_graph.execute_query(
        "CREATE (:Organization {id: 'uni', name: 'UNIVERSITE DU LUXEMBOURG', shortName: 'uni.lu',"
        " names: ['UNIVERSITE DU LUXEMBOURG', 'UNIVERSITY OF LUXEMBOURG']}),"
        " (:Cluster {id: 'auto', name: 'AutoMobility', aliasNames: ['Automotive Components']})",
        database_=settings.database,
    )
    apply_schema(empty_graph, settings.database)
    records, _, _ = empty_graph.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search' "
        "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
        database_=settings.database,
    )
    assert records[0]["analyzer"] == "standard-folding"
    records, _, _ = empty_graph.execute_query(
        "MATCH (n) WHERE n.id IN ['uni', 'auto'] RETURN n.nameText AS text ORDER BY n.id",
        database_=settings.database,
    )
    assert [r["text"] for r in records] == [
        "AutoMobility Automotive Components",
        "UNIVERSITE DU LUXEMBOURG UNIVERSITY OF uni.lu",
    ]
    asked = [("uni.lu", "uni"), ("university luxembourg", "uni"), ("automotive", "auto")]
    for text, found in asked:
        records, _, _ = empty_graph.execute_query(
            "CALL db.index.fulltext.queryNodes('search', $q) YIELD node RETURN node.id AS id",
            q=text,
            database_=settings.database,
        )
        assert [r["id"] for r in records] == [found], text


def test_an_older_suggestion_text_index_is_rebuilt(empty_graph: Driver, settings: Settings) -> None:
    """Versions before the complete Horizon Europe data indexed titles only, without
    stemming: such an index is made again over titles, keywords and abstracts."""
    empty_graph.execute_query("DROP INDEX suggestion_text", database_=settings.database)
    empty_graph.execute_query(
        "CREATE FULLTEXT INDEX suggestion_text FOR (n:Project) ON EACH [n.sgText] "
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
        database_=settings.database,
    )
    apply_schema(empty_graph, settings.database)
    records, _, _ = empty_graph.execute_query(
        "SHOW FULLTEXT INDEXES YIELD name, properties, options WHERE name = 'suggestion_text' "
        "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer, properties",
        database_=settings.database,
    )
    assert records[0]["analyzer"] == "english"
    assert set(records[0]["properties"]) == {"sgText", "keywordText", "abstract"}
    empty_graph.execute_query(
        "CREATE (:Project {id: 'p', abstract: 'Recycling of batteries from electric cars'})",
        database_=settings.database,
    )
    found, _, _ = empty_graph.execute_query(
        "CALL db.index.fulltext.queryNodes('suggestion_text', 'battery recycling') "
        "YIELD node RETURN node.id AS id",
        database_=settings.database,
    )
    assert [r["id"] for r in found] == ["p"]  # "batteries" found by "battery": stemming
