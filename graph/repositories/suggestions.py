"""Partner-suggestion reads: candidate signals, and the context of a project or cluster."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from graph import derived_organizations
from graph.client import Graph, Row
from graph.cypher import query

SIGNAL_PARAMS = ("seeds", "targetTopics", "matchCountries", "w", "lift", "pool", "topicsUnder")


async def candidates(graph: Graph, params: Mapping[str, Any]) -> list[Row]:
    """The ``params["pool"]`` best candidate rows with their signal columns: who the
    candidates are and their structural signals (``suggest_partners.cypher``), then their own
    signals and the cut (``suggest_signals.cypher``)."""
    found = await _collected(graph, "suggest_partners", params)
    if not found:
        return []
    evidence = {row["id"]: row.pop("evidence") for row in found}
    signals = {name: params[name] for name in SIGNAL_PARAMS}
    rows = await _collected(graph, "suggest_signals", {**signals, "candidates": found})
    return [{**row, "evidence": evidence[row["id"]]} for row in rows]


async def _collected(graph: Graph, name: str, params: Mapping[str, Any]) -> list[Row]:
    """The rows of a query that returns them as one list (``RETURN collect({...}) AS rows``):
    one Bolt message instead of one per row, which the driver reads about twice as fast for a
    few hundred rows (suggest_partners: 50 -> 20 ms at the median)."""
    return list((await graph.read(query(name), params))[0]["rows"])


async def seeds(graph: Graph, ids: Sequence[str], *, partners: bool) -> list[Row]:
    """Per seed: ``{id, country, kind, projects, coordinated, listIds, listW, listN, listLed,
    listLedBy, partners}`` (``suggest_seeds.cypher``): its dated projects and those it
    coordinated, its stored strongest-partner list and, if ``partners``, every existing
    partner (else an empty list)."""
    return await graph.read(query("suggest_seeds"), {"seeds": list(ids), "partners": partners})


async def linked(graph: Graph, seeds: Sequence[str], ids: Sequence[str]) -> dict[str, list[str]]:
    """Per organisation of ``ids`` that shares a dated project with one of ``seeds``: those
    seeds (``suggest_linked.cypher``)."""
    rows = await _collected(graph, "suggest_linked", {"seeds": list(seeds), "ids": list(ids)})
    return {row["id"]: list(row["seeds"]) for row in rows}


# Hits read to count those of the meaning asked (Meant): as many as a request reads
# (recommender.engine.BRIEF_PROJECTS).
MEANT_SCAN = 500


@dataclass(frozen=True)
class Meant:
    """What the words of a full-text query that the index's English stemmer shares with other
    words must mean (recommender/stem_clashes.txt): a project found counts when its text
    (the indexed properties) matches ``forms``, a regular expression of the words of the
    meaning asked, or when it meets ``apart``, the query without those words (None: nothing
    is left without them)."""

    forms: str
    apart: str | None = None


async def text_hits(
    graph: Graph,
    queries: Sequence[str],
    most: Sequence[int],
    among: Mapping[str, Any] | None = None,
    meant: Sequence[Meant | None] | None = None,
) -> list[int]:
    """How many projects each full-text query finds, counted up to its ``most``
    (``suggest_text_hits.cypher``); with ``among`` (the filters' parameters and ``scan``),
    of its first ``scan`` hits only those with a participant passing the filters
    (``suggest_text_hits_among.cypher``). A query with a :class:`Meant` (``meant``, in the
    order of ``queries``) counts only the projects of the meaning asked, of its first
    ``MEANT_SCAN`` hits at least."""
    if not queries:
        return []
    checks = list(meant or [None] * len(queries))
    pairs = zip(most, checks, strict=True)
    params = {
        "queries": list(queries),
        "most": list(most),
        "limits": [n if x is None else max(n, MEANT_SCAN) for n, x in pairs],
        "forms": [x.forms if x else None for x in checks],
        "apart": [x.apart if x else None for x in checks],
    }
    if among is None:
        rows = await graph.read(query("suggest_text_hits"), params)
    else:
        rows = await graph.read(query("suggest_text_hits_among"), {**params, **among})
    return [int(row["hits"]) for row in rows]


# Hits read per key word to tell which cited projects hold it (words_held).
WORDS_HELD_SCAN = 2000


async def words_held(
    graph: Graph,
    queries: Sequence[str],
    forms: Sequence[str | None],
    project_ids: Sequence[str],
) -> list[set[str]]:
    """For each full-text query (a key word's clause), the projects of ``project_ids`` that
    hold it, of its first ``WORDS_HELD_SCAN`` hits; with its ``forms`` (a regular expression
    of the meaning asked, :class:`Meant`), only those whose text matches them
    (``suggest_words_held.cypher``)."""
    if not queries or not project_ids:
        return [set() for _ in queries]
    params = {
        "queries": list(queries),
        "forms": list(forms),
        "ids": list(project_ids),
        "scan": WORDS_HELD_SCAN,
    }
    rows = await graph.read(query("suggest_words_held"), params)
    return [set(row["held"]) for row in rows]


@dataclass(frozen=True)
class TopicsUnder:
    """Topics and every narrower one: their ids, and how many projects address them."""

    ids: list[str]
    projects: int


async def topics_under(graph: Graph, topic_ids: Sequence[str]) -> TopicsUnder:
    """The topics ``topic_ids`` and every narrower one (``suggest_topics_under.cypher``)."""
    rows = await graph.read(query("suggest_topics_under"), {"topicIds": list(topic_ids)})
    return TopicsUnder(list(rows[0]["ids"]), int(rows[0]["projects"]))


async def untagged_topics(graph: Graph, topic_ids: Sequence[str]) -> dict[str, str]:
    """Name by id of the topics of ``topic_ids`` no project is on, even through a narrower
    topic (``suggest_untagged_topics.cypher``)."""
    rows = await graph.read(query("suggest_untagged_topics"), {"topicIds": list(topic_ids)})
    return {row["id"]: row["name"] for row in rows}


async def topic_work(graph: Graph, ids: Sequence[str], under: Sequence[str]) -> dict[str, Row]:
    """Per organisation of ``ids``: ``{projects, since, led, ids}``, its work on the topics
    ``under`` (:func:`topics_under`; ``suggest_topic_work.cypher``)."""
    latest = derived_organizations.LATEST_PROJECTS  # as listed in sgLatestIds
    params = {"ids": list(ids), "under": list(under), "latest": latest}
    rows = await _collected(graph, "suggest_topic_work", params)
    return {row["id"]: row for row in rows}


async def themes(graph: Graph, params: Mapping[str, Any]) -> list[Row]:
    """Thematic candidate rows: brief text, call family, repeated consortia
    (``suggest_themes.cypher``)."""
    return await _collected(graph, "suggest_themes", params)


async def evidence(
    graph: Graph, seeds: Sequence[str], pairs: Sequence[Mapping[str, str]]
) -> list[Row]:
    """``{candidate, partner, projects}`` per ``{candidate, partner}`` pair: the seeds'
    strongest shared project with the partner and the partner's with the candidate."""
    return await graph.read(query("suggest_evidence"), {"seeds": list(seeds), "pairs": list(pairs)})


async def names(graph: Graph, ids: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
    """Display names of evidence organisations, topics and projects, and the short form a
    sentence cites (an acronym, a short name); None when no source names one."""
    rows = await graph.read(query("suggest_names"), {"ids": list(ids)})
    return {row["id"]: (row["name"], row["short"]) for row in rows}


@dataclass(frozen=True)
class CallTopic:
    """A call topic the data has: its code as the data spells it, and its title (None when
    the data has none)."""

    code: str
    title: str | None


async def call_topic(graph: Graph, code: str) -> CallTopic | None:
    """The call topic ``code`` names, in any case (``horizon-cl5-2022-d2-01-02``), or None
    when the data does not have the call."""
    rows = await graph.read(query("suggest_call_topic"), {"id": f"call-{code}"})
    if not rows:
        return None
    return CallTopic(rows[0]["id"].removeprefix("call-"), rows[0]["title"])


async def project_context(graph: Graph, project_id: str) -> Row | None:
    """``{id, participants: [{id, kind, country}], topics}``, or None for an unknown id."""
    rows = await graph.read(query("suggest_project_context"), {"id": project_id})
    return rows[0] if rows else None


async def cluster_context(graph: Graph, cluster_id: str) -> Row | None:
    """``{id, members: [id], activeInDomain: [id], topics: [id], officers: [id]}`` (members
    apart from the organisations only inferred active in its domain; the organisations its
    current officers come from), or None for an unknown id."""
    rows = await graph.read(query("suggest_cluster_context"), {"id": cluster_id})
    return rows[0] if rows else None
