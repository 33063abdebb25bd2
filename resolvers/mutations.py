"""Resolvers of the mutations: run the guarded write, then read its verdict.

Each write query decides by itself whether the viewer may write (see
``graph.repositories.writes``) and reports ``allowed`` and what it found. These functions
turn that report into the written record or a :class:`Failure`. The verdicts are read in a
fixed order (not authorised, then not found, then conflict), so a viewer who may not write
learns nothing about ids outside their clusters.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

import strawberry

from graph.client import Row
from graph.repositories import reads, writes
from graph.select import Selection, merge
from graph.values import skeleton
from resolvers.context import Context
from resolvers.selection import selection

MAX_SLUG_LENGTH = 60


# The ids the CORDIS importers give: participants (PIC), Horizon 2020 and Horizon Europe
# projects (importers/cordis_formats.py). Only an admin may create a node under one.
IMPORTED_ID_PREFIXES = ("pic-", "h2020-", "he-")


class FailureKind(Enum):
    """The typed errors a mutation can return."""

    VALIDATION = "validation"
    NOT_AUTHORIZED = "not_authorized"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Failure:
    """Why a mutation wrote nothing, in words for the client."""

    kind: FailureKind
    message: str
    field: str | None = None
    id: str | None = None
    fields: tuple[str, ...] = ()


class Invalid(Exception):
    """An input value is not acceptable; ``field`` is its name in the input."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason

    def failure(self) -> Failure:
        """This error as a mutation failure."""
        return Failure(FailureKind.VALIDATION, str(self), field=self.field)


async def read_back(
    info: strawberry.Info[Context], path: Sequence[tuple[str, str]], type_name: str, node_id: str
) -> Any:
    """The node a write touched, as the request selects it at ``path`` (``(type, field)``
    steps from the mutation's result: e.g. the success payload's ``organization``); one
    query, none when the request does not select it."""
    sel: Selection | None = selection(info)
    for owner, field in path:
        sel = merge(f for f in sel.sub(owner) if f.name == field) if sel is not None else None
    if sel is None:
        return {"id": node_id}
    context = info.context
    row = await reads.one(context.graph, context.compiler(), type_name, node_id, sel)
    if row is None:
        raise LookupError(f"{type_name} {node_id!r} vanished after a write")
    return row


def not_authorized(what: str) -> Failure:
    """The viewer's role or clusters do not allow this write."""
    return Failure(FailureKind.NOT_AUTHORIZED, f"You may not {what}.")


def not_found(label: str, node_id: str) -> Failure:
    """A node that the write refers to does not exist."""
    return Failure(FailureKind.NOT_FOUND, f"No {label} with id {node_id!r}.", id=node_id)


def slug(prefix: str, text: str) -> str:
    """A readable id from a name: ``org-acme-components-sa``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return f"{prefix}-{words[:MAX_SLUG_LENGTH].rstrip('-')}" if words else ""


def _native(value: Any) -> Any:
    return value.to_native() if hasattr(value, "to_native") else value


def _differences(existing: Mapping[str, Any], wanted: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple(
        sorted(key for key, value in wanted.items() if _native(existing.get(key)) != value)
    )


def _reserved(context: Context, node_id: str) -> Failure | None:
    """For anyone but an admin, a refusal of an id of the CORDIS imports' kind: an import
    would merge its official facts into the node, under the facts a manager set."""
    if context.viewer.is_admin or not node_id.lower().startswith(IMPORTED_ID_PREFIXES):
        return None
    prefixes = ", ".join(f"'{prefix}'" for prefix in IMPORTED_ID_PREFIXES)
    reason = f"ids starting with {prefixes} are those of the CORDIS imports; choose another"
    return Invalid("id", reason).failure()


def _taken(node_id: str, label: str) -> Failure:
    return Invalid("id", f"{node_id!r} already names a {label}; choose another").failure()


def _conflict(label: str, node_id: str, fields: tuple[str, ...]) -> Failure:
    return Failure(
        FailureKind.CONFLICT,
        f"A different {label} already has id {node_id!r} (differs in: {', '.join(fields)}).",
        id=node_id,
        fields=fields,
    )


async def create_organization(
    context: Context,
    org_id: str,
    kind: str,
    props: Mapping[str, Any],
    allow_duplicate_name: bool = False,
) -> tuple[str, bool] | Failure:
    """``(id, created)``; an identical organisation under ``org_id`` counts as success.

    A likely duplicate (another organisation known by the same name, in the same country
    when one is given) is refused with a conflict naming it, unless
    ``allow_duplicate_name``."""
    reserved = _reserved(context, org_id)
    if reserved is not None:
        return reserved
    if not allow_duplicate_name:
        twin = await _namesake(context, org_id, str(props["name"]), props.get("country"))
        if twin is not None:
            return Failure(
                FailureKind.CONFLICT,
                f"Organisation {twin!r} already has this name: likely the same organisation. "
                "Use it, or set allowDuplicateName to create another one.",
                id=twin,
                fields=("name",),
            )
    row = await writes.create_organization(
        context.graph, context.viewer.scope(), org_id, kind, _present(props)
    )
    if not row["allowed"]:
        return not_authorized("create organisations")
    if row["taken"]:
        return _taken(org_id, row["taken"])
    if row["created"]:
        return org_id, True
    existing = row["existing"]
    fields = _differences(existing, {**props, "kind": kind})
    return _conflict("organisation", org_id, fields) if fields else (org_id, False)


async def _namesake(context: Context, org_id: str, name: str, country: str | None) -> str | None:
    """Another organisation known by ``name``, accents, case, punctuation, invisible
    characters and lookalike letters of other scripts aside (``graph.values.skeleton``)."""
    wanted = skeleton(name)
    for row in await writes.namesakes(context.graph, wanted):
        if row["id"] == org_id or (country and row["country"] and row["country"] != country):
            continue
        if any(skeleton(known) == wanted for known in row["names"] if known):
            return str(row["id"])
    return None


def _present(props: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in props.items() if value is not None}


async def update_organization(
    context: Context, org_id: str, kind: str | None, props: Mapping[str, Any]
) -> str | Failure:
    """The id of the updated organisation."""
    row = await writes.update_organization(
        context.graph, context.viewer.scope(), org_id, kind, props
    )
    if not row["allowed"]:
        return not_authorized(f"update organisation {org_id!r}")
    if not row["found"]:
        return not_found("organisation", org_id)
    return org_id


def standing(membership: Row) -> str:
    """A written membership's standing (as ``graph.shapes.STANDING`` reads it)."""
    until = _native(membership.get("until"))
    if isinstance(until, datetime.date) and until < datetime.date.today():
        return "FORMER"
    return "ACTIVE_IN_DOMAIN" if membership.get("source") == "derived" else "MEMBER"


async def add_membership(
    context: Context,
    org_id: str,
    cluster_id: str,
    since: datetime.date | None,
    role: str | None,
) -> Row | Failure:
    """The membership as stored: ``{since, until, role, source}``."""
    row = await writes.add_membership(
        context.graph, context.viewer.scope(), org_id, cluster_id, since, role
    )
    if not row["allowed"]:
        return not_authorized(f"change the members of cluster {cluster_id!r}")
    if not row["organizationFound"]:
        return not_found("organisation", org_id)
    if not row["clusterFound"]:
        return not_found("cluster", cluster_id)
    membership: Row = row["membership"]
    return membership


async def end_membership(
    context: Context, org_id: str, cluster_id: str, until: datetime.date
) -> Row | Failure:
    """The membership as stored, now with ``until``."""
    row = await writes.end_membership(
        context.graph, context.viewer.scope(), org_id, cluster_id, until
    )
    if not row["allowed"]:
        return not_authorized(f"change the members of cluster {cluster_id!r}")
    if not row["found"]:
        inferred = (
            " It is only listed as active in the cluster's domain (from its projects), which "
            "is not a membership."
            if row["activeInDomain"]
            else ""
        )
        return Failure(
            FailureKind.NOT_FOUND,
            f"Organisation {org_id!r} is not a member of cluster {cluster_id!r}.{inferred}",
            id=org_id,
        )
    if row["membership"] is None:
        since = _native(row["since"])
        return Invalid("until", f"must not be before the membership's start ({since})").failure()
    membership: Row = row["membership"]
    return membership


async def create_project(
    context: Context, project_id: str, cluster_ids: Sequence[str], props: Mapping[str, Any]
) -> tuple[str, bool] | Failure:
    """``(id, created)``; an identical project under ``project_id`` counts as success."""
    reserved = _reserved(context, project_id)
    if reserved is not None:
        return reserved
    row = await writes.create_project(
        context.graph, context.viewer.scope(), project_id, cluster_ids, _present(props)
    )
    if not row["allowed"]:
        return not_authorized("create projects outside the clusters you manage")
    if not row["clustersFound"]:
        return Invalid("clusterIds", "names a cluster that does not exist").failure()
    if row["taken"]:
        return _taken(project_id, row["taken"])
    if row["created"]:
        return project_id, True
    existing = dict(row["existing"])
    existing["clusterIds"] = sorted(existing.get("clusterIds") or [])
    wanted = {**props, "clusterIds": sorted(set(cluster_ids))}
    fields = _differences(existing, wanted)
    return _conflict("project", project_id, fields) if fields else (project_id, False)


async def add_participation(
    context: Context, org_id: str, project_id: str, role: str, contribution: float | None
) -> Failure | None:
    """None once written (partner counts refreshed)."""
    row = await writes.add_participation(
        context.graph, context.viewer.scope(), org_id, project_id, role, contribution
    )
    refused = f"change the participants of project {project_id!r}"
    return _participation_failure(row, refused, org_id, project_id)


async def remove_participation(context: Context, org_id: str, project_id: str) -> Failure | bool:
    """Whether a participation was removed (False: there was none; partner counts
    refreshed when there was)."""
    row = await writes.remove_participation(
        context.graph, context.viewer.scope(), org_id, project_id
    )
    refused = (
        f"remove participants of project {project_id!r} (a manager removes those added "
        "through the API to a project of their clusters; an admin any)"
    )
    failure = _participation_failure(row, refused, org_id, project_id)
    return failure if failure is not None else bool(row["written"])


def _participation_failure(row: Row, refused: str, org_id: str, project_id: str) -> Failure | None:
    """Why a participation write wrote nothing, if it was refused or a node is missing:
    ``refused`` says what the viewer may not do."""
    if not row["allowed"]:
        return not_authorized(refused)
    if not row["organizationFound"]:
        return not_found("organisation", org_id)
    if not row["projectFound"]:
        return not_found("project", project_id)
    return None


async def set_competence(
    context: Context, org_id: str, topic_id: str, weight: float
) -> Failure | None:
    """None once written."""
    row = await writes.set_competence(
        context.graph, context.viewer.scope(), org_id, topic_id, weight
    )
    if not row["allowed"]:
        return not_authorized(f"change the competences of organisation {org_id!r}")
    if not row["organizationFound"]:
        return not_found("organisation", org_id)
    if not row["topicFound"]:
        return not_found("topic", topic_id)
    return None


async def record_measurement(
    context: Context, objective_id: str, day: datetime.date, value: float, note: str | None
) -> tuple[Row, bool] | Failure:
    """``(measurement, created)``: created False when the date's value was replaced."""
    key = context.viewer.key_id
    row = await writes.record_measurement(
        context.graph,
        context.viewer.scope(),
        objective_id,
        day,
        value,
        note,
        f"API key {key}" if key else None,
    )
    if not row["allowed"]:
        return not_authorized(f"record measurements of objective {objective_id!r}")
    if not row["found"]:
        return not_found("objective", objective_id)
    if row["computed"]:
        reason = "is measured from the data: its values are computed at every import"
        return Invalid("objectiveId", f"objective {objective_id!r} {reason}").failure()
    measurement: Row = row["measurement"]
    return measurement, bool(row["created"])
