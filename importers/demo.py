"""The Luxembourg demo network: the six clusters of the Luxembourg Cluster Initiative, their
(placeholder) governance and objectives, the real Luxembourg collaboration network of
Horizon 2020 and Horizon Europe from CORDIS, and cluster memberships derived from it.

See ``docs/demo-network.md`` for what is real, what is a placeholder and what is derived.
Every step merges on stable ids, so loading twice leaves the graph as it was.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass
from pathlib import Path
from typing import LiteralString

from neo4j import Driver

from graph.cypher import query
from graph.objectives import refresh_clusters_and_objectives
from graph.schema import apply_schema
from importers.bundle import import_bundle
from importers.cordis import expand, import_cordis
from importers.report import ImportReport

BUNDLE_DIR = Path(__file__).resolve().parent / "demo_data"
MAPPING_FILE = "derived_membership_map.csv"
REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_ENV = "CLUSTERGRAPH_DATA"
# The folders of the shared data the demo reads, and a file each must give (Horizon
# Europe: from its newest snapshot, importers.cordis.expand).
DATA_FOLDERS = {
    "cordis-h2020": "participations.csv.gz",
    "cordis-horizon-europe": "organizations.csv.gz",
}
COUNTRY = "LU"
# An organisation is inferred active in a cluster's domain when its projects on the
# cluster's themes are at least MIN_SHARE of all its projects, or at least ENOUGH_PROJECTS
# (docs/demo-network.md, "Inferred memberships").
MIN_SHARE = 0.1
ENOUGH_PROJECTS = 10

_PRUNE_DERIVED: LiteralString = (
    "MATCH (o:Organization)-[r:MEMBER_OF {source: 'derived'}]->(c:Cluster) "
    "WHERE c.id IN $clusterIds AND NOT [o.id, c.id] IN $keep "
    "DELETE r"
)


class DemoDataError(FileNotFoundError):
    """The shared CORDIS files the demo needs are not where they were looked for."""


@dataclass(frozen=True)
class MappingRow:
    """One line of the topic to cluster mapping: the organisations of :data:`COUNTRY` with
    at least ``min_projects`` projects on the topic (or a narrower one) become derived
    members of the cluster."""

    topic_id: str
    cluster_id: str
    min_projects: int


def data_dir() -> Path:
    """The shared data folder, holding ``cordis-h2020/`` and ``cordis-horizon-europe/``.

    ``$CLUSTERGRAPH_DATA`` may name it, or one of those two folders (then its parent is
    used); without it, ``<repo>/../shared/data``.
    """
    configured = os.environ.get(DATA_ENV)
    if configured:
        base = Path(configured)
        candidates = [base, base.parent] if base.name in DATA_FOLDERS else [base]
    else:
        candidates = [REPO_ROOT.parent / "shared" / "data"]
    for candidate in candidates:
        if all(_gives(candidate / folder, name) for folder, name in DATA_FOLDERS.items()):
            return candidate
    wanted = ", ".join(f"{folder}/{name}" for folder, name in DATA_FOLDERS.items())
    looked = ", ".join(str(c) for c in candidates)
    raise DemoDataError(f"shared data ({wanted}) not found in {looked}; set {DATA_ENV}")


def _gives(folder: Path, name: str) -> bool:
    """Whether importing ``folder`` reads a file called ``name``."""
    return folder.is_dir() and any(path.name == name for path in expand([folder]))


def read_mapping(path: Path, report: ImportReport) -> list[MappingRow]:
    """The mapping rows of ``path``; malformed lines go to ``report``."""
    rows: list[MappingRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, cells in enumerate(csv.DictReader(handle), start=2):
            topic = (cells.get("topicId") or "").strip()
            cluster = (cells.get("clusterId") or "").strip()
            try:
                minimum = int((cells.get("minProjects") or "1").strip())
            except ValueError:
                report.reject(path.name, line, "minProjects is not a whole number")
                continue
            if not topic or not cluster or minimum < 1:
                report.reject(path.name, line, "needs topicId, clusterId, minProjects>=1")
                continue
            rows.append(MappingRow(topic, cluster, minimum))
    return rows


def derive_memberships(
    driver: Driver, database: str, mapping: list[MappingRow], report: ImportReport
) -> None:
    """Merge the derived ``MEMBER_OF`` relationships and drop stale derived ones.

    Only organisations of :data:`COUNTRY` are considered, and only with enough evidence
    (:data:`MIN_SHARE`, :data:`ENOUGH_PROJECTS`); official memberships (another ``source``)
    are never touched. The objectives that measure themselves are recomputed after.
    """
    rows = [
        {"topicId": m.topic_id, "clusterId": m.cluster_id, "minProjects": m.min_projects}
        for m in mapping
    ]
    records, summary, _ = driver.execute_query(
        query("demo_derive_memberships"),
        rows=rows,
        country=COUNTRY,
        minShare=MIN_SHARE,
        enoughProjects=ENOUGH_PROJECTS,
        database_=database,
    )
    keep = [[r["organizationId"], r["clusterId"]] for r in records]
    created = summary.counters.relationships_created
    counts = report.counts(MAPPING_FILE)
    counts.created += created
    counts.updated += len(keep) - created
    driver.execute_query(
        _PRUNE_DERIVED,
        clusterIds=sorted({m.cluster_id for m in mapping}),
        keep=keep,
        database_=database,
    )
    # Memberships changed: the cluster pages' stored figures and the objectives measured by an
    # indicator follow.
    refresh_clusters_and_objectives(driver, database)


def load_demo(
    driver: Driver,
    database: str,
    progress: bool = False,
    data: Path | None = None,
    country: str | None = COUNTRY,
) -> ImportReport:
    """Load the Luxembourg demo network into ``database``; safe to run again.

    Applies the schema, imports the Luxembourg network of Horizon 2020 and Horizon Europe
    from CORDIS (every project with a participant of ``country``, with all its participants;
    ``country=None``: the whole network of both programmes, for benchmarks), then the demo
    bundle (clusters, aliases, topics, placeholder governance, objectives), then derives
    memberships. ``data`` overrides where the shared data is (see :func:`data_dir`).
    """
    source = data if data is not None else data_dir()
    apply_schema(driver, database)
    report = import_cordis(
        driver,
        database,
        [source / folder for folder in DATA_FOLDERS],
        with_country=country,
        progress=progress,
    )
    # The bundle refers to CORDIS organisations (affiliations) and topics (cluster focus),
    # so it comes second.
    bundle = import_bundle(driver, database, BUNDLE_DIR, progress=progress)
    mapping = read_mapping(BUNDLE_DIR / MAPPING_FILE, bundle)
    derive_memberships(driver, database, mapping, bundle)
    return report.merge(bundle, prefix=f"{BUNDLE_DIR.name}/")
