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


def refresh_partner_counts(driver: Driver, database: str, ids: Sequence[str] | None = None) -> None:
    """Recompute ``Organization.partnerCount`` for ``ids`` (all organisations when None)."""
    with driver.session(database=database) as session:
        session.run(
            query("organization_refresh_partner_count"), ids=list(ids) if ids else None
        ).consume()


def refresh_suggestion_features(driver: Driver, database: str) -> None:
    """Recompute every suggestion feature (projects, reference year, organisations).

    The reference year is the newest project start year in the graph: "recent" means that
    year or the one before, and project weights decay by :data:`DECAY` per year before it.
    Features depend on the whole graph (the reference year moves), so all are recomputed.
    """
    with driver.session(database=database) as session:
        session.run(query("organization_refresh_projects")).consume()
        session.run(query("organization_refresh_reference"), decay=DECAY).consume()
        session.run(query("organization_refresh_features")).consume()


def refresh_derived(driver: Driver, database: str) -> None:
    """Every derived property: partner counts and suggestion features, for all organisations."""
    refresh_partner_counts(driver, database)
    refresh_suggestion_features(driver, database)
