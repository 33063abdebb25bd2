"""The peer's side: @neo4j/graphql documents (``server/type-defs.graphql``) and normaliser.

Orders are given explicitly with the library's ``sort`` arguments, the same keys as
clustergraph's (see :mod:`bench.peer.cases`); ``Organization.kind`` is a ``@cypher`` field
computed from the kind label, as clustergraph computes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.peer.cases import HITS, LIST_PAGE, NESTED_PAGE, PAGE

_PROJECTS_NEWEST_FIRST = "[{node: {newestKey: DESC}}, {node: {id: ASC}}]"
_PARTICIPANTS_BY_ROLE = "[{edge: {role: ASC}}, {node: {id: ASC}}]"

DOCUMENTS: dict[str, str] = {
    "org_projects": f"""query($id: ID!) {{ organizations(where: {{id: {{eq: $id}}}}) {{
  id name country kind
  projectsConnection(first: {LIST_PAGE}, sort: {_PROJECTS_NEWEST_FIRST}) {{ edges {{
    properties {{ role contribution }}
    node {{ id acronym startDate participantsConnection {{ aggregate {{ count {{ nodes }} }} }} }}
  }} }}
}} }}""",
    "cluster_members": f"""query($id: ID!) {{ clusters(where: {{id: {{eq: $id}}}}) {{
  id name
  membersConnection(first: {PAGE}, sort: [{{edge: {{evidenceProjects: DESC}}}},
                                         {{node: {{name: ASC}}}}, {{node: {{id: ASC}}}}]) {{
    totalCount edges {{ node {{ id name country kind }} }}
  }}
}} }}""",
    "project_participants": f"""query($id: ID!) {{ projects(where: {{id: {{eq: $id}}}}) {{
  id acronym title startDate
  participantsConnection(first: {LIST_PAGE}, sort: {_PARTICIPANTS_BY_ROLE}) {{ edges {{
    properties {{ role contribution }} node {{ id name country }}
  }} }}
}} }}""",
    "country_organizations": f"""query($country: String!) {{ organizationsConnection(
  where: {{country: {{eq: $country}}}}, first: {PAGE}, sort: [{{name: ASC}}, {{id: ASC}}]) {{
  totalCount edges {{ node {{ id name country kind }} }}
}} }}""",
    "org_projects_participants": f"""query($id: ID!) {{ organizations(where: {{id: {{eq: $id}}}}) {{
  id name
  projectsConnection(first: {NESTED_PAGE}, sort: {_PROJECTS_NEWEST_FIRST}) {{ edges {{
    properties {{ role }}
    node {{ id acronym
      participantsConnection(first: {LIST_PAGE}, sort: {_PARTICIPANTS_BY_ROLE}) {{ edges {{
        properties {{ role }} node {{ id name country }}
      }} }}
    }}
  }} }}
}} }}""",
    "search": f"""query($text: String!) {{ search(query: $text, first: {HITS}) {{
  score type id name country
}} }}""",
}


def _only(items: list[dict[str, Any]], what: str) -> dict[str, Any]:
    if len(items) != 1:
        raise ValueError(f"the peer found {len(items)} {what} for one id")
    return items[0]


def _org(node: dict[str, Any]) -> dict[str, Any]:
    return {"id": node["id"], "name": node["name"], "country": node["country"]}


def _org_projects(data: dict[str, Any]) -> dict[str, Any]:
    org = _only(data["organizations"], "organisations")
    return {
        "id": org["id"],
        "name": org["name"],
        "country": org["country"],
        "kind": org["kind"],
        "projects": [
            {
                "role": e["properties"]["role"],
                "contribution": e["properties"]["contribution"],
                "project": {
                    "id": e["node"]["id"],
                    "acronym": e["node"]["acronym"],
                    "startDate": e["node"]["startDate"],
                    "participantCount": e["node"]["participantsConnection"]["aggregate"]["count"][
                        "nodes"
                    ],
                },
            }
            for e in org["projectsConnection"]["edges"]
        ],
    }


def _cluster_members(data: dict[str, Any]) -> dict[str, Any]:
    cluster = _only(data["clusters"], "clusters")
    members = cluster["membersConnection"]
    return {
        "id": cluster["id"],
        "name": cluster["name"],
        "totalCount": members["totalCount"],
        "members": [{**_org(e["node"]), "kind": e["node"]["kind"]} for e in members["edges"]],
    }


def _project_participants(data: dict[str, Any]) -> dict[str, Any]:
    project = _only(data["projects"], "projects")
    return {
        "id": project["id"],
        "acronym": project["acronym"],
        "title": project["title"],
        "startDate": project["startDate"],
        "participants": [
            {
                "role": e["properties"]["role"],
                "contribution": e["properties"]["contribution"],
                "organization": _org(e["node"]),
            }
            for e in project["participantsConnection"]["edges"]
        ],
    }


def _country_organizations(data: dict[str, Any]) -> dict[str, Any]:
    page = data["organizationsConnection"]
    return {
        "totalCount": page["totalCount"],
        "organizations": [{**_org(e["node"]), "kind": e["node"]["kind"]} for e in page["edges"]],
    }


def _org_projects_participants(data: dict[str, Any]) -> dict[str, Any]:
    org = _only(data["organizations"], "organisations")
    return {
        "id": org["id"],
        "name": org["name"],
        "projects": [
            {
                "role": e["properties"]["role"],
                "project": {
                    "id": e["node"]["id"],
                    "acronym": e["node"]["acronym"],
                    "participants": [
                        {"role": p["properties"]["role"], "organization": _org(p["node"])}
                        for p in e["node"]["participantsConnection"]["edges"]
                    ],
                },
            }
            for e in org["projectsConnection"]["edges"]
        ],
    }


def _search(data: dict[str, Any]) -> dict[str, Any]:
    return {"hits": [dict(hit) for hit in data["search"]]}


NORMALISERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "org_projects": _org_projects,
    "cluster_members": _cluster_members,
    "project_participants": _project_participants,
    "country_organizations": _country_organizations,
    "org_projects_participants": _org_projects_participants,
    "search": _search,
}
