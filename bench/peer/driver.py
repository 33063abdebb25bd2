"""The raw driver's side (the limit): one hand-written Cypher query per request.

Each query returns the common form of its shape (see :mod:`bench.peer.cases`) as one map
column ``result``, so the normaliser only reads it out.
"""

from __future__ import annotations

from typing import Any, LiteralString

from bench.peer.cases import HITS, LIST_PAGE, NESTED_PAGE, PAGE
from graph.repositories.explore import SEARCH_RERANK_FACTOR
from graph.repositories.search import lucene_terms

# The kind of organisation ``o``, from its kind label.
_KIND: LiteralString = """CASE
  WHEN o:Company THEN 'COMPANY'
  WHEN o:ResearchInstitution THEN 'RESEARCH_INSTITUTION'
  WHEN o:PublicActor THEN 'PUBLIC_ACTOR'
  WHEN o:OtherActor THEN 'OTHER'
  ELSE 'UNKNOWN' END"""

CYPHER: dict[str, LiteralString] = {
    "org_projects": """
MATCH (o:Organization {id: $id})
RETURN o {
  .id, .name, .country,
  kind: """
    + _KIND
    + """,
  projects: COLLECT {
    MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
    WITH r, p ORDER BY p.newestKey DESC, p.id LIMIT $list
    RETURN {role: r.role, contribution: r.contribution, project: p {
      .id, .acronym, .startDate, participantCount: COUNT { (p)<-[:PARTICIPATES_IN]-() }
    }}
  }
} AS result""",
    "cluster_members": """
MATCH (c:Cluster {id: $id})
RETURN c {
  .id, .name,
  totalCount: COUNT { (c)<-[:MEMBER_OF]-(:Organization) },
  members: COLLECT {
    MATCH (c)<-[r:MEMBER_OF]-(o:Organization)
    WITH o ORDER BY r.evidenceProjects DESC, o.name, o.id LIMIT $page
    RETURN o { .id, .name, .country, kind: """
    + _KIND
    + """ }
  }
} AS result""",
    "project_participants": """
MATCH (p:Project {id: $id})
RETURN p {
  .id, .acronym, .title, .startDate,
  participants: COLLECT {
    MATCH (p)<-[r:PARTICIPATES_IN]-(o:Organization)
    WITH r, o ORDER BY r.role, o.id LIMIT $list
    RETURN {role: r.role, contribution: r.contribution, organization: o { .id, .name, .country }}
  }
} AS result""",
    "country_organizations": """
RETURN {
  totalCount: COUNT { (o:Organization {country: $country}) },
  organizations: COLLECT {
    MATCH (o:Organization {country: $country})
    WITH o ORDER BY o.name, o.id LIMIT $page
    RETURN o { .id, .name, .country, kind: """
    + _KIND
    + """ }
  }
} AS result""",
    "org_projects_participants": """
MATCH (o:Organization {id: $id})
RETURN o {
  .id, .name,
  projects: COLLECT {
    MATCH (o)-[r:PARTICIPATES_IN]->(p:Project)
    WITH r, p ORDER BY p.newestKey DESC, p.id LIMIT $nested
    RETURN {role: r.role, project: p {
      .id, .acronym,
      participants: COLLECT {
        MATCH (p)<-[s:PARTICIPATES_IN]-(q:Organization)
        WITH s, q ORDER BY s.role, q.id LIMIT $list
        RETURN {role: s.role, organization: q { .id, .name, .country }}
      }
    }}
  }
} AS result""",
    "search": """
CALL db.index.fulltext.queryNodes('search', $terms, {limit: $candidates}) YIELD node, score
WITH node, score,
     [l IN labels(node) WHERE l IN ['Organization', 'Project', 'Topic', 'Cluster']][0] AS label
WHERE label IS NOT NULL
WITH node, label, score * (1.0 + log10(1.0 + COUNT { (node)--() })) AS ranked
ORDER BY ranked DESC, node.id
LIMIT $first
RETURN {hits: collect({
  score: ranked, type: label, id: node.id,
  name: CASE label WHEN 'Project' THEN node.acronym ELSE node.name END,
  country: node.country
})} AS result""",
}


def parameters(shape: str, variables: dict[str, Any]) -> dict[str, Any]:
    """The Cypher parameters of a case: its variables plus the fixed page sizes."""
    if shape == "search":
        # as clustergraph's search asks (the last word also as the start of a word)
        terms = lucene_terms(variables["text"], translated=True)
        return {"terms": terms, "first": HITS, "candidates": HITS * SEARCH_RERANK_FACTOR}
    return {**variables, "page": PAGE, "list": LIST_PAGE, "nested": NESTED_PAGE}


def normalise(result: dict[str, Any]) -> dict[str, Any]:
    """The ``result`` column already has the common form."""
    return result
