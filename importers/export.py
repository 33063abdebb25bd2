"""Export everything a CORDIS import cannot bring back, as a bundle (``docs/backup.md``).

That is the work of people: clusters and their aliases, focus topics, people and roles,
objectives and measurements, organisations created through the API or a bundle, the facts
a person set on any organisation (the ``Manual`` copies), memberships other than derived
ones, projects not from CORDIS, participations set through the API, and competences. The
files are the bundle's own (``importers.bundle.SPECS``), so ``clustergraph import bundle``
reads them back after a CORDIS import. Derived memberships are left out: ``clustergraph
demo`` derives them again. API keys are credentials and are never exported.
"""

from __future__ import annotations

import csv
import datetime
import os
import shutil
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, LiteralString

from neo4j import Driver, ManagedTransaction

from importers.bundle import KIND_LABELS, OPEN_SINCE, OPEN_UNTIL, SPECS

KIND_OF_LABEL = {label: kind for kind, label in KIND_LABELS.items()}

# The columns an objective of a cluster and of the initiative share (x: the objective).
OBJECTIVE_COLUMNS: LiteralString = (
    "x.metric AS metric, x.target AS target, x.unit AS unit, x.deadline AS deadline, "
    "x.planArea AS planArea, x.description AS description, x.indicator AS indicator, "
    "x.population AS population, x.since AS since"
)
# One read per bundle file; each returns the file's columns by name.
QUERIES: dict[str, LiteralString] = {
    "organizations.csv": (
        "MATCH (o:Organization) "
        "WHERE coalesce(o.source, '') <> 'cordis' OR o.description IS NOT NULL "
        "   OR any(k IN keys(o) WHERE k ENDS WITH 'Manual') "
        "RETURN o.id AS id, o.nameManual AS name, o.shortNameManual AS shortName, "
        "o.kindManual AS kind, o.countryManual AS country, o.cityManual AS city, "
        "o.regionManual AS region, o.websiteManual AS website, o.description AS description, "
        "coalesce(o.smeManual, CASE WHEN coalesce(o.source, '') <> 'cordis' "
        "AND o.smeHorizonEurope IS NULL AND o.smeCordis IS NULL THEN o.sme END) AS sme, "
        "o.pic AS pic, CASE o.source WHEN 'api' THEN 'api' END AS source, "
        "o.ownerClusterIds AS owners ORDER BY id"
    ),
    "clusters.csv": (
        "MATCH (c:Cluster) RETURN c.id AS id, c.name AS name, c.sector AS sector, "
        "c.launchDate AS launchDate, c.description AS description ORDER BY id"
    ),
    "cluster_aliases.csv": (
        "MATCH (c:Cluster) WHERE size(coalesce(c.aliasNames, [])) > 0 "
        "UNWIND range(0, size(c.aliasNames) - 1) AS i "
        "RETURN c.id AS clusterId, c.aliasNames[i] AS name, c.aliasSince[i] AS since, "
        "c.aliasUntil[i] AS until ORDER BY clusterId, i"
    ),
    "topics.csv": (
        "MATCH (t:Topic) WHERE coalesce(t.source, '') <> 'cordis' "
        "RETURN t.id AS id, t.name AS name, t.code AS code, t.description AS description "
        "ORDER BY id"
    ),
    "cluster_topics.csv": (
        "MATCH (c:Cluster)-[:FOCUSES_ON]->(t:Topic) "
        "RETURN c.id AS clusterId, t.id AS topicId ORDER BY clusterId, topicId"
    ),
    "memberships.csv": (
        "MATCH (o:Organization)-[m:MEMBER_OF]->(c:Cluster) "
        "WHERE coalesce(m.source, 'official') <> 'derived' "
        "RETURN o.id AS organizationId, c.id AS clusterId, m.since AS since, "
        "m.until AS until, m.role AS role, coalesce(m.source, 'official') AS source "
        "ORDER BY organizationId, clusterId"
    ),
    "projects.csv": (
        "MATCH (p:Project) WHERE coalesce(p.source, '') <> 'cordis' "
        "RETURN p.id AS id, p.acronym AS acronym, p.title AS title, p.programme AS programme, "
        "p.startDate AS startDate, p.endDate AS endDate, p.totalCost AS totalCost, "
        "coalesce(p.flagship, false) AS flagship ORDER BY id"
    ),
    "project_clusters.csv": (
        "MATCH (p:Project)-[:PART_OF]->(c:Cluster) "
        "RETURN p.id AS projectId, c.id AS clusterId ORDER BY projectId, clusterId"
    ),
    "project_topics.csv": (
        "MATCH (p:Project)-[:ADDRESSES]->(t:Topic) WHERE coalesce(p.source, '') <> 'cordis' "
        "RETURN p.id AS projectId, t.id AS topicId ORDER BY projectId, topicId"
    ),
    "participations.csv": (
        "MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p:Project) "
        "WHERE coalesce(p.source, '') <> 'cordis' OR r.source = 'api' "
        "RETURN o.id AS organizationId, p.id AS projectId, r.role AS role, "
        "r.contribution AS contribution, r.source AS source ORDER BY projectId, organizationId"
    ),
    "competences.csv": (
        "MATCH (o:Organization)-[r:HAS_COMPETENCE]->(t:Topic) "
        "RETURN o.id AS organizationId, t.id AS topicId, r.weight AS weight, "
        "r.source AS source ORDER BY organizationId, topicId, source"
    ),
    "people.csv": (
        "MATCH (p:Person) RETURN p.id AS id, p.name AS name, p.email AS email, "
        "p.phone AS phone, coalesce(p.placeholder, false) AS placeholder ORDER BY id"
    ),
    "roles.csv": (
        "MATCH (p:Person)-[r:HOLDS_ROLE]->(c:Cluster) "
        "RETURN p.id AS personId, c.id AS clusterId, r.role AS role, r.since AS since, "
        "r.until AS until ORDER BY personId, clusterId, role"
    ),
    "affiliations.csv": (
        "MATCH (p:Person)-[:AFFILIATED_WITH]->(o:Organization) "
        "RETURN p.id AS personId, o.id AS organizationId ORDER BY personId, organizationId"
    ),
    "initiatives.csv": (
        "MATCH (i:Initiative) RETURN i.id AS id, i.name AS name, i.launchDate AS launchDate, "
        "i.operator AS operator, i.description AS description ORDER BY id"
    ),
    "initiative_clusters.csv": (
        "MATCH (c:Cluster)-[:IN_INITIATIVE]->(i:Initiative) "
        "RETURN c.id AS clusterId, i.id AS initiativeId ORDER BY clusterId, initiativeId"
    ),
    "objectives.csv": (
        "MATCH (c:Cluster)-[:HAS_OBJECTIVE]->(x:Objective) "
        "RETURN x.id AS id, c.id AS clusterId, " + OBJECTIVE_COLUMNS + " ORDER BY id"
    ),
    "initiative_objectives.csv": (
        "MATCH (i:Initiative)-[:HAS_OBJECTIVE]->(x:Objective) "
        "RETURN x.id AS id, i.id AS initiativeId, " + OBJECTIVE_COLUMNS + ", "
        "coalesce(x.fromClusters, false) AS fromClusters ORDER BY id"
    ),
    # Computed measurements are not backed up: every import computes them again.
    "measurements.csv": (
        "MATCH (x:Objective)-[:HAS_MEASUREMENT]->(m:Measurement) "
        "WHERE coalesce(m.source, '') <> 'computed' "
        "RETURN m.id AS id, x.id AS objectiveId, m.date AS date, m.value AS value, "
        "coalesce(m.illustrative, false) AS illustrative, m.note AS note, "
        "m.recordedBy AS recordedBy, m.recordedOn AS recordedOn ORDER BY id"
    ),
}


class ExportError(RuntimeError):
    """The export could not be written where it was asked to go."""


@dataclass
class ExportReport:
    """Rows written per file."""

    rows: dict[str, int] = field(default_factory=dict)


def cell(value: Any) -> str:
    """A value as the bundle importer reads it back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if hasattr(value, "iso_format"):  # neo4j.time.Date
        return str(value.iso_format())
    return str(value)


def _row(name: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """The record with the few values the graph keeps in another form than the bundle."""
    row = dict(record)
    if name == "organizations.csv":
        row["kind"] = KIND_OF_LABEL.get(row["kind"]) if row["kind"] else None
    elif name == "cluster_aliases.csv":
        row["since"] = None if _day(row["since"]) == OPEN_SINCE else row["since"]
        row["until"] = None if _day(row["until"]) == OPEN_UNTIL else row["until"]
    return row


def _day(value: Any) -> datetime.date | None:
    """A Neo4j date (or None) as a Python date."""
    day: datetime.date | None = value.to_native() if hasattr(value, "to_native") else value
    return day


def _write_file(path: Path, columns: list[str], rows: Iterable[Mapping[str, Any]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(column)) for column in columns])
            count += 1
    return count


def _read_all(tx: ManagedTransaction, folder: Path) -> ExportReport:
    report = ExportReport()
    for spec in SPECS:
        columns = [column.name for column in spec.columns]
        records = (_row(spec.name, r.data()) for r in tx.run(QUERIES[spec.name]))
        report.rows[spec.name] = _write_file(folder / spec.name, columns, records)
    return report


def export_bundle(driver: Driver, database: str, directory: Path) -> ExportReport:
    """Write the bundle into ``directory``, which must not exist or be empty.

    All files are read in one transaction and written to a sibling folder first, then
    renamed into place, so an interrupted export leaves no half bundle behind. The folder is
    readable by its owner only: it holds personal data (people's e-mail and phone).
    """
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise ExportError(f"{directory} exists and is not an empty folder: choose a new one")
    partial = directory.with_name(f".{directory.name}.partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True, mode=0o700)
    try:
        with driver.session(database=database) as session:
            report = session.execute_read(_read_all, partial)
        if directory.exists():
            directory.rmdir()
        os.replace(partial, directory)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return report
