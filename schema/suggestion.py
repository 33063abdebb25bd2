"""Partner suggestions: for an organisation, a consortium, or a cluster (docs/suggestions.md)."""

from __future__ import annotations

from typing import Annotated, cast

import strawberry

from recommender.engine import MAX_FIRST, Criteria
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


def _ids(values: list[strawberry.ID] | None, field: str) -> tuple[str, ...] | None:
    if values is None:
        return None
    if len(values) > MAX_LIST:
        raise InvalidInput(f"{field}: at most {MAX_LIST} values")
    if any(not str(v).strip() for v in values):
        raise InvalidInput(f"{field}: ids must not be empty")
    return tuple(dict.fromkeys(str(v) for v in values))


def _countries(values: list[str] | None, field: str) -> tuple[str, ...] | None:
    if values is None:
        return None
    if len(values) > MAX_LIST:
        raise InvalidInput(f"{field}: at most {MAX_LIST} values")
    for value in values:
        if not (len(value) == 2 and value.isascii() and value.isalpha()):
            raise InvalidInput(f"{field}: {value!r} is not a two-letter country code")
    return tuple(dict.fromkeys(v.upper() for v in values))


def _kinds(values: list[OrganizationKind] | None, field: str) -> tuple[str, ...] | None:
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
        default=None, description="Competent in any of these topics."
    )
    min_recent_projects: int | None = strawberry.field(
        default=None,
        description="At least this many projects started in the newest two years of the data.",
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
            include_existing_partners=self.include_existing_partners,
        )


@strawberry.input(
    description="What a consortium needs: a project (its participants are the consortium), "
    "or wanted topics; optionally wanted kinds and countries."
)
class ConsortiumBriefInput:
    project_id: strawberry.ID | None = strawberry.field(
        default=None, description="Complete this project's consortium."
    )
    topic_ids: list[strawberry.ID] | None = strawberry.field(
        default=None, description="Topics the consortium must cover."
    )
    kinds: list[OrganizationKind] | None = strawberry.field(
        default=None,
        description="Kinds wanted; by default, for a project, the kinds it lacks.",
    )
    countries: list[str] | None = strawberry.field(default=None, description="Countries wanted.")


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


@strawberry.type(description="A suggested partner, its score and the reasons behind it.")
class PartnerSuggestion:
    score: float = strawberry.field(description="Higher is better; the sum of the reasons.")
    organization: Organization = strawberry.field(description="The suggested organisation.")
    reasons: list[Reason] = strawberry.field(description="The parts of the score.")


FIRST_ARG = strawberry.argument(description=f"How many, 1 to {MAX_FIRST}.")
FILTER_ARG = strawberry.argument(description="Conditions on the suggested organisations.")


@strawberry.type(description="Partner suggestions.")
class SuggestionQuery:
    @strawberry.field(
        description="Organisations to partner with, best first; existing partners excluded "
        "unless filter.includeExistingPartners."
    )
    async def suggest_partners(
        self,
        info: strawberry.Info[Context],
        organization_id: Annotated[strawberry.ID, strawberry.argument(description="Who asks.")],
        first: Annotated[int, FIRST_ARG] = 10,
        filter: Annotated[SuggestionFilter | None, FILTER_ARG] = None,
    ) -> list[PartnerSuggestion]:
        criteria = filter.to_criteria() if filter else Criteria()
        found = await resolve.for_organization(
            info.context, str(organization_id), _first(first), criteria
        )
        return cast(list[PartnerSuggestion], await resolve.served(info, found))

    @strawberry.field(
        description="Organisations to complete a consortium (current participants excluded)."
    )
    async def suggest_consortium(
        self,
        info: strawberry.Info[Context],
        input: Annotated[ConsortiumBriefInput, strawberry.argument(description="The brief.")],
        first: Annotated[int, FIRST_ARG] = 10,
    ) -> list[PartnerSuggestion]:
        _first(first)
        if input.project_id is None and not input.topic_ids:
            raise InvalidInput("input: give a projectId or at least one of topicIds")
        found = await resolve.for_consortium(
            info.context,
            str(input.project_id) if input.project_id is not None else None,
            _ids(input.topic_ids, "input.topicIds"),
            _kinds(input.kinds, "input.kinds"),
            _countries(input.countries, "input.countries"),
            first,
        )
        return cast(list[PartnerSuggestion], await resolve.served(info, found))

    @strawberry.field(
        description="Organisations outside a cluster that fit it, best first; members excluded, "
        "partners of members included (flagged) unless filter.includeExistingPartners is false."
    )
    async def suggest_cluster_members(
        self,
        info: strawberry.Info[Context],
        cluster_id: Annotated[strawberry.ID, strawberry.argument(description="The cluster.")],
        first: Annotated[int, FIRST_ARG] = 10,
        filter: Annotated[SuggestionFilter | None, FILTER_ARG] = None,
    ) -> list[PartnerSuggestion]:
        criteria = filter.to_criteria() if filter else Criteria()
        found = await resolve.for_cluster(info.context, str(cluster_id), _first(first), criteria)
        return cast(list[PartnerSuggestion], await resolve.served(info, found))
