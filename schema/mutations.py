"""The Mutation type: writes for cluster managers and admins.

Every mutation returns a union of its success type and typed errors (``ValidationError``,
``NotAuthorized``, ``NotFound``, ``Conflict``), each with a ``message``. Who may do what is
decided inside the Cypher that writes (see ``graph.repositories.writes`` and
``docs/security.md``).
"""

from __future__ import annotations

from typing import Annotated, Any, cast

import strawberry

from graph.client import Row
from resolvers import mutations as resolve
from resolvers.context import Context
from resolvers.mutations import Failure, FailureKind, Invalid
from schema.mutation_inputs import (
    AddMembershipInput,
    AddParticipationInput,
    CreateOrganizationInput,
    CreateProjectInput,
    EndMembershipInput,
    RecordMeasurementInput,
    RemoveParticipationInput,
    SetCompetenceInput,
    UpdateOrganizationInput,
)
from schema.objective import Measurement
from schema.organization import (
    Competence,
    Membership,
    MembershipStanding,
    Organization,
    ParticipationRole,
)
from schema.project import Project

INPUT = strawberry.argument(description="What to write.")


@strawberry.interface(description="Why a mutation wrote nothing.")
class MutationError:
    message: str = strawberry.field(description="What went wrong, in words for people.")


@strawberry.type(description="An input value is not acceptable.")
class ValidationError(MutationError):
    field: str = strawberry.field(description="The input field at fault (e.g. 'website').")


@strawberry.type(description="The viewer's role or clusters do not allow this write.")
class NotAuthorized(MutationError):
    pass


@strawberry.type(description="A node that the write refers to does not exist.")
class NotFound(MutationError):
    id: strawberry.ID | None = strawberry.field(description="The id that was not found.")


@strawberry.type(
    description="A different node already has the id given: a retry of the same create "
    "succeeds, a create that would change the existing node gets this error."
)
class Conflict(MutationError):
    id: strawberry.ID | None = strawberry.field(description="The id already in use.")
    fields: list[str] = strawberry.field(
        description="The input fields whose values differ from the existing node."
    )


Error = ValidationError | NotAuthorized | NotFound | Conflict


def _powerless(info: strawberry.Info[Context]) -> NotAuthorized | None:
    """A write by a viewer who may write nothing (no API key) is refused before its input is
    read (what the checks say is for those who may write) and without a transaction (thirty
    aliased anonymous writes cost the leader 1.1 s); each write's query checks the rights of
    everyone else."""
    if not info.context.viewer.may_write:
        return NotAuthorized(message="You may not write without an API key that allows it.")
    return None


def _error(failure: Failure) -> Error:
    if failure.kind is FailureKind.VALIDATION:
        return ValidationError(message=failure.message, field=failure.field or "")
    if failure.kind is FailureKind.NOT_AUTHORIZED:
        return NotAuthorized(message=failure.message)
    node_id = strawberry.ID(failure.id) if failure.id is not None else None
    if failure.kind is FailureKind.NOT_FOUND:
        return NotFound(message=failure.message, id=node_id)
    return Conflict(message=failure.message, id=node_id, fields=list(failure.fields))


@strawberry.type(description="The organisation was created, or already existed as given.")
class CreateOrganizationSuccess:
    organization: Organization = strawberry.field(description="The organisation.")
    created: bool = strawberry.field(
        description="False when an identical organisation already had this id (a retry)."
    )


@strawberry.type(description="The organisation was updated.")
class UpdateOrganizationSuccess:
    organization: Organization = strawberry.field(description="The organisation as it is now.")


@strawberry.type(description="The membership was written.")
class MembershipSuccess:
    organization: Organization = strawberry.field(description="The member.")
    membership: Membership = strawberry.field(description="The membership as it is now.")
    previous_standing: MembershipStanding | None = strawberry.field(
        description="Where the membership stood before the write: null when there was none; "
        "MEMBER when the organisation already was a current member (addMembership then "
        "changed at most since and role); ACTIVE_IN_DOMAIN when an inferred one was "
        "confirmed (endMembership refuses those); FORMER when an ended one was reopened or "
        "its end moved."
    )


@strawberry.type(description="The project was created, or already existed as given.")
class CreateProjectSuccess:
    project: Project = strawberry.field(description="The project.")
    created: bool = strawberry.field(
        description="False when an identical project already had this id (a retry)."
    )


@strawberry.type(description="An organisation's part in a project.")
class Participation:
    project: Project | None = strawberry.field(description="The project.")
    role: ParticipationRole | None = strawberry.field(description="Coordinator or partner.")
    contribution: float | None = strawberry.field(
        description="EU contribution to this organisation, in EUR."
    )


@strawberry.type(description="The participation was written; partner counts are refreshed.")
class AddParticipationSuccess:
    organization: Organization = strawberry.field(description="The participant.")
    participation: Participation = strawberry.field(description="The participation.")


@strawberry.type(description="The participation is gone; partner counts are refreshed.")
class RemoveParticipationSuccess:
    organization: Organization = strawberry.field(description="The former participant.")
    project: Project = strawberry.field(description="The project, without it.")
    removed: bool = strawberry.field(
        description="False when the organisation had no part in the project (a retry): "
        "nothing was written."
    )


@strawberry.type(description="The competence was written.")
class SetCompetenceSuccess:
    organization: Organization = strawberry.field(description="The organisation.")
    competence: Competence = strawberry.field(description="The competence (source 'api').")


@strawberry.type(description="The measurement was recorded.")
class RecordMeasurementSuccess:
    measurement: Measurement = strawberry.field(description="The measurement as stored.")
    created: bool = strawberry.field(
        description="False when the objective already had a value on this date (replaced)."
    )


def _union(name: str, description: str) -> Any:
    return strawberry.union(name, description=description)


CreateOrganizationResult = Annotated[
    CreateOrganizationSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("CreateOrganizationResult", "The organisation, or why it was not created."),
]
UpdateOrganizationResult = Annotated[
    UpdateOrganizationSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("UpdateOrganizationResult", "The organisation, or why it was not updated."),
]
MembershipResult = Annotated[
    MembershipSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("MembershipResult", "The membership, or why it was not written."),
]
CreateProjectResult = Annotated[
    CreateProjectSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("CreateProjectResult", "The project, or why it was not created."),
]
AddParticipationResult = Annotated[
    AddParticipationSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("AddParticipationResult", "The participation, or why it was not written."),
]
RemoveParticipationResult = Annotated[
    RemoveParticipationSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("RemoveParticipationResult", "What is left, or why nothing was removed."),
]
SetCompetenceResult = Annotated[
    SetCompetenceSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("SetCompetenceResult", "The competence, or why it was not written."),
]
RecordMeasurementResult = Annotated[
    RecordMeasurementSuccess | ValidationError | NotAuthorized | NotFound | Conflict,
    _union("RecordMeasurementResult", "The measurement, or why it was not recorded."),
]


async def _organization(info: strawberry.Info[Context], payload: str, org_id: str) -> Any:
    return await resolve.read_back(info, [(payload, "organization")], "Organization", org_id)


async def _membership(info: strawberry.Info[Context], cluster_id: str, row: Row) -> Any:
    """The membership as written, with its cluster as the request selects it."""
    path = [("MembershipSuccess", "membership"), ("Membership", "cluster")]
    cluster = await resolve.read_back(info, path, "Cluster", cluster_id)
    keys = ("since", "until", "role", "source")
    return {
        **{key: row.get(key) for key in keys},
        "standing": resolve.standing(row),
        "evidence_projects": None,
        "evidence_topics": [],
        "cluster": cluster,
    }


def _previous(row: Row) -> MembershipStanding | None:
    previous = row.get("previousStanding")
    return None if previous is None else MembershipStanding(previous)


@strawberry.type(description="Writes for cluster managers (their own clusters) and admins.")
class Mutation:
    @strawberry.mutation(
        description="Create an organisation (admins and cluster managers; the manager's "
        "clusters own it). Safe to retry with the same id: an identical existing organisation "
        "is a success with created=false. Another organisation with the same name is a "
        "Conflict naming it, unless allowDuplicateName."
    )
    async def create_organization(
        self, info: strawberry.Info[Context], input: Annotated[CreateOrganizationInput, INPUT]
    ) -> CreateOrganizationResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, kind, props = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.create_organization(
            info.context, org_id, kind, props, input.allow_duplicate_name
        )
        if isinstance(outcome, Failure):
            return _error(outcome)
        organization = await _organization(info, "CreateOrganizationSuccess", org_id)
        return CreateOrganizationSuccess(organization=organization, created=outcome[1])

    @strawberry.mutation(
        description="Change an organisation: admins; a cluster manager only an organisation "
        "created through the API for their clusters and a member of no other cluster "
        "(organisations from CORDIS or a bundle: admins only; see docs/security.md)."
    )
    async def update_organization(
        self, info: strawberry.Info[Context], input: Annotated[UpdateOrganizationInput, INPUT]
    ) -> UpdateOrganizationResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, kind, props = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.update_organization(info.context, org_id, kind, props)
        if isinstance(outcome, Failure):
            return _error(outcome)
        return UpdateOrganizationSuccess(
            organization=await _organization(info, "UpdateOrganizationSuccess", org_id)
        )

    @strawberry.mutation(
        description="Make an organisation a member of a cluster, or reopen an ended membership "
        "(admins, or managers of that cluster). Retrying changes nothing."
    )
    async def add_membership(
        self, info: strawberry.Info[Context], input: Annotated[AddMembershipInput, INPUT]
    ) -> MembershipResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, cluster_id, since, role = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.add_membership(info.context, org_id, cluster_id, since, role)
        if isinstance(outcome, Failure):
            return _error(outcome)
        return MembershipSuccess(
            organization=await _organization(info, "MembershipSuccess", org_id),
            membership=await _membership(info, cluster_id, outcome),
            previous_standing=_previous(outcome),
        )

    @strawberry.mutation(
        description="End an organisation's membership of a cluster (admins, or managers of "
        "that cluster). An organisation only active in the cluster's domain (standing "
        "ACTIVE_IN_DOMAIN, inferred from its projects) has no membership to end: NotFound."
    )
    async def end_membership(
        self, info: strawberry.Info[Context], input: Annotated[EndMembershipInput, INPUT]
    ) -> MembershipResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, cluster_id, until = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.end_membership(info.context, org_id, cluster_id, until)
        if isinstance(outcome, Failure):
            return _error(outcome)
        return MembershipSuccess(
            organization=await _organization(info, "MembershipSuccess", org_id),
            membership=await _membership(info, cluster_id, outcome),
            previous_standing=_previous(outcome),
        )

    @strawberry.mutation(
        description="Create a project in one or more clusters (admins, or managers of every "
        "one of those clusters). Safe to retry with the same id."
    )
    async def create_project(
        self, info: strawberry.Info[Context], input: Annotated[CreateProjectInput, INPUT]
    ) -> CreateProjectResult:
        if refused := _powerless(info):
            return refused
        try:
            project_id, cluster_ids, props = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.create_project(info.context, project_id, cluster_ids, props)
        if isinstance(outcome, Failure):
            return _error(outcome)
        path = [("CreateProjectSuccess", "project")]
        project = await resolve.read_back(info, path, "Project", project_id)
        return CreateProjectSuccess(project=project, created=outcome[1])

    @strawberry.mutation(
        description="Add or change an organisation's part in a project (admins, or managers "
        "of a cluster the project is part of); refreshes the partner counts."
    )
    async def add_participation(
        self, info: strawberry.Info[Context], input: Annotated[AddParticipationInput, INPUT]
    ) -> AddParticipationResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, project_id, role, contribution = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        failure = await resolve.add_participation(
            info.context, org_id, project_id, role, contribution
        )
        if failure is not None:
            return _error(failure)
        path = [("AddParticipationSuccess", "participation"), ("Participation", "project")]
        project = await resolve.read_back(info, path, "Project", project_id)
        return AddParticipationSuccess(
            organization=await _organization(info, "AddParticipationSuccess", org_id),
            participation=Participation(
                project=project, role=ParticipationRole(role), contribution=contribution
            ),
        )

    @strawberry.mutation(
        description="Take an organisation out of a project, e.g. one added by mistake (admins; "
        "managers of a cluster the project is part of, for participations added through the "
        "API); refreshes the partner counts. Removing one that does not exist is a success "
        "with removed: false."
    )
    async def remove_participation(
        self, info: strawberry.Info[Context], input: Annotated[RemoveParticipationInput, INPUT]
    ) -> RemoveParticipationResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, project_id = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.remove_participation(info.context, org_id, project_id)
        if isinstance(outcome, Failure):
            return _error(outcome)
        path = [("RemoveParticipationSuccess", "project")]
        return RemoveParticipationSuccess(
            organization=await _organization(info, "RemoveParticipationSuccess", org_id),
            project=await resolve.read_back(info, path, "Project", project_id),
            removed=outcome,
        )

    @strawberry.mutation(
        description="Set an organisation's competence in a topic (who may: as for "
        "updateOrganization)."
    )
    async def set_competence(
        self, info: strawberry.Info[Context], input: Annotated[SetCompetenceInput, INPUT]
    ) -> SetCompetenceResult:
        if refused := _powerless(info):
            return refused
        try:
            org_id, topic_id, weight = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        failure = await resolve.set_competence(info.context, org_id, topic_id, weight)
        if failure is not None:
            return _error(failure)
        path = [("SetCompetenceSuccess", "competence"), ("Competence", "topic")]
        topic = await resolve.read_back(info, path, "Topic", topic_id)
        return SetCompetenceSuccess(
            organization=await _organization(info, "SetCompetenceSuccess", org_id),
            competence=Competence(topic=topic, weight=weight, source="api"),
        )

    @strawberry.mutation(
        description="Record an objective's value on a date, replacing that date's value if "
        "there is one, with who recorded it and when (admins, or managers of the objective's "
        "cluster). Refused for an objective measured from the data."
    )
    async def record_measurement(
        self, info: strawberry.Info[Context], input: Annotated[RecordMeasurementInput, INPUT]
    ) -> RecordMeasurementResult:
        if refused := _powerless(info):
            return refused
        try:
            objective_id, day, value, note = input.checked()
        except Invalid as exc:
            return _error(exc.failure())
        outcome = await resolve.record_measurement(info.context, objective_id, day, value, note)
        if isinstance(outcome, Failure):
            return _error(outcome)
        row, created = outcome
        return RecordMeasurementSuccess(measurement=cast(Measurement, row), created=created)
