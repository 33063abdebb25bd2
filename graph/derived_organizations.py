"""Organisations' derived properties, computed from one read of the participations.

Every organisation's partner count, suggestion features and strongest-partner list come from
the same expansion organisation -> project -> organisation, so they are computed here in one
pass over the projects and their participants (``project_participants.cypher``) instead of
one graph expansion each. Definitions (``docs/suggestions.md``), per organisation o, over the
projects it takes part in, a partner being another participant of one of them:

- ``partnerCount``: distinct partners (all projects);
- dated projects only (``sgYear`` set, which is when ``sgWeight`` is): ``sgProjects``
  (projects), ``sgDeg`` (distinct partners), ``sgRecent`` (projects of the reference year R or
  R-1), ``sgGrowth`` (partners first met in R-1 or later), ``sgCoord`` (projects
  coordinated), ``sgTopics`` (project counts per coarse topic in ``topicOrder``, one per
  participation and topic link, scaled to unit length);
- ``sgPartnerIds``, ``sgPartnerW``, ``sgPartnerN``, ``sgPartnerDeg``, ``sgPartnerLed``,
  ``sgPartnerLedBy``: the ``size`` partners with the highest w(o, q), the sum of the shared
  projects' ``sgWeight`` (one term per pair of participations, added in project id order),
  ties by id; with w, the number of distinct dated projects they share, the partner's
  ``sgDeg`` (as computed here for the organisations in scope, as stored for the others, 0
  when none is), and how many of the shared projects o coordinated (``Led``) and the partner
  coordinated (``LedBy``);
- ``sgLatestIds``: of an organisation with more than :data:`LATEST_PROJECTS` dated projects,
  the latest that many (start year descending, then id); absent for the others. A cluster's
  recruiting reads its candidates' work on the cluster's topics from them
  (``suggest_topic_work.cypher``) instead of sorting a hub's every project.

``sgKind`` is set by ``organization_refresh_scope.cypher``, which picks the organisations.

Only the organisations in scope get values: every organisation after an import, the
participants of a project after a write through the API (``graph.repositories.writes``),
with the projects of those organisations as input.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Ints = npt.NDArray[np.int64]
Floats = npt.NDArray[np.float64]
Row = dict[str, Any]

# Pairs of participations formed at once (:func:`chunks`): about 110 bytes each at the peak.
CHUNK_PAIRS = 1_000_000
# Latest dated projects listed per organisation that has more (sgLatestIds): a hub of the
# ten-fold network has 18,000, which recruiting sorted per candidate (docs/scaling.md).
LATEST_PROJECTS = 1000


@dataclass(frozen=True)
class Scope:
    """What the values depend on besides the projects: the organisations to compute, the
    reference year and the order of the topic vector (``organization_refresh_scope.cypher``)."""

    ids: Sequence[str]
    reference: int | None
    topic_order: Sequence[str]


@dataclass(frozen=True)
class Participations:
    """The participations of the projects read, as arrays: one entry per participation."""

    names: list[str]  # organisation ids, sorted: index order is id order
    ids: list[str]  # per project: its id (in the order read, by project id)
    in_scope: npt.NDArray[np.bool_]  # per organisation
    stored_deg: Ints  # per organisation: its stored sgDeg, 0 when absent
    org: Ints  # per participation: organisation index
    project: Ints  # per participation: project index (in the order read, by project id)
    coordinator: npt.NDArray[np.bool_]  # per participation
    sizes: Ints  # per project: participations
    year: Ints  # per project: sgYear, -1 when undated
    dated: npt.NDArray[np.bool_]  # per project
    weight: Floats  # per project: sgWeight, 0.0 when undated
    topics: Floats  # per project and topic of the order: ADDRESSES links


def participations(projects: Sequence[Mapping[str, Any]], scope: Scope) -> Participations:
    """Arrays of the rows of ``project_participants.cypher`` (``id``, ``year``, ``weight``,
    ``members``: ``[organisation id, role, stored sgDeg]``, ``topics``), in their order."""
    members = [m for p in projects for m in p["members"]]
    names = sorted({m[0] for m in members}.union(scope.ids))
    index = {name: i for i, name in enumerate(names)}
    in_scope = np.zeros(len(names), np.bool_)
    in_scope[np.array([index[name] for name in scope.ids], np.int64)] = True
    stored = np.zeros(len(names), np.int64)
    for m in members:
        stored[index[m[0]]] = m[2] or 0
    sizes = np.array([len(p["members"]) for p in projects], np.int64)
    column = {topic: i for i, topic in enumerate(scope.topic_order)}
    topics = np.zeros((len(projects), len(column)))
    for row, p in enumerate(projects):
        for topic in p["topics"]:
            topics[row, column[topic]] += 1.0
    return Participations(
        names=names,
        ids=[p["id"] for p in projects],
        in_scope=in_scope,
        stored_deg=stored,
        org=np.array([index[m[0]] for m in members], np.int64),
        project=np.repeat(np.arange(len(projects), dtype=np.int64), sizes),
        coordinator=np.array([m[1] == "COORDINATOR" for m in members], np.bool_),
        sizes=sizes,
        year=np.array([-1 if p["year"] is None else p["year"] for p in projects], np.int64),
        dated=np.array([p["year"] is not None for p in projects], np.bool_),
        weight=np.array([p["weight"] or 0.0 for p in projects], np.float64),
        topics=topics,
    )


def pairs(data: Participations, chunk: range) -> tuple[Ints, Ints]:
    """Every ordered pair of participations in the same project (each with itself too) whose
    first is one of an organisation in scope with its index in ``chunk``, as two arrays of
    participation indices."""
    mine = data.in_scope[data.org] & (data.org >= chunk.start) & (data.org < chunk.stop)
    chosen = np.flatnonzero(mine)
    project = data.project[chosen]
    first = (np.cumsum(data.sizes) - data.sizes)[project]  # the project's first participation
    per = data.sizes[project]  # the project's size
    left = np.repeat(chosen, per)
    offset = np.arange(len(left), dtype=np.int64) - np.repeat(np.cumsum(per) - per, per)
    return left, np.repeat(first, per) + offset


def chunks(data: Participations, most: int) -> list[range]:
    """Organisation indices in runs whose pairs (:func:`pairs`) number at most ``most``
    (an organisation with more in a run of its own)."""
    in_scope = np.flatnonzero(data.in_scope[data.org])
    own = np.bincount(
        data.org[in_scope], weights=data.sizes[data.project[in_scope]], minlength=len(data.names)
    )
    found: list[range] = []
    start, total = 0, 0.0
    for i, count in enumerate(own.tolist()):
        if total and total + count > most:
            found.append(range(start, i))
            start, total = i, 0.0
        total += count
    found.append(range(start, len(data.names)))
    return found


@dataclass(frozen=True)
class Partners:
    """Pairs (organisation a, partner b), in (a, b) order."""

    a: Ints
    b: Ints
    w: Floats  # sum of the shared dated projects' weights
    shared: Ints  # distinct shared dated projects
    first: Ints  # year of the first shared dated project
    led: Ints  # of those, the projects a coordinated
    led_by: Ints  # and those b coordinated


def _count(ids: Ints, n: int) -> Ints:
    return np.bincount(ids, minlength=n).astype(np.int64)


def _starts(keys: Ints) -> Ints:
    """Where each run of equal values of sorted ``keys`` starts."""
    if not len(keys):
        return keys
    return np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])


def _distinct(keys: Ints) -> Ints:
    keys = np.sort(keys)
    return keys[_starts(keys)]


def _partners(
    data: Participations, left: Ints, right: Ints, leads: npt.NDArray[np.bool_]
) -> tuple[Ints, Partners]:
    """Per organisation, its number of partners (all projects); and the pairs of partners
    that share dated projects. ``leads``: per participation, whether its organisation
    coordinated its project (in any of its participations there)."""
    n = len(data.names)
    a, b = data.org[left], data.org[right]
    other = a != b
    keys, project = (a * n + b)[other], data.project[left][other]
    led_a, led_b = leads[left][other], leads[right][other]
    order = np.argsort(keys, kind="stable")  # stable: a pair's projects stay in id order
    keys, project, led_a, led_b = keys[order], project[order], led_a[order], led_b[order]
    partner_count = _count(keys[_starts(keys)] // n, n)
    dated = data.dated[project]
    keys, project, led_a, led_b = keys[dated], project[dated], led_a[dated], led_b[dated]
    starts = _starts(keys)
    if not len(keys):
        return partner_count, Partners(keys, keys, data.weight[:0], keys, keys, keys, keys)
    # A pair's projects are in id order, so a project seen twice (two participations of one
    # organisation) is counted once.
    new = np.r_[True, (keys[1:] != keys[:-1]) | (project[1:] != project[:-1])]
    by_a, by_b = new & led_a, new & led_b
    return partner_count, Partners(
        a=keys[starts] // n,
        b=keys[starts] % n,
        w=np.add.reduceat(data.weight[project], starts),
        shared=np.add.reduceat(new.astype(np.int64), starts),
        first=np.minimum.reduceat(data.year[project], starts),
        led=np.add.reduceat(by_a.astype(np.int64), starts),
        led_by=np.add.reduceat(by_b.astype(np.int64), starts),
    )


def _strongest(partners: Partners, n: int, size: int) -> tuple[Ints, list[int]]:
    """The ``size`` strongest pairs of each organisation, by w descending then id (indices
    into ``partners``, organisation after organisation), and where each organisation's run
    starts (``bounds[i]:bounds[i + 1]``)."""
    by_weight = np.argsort(-partners.w, kind="stable")  # ties keep (a, b) order
    best = by_weight[np.argsort(partners.a[by_weight], kind="stable")]
    a = partners.a[best]
    kept = best[np.arange(len(a)) - np.searchsorted(a, a) < size]
    return kept, np.searchsorted(partners.a[kept], np.arange(n + 1)).tolist()


def _latest(data: Participations, taken: Ints, most: int) -> dict[int, list[str]]:
    """Per organisation index in scope with more than ``most`` dated projects: its ``most``
    latest project ids, start year descending, then id (the projects are read in id order).
    ``taken``: its distinct dated participations as organisation index * m + project index,
    m the number of projects read."""
    m = len(data.sizes)
    org, project = taken // m, taken % m
    many = np.flatnonzero((_count(org, len(data.names)) > most) & data.in_scope)
    chosen = np.isin(org, many)
    org, project = org[chosen], project[chosen]
    order = np.lexsort((project, -data.year[project], org))
    project = project[order]
    starts = np.searchsorted(org[order], many)
    return {
        i: [data.ids[p] for p in project[start : start + most].tolist()]
        for i, start in zip(many.tolist(), starts.tolist(), strict=True)
    }


def _topic_vectors(data: Participations, dated: npt.NDArray[np.bool_]) -> Floats:
    """Per organisation: topic link counts of its dated participations, unit length."""
    n = len(data.names)
    org, project = data.org[dated], data.project[dated]
    counts = np.zeros((n, data.topics.shape[1]))
    for column in range(data.topics.shape[1]):
        counts[:, column] = np.bincount(org, weights=data.topics[project, column], minlength=n)
    norm = np.sqrt((counts * counts).sum(axis=1, keepdims=True))  # whole numbers: exact
    vectors: Floats = np.divide(counts, norm, out=np.zeros_like(counts), where=norm > 0)
    return vectors


def organization_values(
    projects: Sequence[Mapping[str, Any]], scope: Scope, size: int
) -> Iterator[Row]:
    """``{id, values}`` for every organisation of ``scope``: the properties to set, one
    organisation at a time. The pairs of partners are formed for :data:`CHUNK_PAIRS` pairs
    of participations at a time, twice (first the partner counts, which each list needs of
    the partners, then the lists), and an organisation's lists are made when it is reached:
    on the shared data the values held 644 MiB at their peak made all at once, and the
    ten-fold network ten times that."""
    data = participations(projects, scope)
    n, m = len(data.names), len(data.sizes)
    since = np.iinfo(np.int64).max if scope.reference is None else scope.reference - 1
    dated = data.dated[data.project]
    coordinated = dated & data.coordinator
    led = _distinct(data.org[coordinated] * m + data.project[coordinated])
    # one lookup per participation, not per pair of participations (ten times fewer)
    leads = np.isin(data.org * m + data.project, led)
    runs = chunks(data, CHUNK_PAIRS)
    partner_count, deg, growth = (np.zeros(n, np.int64) for _ in range(3))
    for run in runs:
        counted, partners = _partners(data, *pairs(data, run), leads)
        partner_count += counted
        deg += _count(partners.a, n)
        growth += _count(partners.a[partners.first >= since], n)
    taken = _distinct(data.org[dated] * m + data.project[dated])  # (organisation, project)
    columns = {
        "partnerCount": partner_count.tolist(),
        "sgProjects": _count(taken // m, n).tolist(),
        "sgDeg": deg.tolist(),
        "sgRecent": _count(taken[data.year[taken % m] >= since] // m, n).tolist(),
        "sgGrowth": growth.tolist(),
        "sgCoord": _count(led // m, n).tolist(),
    }
    topics = _topic_vectors(data, dated)
    latest = _latest(data, taken, LATEST_PROJECTS)
    partner_deg = np.where(data.in_scope, deg, data.stored_deg)
    names = np.array(data.names, dtype=object)
    for run in runs:
        _, partners = _partners(data, *pairs(data, run), leads)
        best, bounds = _strongest(partners, n, size)
        lists = {
            "sgPartnerIds": names[partners.b[best]],
            "sgPartnerW": partners.w[best],
            "sgPartnerN": partners.shared[best],
            "sgPartnerDeg": partner_deg[partners.b[best]],
            "sgPartnerLed": partners.led[best],
            "sgPartnerLedBy": partners.led_by[best],
        }
        for i in (np.flatnonzero(data.in_scope[run.start : run.stop]) + run.start).tolist():
            values: Row = {key: column[i] for key, column in columns.items()}
            values["sgTopics"] = topics[i].tolist()
            values["sgLatestIds"] = latest.get(i)  # None removes a list no longer needed
            values.update(
                (key, array[bounds[i] : bounds[i + 1]].tolist()) for key, array in lists.items()
            )
            yield {"id": data.names[i], "values": values}
