"""Import the project's own CSV bundle (see ``docs/bundle-format.md``).

Files load in an order that respects references: nodes first, then the relationships
between them. Each row is checked in Python (required fields, enums, dates, numbers, known
ids) before anything is written; a bad row is reported with its line number and the good
rows are still imported.
"""

from __future__ import annotations

import csv
import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, LiteralString

from neo4j import Driver

from graph.derived import refresh_derived
from graph.facts import RESOLVE, manual
from graph.indicators import BY_ID, POPULATIONS
from graph.objectives import refresh_clusters_and_objectives
from graph.schema import SEARCH_NAMES_OF, apply_schema
from graph.values import clean_name, country_code, website
from importers.report import ImportReport
from importers.writer import Reporter, Row, existing_ids, reporter, write_rows

Parser = Callable[[str], object]

KIND_LABELS: dict[str, LiteralString] = {
    "COMPANY": "Company",
    "RESEARCH_INSTITUTION": "ResearchInstitution",
    "PUBLIC_ACTOR": "PublicActor",
    "OTHER": "OtherActor",
}
# Neo4j lists cannot hold null: an alias without a start or end date gets these.
OPEN_SINCE = datetime.date(1, 1, 1)
OPEN_UNTIL = datetime.date(9999, 12, 31)


def text(value: str) -> str:
    """The cell as it is."""
    return value


def date(value: str) -> datetime.date:
    """An ISO date, YYYY-MM-DD."""
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def number(value: str) -> float:
    """A decimal number with a dot."""
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a number") from None


def boolean(value: str) -> bool:
    """true/false (also 1/0, yes/no), in any case."""
    lowered = value.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise ValueError(f"{value!r} is not true or false")


def id_list(value: str) -> list[str]:
    """Ids separated by ``;``."""
    return [item.strip() for item in value.split(";") if item.strip()]


def enum(*values: str) -> Parser:
    """A parser that accepts only ``values``."""

    def parse(value: str) -> str:
        if value not in values:
            raise ValueError(f"{value!r} is not one of {', '.join(values)}")
        return value

    return parse


@dataclass(frozen=True)
class Column:
    """One CSV column: how to parse it and whether it must have a value.

    An ``optional`` column may be missing from the header; then the file leaves that
    property as it is (older bundles stay valid)."""

    name: str
    parse: Parser = text
    required: bool = False
    default: str = ""
    optional: bool = False


@dataclass(frozen=True)
class FileSpec:
    """A bundle file: its columns, the ids it refers to, and the query that writes it.

    ``key`` names the id column of a node file; ``refs`` maps a column to the label of the
    node it refers to. The query receives rows of ``{key or from/to..., props}``.
    """

    name: str
    columns: tuple[Column, ...]
    query: LiteralString
    key: str | None = None
    refs: tuple[tuple[str, str], ...] = ()
    counts: str = "nodes"


def _node_query(label: LiteralString) -> LiteralString:
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def _link_query(
    start: LiteralString, rel: LiteralString, end: LiteralString, merge_key: LiteralString = ""
) -> LiteralString:
    return (
        f"UNWIND $rows AS row MATCH (a:{start} {{id: row.a}}) MATCH (b:{end} {{id: row.b}}) "
        f"MERGE (a)-[r:{rel}{merge_key}]->(b) SET r += row.props"
    )


# The kind labels follow kindManual (organization_resolve.cypher runs after this query).
_ORGANIZATION_QUERY: LiteralString = (
    "UNWIND $rows AS row MERGE (n:Organization {id: row.id}) SET n += row.props"
)


# The files that write names, and the label whose names search reads again after them
# (organisations get theirs as their facts are resolved).
_NAMED = {"clusters.csv": "Cluster", "cluster_aliases.csv": "Cluster", "topics.csv": "Topic"}
_ALIAS_QUERY: LiteralString = (
    "UNWIND $rows AS row MATCH (n:Cluster {id: row.id}) "
    "SET n.aliasNames = row.names, n.aliasSince = row.since, n.aliasUntil = row.until"
)
_OBJECTIVE_QUERY: LiteralString = (
    "UNWIND $rows AS row MATCH (c:Cluster {id: row.a}) MERGE (n:Objective {id: row.id}) "
    "SET n += row.props MERGE (c)-[:HAS_OBJECTIVE]->(n)"
)
_INITIATIVE_OBJECTIVE_QUERY: LiteralString = (
    "UNWIND $rows AS row MATCH (i:Initiative {id: row.a}) MERGE (n:Objective {id: row.id}) "
    "SET n += row.props MERGE (i)-[:HAS_OBJECTIVE]->(n)"
)
_MEASUREMENT_QUERY: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Objective {id: row.a}) MERGE (n:Measurement {id: row.id}) "
    "SET n += row.props MERGE (o)-[:HAS_MEASUREMENT]->(n)"
)

_ID = Column("id", required=True)
# An objective's columns, for a cluster's and for the initiative's; one that names an
# indicator measures itself (graph.objectives).
_OBJECTIVE_COLUMNS = (
    Column("metric", required=True),
    Column("target", number),
    Column("unit"),
    Column("deadline", date),
    Column("planArea"),
    Column("description"),
    Column("indicator", enum(*BY_ID), optional=True),
    Column("population", enum(*POPULATIONS), optional=True),
    Column("since", date, optional=True),
)

SPECS: tuple[FileSpec, ...] = (
    FileSpec(
        "organizations.csv",
        (
            _ID,
            Column("name", clean_name),
            Column("shortName", clean_name),
            Column("kind", enum(*KIND_LABELS)),
            Column("country", country_code),
            Column("city"),
            Column("website", website),
            Column("description"),
            Column("sme", boolean),
            Column("pic"),
            Column("region", optional=True),
            Column("source", enum("api"), optional=True),
            Column("owners", id_list, optional=True),
        ),
        _ORGANIZATION_QUERY,
        key="id",
    ),
    FileSpec(
        "clusters.csv",
        (
            _ID,
            Column("name", clean_name, required=True),
            Column("sector"),
            Column("launchDate", date),
            Column("description"),
        ),
        _node_query("Cluster"),
        key="id",
    ),
    FileSpec(
        "cluster_aliases.csv",
        (
            Column("clusterId", required=True),
            Column("name", required=True),
            Column("since", date),
            Column("until", date),
        ),
        _ALIAS_QUERY,
        refs=(("clusterId", "Cluster"),),
        counts="none",
    ),
    FileSpec(
        "topics.csv",
        (_ID, Column("name", required=True), Column("code"), Column("description")),
        _node_query("Topic"),
        key="id",
    ),
    FileSpec(
        "cluster_topics.csv",
        (Column("clusterId", required=True), Column("topicId", required=True)),
        _link_query("Cluster", "FOCUSES_ON", "Topic"),
        refs=(("clusterId", "Cluster"), ("topicId", "Topic")),
        counts="relationships",
    ),
    FileSpec(
        "memberships.csv",
        (
            Column("organizationId", required=True),
            Column("clusterId", required=True),
            Column("since", date),
            Column("until", date),
            Column("role"),
            Column("source", enum("official", "derived", "api"), default="official"),
        ),
        _link_query("Organization", "MEMBER_OF", "Cluster"),
        refs=(("organizationId", "Organization"), ("clusterId", "Cluster")),
        counts="relationships",
    ),
    FileSpec(
        "projects.csv",
        (
            _ID,
            Column("acronym"),
            Column("title"),
            Column("programme"),
            Column("startDate", date),
            Column("endDate", date),
            Column("totalCost", number),
            Column("flagship", boolean, default="false"),
        ),
        _node_query("Project"),
        key="id",
    ),
    FileSpec(
        "project_clusters.csv",
        (Column("projectId", required=True), Column("clusterId", required=True)),
        _link_query("Project", "PART_OF", "Cluster"),
        refs=(("projectId", "Project"), ("clusterId", "Cluster")),
        counts="relationships",
    ),
    FileSpec(
        "project_topics.csv",
        (Column("projectId", required=True), Column("topicId", required=True)),
        _link_query("Project", "ADDRESSES", "Topic"),
        refs=(("projectId", "Project"), ("topicId", "Topic")),
        counts="relationships",
    ),
    FileSpec(
        "participations.csv",
        (
            Column("organizationId", required=True),
            Column("projectId", required=True),
            Column("role", enum("COORDINATOR", "PARTNER"), required=True),
            Column("contribution", number),
            Column("source", enum("api"), optional=True),
        ),
        _link_query("Organization", "PARTICIPATES_IN", "Project"),
        refs=(("organizationId", "Organization"), ("projectId", "Project")),
        counts="relationships",
    ),
    FileSpec(
        "competences.csv",
        (
            Column("organizationId", required=True),
            Column("topicId", required=True),
            Column("weight", number, required=True),
            Column("source", default="curated"),
        ),
        _link_query("Organization", "HAS_COMPETENCE", "Topic", " {source: row.props.source}"),
        refs=(("organizationId", "Organization"), ("topicId", "Topic")),
        counts="relationships",
    ),
    FileSpec(
        "people.csv",
        (
            _ID,
            Column("name", required=True),
            Column("email"),
            Column("phone"),
            Column("placeholder", boolean, default="false"),
        ),
        _node_query("Person"),
        key="id",
    ),
    FileSpec(
        "roles.csv",
        (
            Column("personId", required=True),
            Column("clusterId", required=True),
            Column("role", enum("PRESIDENT", "VICE_PRESIDENT", "CLUSTER_MANAGER"), required=True),
            Column("since", date),
            Column("until", date),
        ),
        _link_query("Person", "HOLDS_ROLE", "Cluster", " {role: row.props.role}"),
        refs=(("personId", "Person"), ("clusterId", "Cluster")),
        counts="relationships",
    ),
    FileSpec(
        "affiliations.csv",
        (Column("personId", required=True), Column("organizationId", required=True)),
        _link_query("Person", "AFFILIATED_WITH", "Organization"),
        refs=(("personId", "Person"), ("organizationId", "Organization")),
        counts="relationships",
    ),
    FileSpec(
        "initiatives.csv",
        (
            _ID,
            Column("name", required=True),
            Column("launchDate", date),
            Column("operator"),
            Column("description"),
        ),
        _node_query("Initiative"),
        key="id",
    ),
    FileSpec(
        "initiative_clusters.csv",
        (Column("clusterId", required=True), Column("initiativeId", required=True)),
        _link_query("Cluster", "IN_INITIATIVE", "Initiative"),
        refs=(("clusterId", "Cluster"), ("initiativeId", "Initiative")),
        counts="relationships",
    ),
    FileSpec(
        "objectives.csv",
        (_ID, Column("clusterId", required=True), *_OBJECTIVE_COLUMNS),
        _OBJECTIVE_QUERY,
        key="id",
        refs=(("clusterId", "Cluster"),),
    ),
    FileSpec(
        "initiative_objectives.csv",
        (
            _ID,
            Column("initiativeId", required=True),
            *_OBJECTIVE_COLUMNS,
            Column("fromClusters", boolean, default="false"),
        ),
        _INITIATIVE_OBJECTIVE_QUERY,
        key="id",
        refs=(("initiativeId", "Initiative"),),
    ),
    FileSpec(
        "measurements.csv",
        (
            _ID,
            Column("objectiveId", required=True),
            Column("date", date, required=True),
            Column("value", number, required=True),
            Column("illustrative", boolean, default="false"),
            Column("note"),
            Column("recordedBy", optional=True),
            Column("recordedOn", date, optional=True),
        ),
        _MEASUREMENT_QUERY,
        key="id",
        refs=(("objectiveId", "Objective"),),
    ),
)


@dataclass
class ParsedRow:
    """A valid row: its line number and its values by column name."""

    line: int
    values: dict[str, Any]


def parse_row(
    spec: FileSpec, cells: dict[str, str | None], header: Sequence[str] | None = None
) -> dict[str, Any]:
    """The row's values parsed by column (optional columns missing from ``header`` left
    out); raises ValueError naming the bad column."""
    values: dict[str, Any] = {}
    for column in spec.columns:
        if column.optional and header is not None and column.name not in header:
            continue
        raw = (cells.get(column.name) or "").strip() or column.default
        if not raw:
            if column.required:
                raise ValueError(f"{column.name} is required")
            values[column.name] = None
            continue
        try:
            values[column.name] = column.parse(raw)
        except ValueError as exc:
            raise ValueError(f"{column.name}: {exc}") from None
    return values


def read_file(spec: FileSpec, path: Path, report: ImportReport) -> list[ParsedRow]:
    """Every valid row of ``path``; bad ones go to ``report`` with their line number."""
    rows: list[ParsedRow] = []
    seen: dict[str, int] = {}
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        header = list(reader.fieldnames or [])
        missing = [c.name for c in spec.columns if not c.optional and c.name not in header]
        if missing:
            report.reject(spec.name, 1, f"header lacks column(s): {', '.join(missing)}")
            return rows
        line = 1
        for cells in reader:
            start, line = line + 1, reader.line_num
            if None in cells:
                report.reject(spec.name, start, "more fields than the header")
                continue
            try:
                values = parse_row(spec, cells, header)
            except ValueError as exc:
                report.reject(spec.name, start, str(exc))
                continue
            if spec.key is not None:
                first = seen.setdefault(values[spec.key], start)
                if first != start:
                    report.reject(spec.name, start, f"duplicate id (first on line {first})")
                    continue
            rows.append(ParsedRow(start, values))
    return rows


class BundleImport:
    """One run of the bundle importer over a directory."""

    def __init__(
        self, driver: Driver, database: str, until: datetime.date | None, out: Reporter
    ) -> None:
        self.driver = driver
        self.database = database
        self.until = until
        self.out = out
        self.report = ImportReport()
        self.late_projects: set[str] = set()

    def run(self, directory: Path) -> ImportReport:
        """Import every bundle file present in ``directory``, in reference order."""
        for spec in SPECS:
            path = directory / spec.name
            if path.is_file():
                self.load(spec, path)
        if (directory / "participations.csv").is_file():
            refresh_derived(self.driver, self.database)
        refresh_clusters_and_objectives(self.driver, self.database)
        return self.report

    def load(self, spec: FileSpec, path: Path) -> None:
        """Read, check and write one file."""
        rows = read_file(spec, path, self.report)
        rows = self.drop_late(spec, rows)
        rows = self.check_refs(spec, rows)
        if spec.name == "organizations.csv":
            self.write_organizations(rows)
        elif spec.name == "cluster_aliases.csv":
            self.write_aliases(rows)
        else:
            self.write(spec, spec.query, [_payload(spec, r.values) for r in rows])
        named = _NAMED.get(spec.name)
        if named is not None and rows:
            key = "clusterId" if spec.name == "cluster_aliases.csv" else "id"
            ids = list(dict.fromkeys(str(r.values[key]) for r in rows))
            with self.driver.session(database=self.database) as session:
                session.run(SEARCH_NAMES_OF[named], ids=ids).consume()

    def drop_late(self, spec: FileSpec, rows: list[ParsedRow]) -> list[ParsedRow]:
        """With ``until``, leave out projects starting on or after it and rows about them."""
        if self.until is None:
            return rows
        kept: list[ParsedRow] = []
        for row in rows:
            if self.is_late(spec, row.values):
                self.report.counts(spec.name).skipped += 1
            else:
                kept.append(row)
        return kept

    def is_late(self, spec: FileSpec, values: dict[str, Any]) -> bool:
        """True for a project starting on or after ``until``, or a row about one."""
        if spec.name != "projects.csv":
            return values.get("projectId") in self.late_projects
        start = values["startDate"]
        if self.until is not None and start is not None and start >= self.until:
            self.late_projects.add(values["id"])
            return True
        return False

    def check_refs(self, spec: FileSpec, rows: list[ParsedRow]) -> list[ParsedRow]:
        """Reject rows that refer to an id that is not in the graph."""
        for column, label in spec.refs:
            ids = [r.values[column] for r in rows]
            known = existing_ids(self.driver, self.database, label, ids)
            kept = []
            for row in rows:
                value = row.values[column]
                if value in known:
                    kept.append(row)
                else:
                    self.report.reject(spec.name, row.line, f"unknown {label} id {value!r}")
            rows = kept
        return rows

    def write(self, spec: FileSpec, query: LiteralString, rows: Sequence[Row]) -> None:
        """Write ``rows`` and count created and updated rows for ``spec``'s file."""
        if not rows:
            return
        written = write_rows(self.driver, self.database, query, rows, self.out, spec.name)
        created = {"nodes": written.nodes, "relationships": written.relationships}
        counts = self.report.counts(spec.name)
        counts.created += created.get(spec.counts, 0)
        counts.updated += len(rows) - created.get(spec.counts, 0)

    def write_organizations(self, rows: list[ParsedRow]) -> None:
        """Organisations. The bundle's facts are the manual ones (``graph.facts``): they
        come before any CORDIS source; the shown facts and kind labels are resolved after."""
        spec = SPECS[0]
        self.write(spec, spec.query, [_organization_payload(r.values) for r in rows])
        ids = [str(r.values["id"]) for r in rows]
        with self.driver.session(database=self.database) as session:
            session.run(RESOLVE, ids=ids).consume()

    def write_aliases(self, rows: list[ParsedRow]) -> None:
        """Aliases, gathered per cluster into the parallel lists of the graph model."""
        by_cluster: dict[str, Row] = {}
        for row in rows:  # in file order: the oldest name first
            entry = by_cluster.setdefault(
                row.values["clusterId"],
                {"id": row.values["clusterId"], "names": [], "since": [], "until": []},
            )
            entry["names"].append(row.values["name"])
            entry["since"].append(row.values["since"] or OPEN_SINCE)
            entry["until"].append(row.values["until"] or OPEN_UNTIL)
        spec = next(s for s in SPECS if s.name == "cluster_aliases.csv")
        self.write(spec, spec.query, list(by_cluster.values()))


def _payload(spec: FileSpec, values: dict[str, Any]) -> Row:
    """The query's row: ``id`` or the two ends ``a``/``b``, and the other values as props."""
    ends = [column for column, _ in spec.refs]
    row: Row = {}
    if spec.key is not None:
        row["id"] = values[spec.key]
        if ends:
            row["a"] = values[ends[0]]
    elif len(ends) == 2:
        row["a"], row["b"] = values[ends[0]], values[ends[1]]
    skip = {spec.key, *ends, "kind"}
    row["props"] = {k: v for k, v in values.items() if k not in skip}
    return row


def _organization_payload(values: dict[str, Any]) -> Row:
    """An organisation's row: its facts as manual copies, an empty kind removing the
    manual kind, and the API origin (source, owning clusters) only when given."""
    row = _payload(SPECS[0], values)
    props = row["props"]
    owners = props.pop("owners", None)
    if owners:
        props["ownerClusterIds"] = owners
    if props.get("source") is None:
        props.pop("source", None)
    kind = values["kind"]
    row["props"] = manual(props, KIND_LABELS[kind] if kind else None)
    if kind is None:
        row["props"]["kindManual"] = None
    return row


def import_bundle(
    driver: Driver,
    database: str,
    directory: Path,
    until: datetime.date | None = None,
    progress: bool = False,
) -> ImportReport:
    """Import the bundle in ``directory`` into ``database``.

    Every file is optional. With ``until``, projects that start on or after that date are
    left out, with the rows that refer to them. The schema is applied first; rejected rows
    are listed in the report while the good rows are imported.
    """
    if not directory.is_dir():
        raise FileNotFoundError(f"no bundle directory at {directory}")
    apply_schema(driver, database)
    with reporter(progress) as out:
        return BundleImport(driver, database, until, out).run(directory)
