"""Properties derived from the graph and stored for speed; refreshed after every write."""

from __future__ import annotations

from collections.abc import Sequence

from neo4j import Driver

from graph.cypher import query


def refresh_partner_counts(driver: Driver, database: str, ids: Sequence[str] | None = None) -> None:
    """Recompute ``Organization.partnerCount`` for ``ids`` (all organisations when None)."""
    with driver.session(database=database) as session:
        session.run(
            query("organization_refresh_partner_count"), ids=list(ids) if ids else None
        ).consume()
