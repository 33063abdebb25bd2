"""The figures of a cluster's page that read every partner of every member, stored.

``stats.partnersOutside`` and the partner half of ``bridges`` count every partner of every
current member: at ten times today's network, half a second each for the largest demo
cluster, at every request. They are stored instead (``sgPartnersOutside`` on the cluster,
``sgBridgePartners``/``sgBridgeClusters`` on each current membership) by every import and
by the API's writes that change them, and ``graph.shapes`` reads them while they hold.
The counts themselves are the templates ``PARTNERS_OUTSIDE`` and ``BRIDGE_PARTNERS`` of
``graph.shapes``, the same text the page falls back to.

A membership that ends on a day ahead changes the figures without a write: every cluster
keeps ``sgDerivedUntil``, the last day of the earliest such membership, and from the day
after the page counts from the graph again until the next refresh, which then recounts
everything (as it does when any cluster has no figures yet).
"""

from __future__ import annotations

from typing import LiteralString

from neo4j import Driver

from graph.shapes import BRIDGE_PARTNERS, PARTNERS_OUTSIDE, STORED

_HOLDS: LiteralString = STORED.replace("{n}", "k")
# Recounts what a write changed, from three variables: refreshOrgs, the organisations whose
# memberships get their partners in other clusters recounted, or removed once ended (null:
# every membership and every cluster); partnersToo, their partners' memberships too (a
# membership changed); refreshClusters, the clusters whose partnersOutside is recounted
# (null: those refreshOrgs are current members of). Everything when a cluster's figures do
# not hold.
_BODY: LiteralString = (
    "OPTIONAL MATCH (k:Cluster) WHERE NOT " + _HOLDS + " "
    "WITH refreshOrgs, refreshClusters, partnersToo, count(k) AS expired "
    "WITH refreshOrgs IS NULL OR expired > 0 AS everything, refreshOrgs, partnersToo, "
    "coalesce(refreshClusters, COLLECT { UNWIND coalesce(refreshOrgs, []) AS id "
    "MATCH (:Organization {id: id})-[om:MEMBER_OF]->(c:Cluster) "
    "WHERE om.until IS NULL OR om.until >= date() RETURN DISTINCT c.id }) AS recount "
    "CALL (everything, refreshOrgs, partnersToo) { "
    "CALL (everything, refreshOrgs, partnersToo) { "
    "UNWIND CASE WHEN everything THEN [true] ELSE [] END AS all "
    "MATCH (m:Organization)-[r:MEMBER_OF]->(n:Cluster) RETURN m, r, n "
    "UNION "
    "UNWIND CASE WHEN everything THEN [] ELSE refreshOrgs END AS id "
    "MATCH (o:Organization {id: id}) "
    "CALL (o, partnersToo) { RETURN o AS m UNION "
    "UNWIND CASE WHEN partnersToo THEN [true] ELSE [] END AS partners "
    "MATCH (o)-[:PARTICIPATES_IN]->(:Project)<-[:PARTICIPATES_IN]-(m:Organization) "
    "RETURN m } "
    "MATCH (m)-[r:MEMBER_OF]->(n:Cluster) RETURN m, r, n } "
    # an ended membership keeps none (its aggregation below sees no row)
    "WITH m, r, n, r.until IS NULL OR r.until >= date() AS current "
    "CALL (m, n, current) { WITH m, n WHERE current "
    + BRIDGE_PARTNERS.replace("{m}", "m").replace("{n}", "n").replace("{x}", "b")
    + " } SET r.sgBridgePartners = CASE WHEN current THEN bp END, "
    "r.sgBridgeClusters = CASE WHEN current THEN bi END } "
    "CALL (everything, recount) { "
    "MATCH (n:Cluster) WHERE everything OR n.id IN recount "
    "SET n.sgPartnersOutside = " + PARTNERS_OUTSIDE.replace("{n}", "n") + " } "
    "CALL () { OPTIONAL MATCH ()-[e:MEMBER_OF]->() WHERE e.until >= date() "
    "RETURN min(e.until) AS until } "
    "MATCH (n:Cluster) SET n.sgDerivedUntil = until"
)
REFRESH: LiteralString = (
    "WITH null AS refreshOrgs, null AS refreshClusters, false AS partnersToo " + _BODY
)


def refresh_clusters(driver: Driver, database: str) -> None:
    """Every cluster's stored figures, recounted (each import runs this)."""
    driver.execute_query(REFRESH, database_=database)


def with_recount(
    write: LiteralString, columns: LiteralString, when: LiteralString, inputs: LiteralString
) -> LiteralString:
    """``write`` (a query that returns ``columns``) and, in its transaction, when ``when``
    holds of its row, the recount of the figures it changed: ``inputs`` binds refreshOrgs,
    partnersToo and refreshClusters (see ``_BODY``) from the row and the parameters. One
    transaction: a write is never kept with figures that miss it."""
    return (
        "CALL () {\n" + write + "\n} "
        "CALL ("
        + columns
        + ") { WITH "
        + columns
        + ", "
        + inputs
        + " WHERE "
        + when
        + " "
        + _BODY
        + " } RETURN "
        + columns
    )
