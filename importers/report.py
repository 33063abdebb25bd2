"""What an import did: counts per file, the rows it rejected or warned about, and the graph's
totals.

A *rejected* row should have been imported but could not be (a malformed number, a wrong
field count): the import fails (exit code 2). A *warning* is a well-formed row that carries
nothing importable (a name without the PIC that would attach it): it is reported, and the
import still succeeds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, LiteralString

from neo4j import Driver
from rich.table import Table

from graph.cypher import query

_NODE_COUNTS: LiteralString = (
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label"
)
_RELATIONSHIP_COUNTS: LiteralString = (
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type"
)


@dataclass(frozen=True)
class RowIssue:
    """One input row that was rejected or warned about: where it is and why."""

    file: str
    line: int
    reason: str


@dataclass
class FileCounts:
    """Rows of one file: created (new in the graph), updated (already there), skipped (left
    out on purpose, e.g. by ``--until``, or about nodes not in the graph), warned (nothing
    importable) and rejected."""

    created: int = 0
    updated: int = 0
    skipped: int = 0
    warned: int = 0
    rejected: int = 0

    def add(self, other: FileCounts) -> None:
        """Add another file's counts to these."""
        self.created += other.created
        self.updated += other.updated
        self.skipped += other.skipped
        self.warned += other.warned
        self.rejected += other.rejected


@dataclass
class ImportReport:
    """Counts per file, every rejected row and every warning; ``ok`` is False when any row
    was rejected."""

    files: dict[str, FileCounts] = field(default_factory=dict)
    rejections: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)

    def counts(self, file: str) -> FileCounts:
        """The counts of ``file``, created empty on first use."""
        return self.files.setdefault(file, FileCounts())

    def reject(self, file: str, line: int, reason: str) -> None:
        """Record a rejected row of ``file`` at ``line`` (1 is the header)."""
        self.rejections.append(RowIssue(file, line, reason))
        self.counts(file).rejected += 1

    def warn(self, file: str, line: int, reason: str) -> None:
        """Record a row of ``file`` at ``line`` that carries nothing importable."""
        self.warnings.append(RowIssue(file, line, reason))
        self.counts(file).warned += 1

    def merge(self, other: ImportReport, prefix: str = "") -> ImportReport:
        """A new report holding the counts and rows of both; ``prefix`` goes before the
        file names of ``other`` (two sources may both have an ``organizations.csv``)."""
        merged = ImportReport()
        for report, before in ((self, ""), (other, prefix)):
            for file, counts in report.files.items():
                merged.counts(before + file).add(counts)
            merged.rejections.extend(
                RowIssue(before + r.file, r.line, r.reason) for r in report.rejections
            )
            merged.warnings.extend(
                RowIssue(before + w.file, w.line, w.reason) for w in report.warnings
            )
        return merged

    @property
    def ok(self) -> bool:
        """True when no row was rejected (warnings do not count)."""
        return not self.rejections

    def table(self) -> Table:
        """A rich table with one line per file."""
        table = Table(title="Import summary")
        table.add_column("file")
        for column in ("created", "updated", "skipped", "warnings", "rejected"):
            table.add_column(column, justify="right")
        for file, c in self.files.items():
            cells = (c.created, c.updated, c.skipped, c.warned, c.rejected)
            table.add_row(file, *(str(n) for n in cells))
        return table

    def issues_table(self, rows: list[RowIssue], title: str, limit: int = 50) -> Table:
        """A rich table of the first ``limit`` of ``rows``: file, line and reason."""
        table = Table(title=f"{title} ({len(rows)})")
        table.add_column("file")
        table.add_column("line", justify="right")
        table.add_column("reason")
        for row in rows[:limit]:
            table.add_row(row.file, str(row.line), row.reason)
        if len(rows) > limit:
            table.add_row("...", "", f"{len(rows) - limit} more")
        return table


def graph_stats(driver: Driver, database: str) -> dict[str, dict[str, Any]]:
    """Node counts by label and relationship counts by type, each sorted by name, and per
    programme (H2020, HORIZON, ...) its projects, participations and organisations with their
    coverage (``stats_programmes.cypher``): ``titledProjects``, ``datedProjects``,
    ``withRole``, ``withNamedOrganization``, ``withTitledProject``,
    ``organizationsWithKind``, ``organizationsWithSme``."""
    with driver.session(database=database) as session:
        nodes = {r["label"]: r["count"] for r in session.run(_NODE_COUNTS)}
        relationships = {r["type"]: r["count"] for r in session.run(_RELATIONSHIP_COUNTS)}
        programmes = {
            r["programme"]: {k: v for k, v in dict(r).items() if k != "programme"}
            for r in session.run(query("stats_programmes"))
        }
    return {"nodes": nodes, "relationships": relationships, "programmes": programmes}
