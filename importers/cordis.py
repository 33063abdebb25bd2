"""Import CORDIS Horizon 2020 files (see ``docs/cordis-import.md``).

Each file is recognised by its header: the participation table, the organisation name
table, the programme parts table, or the official CORDIS ``organization.csv`` download.
Organisations become ``pic-<pic>``, projects ``h2020-<rcn>`` (participation table) or
``h2020-grant-<projectID>`` (official download), programme parts ``h2020-part-<code>``
topics. Competences (``HAS_COMPETENCE {source: 'cordis'}``) are recomputed at the end.
"""

from __future__ import annotations

import csv
import datetime
import gzip
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any, LiteralString, TextIO

from neo4j import Driver

from graph.derived import refresh_derived
from graph.schema import apply_schema
from importers.report import ImportReport
from importers.writer import Reporter, Row, existing_ids, reporter, write_rows

SOURCE = "cordis"

ACTIVITY_LABELS: dict[str, LiteralString] = {
    "PRC": "Company",
    "REC": "ResearchInstitution",
    "HES": "ResearchInstitution",
    "PUB": "PublicActor",
    "OTH": "OtherActor",
}
ROLES = {
    "coordinator": "COORDINATOR",
    "participant": "PARTNER",
    "partner": "PARTNER",
    "thirdParty": "PARTNER",
    "internationalPartner": "PARTNER",
    "associatedPartner": "PARTNER",
}
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
# How the participation table writes a missing value.
MISSING = ("", "NA")
# ISO codes that CORDIS writes otherwise.
COUNTRY_ALIASES = {"GB": "UK", "GR": "EL"}


class CordisFormatError(ValueError):
    """A file that is not one of the CORDIS formats this importer knows."""


class Kind(Enum):
    """The CORDIS file formats, told apart by their header."""

    PARTICIPATIONS = ("rcn", "role", "pic", "type", "contribution", "country", "start_date")
    NAMES = ("pic", "name", "shortName", "activityType", "country", "city")
    PARTS = ("rcn", "programme_part")
    OFFICIAL = (
        "projectID",
        "projectAcronym",
        "organisationID",
        "name",
        "shortName",
        "SME",
        "activityType",
        "city",
        "country",
        "organizationURL",
        "role",
        "ecContribution",
    )


@dataclass
class Participation:
    """One organisation in one project, from either participation format."""

    file: str
    line: int
    project: Row
    organization: Row
    role: str
    contribution: float | None
    country: str
    start: datetime.date | None


@dataclass
class Parsed:
    """Every valid row read from the input files."""

    participations: list[Participation] = field(default_factory=list)
    names: list[tuple[str, int, Row]] = field(default_factory=list)
    parts: list[tuple[str, int, str, str]] = field(default_factory=list)


def _open(path: Path) -> TextIO:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _records(path: Path) -> tuple[Kind, list[str], Iterator[tuple[int, list[str]]]]:
    """The file's kind, its header, and its records with the line each starts on."""
    with _open(path) as handle:
        first = handle.readline()
    delimiter = ";" if first.count(";") > first.count(",") else ","
    header = next(csv.reader([first], delimiter=delimiter))
    kind = next((k for k in Kind if set(k.value) <= set(header)), None)
    if kind is None:
        raise CordisFormatError(
            f"{path}: unknown header {first.strip()[:120]!r}; expected a CORDIS participation, "
            "organisation name, programme part or official organization.csv file"
        )
    return kind, header, _lines(path, delimiter)


def _lines(path: Path, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    with _open(path) as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        next(reader)
        previous = reader.line_num
        for record in reader:
            yield previous + 1, record
            previous = reader.line_num


def _digits(value: str, column: str) -> str:
    if not value.isdigit():
        raise ValueError(f"{column} {value!r} is not a number")
    return value


def _amount(value: str, column: str) -> float | None:
    if value in MISSING:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a number") from None


def _date(value: str, column: str) -> datetime.date | None:
    if value in MISSING:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{column} {value!r} is not a date (YYYY-MM-DD)") from None


def _lookup(table: dict[str, Any], value: str, column: str) -> Any:
    if value not in table:
        raise ValueError(f"{column} {value!r} is not one of {', '.join(table)}")
    return table[value]


def _organization(pic: str, activity: str, country: str) -> Row:
    label = _lookup(ACTIVITY_LABELS, activity, "activity type")
    props = {"pic": pic, "country": country or None, "source": SOURCE}
    return {"id": f"pic-{pic}", "label": label, "props": props}


def parse_participation(file: str, line: int, row: dict[str, str]) -> Participation:
    """A row of the participation table (``rcn,role,pic,type,...``)."""
    rcn = _digits(row["rcn"], "rcn")
    pic = _digits(row["pic"], "pic")
    start = _date(row["start_date"], "start_date")
    project = {
        "id": f"h2020-{rcn}",
        "props": {
            "rcn": rcn,
            "programme": "H2020",
            "source": SOURCE,
            "startDate": start,
            "endDate": _date(row.get("end_date", ""), "end_date"),
            "totalCost": _amount(row.get("total_cost", ""), "total_cost"),
        },
    }
    return Participation(
        file,
        line,
        project,
        _organization(pic, row["type"], row["country"]),
        _lookup(ROLES, row["role"], "role"),
        _amount(row["contribution"], "contribution"),
        row["country"],
        start,
    )


def parse_official(file: str, line: int, row: dict[str, str]) -> Participation:
    """A row of the official CORDIS ``organization.csv`` download."""
    grant = _digits(row["projectID"], "projectID")
    pic = _digits(row["organisationID"], "organisationID")
    organization = _organization(pic, row["activityType"], row["country"])
    sme = {"true": True, "false": False}.get(row["SME"].lower())
    details = {
        "name": row["name"],
        "shortName": row["shortName"],
        "city": row["city"],
        "website": row["organizationURL"],
        "sme": sme,
    }
    organization["props"].update({k: v for k, v in details.items() if v not in ("", None)})
    project = {
        "id": f"h2020-grant-{grant}",
        "props": {
            "grantId": grant,
            "acronym": row["projectAcronym"] or None,
            "programme": "H2020",
            "source": SOURCE,
        },
    }
    return Participation(
        file,
        line,
        project,
        organization,
        _lookup(ROLES, row["role"], "role"),
        _amount(row["ecContribution"], "ecContribution"),
        row["country"],
        None,
    )


def parse_name(row: dict[str, str]) -> Row:
    """A row of the organisation name table: name, short name, city (and country)."""
    pic = _digits(row["pic"], "pic")
    if not row["name"].strip():
        raise ValueError("name is empty")
    props = {
        "name": row["name"].strip(),
        "shortName": row["shortName"].strip() or None,
        "city": row["city"].strip() or None,
    }
    return {"id": f"pic-{pic}", "country": row["country"] or None, "props": props}


def parse_part(row: dict[str, str]) -> tuple[str, str]:
    """A row of the programme parts table: the project id and the part."""
    rcn = _digits(row["rcn"], "rcn")
    part = row["programme_part"].strip()
    if not part:
        raise ValueError("programme_part is empty")
    return f"h2020-{rcn}", part


def read_files(files: Sequence[Path], report: ImportReport) -> Parsed:
    """Parse every file; rows that fail a check go to ``report`` with their line."""
    parsed = Parsed()
    for path in files:
        kind, header, records = _records(path)
        for line, record in records:
            if len(record) != len(header):
                reason = f"{len(record)} fields, the header has {len(header)}"
                report.reject(path.name, line, reason)
                continue
            try:
                _add(parsed, kind, path.name, line, dict(zip(header, record, strict=True)))
            except ValueError as exc:
                report.reject(path.name, line, str(exc))
    return parsed


def _add(parsed: Parsed, kind: Kind, file: str, line: int, row: dict[str, str]) -> None:
    if kind is Kind.PARTICIPATIONS:
        parsed.participations.append(parse_participation(file, line, row))
    elif kind is Kind.OFFICIAL:
        parsed.participations.append(parse_official(file, line, row))
    elif kind is Kind.NAMES:
        parsed.names.append((file, line, parse_name(row)))
    else:
        parsed.parts.append((file, line, *parse_part(row)))


def select(
    participations: list[Participation], until: datetime.date | None, country: str | None
) -> tuple[list[Participation], list[Participation]]:
    """The participations of the projects kept by the filters, and the others.

    ``until`` keeps projects that start before it (or have no known start); ``country``
    keeps projects with at least one participant from it, with all their participants.
    """
    keep = {
        p.project["id"]
        for p in participations
        if until is None or p.start is None or p.start < until
    }
    if country is not None:
        keep &= {p.project["id"] for p in participations if p.country == country}
    kept = [p for p in participations if p.project["id"] in keep]
    dropped = [p for p in participations if p.project["id"] not in keep]
    return kept, dropped


_PROJECTS: LiteralString = "UNWIND $rows AS row MERGE (n:Project {id: row.id}) SET n += row.props"
_PARTICIPATIONS: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Organization {id: row.a}) MATCH (p:Project {id: row.b}) "
    "MERGE (o)-[r:PARTICIPATES_IN]->(p) SET r.role = row.role, r.contribution = row.contribution"
)
_NAMES: LiteralString = (
    "UNWIND $rows AS row MATCH (o:Organization {id: row.id}) SET o += row.props, "
    "o.country = coalesce(o.country, row.country)"
)
_TOPICS: LiteralString = (
    "UNWIND $rows AS row MERGE (t:Topic {id: row.id}) "
    "SET t.name = row.name, t.code = row.code, t.source = 'cordis'"
)
_ADDRESSES: LiteralString = (
    "UNWIND $rows AS row MATCH (p:Project {id: row.a}) MATCH (t:Topic {id: row.b}) "
    "MERGE (p)-[:ADDRESSES]->(t)"
)
_COMPETENCES: LiteralString = (
    "MATCH (o:Organization) WHERE EXISTS { (o)-[:PARTICIPATES_IN]->(:Project {source: 'cordis'}) } "
    "CALL (o) { "
    "MATCH (o)-[:PARTICIPATES_IN]->(p:Project {source: 'cordis'})-[:ADDRESSES]->(t:Topic) "
    "WITH o, t, count(DISTINCT p) AS weight "
    "MERGE (o)-[c:HAS_COMPETENCE {source: 'cordis'}]->(t) SET c.weight = weight "
    "} IN TRANSACTIONS OF 5000 ROWS"
)
_STALE_COMPETENCES: LiteralString = (
    "MATCH (o:Organization)-[c:HAS_COMPETENCE {source: 'cordis'}]->(t:Topic) "
    "WHERE NOT EXISTS { (o)-[:PARTICIPATES_IN]->(:Project {source: 'cordis'})-[:ADDRESSES]->(t) } "
    "DELETE c"
)


def _organization_query(label: LiteralString) -> LiteralString:
    others = ":".join(k for k in dict.fromkeys(ACTIVITY_LABELS.values()) if k != label)
    return (
        "UNWIND $rows AS row MERGE (n:Organization {id: row.id}) SET n += row.props "
        f"SET n:{label} REMOVE n:{others}"
    )


class CordisImport:
    """One run of the CORDIS importer."""

    def __init__(self, driver: Driver, database: str, out: Reporter) -> None:
        self.driver = driver
        self.database = database
        self.out = out
        self.report = ImportReport()

    def write(self, query: LiteralString, rows: Sequence[Row], label: str) -> tuple[int, int]:
        """Write ``rows`` in batches; the nodes and relationships created."""
        written = write_rows(self.driver, self.database, query, rows, self.out, label)
        return written.nodes, written.relationships

    def run(self, parsed: Parsed, kept: list[Participation]) -> ImportReport:
        """Write organisations, projects, participations, names, topics and competences."""
        self.write_organizations(kept)
        self.write_projects(kept)
        self.write_participations(kept)
        self.write_names(parsed.names, {p.organization["id"] for p in kept})
        self.write_parts(parsed.parts, {p.project["id"] for p in kept})
        self.recompute_competences()
        refresh_derived(self.driver, self.database)
        return self.report

    def write_organizations(self, kept: list[Participation]) -> None:
        """One node per organisation, with its one kind label."""
        first: dict[str, Row] = {}
        for p in kept:
            first.setdefault(p.organization["id"], p.organization)
        counts = self.report.counts("Organization nodes")
        for label in dict.fromkeys(ACTIVITY_LABELS.values()):
            rows = [o for o in first.values() if o["label"] == label]
            created, _ = self.write(_organization_query(label), rows, f"organisations ({label})")
            counts.created += created
            counts.updated += len(rows) - created

    def write_projects(self, kept: list[Participation]) -> None:
        """One node per project, attributes from its first row."""
        first: dict[str, Row] = {}
        for p in kept:
            first.setdefault(p.project["id"], p.project)
        created, _ = self.write(_PROJECTS, list(first.values()), "projects")
        counts = self.report.counts("Project nodes")
        counts.created += created
        counts.updated += len(first) - created

    def write_participations(self, kept: list[Participation]) -> None:
        """PARTICIPATES_IN relationships, counted per input file."""
        for file in dict.fromkeys(p.file for p in kept):
            rows = [
                {
                    "a": p.organization["id"],
                    "b": p.project["id"],
                    "role": p.role,
                    "contribution": p.contribution,
                }
                for p in kept
                if p.file == file
            ]
            _, created = self.write(_PARTICIPATIONS, rows, f"participations ({file})")
            counts = self.report.counts(file)
            counts.created += created
            counts.updated += len(rows) - created

    def write_names(self, names: list[tuple[str, int, Row]], here: set[str]) -> None:
        """Names for organisations of this run or already in the graph; others skipped."""
        others = {row["id"] for _, _, row in names} - here
        known = here | existing_ids(self.driver, self.database, "Organization", others)
        for file in dict.fromkeys(f for f, _, _ in names):
            rows = [row for f, _, row in names if f == file and row["id"] in known]
            self.write(_NAMES, rows, f"names ({file})")
            counts = self.report.counts(file)
            counts.updated += len(rows)
            counts.skipped += sum(1 for f, _, _ in names if f == file) - len(rows)

    def write_parts(self, parts: list[tuple[str, int, str, str]], here: set[str]) -> None:
        """Programme parts as topics, and ADDRESSES from the projects that are known."""
        others = {project for _, _, project, _ in parts} - here
        known = here | existing_ids(self.driver, self.database, "Project", others)
        topics = {part: _topic(part) for _, _, project, part in parts if project in known}
        created, _ = self.write(_TOPICS, list(topics.values()), "topics")
        topic_counts = self.report.counts("Topic nodes")
        topic_counts.created += created
        topic_counts.updated += len(topics) - created
        for file in dict.fromkeys(f for f, _, _, _ in parts):
            rows = [
                {"a": project, "b": topics[part]["id"]}
                for f, _, project, part in parts
                if f == file and project in known
            ]
            _, created = self.write(_ADDRESSES, rows, f"programme parts ({file})")
            counts = self.report.counts(file)
            counts.created += created
            counts.updated += len(rows) - created
            counts.skipped += sum(1 for f, _, _, _ in parts if f == file) - len(rows)

    def recompute_competences(self) -> None:
        """HAS_COMPETENCE {weight: projects addressing the topic, source: 'cordis'}."""
        with self.driver.session(database=self.database) as session:
            created = session.run(_COMPETENCES).consume().counters.relationships_created
            deleted = session.run(_STALE_COMPETENCES).consume().counters.relationships_deleted
        counts = self.report.counts("HAS_COMPETENCE (recomputed)")
        counts.created += created
        counts.skipped += deleted


def _topic(part: str) -> Row:
    code, name = PROGRAMME_PARTS.get(part, (part.replace(" ", ""), part))
    return {"id": f"h2020-part-{code}", "code": code, "name": name}


def import_cordis(
    driver: Driver,
    database: str,
    files: Sequence[Path],
    until: datetime.date | None = None,
    with_country: str | None = None,
    progress: bool = False,
) -> ImportReport:
    """Import CORDIS H2020 ``files`` (any mix of the known formats, in any order).

    ``until`` keeps only projects starting before it; ``with_country`` keeps only projects
    with at least one participant of that country (as CORDIS writes it: UK, EL; GB and GR
    are accepted), with all their participants. Raises :class:`CordisFormatError` for a
    file whose header is not recognised, before anything is written.
    """
    country = with_country.upper() if with_country else None
    country = COUNTRY_ALIASES.get(country or "", country)
    report = ImportReport()
    parsed = read_files(files, report)
    kept, dropped = select(parsed.participations, until, country)
    for p in dropped:
        report.counts(p.file).skipped += 1
    apply_schema(driver, database)
    with reporter(progress) as out:
        return report.merge(CordisImport(driver, database, out).run(parsed, kept))
