"""The Luxembourg demo network: the six clusters of the Luxembourg Cluster Initiative, their
(placeholder) governance and objectives, the real Luxembourg H2020 collaboration network
from CORDIS, and cluster memberships derived from it.

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
from graph.schema import apply_schema
from importers.bundle import import_bundle
from importers.cordis import import_cordis
from importers.report import ImportReport, Rejection

BUNDLE_DIR = Path(__file__).resolve().parent / "demo_data"
MAPPING_FILE = "derived_membership_map.csv"
REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_ENV = "CLUSTERGRAPH_DATA"
CORDIS_FILES = ("participations.csv.gz", "organizations.csv", "programme_parts.csv.gz")
COUNTRY = "LU"

_PRUNE_DERIVED: LiteralString = (
    "MATCH (o:Organization)-[r:MEMBER_OF {source: 'derived'}]->(c:Cluster) "
    "WHERE c.id IN $clusterIds AND NOT [o.id, c.id] IN $keep "
    "DELETE r"
)


class DemoDataError(FileNotFoundError):
    """The shared CORDIS files the demo needs are not where they were looked for."""


@dataclass(frozen=True)
class MappingRow:
    """One line of the programme-part to cluster mapping."""

    programme_part: str
    cluster_id: str
    min_projects: int

    @property
    def topic_id(self) -> str:
        """The id the CORDIS importer gives the programme part's topic."""
        return f"h2020-part-{self.programme_part}"


def cordis_dir() -> Path:
    """Where the shared CORDIS H2020 files are.

    ``$CLUSTERGRAPH_DATA`` may name the ``cordis-h2020`` folder itself or the data folder
    holding it; without it, ``<repo>/../shared/data/cordis-h2020``.
    """
    configured = os.environ.get(DATA_ENV)
    if configured:
        base = Path(configured)
        candidates = [base, base / "cordis-h2020"]
    else:
        candidates = [REPO_ROOT.parent / "shared" / "data" / "cordis-h2020"]
    for candidate in candidates:
        if all((candidate / name).is_file() for name in CORDIS_FILES):
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise DemoDataError(
        f"CORDIS files {', '.join(CORDIS_FILES)} not found in {looked}; set {DATA_ENV}"
    )


def read_mapping(path: Path, report: ImportReport) -> list[MappingRow]:
    """The mapping rows of ``path``; malformed lines go to ``report``."""
    rows: list[MappingRow] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, cells in enumerate(csv.DictReader(handle), start=2):
            part = (cells.get("programmePart") or "").strip()
            cluster = (cells.get("clusterId") or "").strip()
            try:
                minimum = int((cells.get("minProjects") or "1").strip())
            except ValueError:
                report.reject(path.name, line, "minProjects is not a whole number")
                continue
            if not part or not cluster or minimum < 1:
                report.reject(path.name, line, "needs programmePart, clusterId, minProjects>=1")
                continue
            rows.append(MappingRow(part, cluster, minimum))
    return rows


def derive_memberships(
    driver: Driver, database: str, mapping: list[MappingRow], report: ImportReport
) -> None:
    """Merge the derived ``MEMBER_OF`` relationships and drop stale derived ones.

    Only organisations of :data:`COUNTRY` are considered; official memberships (another
    ``source``) are never touched.
    """
    rows = [
        {
            "programmePart": m.programme_part,
            "topicId": m.topic_id,
            "clusterId": m.cluster_id,
            "minProjects": m.min_projects,
        }
        for m in mapping
    ]
    records, summary, _ = driver.execute_query(
        query("demo_derive_memberships"), rows=rows, country=COUNTRY, database_=database
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


def load_demo(
    driver: Driver, database: str, progress: bool = False, data_dir: Path | None = None
) -> ImportReport:
    """Load the Luxembourg demo network into ``database``; safe to run again.

    Applies the schema, imports the Luxembourg H2020 network from CORDIS (every project with
    a Luxembourg participant, with all its participants), then the demo bundle (clusters,
    aliases, topics, placeholder governance, objectives), then derives memberships.
    ``data_dir`` overrides where the CORDIS files are (see :func:`cordis_dir`).
    """
    source = data_dir if data_dir is not None else cordis_dir()
    apply_schema(driver, database)
    report = import_cordis(
        driver,
        database,
        [source / name for name in CORDIS_FILES],
        with_country=COUNTRY,
        progress=progress,
    )
    # The bundle refers to CORDIS organisations (affiliations) and programme-part topics
    # (cluster focus), so it comes second.
    bundle = import_bundle(driver, database, BUNDLE_DIR, progress=progress)
    mapping = read_mapping(BUNDLE_DIR / MAPPING_FILE, bundle)
    derive_memberships(driver, database, mapping, bundle)
    return report.merge(_prefixed(bundle, f"{BUNDLE_DIR.name}/"))


def _prefixed(report: ImportReport, prefix: str) -> ImportReport:
    """``report`` with ``prefix`` before every file name (the CORDIS and demo files share
    names such as ``organizations.csv``)."""
    renamed = ImportReport()
    for file, counts in report.files.items():
        renamed.counts(prefix + file).add(counts)
    renamed.rejections.extend(
        Rejection(prefix + r.file, r.line, r.reason) for r in report.rejections
    )
    return renamed
