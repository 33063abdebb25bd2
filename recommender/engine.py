"""Suggestions end to end: candidate signals from the graph, scored and ranked.

:func:`suggest` (partners of an organisation, cluster members) and
:func:`suggest_consortium` (completing a consortium, a brief in words) are called by the API
(``resolvers/suggestions.py``), the CLI and the offline evaluations
(``recommender/evaluation.py``, ``recommender/consortium_evaluation.py``), so what is
measured is what is served.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from graph.client import Graph, Row
from graph.repositories import suggestions as repo
from importers.calls import families
from recommender import explain
from recommender.scoring import (
    CONSORTIUM_MODEL_FILE,
    KINDS,
    SUBJECT_MODEL_FILE,
    Model,
    Suggestion,
    attach_projects,
    cited_ids,
    diversify,
    load_model,
    mark_partner,
    name_evidence,
    rank,
    score,
)
from recommender.text import (
    Level,
    Searched,
    brief_levels,
    brief_query,
    choose_fallback,
    choose_level,
    fallback_counts,
    key_units,
    one_thin_project,
    splittable,
)

T = TypeVar("T")

MAX_FIRST = 100
# Projects read from the full-text index for a brief, and the least share of the best
# match's score a project needs to count (research: 500 and 0.2).
BRIEF_PROJECTS = 500
BRIEF_MIN_SHARE = 0.2
# The most recent projects of a call family that count (a bounded pool: the largest family
# of today's network, HORIZON-MSCA, has 6,678 dated projects; six exceed 2,000, all of
# fellowships and ERC grants, which have one beneficiary).
FAMILY_PROJECTS = 2000
# Topics addressed by more projects than this are broad: the popular candidates on them are
# found by reading organisations best connected first until enough work on them (every
# organisation of a programme part read from its projects: 0.5-1 s at ten times today's
# network); on narrower ones, from their projects (the scan by connections would read every
# organisation before finding enough: about 1 s for a call topic on today's network).
BROAD_TOPICS = 2000
# With a subject (topics asked, a cluster's themes), partner suggestions are the network
# model's best candidates, this many (or as many as asked, if more), reordered by their
# projects on the subject; fixed, so that asking for more (10, 20, 30) keeps the order.
WORK_WINDOW = 30


@dataclass(frozen=True)
class Criteria:
    """Conditions on candidates (None: no condition). Kinds are graph labels (``KINDS``)."""

    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    cluster_ids: tuple[str, ...] | None = None
    topic_ids: tuple[str, ...] | None = None
    min_recent_projects: int | None = None
    sme: bool | None = None  # only SMEs (True) or only organisations that are not (False)
    # None: the query's default (suggestPartners: False; suggestClusterMembers: True).
    include_existing_partners: bool | None = None
    # With cluster_ids: also the organisations inferred active in the clusters' domains.
    cluster_active_in_domain: bool = False


def _list(values: Sequence[str] | None) -> list[str] | None:
    return list(values) if values is not None else None


def _kind_indexes(kinds: Sequence[str] | None) -> list[int] | None:
    """Kinds as ``Organization.sgKind`` stores them (their index in ``KINDS``)."""
    return [KINDS.index(k) for k in kinds] if kinds is not None else None


def candidate_params(
    seeds: Sequence[str],
    first: int,
    criteria: Criteria,
    partners: Sequence[str],
    *,
    target_topics: Sequence[str] | None,
    match_countries: Sequence[str] | None,
    model: Model,
    topics_under: repo.TopicsUnder | None = None,
) -> dict[str, Any]:
    """The parameters of ``suggest_partners.cypher`` (``partners``: the seeds' partners;
    ``topics_under``: the topics of ``criteria`` and every narrower one)."""
    include_partners = bool(criteria.include_existing_partners)
    return {
        "seeds": list(seeds),
        "includePartners": include_partners,
        "excluded": [] if include_partners else list(partners),
        "kinds": _kind_indexes(criteria.kinds),
        "countries": _list(criteria.countries),
        "clusterIds": _list(criteria.cluster_ids),
        "clusterDerived": criteria.cluster_active_in_domain,
        "topicIds": _list(criteria.topic_ids),
        "topicsUnder": topics_under.ids if topics_under is not None else None,
        "topicsBroad": topics_under is not None and topics_under.projects > BROAD_TOPICS,
        "minRecent": criteria.min_recent_projects,
        "sme": criteria.sme,
        "targetTopics": _list(target_topics),
        "matchCountries": _list(match_countries),
        "maxPartners": model.max_partners,
        "maxSecond": model.max_second,
        "structuralPool": max(model.structural_pool, first + model.extra_pool),
        "popular": model.popular,
        "pool": first + model.extra_pool,
        "w": model.weight_map,
        "lift": [list(row) for row in model.kind_lift],
    }


@dataclass(frozen=True)
class Brief:
    """What a consortium is about: words (matched against what projects are about) and/or a
    call topic code (its call family counts)."""

    text: str | None = None
    call_topic: str | None = None


def family_id(code: str | None) -> str | None:
    """The id of a call topic code's narrowest family (``DT-ICT-08-2019`` ->
    ``call-family-DT-ICT``), as the importer names it; None for none."""
    found = families(code) if code else []
    return f"call-family-{found[0]}" if found else None


async def _given(value: T) -> T:
    """A read that is not needed, as an awaitable of its empty answer (``asyncio.gather``)."""
    return value


def _seed_partners(seed_rows: Sequence[Mapping[str, Any]]) -> list[str]:
    return list(dict.fromkeys(p for row in seed_rows for p in row["partners"]))


async def suggest(
    graph: Graph,
    seeds: Sequence[str],
    first: int,
    criteria: Criteria = Criteria(),
    *,
    target_topics: Sequence[str] | None = None,
    match_countries: Sequence[str] | None = None,
    model: Model | None = None,
    diversity: bool = True,
    work_on: Sequence[str] | None = None,
    cluster: bool = False,
    exclude: Sequence[str] = (),
) -> list[Suggestion]:
    """The ``first`` best candidates for the seed organisations, best first.

    ``seeds``: the organisation asking (or a project's participants, a cluster's members);
    they and, unless ``criteria.include_existing_partners`` (None counts as False), their
    partners are never suggested. ``target_topics`` replaces the seeds' topic profile;
    ``match_countries`` replaces the seeds' countries for the same-country feature.
    Excluded, the seeds' partners are all read first (the candidate query leaves them out);
    included, only the returned suggestions are checked and flagged (a large cluster's
    members have tens of thousands of partners, and the flag does not change the order).
    The projects behind common-partner evidence are fetched for the returned suggestions,
    and each one's projects on the topics asked (``criteria.topic_ids``), else on ``work_on``
    (a cluster's topics), which its explanation cites as its work on the subject, or on the
    cluster's themes when the topics are the cluster's. ``cluster``: the seeds are a
    cluster's (the explanations say "your cluster's organisations", not "your members").
    ``exclude``: organisations never suggested besides (a cluster's officers' employers).
    With topics to cite, the model's best :data:`WORK_WINDOW` candidates (or ``first``, if
    more) are ordered by their projects on the topics, most first, the model ordering equal
    numbers (:func:`most_work_first`).
    """
    model = model or load_model()
    include = bool(criteria.include_existing_partners)
    under = await _under(graph, criteria.topic_ids)
    rows = await partner_candidates(
        graph,
        seeds,
        first,
        criteria,
        target_topics=target_topics,
        match_countries=match_countries,
        model=model,
        topics_under=under,
    )
    excluded = set(exclude)
    scored = [score(row, model) for row in rows if row["id"] not in excluded]
    # The work each explanation cites: on the topics asked (for a cluster, its own themes
    # unless others were chosen), said "on the cluster's themes" when they are its themes.
    cited = criteria.topic_ids or work_on
    domain = bool(work_on) and tuple(work_on or ()) == tuple(cited or ())
    if not cited:
        ranked = (diversify(scored, model) if diversity else rank(scored))[:first]
        ids = [s.id for s in ranked]
        known = await repo.linked(graph, seeds, ids) if include and ids else {}
    else:
        # A subject orders: of the network's best candidates, most projects on it first
        # (the model orders equal numbers), as for a subject without members.
        if tuple(cited) != criteria.topic_ids:
            under = await _under(graph, cited)
        window = rank(scored)[: max(WORK_WINDOW, first)]
        ids = [s.id for s in window]
        known, work = await asyncio.gather(
            repo.linked(graph, seeds, ids) if include and ids else _given(dict[str, list[str]]()),
            repo.topic_work(graph, ids, under.ids if under else []),
        )
        for suggestion in window:
            done = work.get(suggestion.id)
            if done:
                suggestion.facts.update(
                    subjectProjects=done["projects"],
                    since=done["since"],
                    subjectLed=done["led"],
                    subjectIds=done["ids"],
                )
        ranked = (most_work_first(window, model) if diversity else _by_work(window))[:first]
    for suggestion in ranked:
        if suggestion.id in known:
            mark_partner(suggestion)
    subject = explain.DOMAIN if domain else explain.SUBJECT
    await _explain(graph, seeds, ranked, _side(seeds, cluster), subject)
    return ranked


async def _under(graph: Graph, topic_ids: Sequence[str] | None) -> repo.TopicsUnder | None:
    """The topics ``topic_ids`` and every narrower one; None without topics."""
    return await repo.topics_under(graph, topic_ids) if topic_ids else None


async def partner_candidates(
    graph: Graph,
    seeds: Sequence[str],
    first: int,
    criteria: Criteria,
    *,
    target_topics: Sequence[str] | None,
    match_countries: Sequence[str] | None,
    model: Model,
    topics_under: repo.TopicsUnder | None = None,
) -> list[Row]:
    """The candidate rows of :func:`suggest` (every signal column), unscored; the research
    fits the partner model on these rows. ``topics_under``: the topics of ``criteria`` and
    every narrower one, looked up here when not given."""
    include = bool(criteria.include_existing_partners)
    if topics_under is None:
        topics_under = await _under(graph, criteria.topic_ids)
    partners = [] if include else _seed_partners(await repo.seeds(graph, seeds, partners=True))
    params = candidate_params(
        seeds,
        first,
        criteria,
        partners,
        target_topics=target_topics,
        match_countries=match_countries,
        model=model,
        topics_under=topics_under,
    )
    return await repo.candidates(graph, params)


def _side(seeds: Sequence[str], cluster: bool = False) -> explain.Side:
    """How the explanations name the asking side: a cluster, members, or one organisation."""
    if cluster:
        return explain.CLUSTER
    return explain.MEMBERS if len(seeds) > 1 else explain.ONE


async def _explain(
    graph: Graph,
    seeds: Sequence[str],
    ranked: list[Suggestion],
    side: explain.Side,
    subject: str = explain.SUBJECT,
) -> None:
    """Fetch the projects behind the common partners, name every cited node, and write each
    suggestion's explanation in plain words (``recommender.explain``)."""
    pairs = [
        {"candidate": s.id, "partner": partner} for s in ranked for partner in s.common_partners
    ]
    if pairs:
        found = await repo.evidence(graph, list(seeds), pairs)
        attach_projects(ranked, {(r["candidate"], r["partner"]): r["projects"] for r in found})
    wanted = list(dict.fromkeys([*cited_ids(ranked), *explain.cited(ranked)]))
    names = await repo.names(graph, wanted) if wanted else {}
    name_evidence(ranked, names)
    explain.explain(ranked, names, side, subject)


# Thematic signal columns (suggest_themes.cypher) and their value when a candidate has none.
THEMATIC = (
    "text",
    "textmax",
    "textties",
    "textshare",
    "topicwork",
    "fam",
    "famties",
    "famshare",
    "famrecent",
    "rep2",
    "subject",
    "subjectProjects",
    "subjectLed",
)
# What the themes query says of a candidate's work on the subject, beside its signals.
SUBJECT_FACTS = (
    "since",
    "subjectIds",
    "subjectFamily",
    "textProjects",
    "topicProjects",
    "familyProjects",
    "rep2Projects",
)


def _merge(
    structural: Sequence[Mapping[str, Any]],
    thematic: Sequence[Mapping[str, Any]],
    seed_rows: Sequence[Mapping[str, Any]],
    match_countries: Sequence[str] | None,
    model: Model,
) -> list[dict[str, Any]]:
    """One row per candidate with every signal column: structural and thematic ones (0 where
    a query did not reach the candidate), its tie to the seeds' stored lists (``direct``:
    summed weight; ``repeat``: the largest share of one seed's projects it took part in;
    :func:`_link` adds which seeds it worked with) and the products with
    its size log(1 + partners) by which a model discounts a hub's thematic work (a hub
    nearly always has some project that matches): ``textdeg`` (the best brief match),
    ``textsumdeg`` (log(1 + text), its breadth) and ``famdeg`` (log(1 + fam), its call-family
    work)."""
    rows: dict[str, dict[str, Any]] = {}
    for row in structural:
        rows[row["id"]] = {**row, **dict.fromkeys(THEMATIC, 0.0)}
    countries = set(match_countries or [r["country"] for r in seed_rows if r["country"]])
    kinds = [r["kind"] for r in seed_rows if r["kind"] is not None]
    for row in thematic:
        known = rows.get(row["id"])
        if known is not None:
            known.update({k: row[k] for k in (*THEMATIC, *SUBJECT_FACTS)})
            continue
        kind = row["kind"]
        lift = (
            sum(model.kind_lift[k][kind] for k in kinds) / len(kinds)
            if kinds and kind is not None
            else 0.0
        )
        rows[row["id"]] = {
            **row,
            "cn": 0,
            "aa": 0.0,
            "wp": 0.0,
            "country": 1.0 if row["country"] in countries else 0.0,
            "typelift": lift,
            "evidence": [],
        }
    ties = _ties(seed_rows)
    for cid, row in rows.items():
        size = math.log1p(row.get("deg") or 0)
        row["textdeg"] = size * row["textmax"]
        row["textsumdeg"] = size * math.log1p(row["text"])
        row["famdeg"] = size * math.log1p(row["fam"])
        tie = ties.get(cid) or _Tie()
        row["direct"] = tie.weight
        row["repeat"] = tie.shared / (1 + tie.projects)
        row["repeatSeed"], row["repeatShared"], row["repeatOf"] = tie.seed, tie.shared, tie.projects
        row["led"], row["ledBy"] = tie.led, tie.led_by
    return list(rows.values())


@dataclass
class _Tie:
    """What the seeds' stored partner lists say of one of their partners."""

    weight: float = 0.0  # its shared weight, summed over the seeds (``direct``)
    # the seed of which it took part in the largest share of dated projects: that seed, the
    # projects shared, the seed's projects (``repeat``). An organisation a member brings
    # into many of its projects is a likely partner again (docs/suggestions.md).
    seed: str | None = None
    shared: int = 0
    projects: int = 0
    # Who led the projects it shares with the seeds: the largest share of one seed's
    # coordinated projects it took part in (``led``), and the seeds' projects it coordinated,
    # summed over the seeds (``ledBy``: a project shared with two seeds counts twice). A
    # member's regular partners come back most often when the member brought them into the
    # projects it led, or they led the member's.
    led: float = 0.0
    led_by: int = 0


def _ties(seed_rows: Sequence[Mapping[str, Any]]) -> dict[str, _Tie]:
    """Per partner in the seeds' stored lists, its :class:`_Tie`. Lists stored before their
    counts were (``listN``, ``listLed`` shorter than ``listIds``) add nothing to those."""
    ties: dict[str, _Tie] = {}
    for seed in seed_rows:
        ids = seed["listIds"]
        counted, led_counted = len(seed["listN"]) == len(ids), len(seed["listLed"]) == len(ids)
        projects, coordinated = int(seed["projects"]), 1 + int(seed["coordinated"])
        for i, (pid, weight) in enumerate(zip(ids, seed["listW"], strict=True)):
            tie = ties.setdefault(pid, _Tie())
            tie.weight += float(weight)
            if counted:
                shared = int(seed["listN"][i])
                if tie.seed is None or _larger(shared, projects, tie):
                    tie.seed, tie.shared, tie.projects = seed["id"], shared, projects
            if led_counted:
                tie.led = max(tie.led, seed["listLed"][i] / coordinated)
                tie.led_by += int(seed["listLedBy"][i])
    return ties


def _larger(shared: int, projects: int, tie: _Tie) -> bool:
    """Whether shared / (1 + projects) is above the tie's share (compared without division)."""
    return shared * (1 + tie.projects) > tie.shared * (1 + projects)


def _link(rows: Sequence[dict[str, Any]], linked: Mapping[str, list[str]]) -> None:
    """Add to each candidate row the seeds it already worked with (``linkedSeeds``), how many
    (``linked``, a signal) and whether it is an existing partner (``isPartner``)."""
    for row in rows:
        seeds = linked.get(row["id"], [])
        row["linked"] = len(seeds)
        row["linkedSeeds"] = seeds
        row["isPartner"] = bool(seeds)


@dataclass(frozen=True)
class KeyWordsHeld:
    """How many of a brief's key words (``of``) the suggested work holds at least, and the
    one it rests on when that is one key word asked alone."""

    held: int
    of: int
    alone: str | None = None
    # the key words as searched, in the brief's order
    words: tuple[Searched, ...] = ()


@dataclass(frozen=True)
class Candidates:
    """The candidate rows of a consortium request, with the model that ranks them."""

    rows: list[dict[str, Any]]
    model: Model
    subject_only: bool
    # a brief asked alone: how many of its key words the suggested work holds, of how many
    # (fewer when fewer than 3 projects of the data hold them all, or one alone holds half)
    key_words: KeyWordsHeld | None = None
    # a brief asked with members (no call): its key words as searched, some of which a
    # project may hold alone
    searched: tuple[Searched, ...] = ()


async def suggest_consortium(
    graph: Graph,
    seeds: Sequence[str],
    first: int,
    brief: Brief = Brief(),
    criteria: Criteria = Criteria(),
    *,
    target_topics: Sequence[str] | None = None,
    match_countries: Sequence[str] | None = None,
    subject_topics: Sequence[str] | None = None,
    require_subject: bool = True,
    exclude: Sequence[str] = (),
    model: Model | None = None,
) -> list[Suggestion]:
    """The ``first`` organisations that best complete a consortium, best first.

    ``seeds``: the consortium's members so far (never suggested; their partners are, flagged
    ``existing_partner``); ``brief``: what it is about, in words and/or a call topic;
    ``subject_topics``: topics the consortium must work on; ``exclude``: organisations never
    suggested besides the seeds (a big project's other participants). Candidates come from the
    members' network (``suggest_partners.cypher``) and from the subject
    (``suggest_themes.cypher``: projects matching the words, on the topics, in the call
    family; projects of two or more members).

    The subject decides: when one is given (words, a call topic or topics), only
    organisations with projects on it are suggested, never one brought in by the network
    alone (``require_subject``; False when the subject was not asked for but taken from a
    project to complete: its title and call topic then count without excluding anyone).
    With members, the consortium model (``recommender/consortium.json``) ranks them,
    network signals completing the consortium; without members, the subject model
    (``recommender/subject.json``) ranks them by how much of their own work is on the
    subject, their activity ordering organisations of equal fit.
    """
    found = await consortium_candidates(
        graph,
        seeds,
        first,
        brief,
        criteria,
        target_topics=target_topics,
        match_countries=match_countries,
        subject_topics=subject_topics,
        require_subject=require_subject,
        model=model,
    )
    left_out = set(exclude)
    scored = [score(row, found.model) for row in found.rows if row["id"] not in left_out]
    # A subject alone (words, topics) orders by the work on it, the model ordering equal
    # work, spread over different projects. Who answers a call is rather whole consortia of
    # earlier calls of the family, which the model orders as fitted (neither re-rank: the
    # spread cost 0.004 of recall@20, docs/suggestions.md).
    by_work = found.subject_only and not brief.call_topic
    ranking = most_work_first(scored, found.model) if by_work else rank(scored)
    ranked = ranking[:first]
    if found.key_words:
        held = await _words_found(graph, found.key_words, ranked)
        for suggestion in ranked:
            suggestion.facts.update(
                keyWordsHeld=found.key_words.held,
                keyWords=found.key_words.of,
                keyWordAlone=found.key_words.alone,
                keyWordsFound=held.get(suggestion.id),
            )
    elif len(found.searched) > 1:
        # with members some of the words are enough: a card whose projects hold only some
        # says which ("recycling", not batteries)
        held = await _held_by_cited(graph, found.searched, ranked)
        for suggestion in ranked:
            some = held.get(suggestion.id)
            if some and len(some) < len(found.searched):
                suggestion.facts["keyWordsFound"] = some
    # a consortium of one organisation is still a consortium: "the consortium's organisations"
    await _explain(graph, seeds, ranked, explain.MEMBERS)
    return ranked


async def _words_found(
    graph: Graph, key_words: KeyWordsHeld, ranked: Sequence[Suggestion]
) -> dict[str, list[str]]:
    """When the work suggested holds only some of a brief's key words (several, not one
    alone): per suggestion, those its cited projects on the subject hold, in the brief's
    order, so that each card says which ("hydrogen" and "stations" of four); else nothing."""
    if key_words.held >= key_words.of or key_words.alone is not None:
        return {}
    return await _held_by_cited(graph, key_words.words, ranked)


def _searched(text: str | None) -> tuple[Searched, ...]:
    """A brief's key words as its strictest level searches them."""
    levels = brief_levels(text)
    return levels[0].words if levels else ()


async def _held_by_cited(
    graph: Graph, words: Sequence[Searched], ranked: Sequence[Suggestion]
) -> dict[str, list[str]]:
    """Per suggestion, the key words its cited projects on the subject hold, in the brief's
    order (none: an empty list)."""
    cited = {s.id: [str(p) for p in s.facts.get("subjectIds") or []] for s in ranked}
    ids = list(dict.fromkeys(p for projects in cited.values() for p in projects))
    holding = await repo.words_held(graph, [w.query for w in words], [w.forms for w in words], ids)
    return {
        org: [w.word for w, by in zip(words, holding, strict=True) if by & set(ps)]
        for org, ps in cited.items()
    }


def most_work_first(suggestions: Sequence[Suggestion], model: Model) -> list[Suggestion]:
    """Most projects on the subject first; among equal numbers, the model's order, spread
    over different best projects (``diversify``)."""
    counts = sorted({int(s.facts.get("subjectProjects") or 0) for s in suggestions}, reverse=True)
    return [
        found
        for count in counts
        for found in diversify(
            [s for s in suggestions if int(s.facts.get("subjectProjects") or 0) == count], model
        )
    ]


def _by_work(suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    """Most projects on the subject first, then the model's order (no diversity re-rank)."""
    return sorted(rank(suggestions), key=lambda s: -int(s.facts.get("subjectProjects") or 0))


async def _strict_level(graph: Graph, text: str | None, criteria: Criteria) -> Level | None:
    """The strictest of the brief's levels that enough projects meet, else the one most
    projects meet; when no project meets any, the same among its fallback levels (the most
    specific key word alone, :func:`choose_fallback`); when one project alone meets half of
    the key words, a fallback that enough projects meet, else that level (None: none is
    met). With filters (kinds, countries, SMEs, a cluster's members), only projects of the
    organisations wanted count: "hydrogen fuel cells" asked of universities in Austria rests
    on fewer key words rather than on nobody."""
    levels = brief_levels(text, await unheld_runs(graph, text))
    among = _among(criteria)
    strict = [x for x in levels if not x.fallback]
    loose = [x for x in levels if x.fallback]
    hits = await _hits(graph, strict, [x.enough for x in strict], among)
    taken = choose_level(strict, hits)
    if loose and (taken is None or one_thin_project(strict, hits, taken)):
        more = await _hits(graph, loose, fallback_counts(loose), among)
        looser = choose_fallback(loose, more)
        if looser is not None and (taken is None or more[looser] >= loose[looser].enough):
            return loose[looser]
    return strict[taken] if taken is not None else None


async def unheld_runs(graph: Graph, text: str | None) -> list[str]:
    """The brief's runs of words naming one thing that no project holds all the words of,
    to be asked word by word (:func:`recommender.text.splittable`); no read without any."""
    runs = splittable(key_units(text))
    if not runs:
        return []
    queries = [unit.query for unit in runs]
    held = await repo.text_hits(graph, queries, [1] * len(runs), meant=[u.meant for u in runs])
    return [unit.word for unit, found in zip(runs, held, strict=True) if found == 0]


async def _hits(
    graph: Graph, levels: Sequence[Level], most: Sequence[int], among: dict[str, Any] | None
) -> list[int]:
    """How many projects meet each level, counted up to ``most``."""
    queries = [x.query for x in levels]
    return await repo.text_hits(graph, queries, most, among, [x.meant for x in levels])


def _among(criteria: Criteria) -> dict[str, Any] | None:
    """The filters' parameters of ``suggest_text_hits_among.cypher``; None without any."""
    params = {
        "kinds": _kind_indexes(criteria.kinds),
        "countries": _list(criteria.countries),
        "sme": criteria.sme,
        "clusterIds": _list(criteria.cluster_ids),
    }
    if all(value is None for value in params.values()):
        return None
    return {**params, "clusterDerived": criteria.cluster_active_in_domain, "scan": BRIEF_PROJECTS}


async def consortium_candidates(
    graph: Graph,
    seeds: Sequence[str],
    first: int,
    brief: Brief = Brief(),
    criteria: Criteria = Criteria(),
    *,
    target_topics: Sequence[str] | None = None,
    match_countries: Sequence[str] | None = None,
    subject_topics: Sequence[str] | None = None,
    require_subject: bool = True,
    model: Model | None = None,
) -> Candidates:
    """The candidate rows of :func:`suggest_consortium` (every signal column), unscored, and
    the model that ranks them; the research fits the models on these rows."""
    terms = brief_query(brief.text)
    key_words: KeyWordsHeld | None = None  # of a brief asked alone
    meant: repo.Meant | None = None  # of its words the stemmer shares with others
    code = brief.call_topic.strip() if brief.call_topic else None
    family = family_id(code)
    topics = list(subject_topics or ())
    has_subject = bool(terms or family or topics)
    subject_only = has_subject and require_subject and not seeds
    strict = subject_only and terms is not None and not code
    if strict:
        # Alone, the brief decides who is suggested: a project must hold most of its key
        # words, not one of them. Every project of that level is on the subject, so none is
        # cut for a low score. With members, their network counts as much as the words; with
        # a call topic, its family says who answers and the call's title only adds to it
        # (strict, the title cut recall@20 of the calls evaluation from 0.148 to 0.129).
        level = await _strict_level(graph, brief.text, criteria)
        terms = level.query if level else None
        if level:
            key_words = KeyWordsHeld(level.held, level.of, level.alone, level.words)
            meant = level.meant
    if model is None:
        model = load_model(SUBJECT_MODEL_FILE if subject_only else CONSORTIUM_MODEL_FILE)
    # The network's candidates are cut to the same pool whatever `first` is.
    params = candidate_params(
        seeds,
        max(model.structural_pool, first),
        replace(criteria, include_existing_partners=True),
        [],
        target_topics=target_topics,
        match_countries=match_countries,
        model=model,
        topics_under=await _under(graph, criteria.topic_ids),
    )
    themes = {
        "terms": terms,
        "forms": meant.forms if meant else None,
        "apart": meant.apart if meant else None,
        "topicIds": topics or None,
        "top": BRIEF_PROJECTS,
        "minShare": 0.0 if strict else BRIEF_MIN_SHARE,
        "familyProjects": FAMILY_PROJECTS,
        "family": family,
        "callTopicId": f"call-{code}" if code else None,
        "seeds": list(seeds),
        "kinds": params["kinds"],
        "countries": params["countries"],
        "sme": params["sme"],
        "clusterIds": params["clusterIds"],
        "clusterDerived": params["clusterDerived"],
        "w": model.weight_map,
        "pool": max(model.structural_pool, first + model.extra_pool),
    }
    # The three reads are independent (partners are included, so none waits for the seeds');
    # a request about a subject alone needs no network candidates. Which candidates already
    # worked with which seeds is read for the candidates kept (a hub seed's partners are
    # tens of thousands).
    seed_rows, structural, thematic = await asyncio.gather(
        repo.seeds(graph, seeds, partners=False) if seeds else _given(list[Row]()),
        _given(list[Row]()) if subject_only else repo.candidates(graph, params),
        repo.themes(graph, themes) if has_subject or len(seeds) >= 2 else _given(list[Row]()),
    )
    rows = _merge(structural, thematic, seed_rows, match_countries, model)
    if has_subject and require_subject:
        rows = [row for row in rows if row["subject"] > 0]
    if topics and (terms or family):
        # Topics asked with words or a call: both hold (work on the topics, and on the words
        # or in the call's family), not either.
        rows = [row for row in rows if row["topicwork"] > 0 and (row["text"] or row["fam"])]
    ids = [row["id"] for row in rows]
    _link(rows, await repo.linked(graph, seeds, ids) if seeds and ids else {})
    searched = () if strict or code or not terms else _searched(brief.text)
    return Candidates(rows, model, subject_only, key_words, searched)
