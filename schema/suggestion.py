"""Partner suggestions: for an organisation, a consortium, or a cluster (docs/suggestions.md)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Annotated, cast

import strawberry

from graph.values import InvalidValue, country_code
from recommender.engine import MAX_FIRST, Brief, Criteria
from recommender.text import WORD_PROJECTS_MOST
from resolvers import suggestions as resolve
from resolvers.context import Context
from schema.errors import InvalidInput
from schema.node import Node
from schema.organization import Organization, OrganizationKind

MAX_LIST = 50


def _first(first: int) -> int:
    if not 1 <= first <= MAX_FIRST:
        raise InvalidInput(f"first: must be between 1 and {MAX_FIRST}, got {first}")
    return first


def _some(values: Sequence[object] | None, field: str) -> None:
    """A condition's list names at least one value: an empty one would match nothing."""
    if values is not None and not values:
        raise InvalidInput(f"{field}: give at least one value, or leave the field out")


def _ids(
    values: list[strawberry.ID] | None, field: str, empty: bool = False
) -> tuple[str, ...] | None:
    """The ids as given, once each; ``empty``: an empty list means none (members), else it
    is refused (a condition)."""
    if not empty:
        _some(values, field)
    if values is None:
        return None
    if len(values) > MAX_LIST:
        raise InvalidInput(f"{field}: at most {MAX_LIST} values")
    if any(not str(v).strip() for v in values):
        raise InvalidInput(f"{field}: ids must not be empty")
    return tuple(dict.fromkeys(str(v) for v in values))


def _countries(values: list[str] | None, field: str) -> tuple[str, ...] | None:
    _some(values, field)
    if values is None:
        return None
    if len(values) > MAX_LIST:
        raise InvalidInput(f"{field}: at most {MAX_LIST} values")
    try:
        return tuple(dict.fromkeys(country_code(value) for value in values))
    except InvalidValue as exc:
        raise InvalidInput(f"{field}: {exc}") from exc


def _active_in_domain(input: ConsortiumBriefInput) -> bool:
    if input.include_active_in_domain and input.cluster_id is None:
        raise InvalidInput("input.includeActiveInDomain: give the clusterId it applies to")
    return input.include_active_in_domain


def _kinds(values: list[OrganizationKind] | None, field: str) -> tuple[str, ...] | None:
    _some(values, field)
    if values is None:
        return None
    if OrganizationKind.UNKNOWN in values:
        raise InvalidInput(f"{field}: UNKNOWN cannot be asked for; suggestions need a kind")
    return tuple(dict.fromkeys(k.value for k in values))


@strawberry.input(description="Conditions on suggested organisations; all given must hold.")
class SuggestionFilter:
    kinds: list[OrganizationKind] | None = strawberry.field(
        default=None, description="Any of these kinds."
    )
    cluster_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Current member of any of these clusters."
    )
    countries: list[str] | None = strawberry.field(
        default=None, description="In any of these countries (codes as CORDIS writes them)."
    )
    topic_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Working on any of these topics: a project on one of them or a narrower "
        "one, or a stated competence. Of the network's 30 best such organisations (or as many "
        "as asked, if more), those with most projects on them come first.",
    )
    min_recent_projects: int | None = strawberry.field(
        default=None,
        description="At least this many projects started in the newest two years of the data.",
    )
    sme: bool | None = strawberry.field(
        default=None,
        description="true: only small and medium-sized enterprises (as last declared in "
        "CORDIS or set by a manager); false: only organisations that are not.",
    )
    include_existing_partners: bool | None = strawberry.field(
        default=None,
        description="Also suggest existing partners (of the organisation, of the cluster's "
        "members), flagged with an 'existing_partner' reason. Default: false for "
        "suggestPartners, true for suggestClusterMembers.",
    )

    def to_criteria(self) -> Criteria:
        """Validated conditions for the engine."""
        if self.min_recent_projects is not None and self.min_recent_projects < 0:
            raise InvalidInput("filter.minRecentProjects: must not be negative")
        return Criteria(
            kinds=_kinds(self.kinds, "filter.kinds"),
            countries=_countries(self.countries, "filter.countries"),
            cluster_ids=_ids(self.cluster_ids, "filter.clusterIds"),
            topic_ids=_ids(self.topic_ids, "filter.topicIds"),
            min_recent_projects=self.min_recent_projects,
            sme=self.sme,
            include_existing_partners=self.include_existing_partners,
        )


@strawberry.input(
    description="What a consortium needs: a project (its participants are the consortium), "
    "members so far, a brief in words, a call topic, or wanted topics; optionally wanted "
    "kinds and countries."
)
class ConsortiumBriefInput:
    project_id: strawberry.ID | None = strawberry.field(
        default=None, description="Complete this project's consortium."
    )
    organization_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Organisations already in the consortium (never suggested; their "
        "partners are, flagged existing_partner).",
    )
    brief: str | None = strawberry.field(
        default=None,
        description="What the consortium is about, in words (at most 2,000 characters), "
        "e.g. 'hydrogen refuelling for heavy-duty trucks', or a call's title and description "
        "pasted: matched as a whole (key words together, adjacent words as phrases) against "
        "the titles, call topics, keywords and abstracts of every organisation's projects "
        "(full-text, BM25, English stemming; project texts are in English, and French or "
        "German words the glossary knows are searched in English: 'Wasserstoff-Lkw'). Only "
        "organisations with matching projects are suggested. Who and where it asks for ('une "
        "PME luxembourgeoise', 'German universities', '... in Luxembourg') are not searched "
        "but read as kinds, sme and countries where these are not given (Query.briefFilters "
        "says what was read); not with a callTopic, whose brief is the call's own words.",
    )
    call_topic: str | None = strawberry.field(
        default=None,
        description="The call topic applied to, as a code (e.g. HORIZON-CL5-2024-D3-01-01): "
        "organisations with projects in its call family are suggested, those most active in "
        "it first. With no members, this asks who is likely to answer the call.",
    )
    topic_ids: list[strawberry.ID] | None = strawberry.field(
        default=None,
        description="Topics the suggested organisations must work on (e.g. a field of "
        "science, a call family): only organisations with projects on one of them or a "
        "narrower topic are suggested, those with most such work first. A topic no project "
        "is on (a cluster's own, entered by hand) is asked in words: its name joins the brief.",
    )
    kinds: list[OrganizationKind] | None = strawberry.field(
        default=None,
        description="Kinds wanted; by default, for a project, the kinds it lacks.",
    )
    countries: list[str] | None = strawberry.field(default=None, description="Countries wanted.")
    sme: bool | None = strawberry.field(
        default=None,
        description="true: only small and medium-sized enterprises; false: only organisations "
        "that are not.",
    )
    cluster_id: strawberry.ID | None = strawberry.field(
        default=None,
        description="Only current members of this cluster: which of its members could answer "
        "a call (give callTopic and the call's title and description as the brief).",
    )
    include_active_in_domain: bool = strawberry.field(
        default=False,
        description="With clusterId: also the organisations inferred active in the cluster's "
        "domain (not members; Cluster.members' ACTIVE_IN_DOMAIN).",
    )


@strawberry.type(description="Why an organisation is suggested: one additive part of the score.")
class Reason:
    kind: str = strawberry.field(
        description="Machine-readable kind, e.g. common_partners, topic_fit, existing_partner."
    )
    label: str = strawberry.field(description="Readable explanation.")
    contribution: float = strawberry.field(
        description="This reason's part of the score; the parts sum to the score."
    )
    evidence: list[Node] = strawberry.field(
        description="Nodes behind it: common partners, projects, shared topics."
    )


@strawberry.enum(description="What a group of reasons is about.")
class ReasonGroupKind(Enum):
    SUBJECT = strawberry.enum_value(
        "SUBJECT", description="Its projects on what was asked (words, topics, a call)."
    )
    NETWORK = strawberry.enum_value(
        "NETWORK", description="Its ties to the asking side: members, common partners."
    )
    THEMES = strawberry.enum_value("THEMES", description="Programme parts it shares.")


@strawberry.type(
    description="Reasons of one kind in plain words, each evidence node cited once across the "
    "groups of a suggestion."
)
class ReasonGroup:
    kind: ReasonGroupKind = strawberry.field(description="What the group is about.")
    label: str = strawberry.field(description="In plain English, e.g. '4 projects on the subject'.")
    evidence: list[Node] = strawberry.field(
        description="The projects or organisations behind it, best first, at most five."
    )


@strawberry.type(
    description="The numbers a suggestion's summary is made of, for pages that say it in "
    "another language."
)
class SuggestionFacts:
    subject_projects: int = strawberry.field(
        description="Its projects on what was asked (0 when nothing was asked)."
    )
    subject_since: int | None = strawberry.field(
        description="The start year of the first of those projects."
    )
    subject_coordinated: int = strawberry.field(description="How many of them it coordinated.")
    subject_in_call_family: int = strawberry.field(
        description="How many of them are on the subject only as projects of earlier calls "
        "of the call topic's group (no match of the words or topics asked): 0 without a "
        "call topic."
    )
    common_partners: int = strawberry.field(
        description="How many of the asking side's closest partners (its strongest, up to "
        "30) have worked with it; a large organisation may share many more partners."
    )
    existing_partner: bool = strawberry.field(
        description="It has already worked with the asking side (the organisation, or one "
        "of the consortium's or cluster's members): asked with includeExistingPartners."
    )
    members_worked_with: int = strawberry.field(
        description="Members of the consortium or cluster it has worked with."
    )
    member_projects_shared: int = strawberry.field(
        description="Of the member it has worked with most, relative to that member's "
        "projects: the projects they share (0 when it has worked with none)."
    )
    member_projects: int = strawberry.field(
        description="That member's projects in all (0 when it has worked with none)."
    )
    member_shared_with: Organization | None = strawberry.field(
        description="That member (null when it has worked with none)."
    )
    recent_projects: int = strawberry.field(
        description="Its projects that started in the newest two years of the data."
    )
    partners: int = strawberry.field(description="Organisations it has worked with in all.")
    key_words: int | None = strawberry.field(
        description="A brief asked alone (no members, no call topic): how many of its key "
        "words a project must hold to be on the subject (its first ones, up to 6); null "
        "otherwise."
    )
    key_words_held: int | None = strawberry.field(
        description="How many of those key words the projects on the subject hold at least: "
        "fewer than keyWords when fewer than 3 projects of the data hold them all (or one "
        "project alone holds half of them): the most that 3 projects hold together, down to "
        "one, else the number most projects hold; the same for every suggestion of the "
        "request."
    )
    key_word_alone: str | None = strawberry.field(
        description="When the projects on the subject rest on one key word alone (keyWordsHeld "
        "1): that word as searched, the one of the brief's that the fewest projects hold "
        "among those 3 projects hold (e.g. 'hydrogen' for 'hydrogen refuelling for heavy-duty "
        "trucks' on a small network), else the one most projects hold; null otherwise, and "
        "when they hold any one of them."
    )
    key_words_found: list[str] | None = strawberry.field(
        description="When keyWordsHeld is fewer than keyWords (and not one key word alone), "
        "or with organizationIds (where some of the words are enough) when its projects hold "
        "only some: the key words, as searched and in the brief's order, that its projects on "
        "the subject cited in the reasons hold (e.g. ['hydrogen', 'stations'] of four), so "
        "that each suggestion says which part of the brief it meets; null otherwise."
    )


@strawberry.type(description="A suggested partner, its score and the reasons behind it.")
class PartnerSuggestion:
    score: float = strawberry.field(
        description="Higher is better; the sum of the reasons (for ranking, not for people). "
        "A request about a subject alone (words, topics) lists the most projects on it first; "
        "the score orders suggestions with as many."
    )
    organization: Organization = strawberry.field(description="The suggested organisation.")
    summary: str = strawberry.field(
        description="Why, in one plain English sentence with its strongest evidence, e.g. "
        "'Worked on 4 projects on the subject since 2021, 2 as coordinator, among them "
        "H2FUTURE and GrInHy2.0; already works with 3 of your partners.'"
    )
    facts: SuggestionFacts = strawberry.field(description="The numbers of the summary.")
    highlights: list[ReasonGroup] = strawberry.field(
        description="At most three groups of reasons in plain words (work on the subject, "
        "ties to the asking side, shared programme parts), each evidence cited once."
    )
    reasons: list[Reason] = strawberry.field(
        description="The full breakdown of the score, one additive term of the model per "
        "reason (for researchers)."
    )


@strawberry.type(description="A key word of a brief, as suggestConsortium searches for it.")
class BriefWord:
    word: str = strawberry.field(
        description="The word (or words naming one thing) as searched, in lower case: in "
        "English when the service's glossary knows the French or German word or phrase "
        "(project texts are in English), else as written."
    )
    also: list[str] = strawberry.field(
        description="For a concept named by one of several names (e.g. 'autonomous driving', "
        "'automated vehicles', 'CCAM'), its other names, searched too; else empty."
    )
    projects: int = strawberry.field(
        description=f"Projects whose title, keywords or abstract hold it (or another name of "
        f"it), counted up to {WORD_PROJECTS_MOST}: 0 when no project does, so it finds "
        "nothing."
    )
    part_of: str | None = strawberry.field(
        description="The name of several words (e.g. 'hydrogen refuelling stations', which "
        "'Wasserstoff-Tankstellen' asks) this word is searched apart from, because no project "
        "holds that name's words together; the suggestions then need this word with another "
        "key word of the brief. Null for a word searched as written."
    )


@strawberry.type(
    description="What a brief says of which organisations it asks for (e.g. 'une PME "
    "luxembourgeoise', 'German research institutes', 'battery recycling in Luxembourg'): "
    "suggestConsortium takes it as its kinds, sme and countries where the input gives none of "
    "that sort, and does not search for these words."
)
class BriefFilters:
    words: list[str] = strawberry.field(
        description="The words read so, as written (e.g. ['PME', 'luxembourgeoise']); empty "
        "when the brief names no kind of organisation or country it asks for."
    )
    kinds: list[OrganizationKind] = strawberry.field(
        description="Kinds asked for (a university or a research centre: RESEARCH_INSTITUTION)."
    )
    sme: bool | None = strawberry.field(
        description="True when the brief asks for SMEs, false for large companies."
    )
    countries: list[str] = strawberry.field(description="Country codes, as CORDIS writes them.")


# Why a suggestion field is nullable: one bad argument (a stale id in a link) costs that
# field, not the other fields of the same request.
UNANSWERED = (
    "null, with a BAD_USER_INPUT error naming the argument, when an id is unknown or an "
    "argument is out of range; the request's other fields keep their data."
)
FIRST_ARG = strawberry.argument(description=f"How many, 1 to {MAX_FIRST}.")
FILTER_ARG = strawberry.argument(description="Conditions on the suggested organisations.")
BRIEF_ARG = strawberry.argument(description="The brief in words, as for suggestConsortium.")
WITH_CALL_ARG = strawberry.argument(
    description="True when the brief goes with a callTopic: it is then the call's own words, "
    "from which nothing is read as filters."
)


@strawberry.type(description="Partner suggestions.")
class SuggestionQuery:
    @strawberry.field(
        description="Organisations to partner with, best first; existing partners excluded "
        f"unless filter.includeExistingPartners. {UNANSWERED}"
    )
    async def suggest_partners(
        self,
        info: strawberry.Info[Context],
        organization_id: Annotated[strawberry.ID, strawberry.argument(description="Who asks.")],
        first: Annotated[int, FIRST_ARG] = 10,
        filter: Annotated[SuggestionFilter | None, FILTER_ARG] = None,
    ) -> list[PartnerSuggestion] | None:
        criteria = filter.to_criteria() if filter else Criteria()
        found = await resolve.for_organization(
            info.context, str(organization_id), _first(first), criteria
        )
        return cast(list[PartnerSuggestion], await resolve.served(info, found))

    @strawberry.field(
        description="Organisations to complete a consortium (current participants excluded). "
        + UNANSWERED
    )
    async def suggest_consortium(
        self,
        info: strawberry.Info[Context],
        input: Annotated[ConsortiumBriefInput, strawberry.argument(description="The brief.")],
        first: Annotated[int, FIRST_ARG] = 10,
    ) -> list[PartnerSuggestion] | None:
        _first(first)
        brief = resolve.checked_brief(input.brief, "input.brief")
        call_topic = resolve.checked_call_topic(input.call_topic, "input.callTopic")
        members = _ids(input.organization_ids, "input.organizationIds", empty=True)
        if input.project_id is None and not (input.topic_ids or brief or call_topic or members):
            raise InvalidInput(
                "input: give a projectId, organizationIds, a brief, a callTopic or topicIds"
            )
        found = await resolve.for_consortium(
            info.context,
            resolve.ConsortiumRequest(
                project_id=str(input.project_id) if input.project_id is not None else None,
                members=members or (),
                brief=Brief(brief, call_topic),
                topic_ids=_ids(input.topic_ids, "input.topicIds"),
                kinds=_kinds(input.kinds, "input.kinds"),
                countries=_countries(input.countries, "input.countries"),
                sme=input.sme,
                cluster_id=str(input.cluster_id) if input.cluster_id is not None else None,
                active_in_domain=_active_in_domain(input),
            ),
            first,
        )
        return cast(list[PartnerSuggestion], await resolve.served(info, found))

    @strawberry.field(
        description="A brief's key words as suggestConsortium searches for them (stop words "
        "and French or German function words left out), in order, each with how many projects "
        "hold it: a word no project holds is worth rephrasing."
    )
    async def brief_words(
        self,
        info: strawberry.Info[Context],
        brief: Annotated[str, BRIEF_ARG],
        with_call_topic: Annotated[bool, WITH_CALL_ARG] = False,
    ) -> list[BriefWord]:
        words = await resolve.brief_words(info.context, brief, with_call_topic)
        return [
            BriefWord(word=unit.word, also=list(unit.also), projects=projects, part_of=unit.part_of)
            for unit, projects in words
        ]

    @strawberry.field(
        description="What a brief says of which organisations it asks for (kinds, SMEs, "
        "countries), which suggestConsortium reads as filters."
    )
    def brief_filters(
        self,
        brief: Annotated[str, BRIEF_ARG],
        with_call_topic: Annotated[bool, WITH_CALL_ARG] = False,
    ) -> BriefFilters:
        reading = resolve.brief_filters(brief, with_call_topic)
        return BriefFilters(
            words=list(reading.words),
            kinds=[OrganizationKind(kind) for kind in reading.kinds],
            sme=reading.sme,
            countries=list(reading.countries),
        )

    @strawberry.field(
        description="Organisations outside a cluster that fit it: they work on its topics (or on "
        "filter.topicIds), and of the network's 30 best of them (or as many as asked, if more) "
        "those with most projects on the topics come first; members excluded, partners of "
        "members included (flagged) unless filter.includeExistingPartners is false. " + UNANSWERED
    )
    async def suggest_cluster_members(
        self,
        info: strawberry.Info[Context],
        cluster_id: Annotated[strawberry.ID, strawberry.argument(description="The cluster.")],
        first: Annotated[int, FIRST_ARG] = 10,
        filter: Annotated[SuggestionFilter | None, FILTER_ARG] = None,
    ) -> list[PartnerSuggestion] | None:
        criteria = filter.to_criteria() if filter else Criteria()
        found = await resolve.for_cluster(info.context, str(cluster_id), _first(first), criteria)
        return cast(list[PartnerSuggestion], await resolve.served(info, found))
