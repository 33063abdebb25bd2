"""The graph model's constraints and indexes, applied idempotently.

Neo4j 5.26 Community has uniqueness constraints but not existence or type constraints, so
required properties are validated by the importers and the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, LiteralString

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
    "CREATE INDEX project_timeline IF NOT EXISTS FOR (n:Project) ON (n.timelineDate)",
    "CREATE INDEX project_programme IF NOT EXISTS FOR (n:Project) ON (n.programme)",
    "CREATE INDEX project_grant IF NOT EXISTS FOR (n:Project) ON (n.grantId)",
    "CREATE INDEX project_newest IF NOT EXISTS FOR (n:Project) ON (n.newestKey)",
    "CREATE INDEX topic_kind IF NOT EXISTS FOR (n:Topic) ON (n.kind)",
    # Replaced by project_timeline (start dates and call years alike).
    "DROP INDEX project_start IF EXISTS",
)

# What the full-text index covers; an index with other labels, properties or analyzer is
# rebuilt (CREATE ... IF NOT EXISTS would keep it as it is).
SEARCH_LABELS = ("Organization", "Project", "Topic", "Cluster")
SEARCH_PROPERTIES = (
    "name",
    "nameText",
    "shortName",
    "acronym",
    "title",
    "aliasText",
    "code",
    "description",
    "keywordText",
)
_SEARCH_INDEX_CREATE: LiteralString = (
    "CREATE FULLTEXT INDEX search IF NOT EXISTS "
    "FOR (n:Organization|Project|Topic|Cluster) "
    "ON EACH [n.name, n.nameText, n.shortName, n.acronym, n.title, n.aliasText, n.code, "
    "n.description, n.keywordText] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', "
    "`fulltext.eventually_consistent`: false}}"
)

# What projects are about, for suggestions from a brief in words (Lucene BM25 over
# Project.sgText: title and call-topic description, graph/derived.py).
SUGGESTION_TEXT_INDEX = "suggestion_text"
_SUGGESTION_TEXT_INDEX_CREATE: LiteralString = (
    "CREATE FULLTEXT INDEX suggestion_text IF NOT EXISTS FOR (n:Project) ON EACH [n.sgText] "
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', "
    "`fulltext.eventually_consistent`: false}}"
)

_SEARCH_INDEX_STATE: LiteralString = (
    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options "
    "WHERE name = $name "
    "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer, "
    "labelsOrTypes AS labels, properties"
)


@dataclass(frozen=True)
class SearchIndex:
    """What an existing full-text index covers."""

    analyzer: str | None
    labels: tuple[str, ...]
    properties: tuple[str, ...]

    @property
    def current(self) -> bool:
        """True when it is the index this version wants."""
        return (
            self.analyzer == SEARCH_ANALYZER
            and set(self.labels) == set(SEARCH_LABELS)
            and set(self.properties) == set(SEARCH_PROPERTIES)
        )


def _search_index(record: Any) -> SearchIndex | None:
    if record is None:
        return None
    return SearchIndex(record["analyzer"], tuple(record["labels"]), tuple(record["properties"]))


def statements(existing: SearchIndex | None) -> list[LiteralString]:
    """The statements that bring the schema up to date, given the existing search index.

    ``CREATE ... IF NOT EXISTS`` leaves an existing index alone even when its analyzer or
    properties differ, so a search index that is not the current one is dropped and made
    again.
    """
    rebuild: list[LiteralString] = []
    if existing is not None and not existing.current:
        rebuild.append("DROP INDEX search IF EXISTS")
    return [*_CONSTRAINTS, *_INDEXES, *rebuild, _SEARCH_INDEX_CREATE, _SUGGESTION_TEXT_INDEX_CREATE]


def apply_schema(driver: Driver, database: str) -> None:
    """Create every constraint and index that is missing; safe to run at every start."""
    with driver.session(database=database) as session:
        record = session.run(_SEARCH_INDEX_STATE, name=SEARCH_INDEX).single()
        for statement in statements(_search_index(record)):
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """:func:`apply_schema` for the service's async driver; errors mapped to GraphError."""
    try:
        async with driver.session(database=database) as session:
            result = await session.run(_SEARCH_INDEX_STATE, name=SEARCH_INDEX)
            record = await result.single()
            for statement in statements(_search_index(record)):
                await (await session.run(statement)).consume()
    except Exception as exc:
        raise map_error(exc) from exc
