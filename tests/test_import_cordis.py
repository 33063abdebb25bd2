"""The CORDIS importer against a real Neo4j: own fixtures and the shared CORDIS data."""

from __future__ import annotations

import csv
import datetime
import gzip
from pathlib import Path
from typing import Any

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers import cordis
from importers.bundle import import_bundle
from importers.cordis import CordisFormatError, expand, import_cordis
from importers.cordis_formats import parse_names
from importers.report import graph_stats
from tests.conftest import FIXTURES

CORDIS = FIXTURES / "cordis"
TABLES = [
    CORDIS / "participations.csv",
    CORDIS / "organizations.csv",
    CORDIS / "programme_parts.csv",
]


def _rows(driver: Driver, settings: Settings, query: str) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(query, database_=settings.database)
    return [record.data() for record in records]


def test_participation_tables(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, TABLES)

    assert {(r.file, r.line) for r in report.rejections} == {
        ("participations.csv", 7),
        ("participations.csv", 8),
    }
    stats = graph_stats(empty_graph, settings.database)
    assert stats["nodes"]["Organization"] == 4
    assert stats["nodes"]["Project"] == 3
    assert stats["relationships"]["PARTICIPATES_IN"] == 5
    orgs = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, "
        "[l IN labels(o) WHERE l <> 'Organization'][0] AS kind ORDER BY id",
    )
    assert orgs[0] == {"id": "pic-900000001", "name": "ACME AUTOMOTIVE SA", "kind": "Company"}
    assert orgs[1] == {"id": "pic-900000002", "name": None, "kind": "ResearchInstitution"}
    assert orgs[3]["kind"] == "PublicActor"
    assert report.files["organizations.csv"].skipped == 1


def test_programme_parts(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, TABLES)

    topics = _rows(
        empty_graph,
        settings,
        "MATCH (t:Topic) RETURN t.id AS id, t.name AS name, t.kind AS kind ORDER BY id",
    )
    assert {
        "id": "h2020-part-SC4",
        "name": "Smart, green and integrated transport",
        "kind": "programmePart",
    } in topics
    assert "h2020-part-ERC" not in [t["id"] for t in topics]  # its project is unknown
    leit = _rows(
        empty_graph,
        settings,
        "MATCH (o {id: 'pic-900000002'})-[:PARTICIPATES_IN]->(p)-[:ADDRESSES]->"
        "({id: 'h2020-part-LEIT'}) RETURN count(p) AS projects",
    )
    assert leit == [{"projects": 2}]
    roles = _rows(
        empty_graph,
        settings,
        "MATCH (o)-[r:PARTICIPATES_IN]->(:Project {id: 'h2020-1003'}) "
        "RETURN r.role AS role ORDER BY role",
    )
    assert roles == [{"role": "COORDINATOR"}, {"role": "PARTNER"}]


def test_names_apply_in_any_order_and_in_a_later_run(
    empty_graph: Driver, settings: Settings
) -> None:
    import_cordis(empty_graph, settings.database, [CORDIS / "participations.csv"])
    report = import_cordis(
        empty_graph,
        settings.database,
        [CORDIS / "programme_parts.csv", CORDIS / "organizations.csv"],
    )

    names = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization) WHERE o.name IS NOT NULL RETURN o.id AS id ORDER BY id",
    )
    assert names == [{"id": "pic-900000001"}, {"id": "pic-900000003"}]
    assert report.files["organizations.csv"].updated == 2
    assert graph_stats(empty_graph, settings.database)["relationships"]["ADDRESSES"] == 4
    assert report.files["programme_parts.csv"].updated == 4


def test_reimport_changes_no_count(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, TABLES)
    before = graph_stats(empty_graph, settings.database)

    again = import_cordis(empty_graph, settings.database, list(reversed(TABLES)))

    assert graph_stats(empty_graph, settings.database) == before
    assert again.files["participations.csv"].created == 0
    assert again.files["participations.csv"].updated == 5


def test_until_and_country(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(
        empty_graph,
        settings.database,
        [CORDIS / "participations.csv"],
        until=datetime.date(2019, 1, 1),
        with_country="LU",
    )

    projects = _rows(empty_graph, settings, "MATCH (p:Project) RETURN p.id AS id")
    assert projects == [{"id": "h2020-1001"}]
    assert report.files["participations.csv"].skipped == 3
    assert graph_stats(empty_graph, settings.database)["nodes"]["Organization"] == 2


def test_official_format(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, [CORDIS / "organization.csv"])

    assert [(r.line, r.reason) for r in report.rejections] == [
        (4, "organisationID 'ABC' is not a number")
    ]
    rows = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization)-[r:PARTICIPATES_IN]->"
        "(p:Project {id: 'h2020-grant-651036'})"
        " RETURN o.name AS name, o.sme AS sme, r.role AS role, p.acronym AS acronym "
        "ORDER BY name",
    )
    assert rows == [
        {"name": "ALTERIX LTD", "sme": True, "role": "COORDINATOR", "acronym": "iBoard"},
        {"name": "UNIVERSITE DU LUXEMBOURG", "sme": False, "role": "PARTNER", "acronym": "iBoard"},
    ]


def test_unknown_header_names_the_file(empty_graph: Driver, settings: Settings) -> None:
    with pytest.raises(CordisFormatError, match=r"unknown\.csv"):
        import_cordis(
            empty_graph, settings.database, [CORDIS / "participations.csv", CORDIS / "unknown.csv"]
        )
    assert graph_stats(empty_graph, settings.database)["nodes"] == {}


HORIZON = CORDIS / "horizon"
EVERYTHING = [
    *TABLES,
    CORDIS / "rcn_grant_map.csv",
    CORDIS / "projects.csv",
    CORDIS / "organizations_supplement.csv",
    HORIZON / "participations.csv",
    HORIZON / "topics.csv",
    HORIZON / "euroscivoc.csv",
]
ORGANIZATIONS = (
    "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.names AS names, "
    "o.nameSource AS source, o.country AS country, o.city AS city, o.region AS region, "
    "o.website AS website, [l IN labels(o) WHERE l <> 'Organization'] AS kinds ORDER BY id"
)


def _organizations(driver: Driver, settings: Settings) -> dict[str, dict[str, Any]]:
    return {str(r["id"]): r for r in _rows(driver, settings, ORGANIZATIONS)}


def test_every_format_together(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, EVERYTHING)

    assert {(r.file, r.line) for r in report.rejections} == {
        ("cordis/participations.csv", 7),
        ("cordis/participations.csv", 8),
        ("rcn_grant_map.csv", 5),
        ("projects.csv", 5),
        ("projects.csv", 6),
        ("organizations_supplement.csv", 6),
        ("horizon/participations.csv", 8),
        ("euroscivoc.csv", 5),
    }
    assert {(w.file, w.line) for w in report.warnings} == {
        ("organizations_supplement.csv", 4),
        ("topics.csv", 5),
    }
    assert report.files["projects.csv"].skipped == 1  # grant 700999: not in the graph
    assert report.files["topics.csv"].skipped == 1
    assert report.files["rcn_grant_map.csv"].skipped == 1
    stats = graph_stats(empty_graph, settings.database)
    assert stats["programmes"]["HORIZON"]["projects"] == 2
    assert stats["programmes"]["HORIZON"]["participations"] == 6
    assert stats["programmes"]["H2020"]["withTitledProject"] == 4


@pytest.mark.parametrize("grant_part", [cordis.GRANT_PART, 1])
def test_titles_dates_and_call_topics(
    empty_graph: Driver, settings: Settings, monkeypatch: pytest.MonkeyPatch, grant_part: int
) -> None:
    """Also with the grant tables written one row at a time (read again in parts)."""
    monkeypatch.setattr(cordis, "GRANT_PART", grant_part)
    import_cordis(empty_graph, settings.database, EVERYTHING)

    projects = {
        r["id"]: r
        for r in _rows(
            empty_graph,
            settings,
            "MATCH (p:Project) RETURN p.id AS id, p.acronym AS acronym, p.title AS title, "
            "p.programme AS programme, p.startYear AS year, p.datePrecision AS precision, "
            "p.timelineDate AS timeline, p.startDate AS start, p.callTopic AS call, "
            "p.grantId AS grant, p.euContribution AS eu, "
            "[(p)-[:ADDRESSES]->(t) | t.id] AS topics",
        )
    }
    car = projects["h2020-1001"]
    assert (car["acronym"], car["title"], car["call"], car["grant"], car["eu"]) == (
        "ACME-CAR",
        "Cleaner cars for Europe",
        "GV-01-2015",
        "700001",
        300000.0,
    )
    assert (car["year"], car["precision"]) == (2015, "DAY")
    assert set(car["topics"]) == {
        "h2020-part-SC4",
        "h2020-part-LEIT",
        "call-GV-01-2015",
        "h2020-area-smart-green-and-integrated-transport",
    }
    assert projects["h2020-1002"]["title"] is None  # not in the grant map: untitled
    road = projects["he-101100001"]
    assert road["programme"] == "HORIZON"
    assert (road["start"], road["year"], road["precision"]) == (None, 2021, "YEAR")
    assert road["timeline"].to_native() == datetime.date(2021, 12, 31)
    assert set(road["topics"]) == {
        "call-HORIZON-CL5-2021-D5-01-03",
        "he-part-CL5",
        "esv-25-75-461-1235",
        "esv-29-99-547-1343",
    }
    broader = {
        r["id"]: r["broader"]
        for r in _rows(
            empty_graph,
            settings,
            "MATCH (t:Topic)-[:BROADER]->(b:Topic) RETURN t.id AS id, b.id AS broader",
        )
    }
    assert broader["call-HORIZON-CL5-2021-D5-01-03"] == "call-family-HORIZON-CL5-D5"
    assert broader["call-family-HORIZON-CL5-D5"] == "call-family-HORIZON-CL5"
    assert broader["call-GV-01-2015"] == "call-family-GV"
    # a family known by name says it (importers.calls.FAMILY_NAMES); a broad one, its code
    families = {
        r["id"]: r["description"]
        for r in _rows(
            empty_graph,
            settings,
            "MATCH (t:Topic {kind: 'callFamily'}) RETURN t.id AS id, t.description AS description",
        )
    }
    assert families["call-family-HORIZON-CL5-D5"] == (
        "Clean and competitive solutions for all transport modes: call topics whose code starts "
        "with HORIZON-CL5-D5"
    )
    assert families["call-family-HORIZON-CL5"] == "Call topics whose code starts with HORIZON-CL5"
    assert broader["esv-25-75-461-1235"] == "esv-25-75-461"
    assert broader["esv-25-75"] == "esv-25"
    fields = _rows(
        empty_graph,
        settings,
        "MATCH (t:Topic {id: 'esv-25-75-461-1235'}) RETURN t.name AS name, t.kind AS kind, "
        "t.code AS code, t.description AS description",
    )
    assert fields == [
        {
            "name": "automotive engineering",
            "kind": "fieldOfScience",
            "code": "/25/75/461/1235",
            "description": "engineering and technology / mechanical engineering / "
            "vehicle engineering / automotive engineering",
        }
    ]


def test_names_by_precedence_and_unknown_kinds(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, EVERYTHING)

    orgs = _organizations(empty_graph, settings)
    acme = orgs["pic-900000001"]
    assert acme["name"] == "ACME AUTOMOTIVE SA"  # the CORDIS name table beats all others
    assert acme["source"] == "cordis"
    assert acme["names"] == [
        "ACME AUTOMOTIVE SA",
        "ACME AUTOMOTIVE S.A.",
        "ACME FROM THE SUPPLEMENT",
    ]
    assert (acme["city"], acme["region"], acme["website"]) == (
        "LUXEMBOURG",
        "LU000",
        "https://acme.example",
    )
    uni = orgs["pic-900000002"]
    assert (uni["name"], uni["source"]) == (
        "UNI BEISPIEL (HORIZON NAME)",
        "horizon-europe-partial",
    )
    assert uni["kinds"] == ["ResearchInstitution"]  # from its H2020 participation
    assert (uni["city"], uni["region"]) == ("BERLIN", "DE300")
    new = orgs["pic-900000006"]
    assert (new["name"], new["country"], new["kinds"]) == ("NEW HORIZON GMBH", "DE", [])
    lyon = orgs["pic-900000007"]  # no name in Horizon Europe; the supplement has one
    assert (lyon["name"], lyon["kinds"]) == ("SEEN ONLY IN HORIZON EUROPE", ["ResearchInstitution"])
    assert orgs["pic-900000008"]["name"] is None  # named nowhere: never invented


def test_any_order_and_again_gives_the_same_graph(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, list(reversed(EVERYTHING)))
    reversed_orgs = _organizations(empty_graph, settings)
    before = graph_stats(empty_graph, settings.database)

    import_cordis(empty_graph, settings.database, EVERYTHING)

    assert graph_stats(empty_graph, settings.database) == before
    assert _organizations(empty_graph, settings) == reversed_orgs


def test_a_name_set_by_a_person_survives_imports(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    import_cordis(empty_graph, settings.database, EVERYTHING)
    (tmp_path / "organizations.csv").write_text(
        "id,name,shortName,kind,country,city,website,description,sme,pic\n"
        "pic-900000001,ACME as the cluster knows it,,COMPANY,LU,,,,,900000001\n",
        encoding="utf-8",
    )
    assert import_bundle(empty_graph, settings.database, tmp_path).ok

    import_cordis(empty_graph, settings.database, EVERYTHING)

    acme = _organizations(empty_graph, settings)["pic-900000001"]
    assert (acme["name"], acme["source"]) == ("ACME as the cluster knows it", "manual")
    assert "ACME AUTOMOTIVE SA" in acme["names"]


def test_until_counts_horizon_europe_by_call_year(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(
        empty_graph, settings.database, EVERYTHING, until=datetime.date(2022, 1, 1)
    )

    projects = _rows(empty_graph, settings, "MATCH (p:Project) RETURN p.id AS id ORDER BY id")
    assert [p["id"] for p in projects] == [
        "h2020-1001",
        "h2020-1002",
        "h2020-1003",
        "he-101100001",
    ]
    assert report.files["horizon/participations.csv"].skipped == 3  # the 2023 call's project


def test_a_folder_gives_its_csv_files(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(empty_graph, settings.database, [HORIZON])

    # its dated snapshot (2025-12/) supersedes the partial files beside it
    assert set(report.files) >= {"projects.csv", "organizations.csv", "euroscivoc.csv"}
    assert "participations.csv" not in report.files
    assert graph_stats(empty_graph, settings.database)["programmes"]["HORIZON"]["projects"] == 3


def test_luxembourg_slice_of_the_real_data(
    empty_graph: Driver, settings: Settings, shared_data: Path
) -> None:
    folders = [shared_data, shared_data.parent / "cordis-horizon-europe"]
    report = import_cordis(empty_graph, settings.database, folders, with_country="LU")
    before = graph_stats(empty_graph, settings.database)

    import_cordis(empty_graph, settings.database, folders, with_country="LU")

    assert report.ok, report.rejections[:5]
    assert [(w.file, w.line) for w in report.warnings] == [("organizations.csv", 586)]
    assert graph_stats(empty_graph, settings.database) == before
    assert before["programmes"]["H2020"]["projects"] == 437
    h2020 = before["programmes"]["H2020"]
    assert h2020["titledProjects"] == 394
    # Horizon Europe, from its complete snapshot: counted here from the file itself
    rows = _complete_rows(shared_data.parent / "cordis-horizon-europe" / "2025-12")
    projects = {r["projectID"] for r in rows if r["country"] == "LU"}
    pairs = {(r["projectID"], r["organisationID"]) for r in rows if r["projectID"] in projects}
    horizon = before["programmes"]["HORIZON"]
    assert horizon["projects"] == len(projects) == 431
    assert horizon["participations"] == len(pairs)
    assert horizon["titledProjects"] == horizon["datedProjects"] == horizon["projects"]
    assert horizon["withRole"] == horizon["participations"]
    assert horizon["organizationsWithKind"] == horizon["organizations"]
    lu = _rows(empty_graph, settings, "MATCH (o:Organization {country: 'LU'}) RETURN count(o) AS n")
    lu_pics = {r["organisationID"] for r in rows if r["country"] == "LU"}
    assert lu[0]["n"] >= len(lu_pics)  # with those seen only in Horizon 2020


def _complete_rows(folder: Path) -> list[dict[str, str]]:
    with gzip.open(folder / "organizations.csv.gz", "rt", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_a_pair_given_twice_is_one_participation_new_project_or_not(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    header = TABLES[0].read_text().splitlines()[0]
    row = "{rcn},{role},900000001,PRC,{amount},LU,2015-01-01,2017-12-31,1,1,2015,2017,36,eu15,1"
    first = tmp_path / "participations.csv"
    first.write_text(
        "\n".join(
            [
                header,
                row.format(rcn=2001, role="participant", amount=10),
                row.format(rcn=2001, role="coordinator", amount=20),
            ]
        )
        + "\n"
    )
    import_cordis(empty_graph, settings.database, [first])
    query = (
        "MATCH (:Organization)-[r:PARTICIPATES_IN]->(p:Project) "
        "RETURN p.id AS project, r.role AS role, r.contribution AS contribution"
    )
    assert _rows(empty_graph, settings, query) == [
        {"project": "h2020-2001", "role": "COORDINATOR", "contribution": 20.0}
    ]
    # The project now exists: a later run merges into its participation.
    first.write_text(header + "\n" + row.format(rcn=2001, role="partner", amount=30) + "\n")
    report = import_cordis(empty_graph, settings.database, [first])

    assert _rows(empty_graph, settings, query) == [
        {"project": "h2020-2001", "role": "PARTNER", "contribution": 30.0}
    ]
    assert report.files["participations.csv"].created == 0


# The complete Horizon Europe data (a dated snapshot folder beside the partial files).
COMPLETE = HORIZON / "2025-12"
COMPLETE_FILES = [
    COMPLETE / "projects.csv",
    COMPLETE / "organizations.csv",
    COMPLETE / "euroscivoc.csv",
]
HE_PROJECTS = (
    "MATCH (p:Project {programme: 'HORIZON'}) RETURN p.id AS id, p.acronym AS acronym, "
    "p.title AS title, p.status AS status, p.startDate AS start, p.endDate AS end, "
    "p.datePrecision AS precision, p.keywords AS keywords, p.keywordText AS keywordText, "
    "p.abstract AS abstract, p.fundingScheme AS scheme, p.call AS call, "
    "p.callTopic AS callTopic, p.euContribution AS eu ORDER BY id"
)
HE_PARTICIPATIONS = (
    "MATCH (o:Organization)-[r:PARTICIPATES_IN]->(p:Project {programme: 'HORIZON'}) "
    "RETURN p.id AS project, o.id AS organization, r.role AS role, r.cordisRole AS cordisRole, "
    "r.contribution AS contribution ORDER BY project, organization"
)


def test_complete_horizon_europe_rejects_each_malformed_row(
    empty_graph: Driver, settings: Settings
) -> None:
    report = import_cordis(empty_graph, settings.database, COMPLETE_FILES)

    reasons = {(r.file, r.line): r.reason for r in report.rejections}
    assert len(report.rejections) == len(reasons)  # each once, though projects.csv is read twice
    assert set(reasons) == {
        ("projects.csv", 5),
        ("projects.csv", 6),
        ("projects.csv", 7),
        ("organizations.csv", 8),
        ("organizations.csv", 9),
        ("organizations.csv", 10),
    }
    assert "startDate '2025-13-01' is not a date" in reasons[("projects.csv", 5)]
    assert "endDate 2024-01-31 is before startDate 2025-06-01" in reasons[("projects.csv", 6)]
    assert "projectID '10110000X' is not a number" in reasons[("projects.csv", 7)]
    assert (
        "role 'observer' is not one of coordinator, participant"
        in reasons[("organizations.csv", 8)]
    )
    assert reasons[("organizations.csv", 9)] == "SME 'maybe' is not True or False"
    assert "geolocation 'north'" in reasons[("organizations.csv", 10)]
    # The good rows are imported all the same; the malformed date's project has no row left.
    stats = graph_stats(empty_graph, settings.database)
    assert stats["programmes"]["HORIZON"]["projects"] == 3
    assert report.files["projects.csv"].skipped == 0


def test_complete_horizon_europe_projects(empty_graph: Driver, settings: Settings) -> None:
    import_cordis(empty_graph, settings.database, COMPLETE_FILES)

    projects = {r["id"]: r for r in _rows(empty_graph, settings, HE_PROJECTS)}
    road = projects["he-101100001"]
    assert (road["acronym"], road["title"], road["status"]) == (
        "ROADZERO",
        "Zero-emission road freight with hydrogen trucks",
        "SIGNED",
    )
    assert road["start"].to_native() == datetime.date(2022, 1, 1)
    assert road["end"].to_native() == datetime.date(2025, 12, 31)
    assert road["precision"] == "DAY"
    assert road["keywords"] == ["hydrogen", "heavy-duty trucks", "refuelling"]
    assert road["keywordText"] == "hydrogen, heavy-duty trucks, refuelling"
    assert road["abstract"].startswith("ROADZERO develops hydrogen refuelling")
    assert (road["scheme"], road["call"], road["callTopic"], road["eu"]) == (
        "HORIZON-RIA",
        "HORIZON-CL5-2021-D5",
        "HORIZON-CL5-2021-D5-01-03",
        400000.0,
    )
    assert projects["he-101100003"]["keywords"] is None  # none given: no empty list stored
    call = _rows(
        empty_graph,
        settings,
        "MATCH (:Project {id: 'he-101100001'})-[:ADDRESSES]->(t:Topic {kind: 'callTopic'}) "
        "RETURN t.description AS title",
    )
    assert call == [{"title": "Zero-emission road transport"}]


def test_complete_horizon_europe_roles_and_organisations(
    empty_graph: Driver, settings: Settings
) -> None:
    import_cordis(empty_graph, settings.database, COMPLETE_FILES)

    links = _rows(empty_graph, settings, HE_PARTICIPATIONS)
    assert links == [
        {
            "project": "he-101100001",
            "organization": "pic-900000001",
            "role": "COORDINATOR",
            "cordisRole": "coordinator",
            "contribution": 150000.0,
        },
        # listed twice (participant and third party): one link, the stronger role, both sums
        {
            "project": "he-101100001",
            "organization": "pic-900000002",
            "role": "PARTNER",
            "cordisRole": "participant",
            "contribution": 105000.0,
        },
        {
            "project": "he-101100002",
            "organization": "pic-900000006",
            "role": "COORDINATOR",
            "cordisRole": "coordinator",
            "contribution": 200000.0,
        },
        {
            "project": "he-101100002",
            "organization": "pic-900000007",
            "role": "PARTNER",
            "cordisRole": "associatedPartner",
            "contribution": 0.0,
        },
        {
            "project": "he-101100003",
            "organization": "pic-900000010",
            "role": "COORDINATOR",
            "cordisRole": "coordinator",
            "contribution": 300000.0,
        },
    ]
    orgs = {
        r["id"]: r
        for r in _rows(
            empty_graph,
            settings,
            "MATCH (o:Organization) RETURN o.id AS id, o.name AS name, o.city AS city, "
            "o.region AS region, o.sme AS sme, o.latitude AS lat, o.longitude AS lon, "
            "[l IN labels(o) WHERE l <> 'Organization'] AS kinds",
        )
    }
    acme = orgs["pic-900000001"]
    assert (acme["name"], acme["city"], acme["region"], acme["sme"]) == (
        "ACME AUTOMOTIVE SARL",
        "ESCH-SUR-ALZETTE",
        "LU000",
        True,
    )
    assert (acme["lat"], acme["lon"], acme["kinds"]) == (49.5, 5.98, ["Company"])
    lyon = orgs["pic-900000007"]
    assert (lyon["sme"], lyon["lat"], lyon["kinds"]) == (None, None, ["ResearchInstitution"])
    assert orgs["pic-900000010"]["kinds"] == ["PublicActor"]
    assert all(o["kinds"] for o in orgs.values())  # every organisation has a kind


def test_complete_horizon_europe_reimport_changes_nothing(
    empty_graph: Driver, settings: Settings
) -> None:
    import_cordis(empty_graph, settings.database, COMPLETE_FILES)
    before = graph_stats(empty_graph, settings.database)
    links = _rows(empty_graph, settings, HE_PARTICIPATIONS)

    again = import_cordis(empty_graph, settings.database, list(reversed(COMPLETE_FILES)))

    assert graph_stats(empty_graph, settings.database) == before
    assert _rows(empty_graph, settings, HE_PARTICIPATIONS) == links
    assert again.files["organizations.csv"].created == 0


def test_names_read_once_as_mac_roman_get_their_accents_back() -> None:
    # rows as the H2020 name table of 2017 has them (602 of its 16,592)
    row = {
        "pic": "938626030",
        "name": "BUNDESMINISTERIUM F\u221a\u00faR BILDUNG",
        "shortName": "ARAG\u221a\u00ecN I+D",
        "activityType": "PUB",
        "country": "DE",
        "city": "M\u221a\u00banster",
    }
    facts = parse_names("organizations.csv", 2, row).facts
    assert (facts["nameCordis"], facts["shortNameCordis"], facts["cityCordis"]) == (
        "BUNDESMINISTERIUM FÜR BILDUNG",
        "ARAGÓN I+D",
        "Münster",
    )
    # text that only looks so stays as it is
    for name in (
        "10 pW/\u221aHz LAB",
        "CAFÉ MÜLLER",
        "L\u2019ÉCOLE DE DESIGN",
        "INSTITUT D\u2019ÉTUDES",
    ):
        assert (
            parse_names("organizations.csv", 3, {**row, "name": name}).facts["nameCordis"] == name
        )


def test_a_snapshot_folder_supersedes_the_files_beside_it() -> None:
    assert [p.name for p in expand([HORIZON])] == [
        "euroscivoc.csv",
        "organizations.csv",
        "projects.csv",
    ]
    assert all(p.parent == COMPLETE for p in expand([HORIZON]))
    # Named explicitly, the older files are still read.
    assert expand([HORIZON / "participations.csv"]) == [HORIZON / "participations.csv"]


def test_complete_data_over_an_earlier_partial_import(
    empty_graph: Driver, settings: Settings
) -> None:
    partial = [HORIZON / "participations.csv", HORIZON / "topics.csv"]
    import_cordis(empty_graph, settings.database, partial)
    assert {"organization": "pic-900000008", "project": "he-101100002"} in [
        {"organization": r["organization"], "project": r["project"]}
        for r in _rows(empty_graph, settings, HE_PARTICIPATIONS)
    ]

    import_cordis(empty_graph, settings.database, [HORIZON])

    links = _rows(empty_graph, settings, HE_PARTICIPATIONS)
    # The complete lists replace the partial ones: pic-900000006 left he-101100001 and
    # pic-900000008 left he-101100002; every remaining link has its role.
    assert [(r["project"], r["organization"]) for r in links] == [
        ("he-101100001", "pic-900000001"),
        ("he-101100001", "pic-900000002"),
        ("he-101100002", "pic-900000006"),
        ("he-101100002", "pic-900000007"),
        ("he-101100003", "pic-900000010"),
    ]
    assert all(r["role"] is not None for r in links)
    uni = _organizations(empty_graph, settings)["pic-900000002"]
    # the newest name is shown, the partial file's earlier name is kept
    assert uni["name"] == "UNIVERSITAET BEISPIEL"
    assert uni["names"] == ["UNIVERSITAET BEISPIEL", "UNI BEISPIEL (HORIZON NAME)"]
    assert uni["source"] == "horizon-europe"


def test_precedence_of_names_across_all_sources(
    empty_graph: Driver, settings: Settings, tmp_path: Path
) -> None:
    import_cordis(empty_graph, settings.database, [*EVERYTHING, *COMPLETE_FILES])

    acme = _organizations(empty_graph, settings)["pic-900000001"]
    # complete Horizon Europe (newest) > H2020 name table > partial Horizon Europe > supplement
    assert (acme["name"], acme["source"]) == ("ACME AUTOMOTIVE SARL", "horizon-europe")
    assert acme["names"] == [
        "ACME AUTOMOTIVE SARL",
        "ACME AUTOMOTIVE SA",
        "ACME AUTOMOTIVE S.A.",
        "ACME FROM THE SUPPLEMENT",
    ]
    assert (acme["city"], acme["region"], acme["website"]) == (
        "ESCH-SUR-ALZETTE",
        "LU000",
        "https://acme.example",  # only the supplement has a website
    )
    (tmp_path / "organizations.csv").write_text(
        "id,name,shortName,kind,country,city,website,description,sme,pic\n"
        "pic-900000001,ACME as the cluster knows it,,COMPANY,LU,,,,false,900000001\n",
        encoding="utf-8",
    )
    assert import_bundle(empty_graph, settings.database, tmp_path).ok
    import_cordis(empty_graph, settings.database, COMPLETE_FILES)

    shown = _rows(
        empty_graph,
        settings,
        "MATCH (o:Organization {id: 'pic-900000001'}) RETURN o.name AS name, o.sme AS sme",
    )
    assert shown == [{"name": "ACME as the cluster knows it", "sme": False}]  # manual first


def test_until_counts_horizon_europe_by_start_date(empty_graph: Driver, settings: Settings) -> None:
    report = import_cordis(
        empty_graph, settings.database, COMPLETE_FILES, until=datetime.date(2024, 3, 1)
    )

    projects = _rows(empty_graph, settings, "MATCH (p:Project) RETURN p.id AS id ORDER BY id")
    # he-101100002 starts on 2024-03-01 (its 2023 call year alone would have kept it)
    assert [p["id"] for p in projects] == ["he-101100001"]
    assert report.files["organizations.csv"].skipped == 3
