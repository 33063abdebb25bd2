"""Resolvers for partner suggestions: resolve ids, check they exist, call the engine."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field, replace

import strawberry

from graph.client import Row
from graph.repositories import reads
from graph.repositories import suggestions as repo
from graph.select import Selection, merge
from graph.values import shown
from recommender.brief_reading import Reading, read_brief
from recommender.engine import Brief, Criteria, family_id, suggest, suggest_consortium
from recommender.scoring import KINDS, Suggestion
from recommender.text import WORD_PROJECTS_MOST, KeyWord, brief_query, key_units, splittable
from resolvers.context import Context
from resolvers.selection import selection
from schema.errors import InvalidInput

CONSORTIUM_KINDS = ("Company", "ResearchInstitution", "PublicActor")
# A project's participants that give a consortium request its network signals (the others
# are only kept out of the suggestions).
MAX_SEEDS = 25

MAX_BRIEF = 2000
CALL_TOPIC = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,99}")


def checked_brief(text: str | None, field: str) -> str | None:
    """A brief in words as given, or a clear error naming ``field`` (the API's input field,
    the command line's option)."""
    if text is None:
        return None
    if len(text) > MAX_BRIEF:
        raise InvalidInput(f"{field}: at most {MAX_BRIEF} characters")
    if not brief_query(text):
        raise InvalidInput(f"{field}: give at least one word")
    return text


async def brief_words(
    context: Context, text: str, with_call: bool = False
) -> list[tuple[KeyWord, int]]:
    """A brief's key words as the index is asked them (a concept's other names with it), each
    with how many projects hold it (up to ``WORD_PROJECTS_MOST``), in the brief's order;
    ``with_call``: the brief goes with a call topic (nothing is read as filters)."""
    searched = brief_filters(text, with_call).text
    units = key_units(searched)
    counts = await _counts(context, units)
    # a run of words naming one thing that no project holds is asked word by word (as the
    # suggestions ask it: recommender.text.splittable); its words are counted in turn
    split = [unit.word for unit in splittable(units) if counts[unit.query] == 0]
    if split:
        units = key_units(searched, split)
        counts |= await _counts(context, [unit for unit in units if unit.query not in counts])
    return [(unit, counts[unit.query]) for unit in units]


async def _counts(context: Context, units: list[KeyWord]) -> dict[str, int]:
    """How many projects hold each unit (by its query), up to ``WORD_PROJECTS_MOST``."""
    queries = [unit.query for unit in units]
    most = [WORD_PROJECTS_MOST] * len(queries)
    found = await repo.text_hits(context.graph, queries, most, meant=[u.meant for u in units])
    return dict(zip(queries, found, strict=True))


def checked_call_topic(code: str | None, field: str) -> str | None:
    """A call topic code without its surrounding spaces, or a clear error naming ``field``."""
    if code is None:
        return None
    if not CALL_TOPIC.fullmatch(code.strip()):
        raise InvalidInput(f"{field}: {shown(code)} is not a call topic code")
    return code.strip()


async def _check_ids(context: Context, criteria: Criteria, field: str) -> None:
    for label, ids, name in (
        ("Cluster", criteria.cluster_ids, "clusterIds"),
        ("Topic", criteria.topic_ids, "topicIds"),
    ):
        found = await reads.existing(context.graph, label, list(ids or ()))
        missing = [node_id for node_id in ids or () if node_id not in found]
        if missing:
            raise InvalidInput(f"{field}.{name}: no {label.lower()} with id {missing[0]!r}")


async def served(info: strawberry.Info[Context], found: list[Suggestion]) -> list[Row]:
    """The suggestions as ``PartnerSuggestion`` maps: the organisations and the evidence
    nodes (of the reasons and of the highlights) read as the request selects them (one
    query each, at the same time)."""
    context, sel = info.context, selection(info)
    asked = list(sel.sub("PartnerSuggestion"))
    # The suggested organisations and the members named in the facts, read at once.
    organization = merge(
        [
            *(f for f in asked if f.name == "organization"),
            *(
                f
                for wanted in asked
                if wanted.name == "facts"
                for f in wanted.sub("SuggestionFacts")
                if f.name == "memberSharedWith"
            ),
        ]
    )
    evidence = merge(
        f
        for part, kind in (("reasons", "Reason"), ("highlights", "ReasonGroup"))
        for wanted in asked
        if wanted.name == part
        for f in wanted.sub(kind)
        if f.name == "evidence"
    )
    cited = [
        node_id
        for s in found
        for items in (*(r.evidence for r in s.reasons), *(g.evidence for g in s.groups))
        for _, node_id in items
    ]
    organizations, nodes = await asyncio.gather(
        _read(context, "Organization", _organizations(found), organization),
        _read(context, "Node", list(dict.fromkeys(cited)), evidence),
    )

    def shown(items: list[tuple[str, str]]) -> list[Row]:
        return [nodes[node_id] for _, node_id in items if node_id in nodes]

    return [
        {
            "score": s.score,
            "organization": organizations.get(s.id, {"id": s.id}),
            "summary": s.summary,
            "facts": facts(s, organizations),
            "highlights": [
                {"kind": g.kind, "label": g.label, "evidence": shown(g.evidence)} for g in s.groups
            ],
            "reasons": [
                {
                    "kind": r.kind,
                    "label": r.label,
                    "contribution": r.contribution,
                    "evidence": shown(r.evidence),
                }
                for r in s.reasons
            ],
        }
        for s in found
        if organization is None or s.id in organizations
    ]


def _organizations(found: list[Suggestion]) -> list[str]:
    """The suggested organisations, then the members their facts name."""
    named = (s.facts.get("repeatSeed") for s in found if s.facts.get("repeatShared"))
    return list(dict.fromkeys([*(s.id for s in found), *(str(m) for m in named if m)]))


def facts(s: Suggestion, organizations: dict[str, Row]) -> Row:
    """What the summary sentence is made of, as ``SuggestionFacts``."""
    f = s.facts
    member = f.get("repeatSeed") if f.get("repeatShared") else None
    return {
        "subject_projects": int(f.get("subjectProjects") or 0),
        "subject_since": f.get("since"),
        "subject_coordinated": int(f.get("subjectLed") or 0),
        "subject_in_call_family": int(f.get("subjectFamily") or 0),
        "common_partners": int(f.get("cn") or 0),
        "existing_partner": s.is_partner,
        "members_worked_with": int(f.get("linked") or 0),
        "member_projects_shared": int(f.get("repeatShared") or 0),
        "member_projects": int(f.get("repeatOf") or 0),
        "member_shared_with": organizations.get(str(member)) if member else None,
        "recent_projects": int(f.get("recent") or 0),
        "partners": int(f.get("deg") or 0),
        "key_words": f.get("keyWords"),
        "key_words_held": f.get("keyWordsHeld"),
        "key_word_alone": f.get("keyWordAlone"),
        "key_words_found": f.get("keyWordsFound"),
    }


async def _read(
    context: Context, type_name: str, ids: list[str], sel: Selection | None
) -> dict[str, Row]:
    if sel is None:
        return {}
    return await reads.by_ids(context.graph, context.compiler(), type_name, ids, sel)


async def for_organization(
    context: Context, organization_id: str, first: int, criteria: Criteria
) -> list[Suggestion]:
    """Partners for one organisation."""
    if not await reads.existing(context.graph, "Organization", [organization_id]):
        raise InvalidInput(f"organizationId: no organisation with id {organization_id!r}")
    await _check_ids(context, criteria, "filter")
    return await suggest(context.graph, [organization_id], first, criteria)


@dataclass(frozen=True)
class ConsortiumRequest:
    """A validated ``suggestConsortium`` input."""

    project_id: str | None = None
    members: tuple[str, ...] = ()
    brief: Brief = field(default_factory=Brief)
    topic_ids: tuple[str, ...] | None = None
    kinds: tuple[str, ...] | None = None
    countries: tuple[str, ...] | None = None
    sme: bool | None = None
    cluster_id: str | None = None
    active_in_domain: bool = False  # with cluster_id: also those inferred active in its domain


def _read_brief(request: ConsortiumRequest, field: str) -> ConsortiumRequest:
    """The request with what its brief says of who and where (recommender/brief_reading.py)
    as its kinds, SME flag and countries, where it gives none of that sort, and its brief
    without those words; a brief that said nothing else must come with another subject or
    members. Not with a call topic (its brief is the call's own words)."""
    # with a call topic the words are the call's title or description, which say what the
    # call is about ("Presidency event in France", "Startup Europe"), not who is asked
    text = request.brief.text
    reading = brief_filters(text, bool(request.brief.call_topic)) if text else None
    if reading is None or reading.text == text:
        return request
    searched = reading.text if brief_query(reading.text) else None
    if searched is None and not reading.words:  # only words of asking ("partners working")
        return request
    if searched is None and not (
        request.brief.call_topic or request.topic_ids or request.members or request.project_id
    ):
        raise InvalidInput(
            f"{field}: {request.brief.text!r} says which organisations "
            f"({', '.join(reading.words)}) but not what they should work on; add the "
            "subject, e.g. 'battery recycling'"
        )
    return replace(
        request,
        brief=replace(request.brief, text=searched),
        kinds=request.kinds if request.kinds is not None else reading.kinds or None,
        countries=request.countries if request.countries is not None else reading.countries or None,
        sme=request.sme if request.sme is not None else reading.sme,
    )


async def _asked_call(context: Context, brief: Brief, with_title: bool) -> Brief:
    """The call topic as the data spells it (a code is found in any case). A call topic asked
    alone must be known to the data, itself or its family (a call not yet in the data is
    answered from its family's earlier projects). ``with_title`` (not completing a project),
    a known call asked alone is asked with its title too, as who answers a call is evaluated
    (recommender/call_evaluation.py): the title tells the call's own projects and those on
    its subject from the rest of its group's earlier calls."""
    if brief.call_topic is None:
        return brief
    code = brief.call_topic.strip()
    call = await repo.call_topic(context.graph, code)
    if call is None:
        family = family_id(code)
        if not brief.text and (
            not family or not await reads.existing(context.graph, "Topic", [family])
        ):
            raise InvalidInput(
                f"input.callTopic: neither {code!r} nor its call family is in the data; "
                "check the code, or give the call's title as the brief"
            )
        return brief
    if with_title and not brief.text and call.title:
        return Brief(call.title, call.code)
    return replace(brief, call_topic=call.code)


async def _untagged_as_words(
    context: Context, brief: Brief, topic_ids: tuple[str, ...] | None
) -> tuple[Brief, tuple[str, ...] | None]:
    """The brief and topics to ask: a topic no project is on (a cluster's own, entered by
    hand, e.g. "Autonomous driving") is asked in words, its name added to the brief, since
    no organisation's work is tagged with it."""
    untagged = await repo.untagged_topics(context.graph, topic_ids) if topic_ids else {}
    if not untagged:
        return brief, topic_ids
    words = " ".join([*([brief.text] if brief.text else []), *untagged.values()])
    tagged = tuple(topic for topic in topic_ids or () if topic not in untagged)
    return replace(brief, text=words), tagged or None


async def for_consortium(
    context: Context, request: ConsortiumRequest, first: int, brief_field: str = "input.brief"
) -> list[Suggestion]:
    """Organisations that complete a consortium: a project's, given members', or a brief's.

    Seeds (excluded; their partners are suggested, flagged ``existing_partner``): the
    project's participants and the given members. Brief: the given words and call topic;
    for a project without them, its own title and call topic. Target topics: the project's
    plus any wanted ones. Without wanted kinds, a project's candidates are restricted to the
    kinds its consortium lacks among company, research institution and public actor (none
    lacking: no restriction). What the brief says of who and where ("une PME
    luxembourgeoise") is read as filters where the request gives none of that sort.
    """
    request = _read_brief(request, brief_field)
    known = await reads.existing(context.graph, "Topic", list(request.topic_ids or ()))
    for topic_id in request.topic_ids or ():
        if topic_id not in known:
            raise InvalidInput(f"input.topicIds: no topic with id {topic_id!r}")
    found = await reads.existing(context.graph, "Organization", list(request.members))
    for member in request.members:
        if member not in found:
            raise InvalidInput(f"input.organizationIds: no organisation with id {member!r}")
    given = await _asked_call(context, request.brief, with_title=request.project_id is None)
    seeds = list(request.members)
    brief, asked_topics = await _untagged_as_words(context, given, request.topic_ids)
    topics = list(asked_topics or ())
    kinds = request.kinds
    # What the person asked about restricts the candidates; a project's own title does not.
    asked = bool(brief.text or brief.call_topic or asked_topics)
    exclude: list[str] = []
    if request.project_id is not None:
        project = await repo.project_context(context.graph, request.project_id)
        if project is None:
            raise InvalidInput(f"input.projectId: no project with id {request.project_id!r}")
        # Every participant is left out of the suggestions; the strongest few (coordinators,
        # then most partners) give the network signals, so that a consortium of 200 asks as
        # much of Neo4j as one of 25.
        ordered = sorted(
            project["participants"], key=lambda p: (not p["led"], -p["partners"], p["id"])
        )
        exclude = [p["id"] for p in ordered]
        seeds = list(dict.fromkeys([*(p["id"] for p in ordered[:MAX_SEEDS]), *seeds]))
        topics = list(dict.fromkeys([*project["topics"], *topics]))
        brief = Brief(brief.text or project["text"], brief.call_topic or project["callTopic"])
        if kinds is None:
            present = {p["kind"] for p in project["participants"]}
            missing = tuple(k for k in CONSORTIUM_KINDS if k not in present)
            kinds = missing or None
    if request.cluster_id is not None and not await reads.existing(
        context.graph, "Cluster", [request.cluster_id]
    ):
        raise InvalidInput(f"input.clusterId: no cluster with id {request.cluster_id!r}")
    criteria = Criteria(
        kinds=kinds,
        countries=request.countries,
        sme=request.sme,
        cluster_ids=(request.cluster_id,) if request.cluster_id else None,
        cluster_active_in_domain=request.active_in_domain,
    )
    return await suggest_consortium(
        context.graph,
        seeds,
        first,
        brief,
        criteria,
        target_topics=topics or None,
        match_countries=request.countries,
        subject_topics=asked_topics,
        require_subject=asked,
        exclude=exclude,
    )


async def for_cluster(
    context: Context, cluster_id: str, first: int, criteria: Criteria
) -> list[Suggestion]:
    """Organisations outside a cluster that fit it: work on its topics, and its members'
    network.

    The members ask; the organisations only inferred active in the cluster's domain are the
    first candidates to recruit, so they ask only for a cluster without members. Those asking
    are excluded, and so are the organisations its current officers come from (a cluster
    without a member list was told to recruit its vice-presidents' employers); partners of
    members are the natural candidates, so they are suggested (flagged ``existing_partner``)
    unless ``filter.includeExistingPartners`` is explicitly false. Without
    ``filter.topicIds``, only organisations working on the cluster's topics (projects on
    them, or a stated competence) are suggested.
    """
    cluster = await repo.cluster_context(context.graph, cluster_id)
    if cluster is None:
        raise InvalidInput(f"clusterId: no cluster with id {cluster_id!r}")
    await _check_ids(context, criteria, "filter")
    if criteria.include_existing_partners is None:
        criteria = replace(criteria, include_existing_partners=True)
    if criteria.topic_ids is None and cluster["topics"]:
        criteria = replace(criteria, topic_ids=tuple(cluster["topics"]))
    return await suggest(
        context.graph,
        cluster["members"] or cluster["activeInDomain"],
        first,
        criteria,
        target_topics=cluster["topics"] or None,
        work_on=cluster["topics"] or None,
        cluster=True,
        exclude=cluster["officers"],
    )


def brief_filters(text: str, with_call: bool = False) -> Reading:
    """What a brief says of who and where (see :func:`for_consortium`); nothing with a call
    topic (``with_call``: the brief is then the call's own words)."""
    checked = checked_brief(text, "brief") or ""
    return Reading(checked) if with_call else read_brief(checked)


__all__ = ["KINDS", "ConsortiumRequest", "for_cluster", "for_consortium", "for_organization"]
