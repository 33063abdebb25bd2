"""The graph model's constraints and indexes, applied idempotently.

Neo4j 5.26 Community has uniqueness constraints but not existence or type constraints, so
required properties are validated by the importers and the service.
"""

from __future__ import annotations

from typing import LiteralString

from neo4j import AsyncDriver, Driver

from graph.client import map_error

# Every node has a stable, unique, human-readable id.
LABELS_WITH_ID: tuple[LiteralString, ...] = (
    "Organization",
    "Cluster",
    "Project",
    "Topic",
    "Person",
    "Objective",
    "Measurement",
    "ApiKey",
)

# An organisation carries exactly one of these kind labels besides Organization.
KIND_LABELS: tuple[LiteralString, ...] = (
    "Company",
    "ResearchInstitution",
    "PublicActor",
    "OtherActor",
)

SEARCH_INDEX = "search"
SEARCH_ANALYZER = "standard-folding"

_CONSTRAINTS: tuple[LiteralString, ...] = tuple(
    f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
    for label in LABELS_WITH_ID
)

_INDEXES: tuple[LiteralString, ...] = (
    "CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country)",
    "CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)",
    "CREATE INDEX organization_pic IF NOT EXISTS FOR (n:Organization) ON (n.pic)",
    "CREATE INDEX project_start IF NOT EXISTS FOR (n:Project) ON (n.startDate)",
    "CREATE INDEX project_programme IF NOT EXISTS FOR (n:Project) ON (n.programme)",
)

_SEARCH_INDEX_CREATE: LiteralString = (
    "CREATE FULLTEXT INDEX search IF NOT EXISTS "
    "FOR (n:Organization|Project|Topic|Cluster) "
    "ON EACH [n.name, n.shortName, n.acronym, n.title, n.aliasText] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', "
    "`fulltext.eventually_consistent`: false}}"
)

_SEARCH_INDEX_ANALYZER: LiteralString = (
    "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name "
    "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer"
)


def statements(current_analyzer: str | None) -> list[LiteralString]:
    """The statements that bring the schema up to date, given the search index's analyzer.

    ``CREATE ... IF NOT EXISTS`` leaves an existing index alone even when its analyzer
    differs, so a search index with another analyzer is dropped and made again.
    """
    rebuild: list[LiteralString] = []
    if current_analyzer is not None and current_analyzer != SEARCH_ANALYZER:
        rebuild.append("DROP INDEX search IF EXISTS")
    return [*_CONSTRAINTS, *_INDEXES, *rebuild, _SEARCH_INDEX_CREATE]


def apply_schema(driver: Driver, database: str) -> None:
    """Create every constraint and index that is missing; safe to run at every start."""
    with driver.session(database=database) as session:
        record = session.run(_SEARCH_INDEX_ANALYZER, name=SEARCH_INDEX).single()
        for statement in statements(record["analyzer"] if record else None):
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """:func:`apply_schema` for the service's async driver; errors mapped to GraphError."""
    try:
        async with driver.session(database=database) as session:
            result = await session.run(_SEARCH_INDEX_ANALYZER, name=SEARCH_INDEX)
            record = await result.single()
            for statement in statements(record["analyzer"] if record else None):
                await (await session.run(statement)).consume()
    except Exception as exc:
        raise map_error(exc) from exc
