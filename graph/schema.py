"""The graph model's constraints and indexes, applied idempotently.

Neo4j 5.26 Community has uniqueness constraints but not existence or type constraints, so
required properties are validated by the importers and the service.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, LiteralString

from neo4j import AsyncDriver, Driver

from graph.client import map_error
from graph.cypher import query

# Every node has a stable, unique, human-readable id.
LABELS_WITH_ID: tuple[LiteralString, ...] = (
    "Organization",
    "Cluster",
    "Initiative",
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


# The uniqueness constraints by name.
_CONSTRAINTS: dict[LiteralString, LiteralString] = {
    label.lower() + "_id": "CREATE CONSTRAINT "
    + label.lower()
    + "_id IF NOT EXISTS FOR (n:"
    + label
    + ") REQUIRE n.id IS UNIQUE"
    for label in LABELS_WITH_ID
}

_INDEXES: tuple[LiteralString, ...] = (
    "CREATE INDEX organization_country IF NOT EXISTS FOR (n:Organization) ON (n.country)",
    "CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name)",
    # a country's organisations in name order (organizations.page)
    "CREATE INDEX organization_country_name IF NOT EXISTS "
    "FOR (n:Organization) ON (n.country, n.name)",
    "CREATE INDEX organization_pic IF NOT EXISTS FOR (n:Organization) ON (n.pic)",
    # every organisation, most partners first (organizations.page)
    "CREATE INDEX organization_partners IF NOT EXISTS FOR (n:Organization) ON (n.partnerCount)",
    # the most connected organisations that pass a suggestion's filters (suggest_partners)
    "CREATE INDEX organization_suggestion_degree IF NOT EXISTS FOR (n:Organization) ON (n.sgDeg)",
    # the same in one country (suggest_partners with countries)
    "CREATE INDEX organization_country_degree IF NOT EXISTS "
    "FOR (n:Organization) ON (n.country, n.sgDeg)",
    "CREATE INDEX project_timeline IF NOT EXISTS FOR (n:Project) ON (n.timelineDate)",
    "CREATE INDEX project_programme IF NOT EXISTS FOR (n:Project) ON (n.programme)",
    "CREATE INDEX project_grant IF NOT EXISTS FOR (n:Project) ON (n.grantId)",
    "CREATE INDEX project_newest IF NOT EXISTS FOR (n:Project) ON (n.newestKey)",
    "CREATE INDEX topic_kind IF NOT EXISTS FOR (n:Topic) ON (n.kind)",
    # Replaced by project_timeline (start dates and call years alike).
    "DROP INDEX project_start IF EXISTS",
)


@dataclass(frozen=True)
class FulltextIndex:
    """A full-text index as this version wants it: an index by that name that covers other
    labels or properties, or has another analyzer, is dropped and made again (``CREATE ... IF
    NOT EXISTS`` would keep it as it is)."""

    name: LiteralString
    labels: tuple[LiteralString, ...]
    properties: tuple[LiteralString, ...]
    analyzer: LiteralString

    @property
    def create(self) -> LiteralString:
        """The statement that makes it."""
        labels: LiteralString = "|".join(self.labels)
        properties: LiteralString = ", ".join("n." + p for p in self.properties)
        text: LiteralString = (
            "CREATE FULLTEXT INDEX " + self.name + " IF NOT EXISTS FOR (n:" + labels + ") "
            "ON EACH ["
            + properties
            + "] OPTIONS {indexConfig: {`fulltext.analyzer`: '"
            + self.analyzer
            + "', `fulltext.eventually_consistent`: false}}"
        )
        return text

    def matches(self, found: Any) -> bool:
        """Whether an existing index (a row of :data:`_INDEX_STATE`) is this one."""
        return (
            found["analyzer"] == self.analyzer
            and set(found["labels"]) == set(self.labels)
            and set(found["properties"]) == set(self.properties)
        )


# Lucene's English stop words, which the "english" and "standard-folding" analyzers of the
# full-text indexes below drop: a query that requires one finds nothing.
ANALYZER_STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "for",
        "if",
        "in",
        "into",
        "is",
        "it",
        "no",
        "not",
        "of",
        "on",
        "or",
        "such",
        "that",
        "the",
        "their",
        "then",
        "there",
        "these",
        "they",
        "this",
        "to",
        "was",
        "will",
        "with",
    ]
)


# Names (every name of a node in nameText, each word once: search_names.cypher), acronyms,
# titles, an organisation's participant code (PIC), a project's grant agreement number,
# codes, descriptions and keywords, accent- and case-insensitive.
SEARCH = FulltextIndex(
    "search",
    ("Organization", "Project", "Topic", "Cluster"),
    ("nameText", "acronym", "title", "pic", "grantId", "code", "description", "keywordText"),
    "standard-folding",
)
# nameText of every organisation, topic and cluster, in transactions of 10,000 nodes: after
# imports, and before the search index is made again with other fields.
SEARCH_NAMES: LiteralString = (
    "MATCH (n:Organization|Topic|Cluster) CALL (n) { "
    + query("search_names")
    + " } IN TRANSACTIONS OF 10000 ROWS"
)
# nameText of the topics or clusters $ids, after a bundle wrote their names (organisations
# get theirs as their facts are resolved: graph.facts.RESOLVE).
SEARCH_NAMES_OF: dict[str, LiteralString] = {
    label: "UNWIND $ids AS id MATCH (n:" + label + " {id: id}) " + query("search_names")
    for label in ("Topic", "Cluster")
}
# What projects are about, for suggestions from a brief in words (Lucene BM25): the title and
# call topic's description (Project.sgText, graph/derived.py), the keywords and the abstract
# (Horizon Europe), in English with stemming ("batteries" finds "battery").
SUGGESTION_TEXT = FulltextIndex(
    "suggestion_text", ("Project",), ("sgText", "keywordText", "abstract"), "english"
)
FULLTEXT_INDEXES = (SEARCH, SUGGESTION_TEXT)

_INDEX_STATE: LiteralString = (
    "SHOW INDEXES YIELD name, owningConstraint, labelsOrTypes, properties, options "
    "RETURN name, owningConstraint AS constraint, "
    "options.indexConfig['fulltext.analyzer'] AS analyzer, labelsOrTypes AS labels, properties"
)


def statements(existing: Mapping[str, Any]) -> list[LiteralString]:
    """The statements that bring the schema up to date, given the existing indexes by name.

    Full-text indexes that are not the current ones are dropped and made again (the search
    index after every node's nameText is written, :data:`SEARCH_NAMES`). An index that
    bears a constraint's name but no constraint is what a Neo4j stopped while it created the
    constraint leaves behind; ``CREATE CONSTRAINT ... IF NOT EXISTS`` fails on it, so it is
    dropped first."""
    orphans: list[LiteralString] = [
        "DROP INDEX " + name
        for name in _CONSTRAINTS
        if name in existing and existing[name]["constraint"] is None
    ]
    rebuild = [
        index
        for index in FULLTEXT_INDEXES
        if index.name in existing and not index.matches(existing[index.name])
    ]
    # a search index made by an earlier version read other name fields: the names it reads
    # now are written first, while it still answers (should that fail, the old index stays
    # and the next start writes them again)
    names: list[LiteralString] = [SEARCH_NAMES] if SEARCH in rebuild else []
    return [
        *orphans,
        *_CONSTRAINTS.values(),
        *_INDEXES,
        *names,
        *("DROP INDEX " + index.name + " IF EXISTS" for index in rebuild),
        *(index.create for index in FULLTEXT_INDEXES),
    ]


def apply_schema(driver: Driver, database: str) -> None:
    """Create every constraint and index that is missing; safe to run at every start."""
    with driver.session(database=database) as session:
        existing = {r["name"]: r for r in session.run(_INDEX_STATE)}
        for statement in statements(existing):
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


async def apply_schema_async(driver: AsyncDriver, database: str) -> None:
    """:func:`apply_schema` for the service's async driver; errors mapped to GraphError."""
    try:
        async with driver.session(database=database) as session:
            result = await session.run(_INDEX_STATE)
            existing = {r["name"]: r async for r in result}
            for statement in statements(existing):
                await (await session.run(statement)).consume()
    except Exception as exc:
        raise map_error(exc) from exc
