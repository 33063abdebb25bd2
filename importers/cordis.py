"""Import CORDIS files, Horizon 2020 and Horizon Europe (see ``docs/cordis-import.md``).

Each file is recognised by its header (``importers.cordis_formats``), alone or together
with others, in any order. Organisations become ``pic-<pic>`` (the same PIC in both
programmes: one node), Horizon 2020 projects ``h2020-<rcn>`` (or ``h2020-grant-<id>`` from
the official download when no ``rcn`` is known), Horizon Europe projects ``he-<grant id>``.
Themes become topics at several grains: programme parts (``h2020-part-SC4``,
``he-part-CL5``), H2020 thematic areas (``h2020-area-space``), call topics
(``call-DT-ICT-08-2019``) inside their families (``call-family-DT-ICT``), and euroSciVoc
fields of science (``esv-23-47-307``) inside broader fields. The derived properties are
recomputed at the end (an organisation's competences are derived from its projects when read,
never stored).
"""

from __future__ import annotations

import datetime
import gc
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import LiteralString

from neo4j import Driver, ManagedTransaction

from graph.batches import chunked, write_batches
from graph.cypher import query
from graph.derived import refresh_derived
from graph.facts import RESOLVE
from graph.objectives import refresh_clusters_and_objectives
from graph.schema import apply_schema
from graph.shapes import FAMILY_NAMED
from graph.values import country_code
from importers import calls
from importers.cordis_formats import (
    Facts,
    Format,
    GrantFacts,
    NothingToImport,
    Participation,
    parse_call_topic,
    parse_field,
    parse_h2020_participation,
    parse_horizon_organization,
    parse_horizon_participation,
    parse_horizon_project,
    parse_link,
    parse_names,
    parse_official,
    parse_part,
    parse_project,
    parse_supplement,
    recognise,
    stronger_role,
)
from importers.csvfiles import Table, UnreadableFile, open_table, records
from importers.report import ImportReport
from importers.writer import Reporter, Row, existing_ids, reporter, write_rows

# programme_part value -> (code used in the topic id, readable name)
PROGRAMME_PARTS: dict[str, tuple[str, str]] = {
    "ERC": ("ERC", "European Research Council: frontier research"),
    "MSCA": ("MSCA", "Marie Skłodowska-Curie actions: researchers' skills and mobility"),
    "FET": ("FET", "Future and emerging technologies"),
    "RI": ("RI", "European research infrastructures, including e-infrastructures"),
    "LEIT": ("LEIT", "Leadership in enabling and industrial technologies"),
    "ARF": ("ARF", "Access to risk finance"),
    "Innovation in SMEs": ("SME", "Innovation in SMEs"),
    "SC1": ("SC1", "Health, demographic change and wellbeing"),
    "SC2": (
        "SC2",
        "Food security, sustainable agriculture and forestry, marine, maritime "
        "and inland water research, and the bioeconomy",
    ),
    "SC3": ("SC3", "Secure, clean and efficient energy"),
    "SC4": ("SC4", "Smart, green and integrated transport"),
    "SC5": ("SC5", "Climate action, environment, resource efficiency and raw materials"),
    "SC6": ("SC6", "Europe in a changing world: inclusive, innovative and reflective societies"),
    "SC7": ("SC7", "Secure societies: protecting freedom and security of Europe and its citizens"),
    "SEWP": ("SEWP", "Spreading excellence and widening participation"),
    "SWAFS": ("SWAFS", "Science with and for society"),
    "Euratom": ("Euratom", "Euratom research and training programme"),
    "EIT": ("EIT", "European Institute of Innovation and Technology"),
    "JRC": ("JRC", "Direct actions of the Joint Research Centre"),
}
CSV_SUFFIXES = (".csv", ".csv.gz")
# A data snapshot inside a folder (``cordis-horizon-europe/2025-12``): its files supersede
# the folder's own.
SNAPSHOT = re.compile(r"\d{4}-\d{2}(-\d{2})?")
# Organisations written and resolved per transaction.
RESOLVE_BATCH = 5000
# Rows of a grant table written at once: two transactions of 10,000 projects, at once.
GRANT_PART = 20_000
# Transactions at once for writes of one row per node (organisations, projects): they never
# wait for each other, and Neo4j works on two cores.
WRITERS = 2

_ORGANIZATIONS: LiteralString = (
    "UNWIND $rows AS row MERGE (o:Organization {id: row.id}) "
    "ON CREATE SET o.source = 'cordis' "
    "SET o.pic = row.pic, o += row.facts, "
    "o.sources = reduce(s = coalesce(o.sources, []), x IN row.sources | "
    "CASE WHEN x IN s THEN s ELSE s + x END)"
)
_FACTS: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Organization {id: row.id}) SET o += row.facts, "
    "o.sources = CASE WHEN row.source IN coalesce(o.sources, []) THEN o.sources "
    "ELSE coalesce(o.sources, []) + row.source END"
)
_PROJECTS: LiteralString = "UNWIND $rows AS row MERGE (n:Project {id: row.id}) SET n += row.props"
_PROJECT_FACTS: LiteralString = (
    "UNWIND $rows AS row MATCH (n:Project {id: row.id}) SET n += row.props"
)
# A participation set through the API (source 'api') keeps its role and contribution.
_PARTICIPATIONS: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Organization {id: row.a}) MATCH (p:Project {id: row.b}) "
    "MERGE (o)-[r:PARTICIPATES_IN]->(p) "
    "SET r.role = CASE r.source WHEN 'api' THEN r.role ELSE row.role END, "
    "r.contribution = CASE r.source WHEN 'api' THEN r.contribution ELSE row.contribution END, "
    "r.cordisRole = CASE r.source WHEN 'api' THEN r.cordisRole ELSE row.cordisRole END"
)
# The same links for projects that this run created, which cannot have any yet: CREATE,
# which skips MERGE's search for an existing relationship (about 2.5x faster).
_NEW_PARTICIPATIONS: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Organization {id: row.a}) MATCH (p:Project {id: row.b}) "
    "CREATE (o)-[:PARTICIPATES_IN {role: row.role, contribution: row.contribution, "
    "cordisRole: row.cordisRole}]->(p)"
)
# A table that lists every participant of its projects (the complete Horizon Europe data)
# removes the participations an earlier import gave those projects and it no longer lists
# (e.g. organisations of the partial slice that left); those set through the API stay.
_STALE_PARTICIPATIONS: LiteralString = (
    "UNWIND $rows AS row MATCH (p:Project {id: row.id})<-[r:PARTICIPATES_IN]-(o:Organization) "
    "WHERE NOT o.id IN row.organizations AND coalesce(r.source, '') <> 'api' DELETE r"
)
_TOPICS: LiteralString = (
    "UNWIND $rows AS row MERGE (t:Topic {id: row.id}) "
    "SET t.kind = row.kind, t.name = row.name, t.code = row.code, "
    "t.description = coalesce(row.description, t.description), t.source = 'cordis'"
)
_BROADER: LiteralString = (
    "UNWIND $rows AS row MATCH (a:Topic {id: row.a}) MATCH (b:Topic {id: row.b}) "
    "MERGE (a)-[:BROADER]->(b)"
)
_ADDRESSES: LiteralString = (
    "UNWIND $rows AS row MATCH (p:Project {id: row.a}) MATCH (t:Topic {id: row.b}) "
    "MERGE (p)-[:ADDRESSES]->(t)"
)
_NEW_ADDRESSES: LiteralString = (
    "UNWIND $rows AS row MATCH (p:Project {id: row.a}) MATCH (t:Topic {id: row.b}) "
    "CREATE (p)-[:ADDRESSES]->(t)"
)
_OLD_COMPETENCES: LiteralString = (
    "MATCH ()-[c:HAS_COMPETENCE {source: 'cordis'}]->() "
    "CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS"
)
_PROJECTS_BY_GRANT: LiteralString = (
    "UNWIND $grants AS grant MATCH (p:Project {grantId: grant}) "
    "WITH grant, p ORDER BY p.id RETURN collect([grant, p.id]) AS found"
)


def _resolve_organizations(tx: ManagedTransaction, ids: Sequence[str]) -> None:
    """The names, kinds and other facts the organisations ``ids`` show, from each source's
    (``organization_resolve.cypher``), and the names search finds them by."""
    tx.run(RESOLVE, ids=list(ids)).consume()


def _write_organizations(tx: ManagedTransaction, rows: Sequence[Row]) -> int:
    """Write organisation ``rows`` and resolve the facts they show in one transaction; the
    nodes created."""
    created = tx.run(_ORGANIZATIONS, rows=rows).consume().counters.nodes_created
    _resolve_organizations(tx, [row["id"] for row in rows])
    return created


class CordisFormatError(ValueError):
    """A file that is not one of the CORDIS formats this importer knows."""


@dataclass
class Parsed:
    """The valid rows read from the input files, by what they describe; of the grant tables,
    only what they tell of dates (the tables are read again when written: :class:`GrantTable`)."""

    participations: list[Participation] = field(default_factory=list)
    facts: list[Facts] = field(default_factory=list)
    parts: list[tuple[str, int, str, str]] = field(default_factory=list)
    # grant id -> (rcn, how the link was made), and the rows that gave them
    links: dict[str, tuple[str, str]] = field(default_factory=dict)
    link_rows: list[tuple[str, str]] = field(default_factory=list)  # (file, grant)
    grants: list[GrantTable] = field(default_factory=list)
    # what the grant rows tell of their projects' dates: start date, call year
    starts: dict[str, datetime.date] = field(default_factory=dict)
    call_years: dict[str, int] = field(default_factory=dict)

    def note_dates(self, g: GrantFacts) -> None:
        """Keep what ``g`` tells of when its project starts (the rest of it is read again
        when written: :class:`GrantTable`)."""
        if g.values.get("startDate") is not None:
            self.starts.setdefault(g.grant, g.values["startDate"])
        year = calls.call_year(g.values.get("callTopic", ""))
        if year is not None:
            self.call_years.setdefault(g.grant, year)


GRANT_PARSERS: dict[Format, Callable[[str, int, dict[str, str]], GrantFacts]] = {
    Format.HORIZON_PROJECTS: parse_horizon_project,
    Format.PROJECTS: parse_project,
    Format.CALL_TOPICS: parse_call_topic,
    Format.FIELDS: parse_field,
}


@dataclass(frozen=True)
class GrantTable:
    """A table of facts about projects known by their grant id (titles, abstracts, call
    topics, fields), checked when the files are read and read again when written, a part at
    a time: its rows are never all held at once (at k=10, 950,000 rows with the abstracts)."""

    table: Table
    kind: Format
    name: str
    rows: int  # its valid rows
    stamp: tuple[int, int]  # size and modification time when first read

    def facts(self) -> Iterator[GrantFacts]:
        """Its valid rows (those with an error were reported on the first read). Raises
        :class:`CordisFormatError` if the file changed since."""
        if _stamp(self.table.path) != self.stamp:
            raise CordisFormatError(f"{self.name} changed while it was imported; import it again")
        parse = GRANT_PARSERS[self.kind]
        for line, row in _rows(self.table, ImportReport(), self.name):
            try:
                yield parse(self.name, line, row)
            except ValueError:
                continue


def _stamp(path: Path) -> tuple[int, int]:
    """What tells whether ``path`` changed: its size and modification time."""
    try:
        found = path.stat()
    except OSError as exc:
        raise CordisFormatError(f"{path.name}: cannot be read again ({exc.strerror})") from None
    return found.st_size, found.st_mtime_ns


def expand(paths: Sequence[Path]) -> list[Path]:
    """Files named, and the CSV files (``.csv``, ``.csv.gz``) of folders named.

    A folder gives its own CSV files, or, when it holds dated snapshots (subfolders named
    ``YYYY-MM`` or ``YYYY-MM-DD``), the newest snapshot's files instead: they supersede the
    folder's own (``cordis-horizon-europe/2025-12`` supersedes the partial files beside
    it). A folder with neither (such as ``shared/data``) gives those of its subfolders, one
    level down, by the same rule. Other folders (samples, code lists) are not searched.
    """
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        own = _folder_files(path)
        if not own:
            own = [
                f
                for sub in sorted(p for p in path.iterdir() if p.is_dir())
                for f in _folder_files(sub)
            ]
        found.extend(own)
    return found


def _folder_files(folder: Path) -> list[Path]:
    """The CSV files of the folder's newest snapshot, else its own."""
    snapshots = sorted(p for p in folder.iterdir() if p.is_dir() and SNAPSHOT.fullmatch(p.name))
    return _csv_files(snapshots[-1]) if snapshots else _csv_files(folder)


def _csv_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(CSV_SUFFIXES))


def open_tables(files: Sequence[Path]) -> list[tuple[Table, Format]]:
    """Each file's header and format; raises :class:`CordisFormatError` before any row is
    read if one is unreadable or unknown."""
    tables: list[tuple[Table, Format]] = []
    for path in files:
        try:
            table = open_table(path)
        except UnreadableFile as exc:
            raise CordisFormatError(str(exc)) from None
        kind = recognise(table.header)
        if kind is None:
            shown = ",".join(table.header)[:120]
            raise CordisFormatError(
                f"{path.name}: unknown header {shown!r}; expected a CORDIS participation, "
                "organisation, programme part, project, grant map, call topic or "
                "euroSciVoc file (see docs/cordis-import.md)"
            )
        tables.append((table, kind))
    return tables


@contextmanager
def rows_out_of_collection() -> Iterator[None]:
    """Keep Python's cycle collector away from the rows parsed in the block, for as long as
    the block's caller holds them (until :func:`gc.unfreeze`): they are hundreds of thousands
    of small dicts that form no cycles, and every full collection walks all of them (on the
    shared data: 12-30 s of a 23-43 s parse). The collector is paused while they are parsed,
    then runs again with them frozen, so that the reference cycles the driver leaves behind
    each transaction go as they come (held to the end of the import before: on the shared
    data about 100 MB from the writes, and 370 MB around the rows the derived values read)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        gc.freeze()
    finally:
        if was_enabled:
            gc.enable()


def read_files(files: Sequence[Path], report: ImportReport) -> Parsed:
    """Parse every file (grant tables: check them and keep their dates, see
    :class:`GrantTable`); bad rows go to ``report`` with their line (grant maps first,
    since the official download needs them)."""
    tables = open_tables(files)
    parsed = Parsed()
    shared = Rows()
    names = [table.path.name for table, _ in tables]
    ordered = sorted(tables, key=lambda t: t[1] is not Format.GRANT_MAP)
    for table, kind in ordered:
        name = table.path.name
        if names.count(name) > 1:  # e.g. both programmes' participations.csv.gz
            name = f"{table.path.parent.name}/{name}"
        valid = 0
        for line, row in _rows(table, report, name):
            try:
                _add(parsed, kind, name, line, row)
                if kind in PARTICIPATION_FORMATS:
                    shared.share(parsed.participations[-1])
                valid += 1
            except NothingToImport as exc:
                report.warn(name, line, str(exc))
            except ValueError as exc:
                report.reject(name, line, str(exc))
        if kind in GRANT_PARSERS:
            parsed.grants.append(GrantTable(table, kind, name, valid, _stamp(table.path)))
    return parsed


def _rows(table: Table, report: ImportReport, name: str) -> Iterator[tuple[int, dict[str, str]]]:
    """The records of ``table`` with as many fields as its header, by column, each with its
    line; the others are rejected in ``report`` (as file ``name``)."""
    for line, record in records(table, report, name):
        if len(record) != len(table.header):
            reason = f"{len(record)} fields, the header has {len(table.header)}"
            report.reject(name, line, reason)
            continue
        yield line, dict(zip(table.header, record, strict=True))


PARTICIPATION_FORMATS = frozenset(
    {
        Format.H2020_PARTICIPATIONS,
        Format.OFFICIAL,
        Format.HORIZON_PARTICIPATIONS,
        Format.HORIZON_ORGANIZATIONS,
    }
)


class Rows:
    """One copy of each project and organisation row the participations repeat (a
    project's row comes with each of its participants, an organisation's with each of its
    projects): on the shared data a third of the parsed rows' memory."""

    def __init__(self) -> None:
        self._known: dict[object, Row] = {}

    def share(self, p: Participation) -> None:
        """Point ``p`` at the stored copy of its project and organisation rows."""
        p.project = self._one(p.project)
        p.organization = self._one(p.organization)

    def _one(self, row: Row) -> Row:
        key = tuple(
            (name, tuple((k, type(v), v) for k, v in value.items()))
            if isinstance(value, dict)
            else (name, type(value), value)
            for name, value in row.items()
        )
        try:
            return self._known.setdefault(key, row)
        except TypeError:  # a list among the values: kept as it is
            return row


def _add(parsed: Parsed, kind: Format, file: str, line: int, row: dict[str, str]) -> None:
    if kind is Format.H2020_PARTICIPATIONS:
        parsed.participations.append(parse_h2020_participation(file, line, row))
    elif kind is Format.OFFICIAL:
        links = {grant: rcn for grant, (rcn, _) in parsed.links.items()}
        parsed.participations.append(parse_official(file, line, row, links))
    elif kind is Format.HORIZON_PARTICIPATIONS:
        parsed.participations.append(parse_horizon_participation(file, line, row))
    elif kind is Format.HORIZON_ORGANIZATIONS:
        parsed.participations.append(parse_horizon_organization(file, line, row))
    elif kind in GRANT_PARSERS:
        parsed.note_dates(GRANT_PARSERS[kind](file, line, row))
    elif kind is Format.NAMES:
        parsed.facts.append(parse_names(file, line, row))
    elif kind is Format.SUPPLEMENT:
        parsed.facts.append(parse_supplement(file, line, row))
    elif kind is Format.PARTS:
        parsed.parts.append((file, line, *parse_part(row)))
    elif kind is Format.GRANT_MAP:
        grant, rcn, method = parse_link(row)
        parsed.links[grant] = (rcn, method)
        parsed.link_rows.append((file, grant))
    else:
        raise AssertionError(f"no parser for {kind}")


@dataclass(frozen=True)
class GrantDate:
    """What is known of when a project known by its grant id starts."""

    start: datetime.date | None = None
    call_year: int | None = None

    def before(self, until: datetime.date) -> bool:
        """Starts before ``until``: by its start date, else its call year (a call-year
        project counts as starting at the end of that year); True with neither."""
        if self.start is not None:
            return self.start < until
        return self.call_year is None or self.call_year < until.year


def grant_dates(parsed: Parsed) -> dict[str, GrantDate]:
    """Grant id -> its start date (the complete Horizon Europe projects table) and the call
    year its call topic code names."""
    return {
        grant: GrantDate(parsed.starts.get(grant), parsed.call_years.get(grant))
        for grant in parsed.starts | parsed.call_years
    }


def select(
    participations: list[Participation],
    until: datetime.date | None,
    country: str | None,
    dates: dict[str, GrantDate] | None = None,
) -> tuple[list[Participation], list[Participation]]:
    """The participations of the projects kept by the filters, and the others.

    ``until`` keeps projects that start before it: a start date before it, or (Horizon
    Europe without a projects table) a call year before its year; projects with neither
    are kept. ``country`` keeps projects with at least one participant from it, with all
    their participants.
    """
    dates = dates or {}

    def started_before(p: Participation) -> bool:
        if until is None:
            return True
        if p.start is not None:
            return p.start < until
        return dates.get(p.grant or "", GrantDate()).before(until)

    keep = {p.project["id"] for p in participations if started_before(p)}
    if country is not None:
        keep &= {p.project["id"] for p in participations if p.country == country}
    kept = [p for p in participations if p.project["id"] in keep]
    dropped = [p for p in participations if p.project["id"] not in keep]
    return kept, dropped


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _call_id(code: str) -> str:
    return "call-" + re.sub(r"\s+", "_", code.strip())


def part_topic(part: str) -> Row:
    """The topic row of an H2020 programme part."""
    code, name = PROGRAMME_PARTS.get(part, (part.replace(" ", ""), part))
    return _topic(f"h2020-part-{code}", "programmePart", name, code)


def _topic(
    topic_id: str, kind: str, name: str, code: str | None, description: str | None = None
) -> Row:
    return {"id": topic_id, "kind": kind, "name": name, "code": code, "description": description}


@dataclass
class Themes:
    """Topics, their BROADER links and the projects' ADDRESSES links, built from rows."""

    topics: dict[str, Row] = field(default_factory=dict)
    broader: set[tuple[str, str]] = field(default_factory=set)
    addresses: list[tuple[str, str]] = field(default_factory=list)

    def add(self, topic: Row) -> str:
        """Keep ``topic`` (the first description given wins) and return its id."""
        known = self.topics.setdefault(topic["id"], topic)
        if known["description"] is None and topic["description"] is not None:
            known["description"] = topic["description"]
        return str(topic["id"])

    def call(self, code: str, description: str | None) -> str:
        """A call topic and its families; returns the call topic's id."""
        call_id = self.add(_topic(_call_id(code), "callTopic", code, code, description))
        child = call_id
        for family in calls.families(code):
            named = calls.family_name(family)
            family_id = self.add(
                _topic(
                    f"call-family-{family}",
                    "callFamily",
                    family,
                    family,
                    f"{named}{FAMILY_NAMED}{family}"
                    if named
                    else f"Call topics whose code starts with {family}",
                )
            )
            self.broader.add((child, family_id))
            child = family_id
        return call_id

    def field(self, codes: list[str], names: list[str]) -> str:
        """A field of science and its broader fields; returns the narrowest."""
        parent: str | None = None
        for depth in range(1, len(codes) + 1):
            field_id = self.add(
                _topic(
                    "esv-" + "-".join(codes[:depth]),
                    "fieldOfScience",
                    names[depth - 1],
                    "/" + "/".join(codes[:depth]),
                    " / ".join(names[:depth]),
                )
            )
            if parent is not None:
                self.broader.add((field_id, parent))
            parent = field_id
        assert parent is not None
        return parent


class CordisImport:
    """One run of the CORDIS importer."""

    def __init__(self, driver: Driver, database: str, out: Reporter) -> None:
        self.driver = driver
        self.database = database
        self.out = out
        self.report = ImportReport()
        # Projects that this run created: none of their relationships exist yet.
        self.new_projects: set[str] = set()

    def write(
        self, query_text: LiteralString, rows: Sequence[Row], label: str, writers: int = 1
    ) -> tuple[int, int]:
        """Write ``rows`` in batches, ``writers`` transactions at a time (for rows about
        distinct nodes only); the nodes and relationships created."""
        written = write_rows(
            self.driver, self.database, query_text, rows, self.out, label, writers=writers
        )
        return written.nodes, written.relationships

    def run(self, parsed: Parsed, kept: list[Participation]) -> ImportReport:
        """Write organisations, projects, participations, facts and themes (the derived
        values are the caller's, once the parsed rows are freed)."""
        organizations = self.write_organizations(kept, parsed.facts)
        projects = self.write_projects(kept)
        self.write_participations(kept)
        self.write_facts(parsed.facts, organizations)
        self.write_links(parsed, projects)
        themes = Themes()
        self.write_grant_facts(parsed.grants, themes)
        self.add_parts(parsed.parts, projects, themes)
        self.write_themes(themes)
        self.remove_stored_competences()
        return self.report

    def write_organizations(self, kept: list[Participation], facts: list[Facts]) -> set[str]:
        """One node per organisation: each fact of the participations from the first row
        that gives it, then the name tables' facts about it (a later row wins), and the
        facts shown resolved from them in the same transaction."""
        merged: dict[str, Row] = {}
        for p in sorted(kept, key=_newest_facts_first):
            row = merged.setdefault(
                p.organization["id"],
                {
                    "id": p.organization["id"],
                    "pic": p.organization["pic"],
                    "facts": {},
                    "sources": [],
                },
            )
            for key, value in p.organization["facts"].items():
                row["facts"].setdefault(key, value)
            if p.organization["source"] not in row["sources"]:
                row["sources"].append(p.organization["source"])
        for f in facts:
            if f.organization_id in merged:
                row = merged[f.organization_id]
                row["facts"].update(f.facts)
                if f.source not in row["sources"]:
                    row["sources"].append(f.source)
        batches = self.out.batches("organisations", list(merged.values()), RESOLVE_BATCH)
        created = sum(
            write_batches(self.driver, self.database, _write_organizations, batches, WRITERS)
        )
        self._count("Organization nodes", len(merged), created)
        return set(merged)

    def write_projects(self, kept: list[Participation]) -> set[str]:
        """One node per project, attributes from its first row; the projects not yet in the
        graph are kept in :attr:`new_projects`."""
        first: dict[str, Row] = {}
        for p in kept:
            first.setdefault(p.project["id"], p.project)
        before = existing_ids(self.driver, self.database, "Project", first)
        self.new_projects = set(first) - before
        created, _ = self.write(_PROJECTS, list(first.values()), "projects", WRITERS)
        self._count("Project nodes", len(first), created)
        return set(first)

    def write_participations(self, kept: list[Participation]) -> None:
        """PARTICIPATES_IN relationships, counted per input file (a pair given twice is one
        relationship: with the values of its last row, or, in the complete Horizon Europe
        table, its strongest role and the sum of its contributions)."""
        for file in dict.fromkeys(p.file for p in kept):
            rows: dict[tuple[str, str], Row] = {}
            for p in kept:
                if p.file == file:
                    _add_participation(rows, p)
            created = self.write_links_of_projects(
                list(rows.values()), "b", file, merge=_PARTICIPATIONS, create=_NEW_PARTICIPATIONS
            )
            self._count(file, len(rows), created)
            complete = [p for p in kept if p.file == file and p.complete]
            self.remove_stale_participations(complete)

    def remove_stale_participations(self, complete: list[Participation]) -> None:
        """Participations of projects written before this run that ``complete`` (rows of a
        table listing every participant) no longer lists."""
        listed: dict[str, list[str]] = defaultdict(list)
        for p in complete:
            if p.project["id"] not in self.new_projects:
                listed[p.project["id"]].append(p.organization["id"])
        rows = [{"id": project, "organizations": orgs} for project, orgs in listed.items()]
        if rows:
            self.write(_STALE_PARTICIPATIONS, rows, "participations no longer listed")

    def write_links_of_projects(
        self,
        rows: list[Row],
        project: str,
        label: str,
        *,
        merge: LiteralString,
        create: LiteralString,
    ) -> int:
        """Write relationship ``rows`` (each once) whose ``project`` key names a project:
        with ``create`` for the projects of :attr:`new_projects`, with ``merge`` for the
        others; the relationships created."""
        created = 0
        for query_text, fresh in ((create, True), (merge, False)):
            part = [row for row in rows if (row[project] in self.new_projects) is fresh]
            if part:
                created += self.write(query_text, part, label)[1]
        return created

    def write_facts(self, facts: list[Facts], here: set[str]) -> None:
        """Facts about organisations already in the graph but not in this run's
        participations (those of ``here`` were written with them), and what they show;
        facts about organisations known nowhere are skipped."""
        others = existing_ids(
            self.driver, self.database, "Organization", {f.organization_id for f in facts} - here
        )
        known = here | others
        for file in dict.fromkeys(f.file for f in facts):
            mine = [f for f in facts if f.file == file]
            rows = [
                {"id": f.organization_id, "facts": f.facts, "source": f.source}
                for f in mine
                if f.organization_id in others
            ]
            if rows:
                self.write(_FACTS, rows, f"organisation facts ({file})")
            counts = self.report.counts(file)
            counts.updated += sum(1 for f in mine if f.organization_id in known)
            counts.skipped += sum(1 for f in mine if f.organization_id not in known)
        if not others:
            return
        with self.driver.session(database=self.database) as session:
            for batch in self.out.batches("names and kinds", sorted(others), RESOLVE_BATCH):
                session.execute_write(_resolve_organizations, batch)

    def write_links(self, parsed: Parsed, here: set[str]) -> None:
        """Grant ids on the Horizon 2020 projects the grant map links (this run or graph)."""
        rows: list[Row] = [
            {"id": f"h2020-{rcn}", "props": {"grantId": grant, "grantLink": method}}
            for grant, (rcn, method) in parsed.links.items()
        ]
        wanted = {row["id"] for row in rows}
        known = here | existing_ids(self.driver, self.database, "Project", wanted - here)
        rows = [row for row in rows if row["id"] in known]
        self.write(_PROJECT_FACTS, rows, "grant ids")
        linked = {row["props"]["grantId"] for row in rows}
        for file in dict.fromkeys(f for f, _ in parsed.link_rows):
            counts = self.report.counts(file)
            mine = [grant for f, grant in parsed.link_rows if f == file]
            counts.updated += sum(1 for grant in mine if grant in linked)
            counts.skipped += sum(1 for grant in mine if grant not in linked)

    def projects_by_grant(self, grants: set[str]) -> dict[str, str]:
        """Grant id -> project id, for the projects in the graph that carry a grant id."""
        if not grants:
            return {}
        records_, _, _ = self.driver.execute_query(
            _PROJECTS_BY_GRANT, grants=sorted(grants), database_=self.database, routing_="r"
        )
        found: dict[str, str] = {}
        for grant, project in records_[0]["found"]:  # one row holding them all (read faster)
            found.setdefault(grant, project)
        return found

    def write_grant_facts(self, tables: list[GrantTable], themes: Themes) -> None:
        """Titles, call topics and fields of the projects the grant ids name (written by
        this run or earlier ones), each table read again :data:`GRANT_PART` rows at a time
        (a part written after the one before it: a later row wins); rows about other
        projects are skipped."""
        for table in tables:
            advance = self.out.bar(f"project facts ({table.name})", table.rows)
            for part in chunked(table.facts(), GRANT_PART):
                self.write_grant_part(part, themes)
                advance(len(part))

    def write_grant_part(self, grants: list[GrantFacts], themes: Themes) -> None:
        """The facts of ``grants`` about the projects their grant ids name, counted per
        file; their topics go to ``themes``."""
        projects = self.projects_by_grant({g.grant for g in grants})
        props: dict[str, Row] = defaultdict(dict)
        for g in grants:
            project = projects.get(g.grant)
            if project is None:
                self.report.counts(g.file).skipped += 1
                continue
            self.report.counts(g.file).updated += 1
            props[project].update(_project_props(g))
            themes.addresses.extend((project, topic) for topic in _grant_topics(g, project, themes))
        rows = [{"id": project, "props": values} for project, values in props.items()]
        write_rows(
            self.driver, self.database, _PROJECT_FACTS, rows, Reporter(None), "", writers=WRITERS
        )

    def add_parts(
        self, parts: list[tuple[str, int, str, str]], here: set[str], themes: Themes
    ) -> None:
        """Programme parts of the projects that are known (this run or graph)."""
        others = {project for _, _, project, _ in parts} - here
        known = here | existing_ids(self.driver, self.database, "Project", others)
        for file, _, project, part in parts:
            if project not in known:
                self.report.counts(file).skipped += 1
                continue
            self.report.counts(file).updated += 1
            themes.addresses.append((project, themes.add(part_topic(part))))

    def write_themes(self, themes: Themes) -> None:
        """Topics, their BROADER links and the projects' ADDRESSES links."""
        created, _ = self.write(_TOPICS, list(themes.topics.values()), "topics")
        self._count("Topic nodes", len(themes.topics), created)
        broader = [{"a": a, "b": b} for a, b in sorted(themes.broader)]
        _, created = self.write(_BROADER, broader, "broader topics")
        self._count("BROADER (topic hierarchy)", len(broader), created)
        addresses = [{"a": a, "b": b} for a, b in dict.fromkeys(themes.addresses)]
        created = self.write_links_of_projects(
            addresses, "a", "project themes", merge=_ADDRESSES, create=_NEW_ADDRESSES
        )
        self._count("ADDRESSES (project themes)", len(addresses), created)

    def _count(self, line: str, rows: int, created: int) -> None:
        """Count ``rows`` written for report line ``line``: ``created`` new, the others
        already there."""
        counts = self.report.counts(line)
        counts.created += created
        counts.updated += rows - created

    def remove_stored_competences(self) -> None:
        """Delete CORDIS competences stored by earlier versions: they are now derived from
        the projects when read (``organization_competences.cypher``)."""
        with self.driver.session(database=self.database) as session:
            summary = session.run(_OLD_COMPETENCES).consume()
        deleted = summary.counters.relationships_deleted
        if deleted:
            self.report.counts("stored CORDIS competences removed").updated += deleted


PROJECT_FACTS = (
    "acronym",
    "title",
    "typeOfAction",
    "callTopic",
    "euContribution",
    "status",
    "startDate",
    "endDate",
    "totalCost",
    "call",
    "fundingScheme",
    "keywords",
    "abstract",
)


def _newest_facts_first(p: Participation) -> int:
    """Sort key: rows of the complete Horizon Europe table by descending grant id (its
    newest project gives an organisation's facts: names and SME status change), others
    after them in their own order (each source has facts of its own)."""
    return -int(p.grant or 0) if p.complete else 0


def _add_participation(rows: dict[tuple[str, str], Row], p: Participation) -> None:
    """Add ``p`` to ``rows`` (by organisation and project): a pair given again replaces the
    earlier row, except in the complete Horizon Europe table, where it keeps the stronger
    role and adds the contributions (an organisation listed as participant and third party)."""
    key = (p.organization["id"], p.project["id"])
    row = {
        "a": key[0],
        "b": key[1],
        "role": p.role,
        "contribution": p.contribution,
        "cordisRole": p.cordis_role,
    }
    earlier = rows.get(key)
    if earlier is not None and p.complete:
        row["cordisRole"] = stronger_role(earlier["cordisRole"], p.cordis_role)
        row["role"] = "COORDINATOR" if "COORDINATOR" in (earlier["role"], p.role) else p.role
        amounts = [a for a in (earlier["contribution"], p.contribution) if a is not None]
        row["contribution"] = sum(amounts) if amounts else None
    rows[key] = row


def _project_props(g: GrantFacts) -> Row:
    values = {k: g.values[k] for k in PROJECT_FACTS if k in g.values}
    if "keywords" in values:  # for the search index, which reads text, not lists
        values["keywordText"] = ", ".join(values["keywords"])
    if "callTopic" in values:
        values["callYear"] = calls.call_year(values["callTopic"])
    return values


def _grant_topics(g: GrantFacts, project: str, themes: Themes) -> list[str]:
    """The topics a grant row links its project to (and adds to ``themes``)."""
    found: list[str] = []
    code = g.values.get("callTopic")
    if code:
        description = g.values.get("topicDescription") or g.values.get("topicTitle")
        found.append(themes.call(code, description if description != code else None))
        part = calls.horizon_part(code) if project.startswith("he-") else None
        if part is not None:
            found.append(
                themes.add(_topic(f"he-part-{part[0]}", "programmePart", part[1], part[0]))
            )
    area = g.values.get("thematicArea")
    if area:
        found.append(themes.add(_topic(f"h2020-area-{_slug(area)}", "thematicArea", area, None)))
    if "codes" in g.values:
        found.append(themes.field(g.values["codes"], g.values["names"]))
    return found


def import_cordis(
    driver: Driver,
    database: str,
    files: Sequence[Path],
    until: datetime.date | None = None,
    with_country: str | None = None,
    progress: bool = False,
) -> ImportReport:
    """Import CORDIS ``files`` (any mix of the known formats, in any order; folders give
    their CSV files, see :func:`expand`).

    ``until`` keeps only projects starting before it (Horizon Europe: a call year before
    its year); ``with_country`` keeps only projects with at least one participant of that
    country (as CORDIS writes it: UK, EL; GB and GR are accepted), with all their
    participants. Raises :class:`CordisFormatError` for a file whose header is not
    recognised, before anything is written.
    """
    country = country_code(with_country) if with_country else None
    report = ImportReport()
    with rows_out_of_collection():
        parsed = read_files(expand(files), report)
    try:
        kept, dropped = select(parsed.participations, until, country, grant_dates(parsed))
        for p in dropped:
            report.counts(p.file).skipped += 1
        apply_schema(driver, database)
        with reporter(progress) as out:
            report = report.merge(CordisImport(driver, database, out).run(parsed, kept))
        # Written: the rows go before the derived values read the graph back (on the shared
        # data the two held 1.8 GB at once).
        del parsed, kept, dropped
    finally:
        gc.unfreeze()
    gc.collect()
    refresh_derived(driver, database)
    driver.execute_query(query("coverage_record"), country=country, database_=database)
    refresh_clusters_and_objectives(driver, database)
    return report
