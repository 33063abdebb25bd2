"""The new data through the API: titles, Horizon Europe projects, themes at several grains,
names from several sources, unknown kinds (fixture files imported by the real importer)."""

from __future__ import annotations

import pytest
from neo4j import Driver

from graph.settings import Settings
from importers.cordis import import_cordis
from tests.conftest import GraphQLClient
from tests.test_import_cordis import EVERYTHING


@pytest.fixture
def imported(empty_graph: Driver, settings: Settings) -> Driver:
    import_cordis(empty_graph, settings.database, EVERYTHING)
    return empty_graph


async def test_a_call_family_known_by_name_shows_it(imported: Driver, gql: GraphQLClient) -> None:
    """The name "Clean and competitive solutions for all transport modes" tells a manager what
    HORIZON-CL5-D5 is; its name is searched too. A broad family shows its code."""
    body = await gql(
        """{ named: node(id: "call-family-HORIZON-CL5-D5") {
               displayName ... on Topic { name code } }
             broad: node(id: "call-family-HORIZON-CL5") { displayName }
             found: search(query: "competitive solutions transport modes", types: [TOPIC]) {
               node { id } } }"""
    )
    assert "errors" not in body, body["errors"]
    data = body["data"]
    assert data["named"] == {
        "displayName": "Clean and competitive solutions for all transport modes (HORIZON-CL5-D5)",
        "name": "HORIZON-CL5-D5",
        "code": "HORIZON-CL5-D5",
    }
    assert data["broad"] == {"displayName": "HORIZON-CL5"}
    assert {"id": "call-family-HORIZON-CL5-D5"} in [hit["node"] for hit in data["found"]]


PROJECTS = """{
  car: project(id: "h2020-1001") {
    displayName acronym title programme startYear datePrecision typeOfAction grantId
    callTopic {
      id kind code description programmePart { id }
      broader { id kind broader { id } programmePart { id } }
    }
    topics(kinds: [THEMATIC_AREA, PROGRAMME_PART]) { id kind }
  }
  road: project(id: "he-101100001") {
    displayName title programme startDate startYear datePrecision
    callTopic { code description }
    topics(kinds: [FIELD_OF_SCIENCE]) { name broader { name } }
  }
  untitled: project(id: "h2020-1002") { displayName title }
}"""


async def test_projects_with_titles_call_topics_and_dates(
    imported: Driver, gql: GraphQLClient
) -> None:
    body = await gql(PROJECTS)
    assert "errors" not in body, body["errors"]
    car = body["data"]["car"]
    assert car["displayName"] == "ACME-CAR: Cleaner cars for Europe"
    assert (car["programme"], car["startYear"], car["datePrecision"]) == ("H2020", 2015, "DAY")
    parts = [t["id"] for t in car["topics"] if t["kind"] == "PROGRAMME_PART"]
    assert car["callTopic"] == {
        "id": "call-GV-01-2015",
        "kind": "CALL_TOPIC",
        "code": "GV-01-2015",
        "description": "Green vehicles: next generation batteries",
        "programmePart": None,  # a family's only
        # the family's part: its projects' (the code "GV" does not say it); its one project
        # is in two parts, a tie: the smaller id
        "broader": {
            "id": "call-family-GV",
            "kind": "CALL_FAMILY",
            "broader": None,
            "programmePart": {"id": "h2020-part-LEIT"},
        },
    }
    assert sorted(parts) == ["h2020-part-LEIT", "h2020-part-SC4"]
    assert {t["kind"] for t in car["topics"]} == {"THEMATIC_AREA", "PROGRAMME_PART"}
    road = body["data"]["road"]
    assert road["displayName"] == "Untitled project (he-101100001)"
    assert road["title"] is None
    assert (road["programme"], road["startDate"], road["startYear"], road["datePrecision"]) == (
        "HORIZON",
        None,
        2021,
        "YEAR",
    )
    assert road["callTopic"]["code"] == "HORIZON-CL5-2021-D5-01-03"
    assert {"name": "automotive engineering", "broader": {"name": "vehicle engineering"}} in road[
        "topics"
    ]
    assert body["data"]["untitled"] == {
        "displayName": "Untitled project (h2020-1002)",
        "title": None,
    }


ORGANIZATIONS = """{
  acme: organization(id: "pic-900000001") {
    name displayName names nameSource region website sources kind
    competences(kinds: [CALL_FAMILY, FIELD_OF_SCIENCE], first: 10) {
      weight source topic { id }
    }
  }
  newcomer: organization(id: "pic-900000006") { name kind sources }
  nameless: organization(id: "pic-900000008") { name displayName kind }
  unknown: organizations(filter: {kinds: [UNKNOWN]}) { edges { node { id } } }
}"""


async def test_organisations_names_sources_and_unknown_kinds(
    imported: Driver, gql: GraphQLClient
) -> None:
    body = await gql(ORGANIZATIONS)
    assert "errors" not in body, body["errors"]
    acme = body["data"]["acme"]
    assert (acme["name"], acme["nameSource"], acme["kind"]) == (
        "ACME AUTOMOTIVE SA",
        "cordis",
        "COMPANY",
    )
    assert acme["names"][1:] == ["ACME AUTOMOTIVE S.A.", "ACME FROM THE SUPPLEMENT"]
    assert (acme["region"], acme["website"]) == ("LU000", "https://acme.example")
    assert "CORDIS Horizon Europe participations (partial)" in acme["sources"]
    competences = {c["topic"]["id"]: c for c in acme["competences"]}
    assert competences["call-family-GV"] == {
        "weight": 1.0,
        "source": "cordis",
        "topic": {"id": "call-family-GV"},
    }
    assert "esv-25" in competences  # the broadest field of a Horizon Europe project
    assert body["data"]["newcomer"]["kind"] == "UNKNOWN"
    assert body["data"]["nameless"] == {
        "name": None,
        "displayName": "Unnamed organisation (pic-900000008)",
        "kind": "UNKNOWN",
    }
    unknown = {e["node"]["id"] for e in body["data"]["unknown"]["edges"]}
    assert unknown == {"pic-900000006", "pic-900000008"}


SEARCH = """query($q: String!) { search(query: $q, first: 5) {
  node { id ... on Topic { kind } ... on Organization { name } }
} }"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GV-01-2015", "call-GV-01-2015"),  # a call topic by code
        ("next generation batteries", "call-GV-01-2015"),  # ... and by its description
        ("automotive engineering", "esv-25-75-461-1235"),  # a field of science
        ("ACME FROM THE SUPPLEMENT", "pic-900000001"),  # an organisation by another name
        ("cleaner cars", "h2020-1001"),  # a project by title words
    ],
)
async def test_search_finds_every_grain_and_every_name(
    imported: Driver, gql: GraphQLClient, text: str, expected: str
) -> None:
    body = await gql(SEARCH, {"q": text})
    assert "errors" not in body, body["errors"]
    assert body["data"]["search"][0]["node"]["id"] == expected


FILTERS = """{
  byFamily: organizations(filter: {topicId: "call-family-HORIZON-CL5"}) {
    totalCount edges { node { id } }
  }
  byField: projects(filter: {topicId: "esv-25"}) { totalCount edges { node { id } } }
  horizon: projects(filter: {programme: "HORIZON", startYearFrom: 2022}) {
    edges { node { id } }
  }
}"""


async def test_filters_work_with_every_grain(imported: Driver, gql: GraphQLClient) -> None:
    body = await gql(FILTERS)
    assert "errors" not in body, body["errors"]
    family = {e["node"]["id"] for e in body["data"]["byFamily"]["edges"]}
    assert family == {"pic-900000001", "pic-900000002", "pic-900000006"}
    assert [e["node"]["id"] for e in body["data"]["byField"]["edges"]] == ["he-101100001"]
    assert [e["node"]["id"] for e in body["data"]["horizon"]["edges"]] == ["he-101100002"]


FACETS = """{
  searchFacets(query: "acme") { types { value count } kinds { value count }
                                countries { value count } }
  companies: search(query: "acme", types: [ORGANIZATION], kinds: [COMPANY]) { node { id } }
  horizon: search(query: "horizon", programmes: ["HORIZON"]) { node { id } }
  german: search(query: "horizon", countries: ["de"]) { node { id } }
  viewer { role clusterIds }
}"""


async def test_search_facets_filters_and_the_viewer(imported: Driver, gql: GraphQLClient) -> None:
    body = await gql(FACETS)
    assert "errors" not in body, body["errors"]
    facets = body["data"]["searchFacets"]
    assert {"value": "ORGANIZATION", "count": 1} in facets["types"]
    assert facets["kinds"] == [{"value": "COMPANY", "count": 1}]
    assert facets["countries"] == [{"value": "LU", "count": 1}]
    assert [h["node"]["id"] for h in body["data"]["companies"]] == ["pic-900000001"]
    assert body["data"]["horizon"] == []  # no project is named after Horizon
    german = {h["node"]["id"] for h in body["data"]["german"]}
    assert german == {"pic-900000006", "pic-900000002"}  # NEW HORIZON GMBH, UNI ... (HORIZON NAME)
    assert body["data"]["viewer"] == {"role": "ANONYMOUS", "clusterIds": []}


FACETS_WITHIN = """{
  all: searchFacets(query: "horizon") { types { value count } kinds { value count }
                                        countries { value count } }
  research: searchFacets(query: "horizon", kinds: [RESEARCH_INSTITUTION]) {
    types { value count } kinds { value count } countries { value count } }
  french: searchFacets(query: "horizon", countries: ["fr"]) {
    kinds { value count } countries { value count } }
  german: searchFacets(query: "horizon", countries: ["DE"]) { kinds { value count } }
  small: searchFacets(query: "horizon", sme: true) { kinds { value count } }
}"""


async def test_each_organisation_facet_counts_within_the_others(
    imported: Driver, gql: GraphQLClient
) -> None:
    body = await gql(FACETS_WITHIN)
    assert "errors" not in body, body["errors"]
    data = body["data"]
    # the Universitaet Beispiel (HORIZON NAME, DE), NEW HORIZON GMBH (DE, kind not given
    # here) and a French research institution
    assert data["all"]["kinds"] == [
        {"value": "RESEARCH_INSTITUTION", "count": 2},
        {"value": "UNKNOWN", "count": 1},
    ]
    assert data["all"]["countries"] == [{"value": "DE", "count": 2}, {"value": "FR", "count": 1}]
    research = data["research"]
    assert research["countries"] == [{"value": "DE", "count": 1}, {"value": "FR", "count": 1}]
    # a facet leaves out its own condition, and types count every match
    assert research["kinds"] == data["all"]["kinds"]
    assert research["types"] == data["all"]["types"]
    assert data["french"] == {
        "kinds": [{"value": "RESEARCH_INSTITUTION", "count": 1}],
        "countries": data["all"]["countries"],
    }
    assert data["german"]["kinds"] == [
        {"value": "RESEARCH_INSTITUTION", "count": 1},
        {"value": "UNKNOWN", "count": 1},
    ]
    assert data["small"]["kinds"] == []  # none of them is known as an SME


async def test_a_grant_agreement_number_or_a_pic_finds_its_node(
    imported: Driver, gql: GraphQLClient
) -> None:
    """Horizon 2020 projects' ids are CORDIS record numbers; papers cite the grant agreement.
    An organisation's participant code (PIC) finds it too."""
    body = await gql(
        """{ grant: search(query: "700001") { node { id ... on Project { grantId } } }
             pic: search(query: "900000001") { node { id } } }"""
    )
    assert "errors" not in body, body["errors"]
    assert body["data"]["grant"] == [{"node": {"id": "h2020-1001", "grantId": "700001"}}]
    assert body["data"]["pic"] == [{"node": {"id": "pic-900000001"}}]


async def test_topics_by_id_leave_out_those_the_data_lacks(
    imported: Driver, gql: GraphQLClient
) -> None:
    """A page that names topics in French or German asks which of them the data has: the
    known ones come back in the order asked, once each; an unknown one is left out; more
    than 100 ids are refused, naming the argument."""
    query = "query($ids: [ID!]!) { topics(ids: $ids) { id kind } }"
    ids = ["call-family-HORIZON-CL5", "esv-not-in-the-data", "call-family-HORIZON-CL5-D5"]
    body = await gql(query, {"ids": [*ids, ids[0]]})
    assert "errors" not in body, body["errors"]
    assert body["data"]["topics"] == [
        {"id": "call-family-HORIZON-CL5", "kind": "CALL_FAMILY"},
        {"id": "call-family-HORIZON-CL5-D5", "kind": "CALL_FAMILY"},
    ]
    many = ", ".join(f'"t{i}"' for i in range(101))
    refused = await gql(f"{{ topics(ids: [{many}]) {{ id }} }}")
    assert refused["data"] is None
    [error] = refused["errors"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["message"].startswith("ids: at most 100")
