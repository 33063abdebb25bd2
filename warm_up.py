"""Asking the heaviest operations once when the service starts.

Neo4j plans a query the first time it sees its text, and the Java code that runs it is
compiled on first use: on a freshly started Neo4j (the demo's ``make run``) the first
partner suggestion took 4.0 s instead of 0.16 s, the first brief 1.7-3.1 s instead of
0.05-0.13, the first cluster recruiting 2.4-3.4 s instead of 0.2-0.3. So the service asks
each of these operations once, in the background, as soon as Neo4j answers: the first
person to use them no longer waits for it. The plans are kept by Neo4j, so the other
processes of a service (``WORKERS``) find them made.

The subjects are real (``warm_up_subjects.cypher``: organisations of four sizes, up to ten
clusters, a project and its call topic); an empty graph skips the operations that need
them. Neo4j plans a query again for other parameter types and for lists of another order of
size, so a first request unlike all of these (a filter by kind, say) still waits for its
plan. A failure is logged and the next operation is asked: the warm-up never stops the
service from serving.
``CLUSTERGRAPH_WARM_UP=false`` turns it off.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from strawberry import Schema

from graph.client import Graph
from graph.cypher import query
from graph.errors import GraphError
from resolvers.context import Context

log = logging.getLogger("clustergraph.warm_up")

BRIEF = "energy storage"
SUGGESTION = """
fragment Suggestion on PartnerSuggestion {
  score summary
  organization { id displayName country }
  facts { subjectProjects commonPartners existingPartner membersWorkedWith partners }
  highlights { kind evidence { __typename id } }
  reasons { kind label contribution evidence { __typename id } }
}
"""
SEARCH = "query($q: String!) { search(query: $q, first: 10) { score node { id } } }"
CONSORTIUM = (
    "query($i: ConsortiumBriefInput!) { suggestConsortium(input: $i, first: 15) { ...Suggestion } }"
    + SUGGESTION
)
PARTNERS = (
    "query($o: ID!) { suggestPartners(organizationId: $o, first: 15) { ...Suggestion } }"
    + SUGGESTION
)
RECRUIT = (
    "query($c: ID!, $f: SuggestionFilter) "
    "{ suggestClusterMembers(clusterId: $c, first: 15, filter: $f) { ...Suggestion } }" + SUGGESTION
)
NEIGHBOURHOOD = "query($o: ID!) { neighborhood(centerId: $o, depth: 2) { nodes { id } } }"
CLUSTER_PAGE = (
    "query($c: ID!) { cluster(id: $c) { stats { members partnersOutside countries }"
    " objectives { progress measurements { value } } bridges(first: 10) { score } } }"
)


@dataclass(frozen=True)
class Warmed:
    """One operation asked: its name, how long it took and its errors (none when it ran)."""

    name: str
    ms: float
    errors: tuple[str, ...]


def operations(subjects: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(name, document, variables) of each operation to ask, for the subjects found."""
    yield "search", SEARCH, {"q": BRIEF}
    yield "brief", CONSORTIUM, {"i": {"brief": BRIEF}}
    if subjects["project"]:
        # the consortium builder's first question: the kinds the project lacks
        yield "project", CONSORTIUM, {"i": {"projectId": subjects["project"]}}
        yield "call", CONSORTIUM, {"i": {"callTopic": subjects["call"]}}
    for organization in subjects["organizations"]:
        yield f"partners of {organization}", PARTNERS, {"o": organization}
    for organization in subjects["organizations"][:1]:
        members = {"organizationIds": [organization], "brief": BRIEF}
        yield "consortium", CONSORTIUM, {"i": members}
        yield "neighbourhood", NEIGHBOURHOOD, {"o": organization}
    home = {"countries": [subjects["country"]]} if subjects["country"] else None
    for cluster in subjects["clusters"]:
        yield f"recruiting for {cluster}", RECRUIT, {"c": cluster, "f": None}
        if home:  # the page's default: the cluster's country
            yield f"recruiting for {cluster} in a country", RECRUIT, {"c": cluster, "f": home}
    for cluster in subjects["clusters"][:1]:
        yield "cluster page", CLUSTER_PAGE, {"c": cluster}


async def warm_up(schema: Schema, graph: Graph) -> list[Warmed]:
    """Ask every operation of :func:`operations` once, in turn; log and return how each went."""
    try:
        [subjects] = await graph.read(query("warm_up_subjects"))  # always one row
    except GraphError as exc:
        log.warning("warm-up skipped: %s", exc)
        return []
    warmed = []
    for name, document, variables in operations(subjects):
        context = Context(graph=graph, request_id="warm-up")
        start = time.perf_counter()
        result = await schema.execute(document, variable_values=variables, context_value=context)
        errors = tuple(error.message for error in result.errors or ())
        warmed.append(Warmed(name, (time.perf_counter() - start) * 1000, errors))
        if errors:
            log.warning("warm-up: %s failed: %s", name, "; ".join(errors))
    total = sum(item.ms for item in warmed) / 1000
    log.info("warm-up: %d operations asked in %.1f s", len(warmed), total)
    return warmed
