"""clustergraph's side: one GraphQL document per shape and the normaliser to the common form.

This is the one place to edit when clustergraph's schema changes: change the documents and
the matching functions below; the shapes are described in :mod:`bench.peer.cases`.
``Organization.projects`` and ``Project.participants`` are cursor connections: each side
asks for the first page at the API's cap (:data:`~bench.peer.cases.LIST_PAGE`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bench.peer.cases import HITS, LIST_PAGE, NESTED_PAGE, PAGE

DOCUMENTS: dict[str, str] = {
    "org_projects": f"""query($id: ID!) {{ organization(id: $id) {{
  id name country kind
  projects(first: {LIST_PAGE}) {{ edges {{
    role contribution node {{ id acronym startDate participantCount }}
  }} }}
}} }}""",
    "cluster_members": f"""query($id: ID!) {{ cluster(id: $id) {{
  id name
  members(first: {PAGE}, standings: [MEMBER, ACTIVE_IN_DOMAIN, FORMER]) {{
    totalCount edges {{ node {{ id name country kind }} }} }}
}} }}""",
    "project_participants": f"""query($id: ID!) {{ project(id: $id) {{
  id acronym title startDate
  participants(first: {LIST_PAGE}) {{ edges {{
    role contribution node {{ id name country }}
  }} }}
}} }}""",
    "country_organizations": f"""query($country: String!) {{ organizations(
  filter: {{country: $country}}, orderBy: {{field: NAME, direction: ASC}}, first: {PAGE}) {{
  totalCount edges {{ node {{ id name country kind }} }}
}} }}""",
    "org_projects_participants": f"""query($id: ID!) {{ organization(id: $id) {{
  id name
  projects(first: {NESTED_PAGE}) {{ edges {{ role node {{
    id acronym participants(first: {LIST_PAGE}) {{ edges {{ role node {{ id name country }} }} }}
  }} }} }}
}} }}""",
    "search": f"""query($text: String!) {{ search(query: $text, first: {HITS}) {{
  score
  node {{
    __typename id
    ... on Organization {{ name country }}
    ... on Project {{ acronym }}
    ... on Cluster {{ clusterName: name }}
    ... on Topic {{ name }}
  }}
}} }}""",
}


def _org(node: dict[str, Any]) -> dict[str, Any]:
    return {"id": node["id"], "name": node["name"], "country": node["country"]}


def _org_projects(data: dict[str, Any]) -> dict[str, Any]:
    org = data["organization"]
    return {
        "id": org["id"],
        "name": org["name"],
        "country": org["country"],
        "kind": org["kind"],
        "projects": [
            {
                "role": item["role"],
                "contribution": item["contribution"],
                "project": {
                    "id": item["node"]["id"],
                    "acronym": item["node"]["acronym"],
                    "startDate": item["node"]["startDate"],
                    "participantCount": item["node"]["participantCount"],
                },
            }
            for item in org["projects"]["edges"]
        ],
    }


def _cluster_members(data: dict[str, Any]) -> dict[str, Any]:
    cluster = data["cluster"]
    members = cluster["members"]
    return {
        "id": cluster["id"],
        "name": cluster["name"],
        "totalCount": members["totalCount"],
        "members": [{**_org(e["node"]), "kind": e["node"]["kind"]} for e in members["edges"]],
    }


def _project_participants(data: dict[str, Any]) -> dict[str, Any]:
    project = data["project"]
    return {
        "id": project["id"],
        "acronym": project["acronym"],
        "title": project["title"],
        "startDate": project["startDate"],
        "participants": [
            {
                "role": item["role"],
                "contribution": item["contribution"],
                "organization": _org(item["node"]),
            }
            for item in project["participants"]["edges"]
        ],
    }


def _country_organizations(data: dict[str, Any]) -> dict[str, Any]:
    page = data["organizations"]
    return {
        "totalCount": page["totalCount"],
        "organizations": [{**_org(e["node"]), "kind": e["node"]["kind"]} for e in page["edges"]],
    }


def _org_projects_participants(data: dict[str, Any]) -> dict[str, Any]:
    org = data["organization"]
    return {
        "id": org["id"],
        "name": org["name"],
        "projects": [
            {
                "role": item["role"],
                "project": {
                    "id": item["node"]["id"],
                    "acronym": item["node"]["acronym"],
                    "participants": [
                        {"role": p["role"], "organization": _org(p["node"])}
                        for p in item["node"]["participants"]["edges"]
                    ],
                },
            }
            for item in org["projects"]["edges"]
        ],
    }


def _hit_name(node: dict[str, Any]) -> str | None:
    """An organisation's or topic's name, a cluster's (aliased: it is non-null), a project's
    acronym."""
    for key in ("name", "clusterName", "acronym"):
        if key in node:
            name: str | None = node[key]
            return name
    return None


def _search(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "hits": [
            {
                "score": hit["score"],
                "type": hit["node"]["__typename"],
                "id": hit["node"]["id"],
                "name": _hit_name(hit["node"]),
                "country": hit["node"].get("country"),
            }
            for hit in data["search"]
        ]
    }


NORMALISERS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "org_projects": _org_projects,
    "cluster_members": _cluster_members,
    "project_participants": _project_participants,
    "country_organizations": _country_organizations,
    "org_projects_participants": _org_projects_participants,
    "search": _search,
}
