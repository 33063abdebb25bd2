"""What an import did: counts per file, the rejected rows, and the graph's totals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import LiteralString

from neo4j import Driver
from rich.table import Table

_NODE_COUNTS: LiteralString = (
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label"
)
_RELATIONSHIP_COUNTS: LiteralString = (
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type"
)


@dataclass(frozen=True)
class Rejection:
    """One input row that was not imported: where it is and why."""

    file: str
    line: int
    reason: str


@dataclass
class FileCounts:
    """Rows of one file: created (new in the graph), updated (already there), rejected,
    and skipped (left out on purpose, e.g. by ``--until`` or a country filter)."""

    created: int = 0
    updated: int = 0
    rejected: int = 0
    skipped: int = 0

    def add(self, other: FileCounts) -> None:
        """Add another file's counts to these."""
        self.created += other.created
        self.updated += other.updated
        self.rejected += other.rejected
        self.skipped += other.skipped


@dataclass
class ImportReport:
    """Counts per file and every rejected row; ``ok`` is False when any row was rejected."""

    files: dict[str, FileCounts] = field(default_factory=dict)
    rejections: list[Rejection] = field(default_factory=list)

    def counts(self, file: str) -> FileCounts:
        """The counts of ``file``, created empty on first use."""
        return self.files.setdefault(file, FileCounts())

    def reject(self, file: str, line: int, reason: str) -> None:
        """Record a rejected row of ``file`` at ``line`` (1 is the header)."""
        self.rejections.append(Rejection(file, line, reason))
        self.counts(file).rejected += 1

    def merge(self, other: ImportReport) -> ImportReport:
        """A new report holding the counts and rejections of both."""
        merged = ImportReport()
        for report in (self, other):
            for file, counts in report.files.items():
                merged.counts(file).add(counts)
            merged.rejections.extend(report.rejections)
        return merged

    @property
    def ok(self) -> bool:
        """True when no row was rejected."""
        return not self.rejections

    def table(self) -> Table:
        """A rich table with one line per file."""
        table = Table(title="Import summary")
        table.add_column("file")
        for column in ("created", "updated", "skipped", "rejected"):
            table.add_column(column, justify="right")
        for file, c in self.files.items():
            table.add_row(file, str(c.created), str(c.updated), str(c.skipped), str(c.rejected))
        return table

    def rejections_table(self, limit: int = 50) -> Table:
        """A rich table of the first ``limit`` rejected rows: file, line and reason."""
        table = Table(title=f"Rejected rows ({len(self.rejections)})")
        table.add_column("file")
        table.add_column("line", justify="right")
        table.add_column("reason")
        for rejection in self.rejections[:limit]:
            table.add_row(rejection.file, str(rejection.line), rejection.reason)
        if len(self.rejections) > limit:
            table.add_row("...", "", f"{len(self.rejections) - limit} more")
        return table


def graph_stats(driver: Driver, database: str) -> dict[str, dict[str, int]]:
    """Node counts by label and relationship counts by type, each sorted by name."""
    with driver.session(database=database) as session:
        nodes = {r["label"]: r["count"] for r in session.run(_NODE_COUNTS)}
        relationships = {r["type"]: r["count"] for r in session.run(_RELATIONSHIP_COUNTS)}
    return {"nodes": nodes, "relationships": relationships}
