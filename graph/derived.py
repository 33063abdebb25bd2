"""Properties derived from the graph and stored for speed; refreshed after every write.

:func:`refresh_derived` is the one call importers make at the end of a run: project dates,
partner counts (for ordering lists) and the per-organisation suggestion features (``sg*``
properties, see ``docs/suggestions.md``). What depends on an organisation's partners is
computed in Python from one read of the participations (``graph.derived_organizations``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Forbidden

from graph.batches import chunked, write_batches
from graph.cypher import query
from graph.derived_organizations import Row, Scope, organization_values
from graph.schema import SEARCH_NAMES

log = logging.getLogger(__name__)

# Yearly decay of a shared project's weight in the collaboration structure (research: 0.8).
DECAY = 0.8
# Strongest partners (by shared weight) kept per organisation (sgPartnerIds / sgPartnerW):
# a suggestion picks its max_partners strong partners among them and reads up to the
# model's max_second of each strong partner's, so this bounds both hops.
PARTNER_LIST = 300
# Organisations with most partners kept on the DerivedInfo node (popularIds): the model's
# `popular` candidates when a query has no filter (plus room for excluded seeds).
POPULAR_LIST = 1000


# Organisations written per transaction by a full refresh (each row carries six lists of up
# to PARTNER_LIST entries), and the transactions run at once: each writes its own
# organisations only, so they never wait for each other, and Neo4j works on two cores.
WRITE_BATCH = 500
WRITERS = 2
# Projects whose dates or weights a full refresh writes per transaction.
PROJECT_BATCH = 10_000


def scope(record: Mapping[str, Any]) -> Scope:
    """The :class:`Scope` that ``organization_refresh_scope.cypher`` returned."""
    return Scope(record["ids"], record["reference"], record["topicOrder"])


def refresh_organizations(
    driver: Driver, database: str, project_batches: list[list[str]] | None = None
) -> None:
    """Recompute every organisation's partner count, suggestion features and strongest
    partners from one read of all projects and their participants
    (``graph.derived_organizations``; ``project_batches``: every project's id, sorted, in
    lists, read when None), written :data:`WRITE_BATCH` organisations per transaction,
    :data:`WRITERS` transactions at a time."""
    if project_batches is None:
        project_batches = _project_batches(driver, database)
    projects: list[Row] = []
    with driver.session(database=database) as session:
        found = session.run(query("organization_refresh_scope"), ids=None).single(strict=True)
        for ids in project_batches:
            result = session.run(query("project_participants"), ids=None, projects=ids)
            projects.extend(result.single(strict=True)["rows"])
    rows = organization_values(projects, scope(found), PARTNER_LIST)
    write_batches(driver, database, _set_values, chunked(rows, WRITE_BATCH), WRITERS)


def _set_values(tx: ManagedTransaction, rows: Sequence[Row]) -> None:
    tx.run(query("organization_refresh_derived"), rows=list(rows)).consume()


def refresh_suggestion_features(
    driver: Driver, database: str, batches: list[list[str]] | None = None
) -> None:
    """Recompute every suggestion feature (projects, reference year, organisations).

    The reference year is the newest project start (or call year) in the graph: "recent" means that
    year or the one before, and project weights decay by :data:`DECAY` per year before it.
    Features depend on the whole graph (the reference year moves), so all are recomputed:
    then each organisation's features, partner count and :data:`PARTNER_LIST` strongest
    partners (:func:`refresh_organizations`), and the :data:`POPULAR_LIST` organisations with
    most partners (``DerivedInfo.popularIds``). The service's writes refresh only what a new
    participation touches (``graph.repositories.writes``).
    """
    driver.execute_query(query("organization_refresh_reference"), decay=DECAY, database_=database)
    batches = _project_batches(driver, database) if batches is None else batches
    for batch in batches:
        driver.execute_query(
            query("project_refresh_weight"), ids=batch, decay=DECAY, database_=database
        )
    refresh_organizations(driver, database, batches)
    with driver.session(database=database) as session:
        session.run(query("organization_refresh_popular"), size=POPULAR_LIST).consume()


def refresh_project_dates(
    driver: Driver, database: str, batches: Sequence[Sequence[str]] | None = None
) -> None:
    """``startYear``, ``datePrecision`` and ``timelineDate`` of the projects in ``batches``
    (lists of ids, one transaction each; every project when None), from their start date or
    call year (``project_refresh_dates.cypher``)."""
    for batch in _project_batches(driver, database) if batches is None else batches:
        driver.execute_query(query("project_refresh_dates"), ids=batch, database_=database)


def _project_batches(driver: Driver, database: str) -> list[list[str]]:
    """Every project's id, :data:`PROJECT_BATCH` per list: one transaction over every project
    of a network ten times today's ran out of Neo4j's transaction memory, or past its
    timeout."""
    ids = sorted(driver.execute_query(query("project_ids"), database_=database).records[0]["ids"])
    return [ids[start : start + PROJECT_BATCH] for start in range(0, len(ids), PROJECT_BATCH)]


def refresh_derived(driver: Driver, database: str) -> None:
    """Every derived property: the names search reads (:func:`refresh_search_names`),
    project dates, partner counts and suggestion features (the projects' ids read once for
    both), each call family's programme part
    (``topic_refresh_family_parts.cypher``); then the cached query plans are dropped."""
    batches = _project_batches(driver, database)
    refresh_search_names(driver, database)
    refresh_project_dates(driver, database, batches)
    refresh_suggestion_features(driver, database, batches)
    driver.execute_query(query("topic_refresh_family_parts"), database_=database)
    clear_query_plans(driver, database)


def refresh_search_names(driver: Driver, database: str) -> None:
    """The words every organisation, topic and cluster is found by in the search index
    (``nameText``, ``search_names.cypher``), from their names."""
    with driver.session(database=database) as session:
        session.run(SEARCH_NAMES).consume()


def clear_query_plans(driver: Driver, database: str) -> None:
    """Drop Neo4j's cached query plans. A plan made while the graph was far smaller (empty
    before an import, or a test's few nodes) can cost far more on the grown graph: in the test
    suite, a cluster's suggestions on the demo network ran out of transaction memory (716 MiB)
    with plans made on a fixture of a few dozen nodes, and Neo4j replans on its own only once
    a plan is old enough and the statistics moved enough. Needs an admin user
    (``db.clearQueryCaches`` is admin only); without one, Neo4j's own replanning has to do."""
    try:
        driver.execute_query("CALL db.clearQueryCaches()", database_=database)
    except Forbidden:
        log.warning("cached query plans kept: clearing them needs an admin user")
