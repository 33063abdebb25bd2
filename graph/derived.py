"""Properties derived from the graph and stored for speed; refreshed after every write.

:func:`refresh_derived` is the one call importers make at the end of a run: partner counts
(for ordering lists) and the per-organisation suggestion features (``sg*`` properties, see
``docs/suggestions.md``).
"""

from __future__ import annotations

from collections.abc import Sequence

from neo4j import Driver

from graph.cypher import query

# Yearly decay of a shared project's weight in the collaboration structure (research: 0.8).
DECAY = 0.8
# Strongest partners (by shared weight) kept per organisation (sgPartnerIds / sgPartnerW):
# a suggestion picks its max_partners strong partners among them and reads up to the
# model's max_second of each strong partner's, so this bounds both hops.
PARTNER_LIST = 300
# Organisations with most partners kept on the DerivedInfo node (popularIds): the model's
# `popular` candidates when a query has no filter (plus room for excluded seeds).
POPULAR_LIST = 1000


def refresh_partner_counts(driver: Driver, database: str, ids: Sequence[str] | None = None) -> None:
    """Recompute ``Organization.partnerCount`` for ``ids`` (all organisations when None)."""
    with driver.session(database=database) as session:
        session.run(
            query("organization_refresh_partner_count"), ids=list(ids) if ids else None
        ).consume()


def refresh_suggestion_features(driver: Driver, database: str) -> None:
    """Recompute every suggestion feature (projects, reference year, organisations).

    The reference year is the newest project start (or call) year in the graph: "recent" means that
    year or the one before, and project weights decay by :data:`DECAY` per year before it.
    Features depend on the whole graph (the reference year moves), so all are recomputed.
    Last come each organisation's :data:`PARTNER_LIST` strongest partners (``sgPartnerIds``,
    ``sgPartnerW``, ``sgPartnerDeg``; they need ``sgDeg``) and the :data:`POPULAR_LIST`
    organisations with most partners (``DerivedInfo.popularIds``). The service's writes
    refresh only what a new participation touches (``graph.repositories.writes``).
    """
    with driver.session(database=database) as session:
        session.run(query("organization_refresh_reference"), decay=DECAY).consume()
        session.run(query("project_refresh_weight"), ids=None, decay=DECAY).consume()
        session.run(query("organization_refresh_features"), ids=None).consume()
        session.run(query("organization_refresh_partners"), ids=None, size=PARTNER_LIST).consume()
        session.run(query("organization_refresh_popular"), size=POPULAR_LIST).consume()


def refresh_project_dates(driver: Driver, database: str, ids: Sequence[str] | None = None) -> None:
    """``startYear``, ``datePrecision`` and ``timelineDate`` of the projects in ``ids`` (all
    when None), from their start date or call year (``project_refresh_dates.cypher``)."""
    with driver.session(database=database) as session:
        session.run(query("project_refresh_dates"), ids=list(ids) if ids else None).consume()


def refresh_derived(driver: Driver, database: str) -> None:
    """Every derived property: project dates, partner counts and suggestion features."""
    refresh_project_dates(driver, database)
    refresh_partner_counts(driver, database)
    refresh_suggestion_features(driver, database)
