"""The CORDIS file formats the importer knows, told apart by their header, and their rows.

Each ``parse_*`` function turns one row (a dict of cells) into a typed record or raises
:class:`ValueError` with the reason (the row is then rejected), or :class:`NothingToImport`
when the row is well formed but carries nothing the graph can use (a warning, not a
rejection: e.g. a name without the PIC that would attach it to an organisation).

Organisation facts are kept per source, in properties named ``<field><Source>`` (e.g.
``nameCordis``, ``nameHorizon``, ``nameSupplement``); ``organization_resolve.cypher`` picks
the value shown, by a fixed precedence (see ``docs/cordis-import.md``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import Enum
from typing import Any

from graph.values import InvalidValue, clean_name, website

Row = dict[str, Any]

# How the CORDIS tables write a missing value: empty, or NA.
MISSING = ("", "NA")
# CORDIS activity types; the kind labels they map to are resolved in the graph.
ACTIVITY_TYPES = ("PRC", "REC", "HES", "PUB", "OTH")
ROLES = {
    "coordinator": "COORDINATOR",
    "participant": "PARTNER",
    "partner": "PARTNER",
    "thirdParty": "PARTNER",
    "internationalPartner": "PARTNER",
    "associatedPartner": "PARTNER",
}
# The four roles of the complete Horizon Europe data, strongest first: an organisation
# listed twice in one project (CORDIS does so 187 times) keeps its strongest role.
HORIZON_ROLES = ("coordinator", "participant", "associatedPartner", "thirdParty")
BOOLEANS = {"true": True, "false": False}
# Where an organisation's facts come from, as listed in Organization.sources.
SOURCE_H2020 = "CORDIS Horizon 2020 participations"
SOURCE_OFFICIAL = "CORDIS organization.csv download"
SOURCE_NAMES = "CORDIS Horizon 2020 organisation names (2017)"
SOURCE_HORIZON = "CORDIS Horizon Europe participations (partial)"
SOURCE_HORIZON_EUROPE = "CORDIS Horizon Europe projects"
SOURCE_SUPPLEMENT = "supplement"


class NothingToImport(ValueError):
    """A well-formed row that carries nothing importable (reported as a warning)."""


class Format(Enum):
    """The formats, by the columns their header must have."""

    H2020_PARTICIPATIONS = ("rcn", "role", "pic", "type", "contribution", "country", "start_date")
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
    NAMES = ("pic", "name", "shortName", "activityType", "country", "city")
    SUPPLEMENT = (
        "pic",
        "name",
        "short_name",
        "activity_type",
        "country",
        "city",
        "nuts3",
        "url",
        "source",
    )
    PARTS = ("rcn", "programme_part")
    PROJECTS = ("grant_id", "acronym", "title", "thema", "type_of_action", "topic")
    GRANT_MAP = ("rcn", "grant_id", "method")
    HORIZON_PARTICIPATIONS = ("projectID", "organisationID", "name", "country")
    HORIZON_ORGANIZATIONS = (
        "projectID",
        "organisationID",
        "role",
        "activityType",
        "SME",
        "ecContribution",
        "name",
        "shortName",
        "city",
        "country",
        "nutsCode",
        "geolocation",
    )
    HORIZON_PROJECTS = (
        "projectID",
        "acronym",
        "title",
        "status",
        "startDate",
        "endDate",
        "legalBasis",
        "topics",
        "topicTitles",
        "fundingScheme",
        "keywords",
        "objective",
    )
    CALL_TOPICS = ("projectID", "topic", "title")
    FIELDS = ("projectID", "euroSciVocCode", "euroSciVocPath", "euroSciVocTitle")


def recognise(header: list[str]) -> Format | None:
    """The most specific format whose columns are all in ``header`` (None if none is)."""
    present = set(header)
    matching = [f for f in Format if set(f.value) <= present]
    return max(matching, key=lambda f: len(f.value), default=None)


@dataclass(slots=True)
class Participation:
    """One organisation in one project, from any participation format."""

    file: str
    line: int
    project: Row  # {id, props}
    organization: Row  # {id, pic, facts, source}
    role: str | None
    contribution: float | None
    country: str
    start: datetime.date | None
    grant: str | None = None  # Horizon Europe: the grant id, to find its date
    cordis_role: str | None = None  # the role as CORDIS writes it (e.g. associatedPartner)

    @property
    def complete(self) -> bool:
        """From the complete Horizon Europe table, which lists every participant of its
        projects and an organisation once per role."""
        return bool(self.organization["source"] == SOURCE_HORIZON_EUROPE)


@dataclass(slots=True)
class Facts:
    """Facts about an organisation from a name table: ``{<field><Source>: value}``."""

    file: str
    line: int
    organization_id: str
    facts: Row
    source: str


@dataclass(slots=True)
class GrantFacts:
    """Facts about a project known by its grant id (H2020 projects table, call topics,
    fields of science)."""

    file: str
    line: int
    grant: str
    values: Row


def _cell(row: dict[str, str], column: str) -> str:
    value = row.get(column)
    if not value:
        return ""
    value = value.strip()
    return "" if value == "NA" else mended(value).strip()


# What Mac Roman makes of the first byte of UTF-8's accented letters (Latin, Central
# European, Greek) and punctuation: signs that real names do not hold before a letter.
_MAC_ROMAN_LEADS = frozenset("¬√ƒ≈∆Œœ\u201a")  # the last: Mac Roman's 0xE2


def mended(value: str) -> str:
    """``value`` with its accents back where UTF-8 text was once read as Mac Roman: the H2020
    name table of 2017 has 602 such rows ("BUNDESMINISTERIUM F√úR", "M√ºnster" for
    "BUNDESMINISTERIUM FÜR", "Münster"). Only text holding one of those signs and reading
    back as UTF-8 changes ("10 pW/√Hz" and "L\u2019ÉCOLE" stay)."""
    if value.isascii() or _MAC_ROMAN_LEADS.isdisjoint(value):
        return value
    try:
        return value.encode("mac_roman").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def _name(row: dict[str, str], column: str) -> str:
    """A name as :func:`graph.values.clean_name` keeps it, invisible characters dropped."""
    return clean_name(_cell(row, column), drop_hidden=True)


def _website(row: dict[str, str], column: str) -> str | None:
    """An http(s) address (a bare ``www.example.lu`` gets ``http://``); anything else, such
    as a ``javascript:`` address, is left out (``graph.values.website``)."""
    value = _cell(row, column)
    try:
        return website(value, lenient=True) if value else None
    except InvalidValue:
        return None


def _digits(value: str, column: str) -> str:
    if not value.isdigit():
        raise ValueError(f"{column} {value!r} is not a number")
    return value


def _pic(row: dict[str, str], column: str) -> str:
    value = _cell(row, column)
    if not value:
        raise NothingToImport(f"{column} is empty: nothing to attach the row to")
    return _digits(value, column)


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


def _choice(table: dict[str, Any] | tuple[str, ...], value: str, column: str) -> Any:
    if value not in table:
        raise ValueError(f"{column} {value!r} is not one of {', '.join(table)}")
    return table[value] if isinstance(table, dict) else value


def _activity(value: str, column: str) -> str | None:
    return _choice(ACTIVITY_TYPES, value, column) if value else None


def _present(facts: Row) -> Row:
    return {key: value for key, value in facts.items() if value not in ("", None, [])}


def _organization(pic: str, facts: Row, source: str) -> Row:
    return {"id": f"pic-{pic}", "pic": pic, "facts": _present(facts), "source": source}


def parse_h2020_participation(file: str, line: int, row: dict[str, str]) -> Participation:
    """A row of the H2020 participation table (``rcn,role,pic,type,...``)."""
    rcn = _digits(_cell(row, "rcn"), "rcn")
    pic = _digits(_cell(row, "pic"), "pic")
    start = _date(_cell(row, "start_date"), "start_date")
    country = _cell(row, "country")
    project = {
        "id": f"h2020-{rcn}",
        "props": {
            "rcn": rcn,
            "programme": "H2020",
            "source": "cordis",
            "startDate": start,
            "endDate": _date(_cell(row, "end_date"), "end_date"),
            "totalCost": _amount(_cell(row, "total_cost"), "total_cost"),
        },
    }
    facts = {
        "typeParticipation": _choice(ACTIVITY_TYPES, _cell(row, "type"), "activity type"),
        "countryParticipation": country,
    }
    role = _cell(row, "role")
    return Participation(
        file,
        line,
        project,
        _organization(pic, facts, SOURCE_H2020),
        _choice(ROLES, role, "role"),
        _amount(_cell(row, "contribution"), "contribution"),
        country,
        start,
        cordis_role=role,
    )


def parse_official(
    file: str, line: int, row: dict[str, str], links: dict[str, str]
) -> Participation:
    """A row of the official CORDIS ``organization.csv`` download.

    Its project is ``h2020-<rcn>`` when the grant map links the grant to an ``rcn`` (so it
    joins the participation table's project), else ``h2020-grant-<projectID>``.
    """
    grant = _digits(_cell(row, "projectID"), "projectID")
    pic = _digits(_cell(row, "organisationID"), "organisationID")
    country = _cell(row, "country")
    facts = {
        "typeParticipation": _activity(_cell(row, "activityType"), "activityType"),
        "countryParticipation": country,
        "nameCordis": _name(row, "name"),
        "shortNameCordis": _name(row, "shortName"),
        "cityCordis": _cell(row, "city"),
        "websiteCordis": _website(row, "organizationURL"),
        "smeCordis": BOOLEANS.get(_cell(row, "SME").lower()),
    }
    rcn = links.get(grant)
    project = {
        "id": f"h2020-{rcn}" if rcn else f"h2020-grant-{grant}",
        "props": {
            "grantId": grant,
            "acronym": _cell(row, "projectAcronym") or None,
            "programme": "H2020",
            "source": "cordis",
        },
    }
    role = _cell(row, "role")
    return Participation(
        file,
        line,
        project,
        _organization(pic, facts, SOURCE_OFFICIAL),
        _choice(ROLES, role, "role"),
        _amount(_cell(row, "ecContribution"), "ecContribution"),
        country,
        None,
        cordis_role=role,
    )


def parse_horizon_participation(file: str, line: int, row: dict[str, str]) -> Participation:
    """A row of the Horizon Europe participation table (``projectID,organisationID,...``).

    No roles, contributions or dates: the project's call year comes from its call topic.
    """
    grant = _digits(_cell(row, "projectID"), "projectID")
    pic = _digits(_cell(row, "organisationID"), "organisationID")
    country = _cell(row, "country")
    facts = {"nameHorizon": _name(row, "name"), "countryHorizon": country}
    project = {
        "id": f"he-{grant}",
        "props": {"grantId": grant, "programme": "HORIZON", "source": "cordis"},
    }
    organization = _organization(pic, facts, SOURCE_HORIZON)
    return Participation(file, line, project, organization, None, None, country, None, grant)


def parse_horizon_organization(file: str, line: int, row: dict[str, str]) -> Participation:
    """A row of the complete Horizon Europe organisations table (one organisation in one
    project in one role): its role and contribution, and the organisation's facts: kind
    (activity type), SME status, names, city, country, NUTS region and coordinates."""
    grant = _digits(_cell(row, "projectID"), "projectID")
    pic = _digits(_cell(row, "organisationID"), "organisationID")
    role = _choice(HORIZON_ROLES, _cell(row, "role"), "role")
    country = _cell(row, "country")
    latitude, longitude = _coordinates(_cell(row, "geolocation"))
    facts = {
        "nameHorizonEurope": _name(row, "name"),
        "shortNameHorizonEurope": _name(row, "shortName"),
        "cityHorizonEurope": _cell(row, "city"),
        "countryHorizonEurope": country,
        "regionHorizonEurope": _cell(row, "nutsCode"),
        "typeHorizonEurope": _activity(_cell(row, "activityType"), "activityType"),
        "smeHorizonEurope": _boolean(_cell(row, "SME"), "SME"),
        "latitudeHorizonEurope": latitude,
        "longitudeHorizonEurope": longitude,
    }
    project = {
        "id": f"he-{grant}",
        "props": {"grantId": grant, "programme": "HORIZON", "source": "cordis"},
    }
    return Participation(
        file,
        line,
        project,
        _organization(pic, facts, SOURCE_HORIZON_EUROPE),
        ROLES[role],
        _amount(_cell(row, "ecContribution"), "ecContribution"),
        country,
        None,
        grant,
        role,
    )


def stronger_role(a: str | None, b: str | None) -> str | None:
    """The stronger of two Horizon Europe roles (coordinator first)."""
    known = [r for r in (a, b) if r in HORIZON_ROLES]
    return min(known, key=HORIZON_ROLES.index) if known else (a or b)


def _boolean(value: str, column: str) -> bool | None:
    if not value:
        return None
    found = BOOLEANS.get(value.lower())
    if found is None:
        raise ValueError(f"{column} {value!r} is not True or False")
    return found


def _coordinates(value: str) -> tuple[float | None, float | None]:
    """``latitude,longitude`` as two numbers in range, or (None, None) when empty."""
    if not value:
        return None, None
    parts = value.split(",")
    try:
        latitude, longitude = (float(part) for part in parts)
    except ValueError:
        raise ValueError(f"geolocation {value!r} is not 'latitude,longitude'") from None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ValueError(f"geolocation {value!r} is out of range")
    return latitude, longitude


def parse_names(file: str, line: int, row: dict[str, str]) -> Facts:
    """A row of the H2020 organisation name table (``pic,name,shortName,...``)."""
    pic = _pic(row, "pic")
    facts = {
        "nameCordis": _name(row, "name"),
        "shortNameCordis": _name(row, "shortName"),
        "cityCordis": _cell(row, "city"),
        "countryCordis": _cell(row, "country"),
        "typeCordis": _activity(_cell(row, "activityType"), "activityType"),
    }
    return _facts(file, line, pic, facts, SOURCE_NAMES)


def parse_supplement(file: str, line: int, row: dict[str, str]) -> Facts:
    """A row of the organisation supplement (``pic,name,short_name,...,nuts3,url,source``)."""
    pic = _pic(row, "pic")
    facts = {
        "nameSupplement": _name(row, "name"),
        "shortNameSupplement": _name(row, "short_name"),
        "citySupplement": _cell(row, "city"),
        "regionSupplement": _cell(row, "nuts3"),
        "websiteSupplement": _website(row, "url"),
        "countrySupplement": _cell(row, "country"),
        "typeSupplement": _activity(_cell(row, "activity_type"), "activity_type"),
    }
    source = _cell(row, "source")
    return _facts(file, line, pic, facts, f"{SOURCE_SUPPLEMENT} ({source or file})")


def _facts(file: str, line: int, pic: str, facts: Row, source: str) -> Facts:
    present = _present(facts)
    if not present:
        raise NothingToImport("no name or other fact to import")
    return Facts(file, line, f"pic-{pic}", present, source)


def parse_part(row: dict[str, str]) -> tuple[str, str]:
    """A row of the programme parts table: the project id and the part."""
    rcn = _digits(_cell(row, "rcn"), "rcn")
    part = _cell(row, "programme_part")
    if not part:
        raise NothingToImport("programme_part is empty")
    return f"h2020-{rcn}", part


def parse_link(row: dict[str, str]) -> tuple[str, str, str]:
    """A row of the rcn to grant id map: (grant id, rcn, how the link was made)."""
    rcn = _digits(_cell(row, "rcn"), "rcn")
    grant = _digits(_cell(row, "grant_id"), "grant_id")
    return grant, rcn, _cell(row, "method")


def parse_project(file: str, line: int, row: dict[str, str]) -> GrantFacts:
    """A row of the H2020 projects table: acronym, title, thematic area, type of action, call
    topic and its description, EU contribution."""
    grant = _digits(_cell(row, "grant_id"), "grant_id")
    values = {
        "acronym": _cell(row, "acronym"),
        "title": _cell(row, "title"),
        "thematicArea": _cell(row, "thema"),
        "typeOfAction": _cell(row, "type_of_action"),
        "callTopic": _cell(row, "topic"),
        "topicDescription": _cell(row, "topic_description"),
        "euContribution": _amount(_cell(row, "eu_contribution"), "eu_contribution"),
    }
    return GrantFacts(file, line, grant, _present(values))


def parse_call_topic(file: str, line: int, row: dict[str, str]) -> GrantFacts:
    """A row of a call topic table (``projectID,topic,title``; the title is the topic's)."""
    grant = _digits(_cell(row, "projectID"), "projectID")
    code = _cell(row, "topic")
    if not code:
        raise NothingToImport("topic is empty")
    values = {"callTopic": code, "topicTitle": _cell(row, "title")}
    return GrantFacts(file, line, grant, _present(values))


def parse_horizon_project(file: str, line: int, row: dict[str, str]) -> GrantFacts:
    """A row of the complete Horizon Europe projects table: acronym, title, status, dates,
    costs, call topic and its title, call, funding scheme, keywords and abstract."""
    grant = _digits(_cell(row, "projectID"), "projectID")
    start = _date(_cell(row, "startDate"), "startDate")
    end = _date(_cell(row, "endDate"), "endDate")
    if start and end and end < start:
        raise ValueError(f"endDate {end} is before startDate {start}")
    keywords = [k.strip() for k in _cell(row, "keywords").split(",") if k.strip()]
    values = {
        "acronym": _cell(row, "acronym"),
        "title": _cell(row, "title"),
        "status": _cell(row, "status"),
        "startDate": start,
        "endDate": end,
        "totalCost": _amount(_cell(row, "totalCost"), "totalCost"),
        "euContribution": _amount(_cell(row, "ecMaxContribution"), "ecMaxContribution"),
        "callTopic": _cell(row, "topics"),
        "topicTitle": _cell(row, "topicTitles"),
        "call": _cell(row, "masterCall"),
        "fundingScheme": _cell(row, "fundingScheme"),
        "keywords": keywords,
        "abstract": _cell(row, "objective"),
    }
    return GrantFacts(file, line, grant, _present(values))


def parse_field(file: str, line: int, row: dict[str, str]) -> GrantFacts:
    """A row of the euroSciVoc table: a project's field of science, with its path.

    ``code`` and ``path`` are split into levels (``/23/47/307`` and ``/natural sciences/
    computer and information sciences/software``); they must have as many levels.
    """
    grant = _digits(_cell(row, "projectID"), "projectID")
    codes = [c for c in _cell(row, "euroSciVocCode").split("/") if c]
    names = [n.strip() for n in _cell(row, "euroSciVocPath").split("/") if n.strip()]
    if not codes:
        raise NothingToImport("euroSciVocCode is empty")
    if not all(c.isdigit() for c in codes):
        raise ValueError(f"euroSciVocCode {_cell(row, 'euroSciVocCode')!r} is not /n/n/...")
    if len(names) != len(codes):
        raise ValueError(f"euroSciVocPath has {len(names)} levels, euroSciVocCode {len(codes)}")
    return GrantFacts(file, line, grant, {"codes": codes, "names": names})
