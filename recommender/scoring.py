"""The partner-suggestion model and the one scoring function.

A candidate arrives from ``graph/cypher/suggest_partners.cypher`` and
``suggest_signals.cypher`` as a row of *signal columns* (``cn``, ``cnshare``, ``aa``, ``wp``,
``deg``, ``recent``, ``growth``, ``coord``, ``topic``, ``country``, ``typelift``, ``cnrec``,
plus evidence).
The model file (``recommender/model.json``) names its features; each feature maps to one
signal column and a transform (``signals`` in the file), so a model can gain a feature by
adding a column to the Cypher and an entry to the file. :func:`score` turns one row into a
score and its reasons:

    score = intercept + sum_f weight_f * transform_f(row[column_f])

and every reason is exactly one term ``weight_f * value_f`` (terms equal to 0 are left out,
which does not change the sum). :func:`diversify` may add one more term, a negative
``diversity`` reason, so reasons always sum to the score.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

MODEL_FILE = Path(__file__).resolve().parent / "model.json"
# The consortium model: the same format, with the consortium's features (research/consortium.py).
CONSORTIUM_MODEL_FILE = Path(__file__).resolve().parent / "consortium.json"
# The subject model: a request about a subject alone (words, topics or a call, no members).
SUBJECT_MODEL_FILE = Path(__file__).resolve().parent / "subject.json"
KINDS = ("Company", "ResearchInstitution", "PublicActor", "OtherActor")  # Organization.sgKind

TRANSFORMS: dict[str, Callable[[float], float]] = {
    "identity": lambda x: x,
    "log1p": math.log1p,
    "log1p10": lambda x: math.log1p(10.0 * x),
    "positive": lambda x: 1.0 if x > 0 else 0.0,
}

Label = Callable[[Mapping[str, Any], float], str]


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _count(column: str, noun: str, rest: str = "") -> Label:
    return lambda r, v: _plural(int(r.get(column) or 0), noun) + rest


# Reason kind and label per feature; a feature without an entry gets a generic label.
# Features of the same kind make one reason (their contributions added; the label of the
# first feature of that kind in the model).
_REASONS: dict[str, tuple[str, Label]] = {
    # cn counts the asking side's closest partners (graph/derived.py) only
    "cn": ("common_partners", _count("cn", "common partner", " (of the asking side's closest)")),
    "cnshare": (
        "common_partners",
        _count("cn", "common partner", " (of the asking side's closest)"),
    ),
    "aa": ("common_partners_specific", lambda r, v: "common partners that are not hubs"),
    "wp": ("collaboration_paths", lambda r, v: "strong, recent collaboration paths"),
    "twohop": ("two_hops_away", lambda r, v: "a partner of a partner"),
    "deg": ("well_connected", _count("deg", "partner", " in all")),
    "recent": ("recently_active", _count("recent", "recent project")),
    "growth": ("growing_network", _count("growth", "new partner", " lately")),
    "coord": (
        "coordinator",
        lambda r, v: "coordinated " + _plural(int(r.get("coord") or 0), "project"),
    ),
    "topic": ("topic_fit", lambda r, v: f"topic fit {v:.2f} (cosine of topic profiles)"),
    "country": ("same_country", lambda r, v: "same country"),
    "typelift": (
        "kind_complementarity",
        lambda r, v: "kinds that often team up" if v > 0 else "kinds that seldom team up",
    ),
    "cnrec": (
        "recent_activity_nearby",
        lambda r, v: "recent activity counts less for a partner of a partner",
    ),
    "direct": (
        "worked_with_members",
        lambda r, v: "partner of " + _plural(int(r.get("linked") or 0), "member"),
    ),
    "linked": (
        "worked_with_members",
        lambda r, v: "partner of " + _plural(int(r.get("linked") or 0), "member"),
    ),
    "repeat": (
        "worked_with_members",
        lambda r, v: (
            f"in {int(r.get('repeatShared') or 0)} of a member's "
            + _plural(int(r.get("repeatOf") or 0), "project")
        ),
    ),
    "led": ("worked_with_members", lambda r, v: "in projects a member coordinated"),
    "ledBy": ("worked_with_members", lambda r, v: "coordinated projects with a member"),
    "rep2": ("repeated_consortium", lambda r, v: "in projects with two or more members"),
    "text": ("brief_match", lambda r, v: "projects matching the brief"),
    "textshare": ("brief_match", lambda r, v: "projects matching the brief"),
    "textmax": ("brief_match", lambda r, v: "projects matching the brief"),
    "textdeg": ("brief_match", lambda r, v: "projects matching the brief"),
    "textsumdeg": ("brief_match", lambda r, v: "projects matching the brief"),
    "textties": (
        "brief_match_with_members",
        lambda r, v: "worked with members on projects matching the brief",
    ),
    "fam": ("call_family", lambda r, v: "projects in the call family"),
    "famshare": ("call_family", lambda r, v: "projects in the call family"),
    "famdeg": ("call_family", lambda r, v: "projects in the call family"),
    "famrecent": ("call_family", lambda r, v: "recent projects in the call family"),
    "famties": ("call_family_with_members", lambda r, v: "worked with members in the call family"),
    "subject": (
        "subject_work",
        lambda r, v: _plural(int(r.get("subjectProjects") or 0), "project") + " on the subject",
    ),
    "subjectled": (
        "subject_work",
        lambda r, v: _plural(int(r.get("subjectProjects") or 0), "project") + " on the subject",
    ),
    "topicwork": ("topic_work", lambda r, v: "projects on the requested topics"),
}
# Row keys holding a feature's evidence ids, and the evidence's node label.
_EVIDENCE: dict[str, tuple[str, str]] = {
    "text": ("textProjects", "Project"),
    "textshare": ("textProjects", "Project"),
    "textmax": ("textProjects", "Project"),
    "textdeg": ("textProjects", "Project"),
    "textsumdeg": ("textProjects", "Project"),
    "textties": ("textProjects", "Project"),
    "fam": ("familyProjects", "Project"),
    "famshare": ("familyProjects", "Project"),
    "famdeg": ("familyProjects", "Project"),
    "famrecent": ("familyProjects", "Project"),
    "famties": ("familyProjects", "Project"),
    "rep2": ("rep2Projects", "Project"),
    "subject": ("subjectIds", "Project"),
    "subjectled": ("subjectIds", "Project"),
    "topicwork": ("topicProjects", "Project"),
    "direct": ("linkedSeeds", "Organization"),
    "linked": ("linkedSeeds", "Organization"),
    "repeat": ("linkedSeeds", "Organization"),
    "led": ("linkedSeeds", "Organization"),
    "ledBy": ("linkedSeeds", "Organization"),
}
STRUCTURAL = frozenset({"cn", "cnshare", "aa", "wp", "twohop"})
# Row columns kept with a suggestion for its explanation in plain words.
FACTS = (
    "subjectProjects",
    "since",
    "subjectLed",
    "subjectIds",
    "subjectFamily",
    "cn",
    "linked",
    "linkedSeeds",
    "repeatSeed",
    "repeatShared",
    "repeatOf",
    "recent",
    "deg",
    "coord",
    "sharedTopics",
)
STRUCTURAL_KINDS = frozenset(_REASONS[f][0] for f in STRUCTURAL)


@dataclass(frozen=True)
class Model:
    """A log-linear model: features (column + transform), weights, kind lift, settings."""

    version: str
    features: tuple[str, ...]
    weights: tuple[float, ...]
    columns: tuple[str, ...]
    transforms: tuple[str, ...]
    intercept: float
    kind_lift: tuple[tuple[float, ...], ...]  # [query kind][candidate kind], KINDS order
    max_partners: int = 20
    max_second: int = 300
    structural_pool: int = 150
    popular: int = 100
    extra_pool: int = 50
    max_per_partner: int = 3
    diversity_penalty: float = 0.5

    @property
    def weight_map(self) -> dict[str, float]:
        return dict(zip(self.features, self.weights, strict=True))


def parse_model(data: Mapping[str, Any]) -> Model:
    """A :class:`Model` from the JSON structure of ``model.json``."""
    features = tuple(str(f) for f in data["feats"])
    weights = tuple(float(w) for w in data["w"])
    if len(features) != len(weights):
        raise ValueError("model: 'feats' and 'w' differ in length")
    signals: Mapping[str, Mapping[str, str]] = data["signals"]
    for name in features:
        if name not in signals or signals[name]["transform"] not in TRANSFORMS:
            raise ValueError(f"model: feature {name!r} has no known signal/transform")
    types: list[str] = list(data["lift_types"])
    lift: list[list[float]] = data["lift"]
    kind_types: Mapping[str, list[str]] = data["kind_types"]

    def cell(a: str, b: str) -> float:
        # A kind covering several CORDIS types (REC and HES) takes the mean of their cells.
        rows, cols = kind_types[a], kind_types[b]
        values = [lift[types.index(x)][types.index(y)] for x in rows for y in cols]
        return sum(values) / len(values)

    candidates = data.get("candidates", {})
    diversity = data.get("diversity", {})
    return Model(
        version=str(data["version"]),
        features=features,
        weights=weights,
        columns=tuple(signals[f]["column"] for f in features),
        transforms=tuple(signals[f]["transform"] for f in features),
        intercept=float(data.get("intercept", 0.0)),
        kind_lift=tuple(tuple(cell(a, b) for b in KINDS) for a in KINDS),
        max_partners=int(candidates.get("max_partners", 20)),
        max_second=int(candidates.get("max_second", 300)),
        structural_pool=int(candidates.get("structural_pool", 150)),
        popular=int(candidates.get("popular", 100)),
        extra_pool=int(candidates.get("extra_pool", 50)),
        max_per_partner=int(diversity.get("max_per_partner", 3)),
        diversity_penalty=float(diversity.get("penalty", 0.5)),
    )


@cache
def load_model(path: Path = MODEL_FILE) -> Model:
    """The model in ``path`` (read once per process)."""
    with path.open(encoding="utf-8") as handle:
        return parse_model(json.load(handle))


Evidence = tuple[str, str]  # (node label, node id)


@dataclass
class Reason:
    """One additive term of a score, with the nodes that support it."""

    kind: str
    label: str
    contribution: float
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Group:
    """Reasons of one kind together, in plain words, each evidence node cited once
    (``recommender.explain``): SUBJECT (work on what was asked), NETWORK (ties to the asking
    side), THEMES (shared programme parts)."""

    kind: str
    label: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Suggestion:
    """A ranked candidate: its id, score and reasons (which sum to the score)."""

    id: str
    score: float
    reasons: list[Reason]
    is_partner: bool = False
    # strongest common partner (else best project on the subject), for the diversity re-rank
    anchor: str | None = None
    common_partners: list[str] = field(default_factory=list)  # evidence partners, strongest first
    # what the plain-words explanation is made of (:data:`FACTS`; recommender/explain.py)
    facts: dict[str, Any] = field(default_factory=dict)
    summary: str = ""
    groups: list[Group] = field(default_factory=list)


def _structural_evidence(row: Mapping[str, Any]) -> list[Evidence]:
    found: list[Evidence] = []
    for item in row.get("evidence") or []:
        found.append(("Organization", item["partner"]))
        found.extend(("Project", project) for project in item.get("projects") or [])
    return list(dict.fromkeys(found))


def _evidence(name: str, row: Mapping[str, Any], structural: list[Evidence]) -> list[Evidence]:
    if name in STRUCTURAL:
        return list(structural)
    if name == "topic":
        return [("Topic", t) for t in row.get("sharedTopics") or []]
    key, label = _EVIDENCE.get(name, ("", ""))
    return [(label, str(node_id)) for node_id in row.get(key) or []]


def score(row: Mapping[str, Any], model: Model) -> Suggestion:
    """Score one candidate row (signal columns) with ``model``.

    Each model feature f contributes ``weight_f * transform_f(row[column_f])``; the score is
    the intercept plus these contributions. Non-zero terms become reasons, features of the
    same reason kind adding up into one: structural terms cite up to 3 common partners and
    the projects behind them, the topic term cites shared topics, thematic terms the
    projects that made the match, member ties the members. An existing partner
    (``row['isPartner']``) gets an ``existing_partner`` reason contributing 0.
    """
    reasons: list[Reason] = []
    by_kind: dict[str, Reason] = {}
    total = model.intercept
    if model.intercept:
        reasons.append(Reason("intercept", "model baseline", model.intercept))
    structural = _structural_evidence(row)
    for name, weight, column, transform in zip(
        model.features, model.weights, model.columns, model.transforms, strict=True
    ):
        value = TRANSFORMS[transform](float(row.get(column) or 0.0))
        contribution = weight * value
        if contribution == 0.0:
            continue
        total += contribution
        kind, label = _REASONS.get(name, (name, lambda r, v, n=name: f"{n} = {v:.3g}"))
        if kind in by_kind:
            reason = by_kind[kind]
            reason.contribution += contribution
            known = set(reason.evidence)
            reason.evidence.extend(e for e in _evidence(name, row, structural) if e not in known)
            continue
        reason = Reason(kind, label(row, value), contribution, _evidence(name, row, structural))
        by_kind[kind] = reason
        reasons.append(reason)
    partners = [str(item["partner"]) for item in row.get("evidence") or []]
    projects = [str(p) for p in row.get("subjectIds") or []]
    anchor = partners[0] if partners else (projects[0] if projects else None)
    facts = {key: row.get(key) for key in FACTS}
    found = Suggestion(str(row["id"]), total, reasons, False, anchor, partners, facts)
    if row.get("isPartner"):
        mark_partner(found)
    return found


def mark_partner(suggestion: Suggestion) -> None:
    """Flag an existing partner of the asking side: a first reason contributing 0."""
    suggestion.is_partner = True
    suggestion.reasons.insert(
        0, Reason("existing_partner", "has already worked with the asking side", 0.0)
    )


# Reason kinds whose label names its evidence: (evidence label, words before the names).
NAMED_KINDS = {
    "common_partners": ("Organization", "among them"),
    "topic_fit": ("Topic", "shared topics"),
    "worked_with_members": ("Organization", "with"),
    "repeated_consortium": ("Project", "projects"),
    "brief_match": ("Project", "projects"),
    "brief_match_with_members": ("Project", "projects"),
    "call_family": ("Project", "projects"),
    "call_family_with_members": ("Project", "projects"),
}


def cited_ids(suggestions: Sequence[Suggestion]) -> list[str]:
    """Ids of the organisations and topics that the reasons' labels should name."""
    ids = [
        node_id
        for s in suggestions
        for reason in s.reasons
        if reason.kind in NAMED_KINDS
        for label, node_id in reason.evidence
        if label == NAMED_KINDS[reason.kind][0]
    ]
    return list(dict.fromkeys(ids))


def name_evidence(
    suggestions: Sequence[Suggestion], names: Mapping[str, tuple[str | None, str | None]]
) -> None:
    """Name the cited evidence (common partners, shared topics, members, projects with their
    titles) in the reasons' labels; unnamed nodes are shown as such, with their id."""
    for s in suggestions:
        for reason in s.reasons:
            if reason.kind not in NAMED_KINDS:
                continue
            wanted, words = NAMED_KINDS[reason.kind]
            cited = [node_id for label, node_id in reason.evidence if label == wanted]
            if cited:
                unnamed = "untitled" if wanted == "Project" else "unnamed"
                shown = [
                    names.get(node_id, (None, None))[0] or f"{unnamed} ({node_id})"
                    for node_id in cited
                ]
                separator = "; " if wanted == "Project" else ", "
                reason.label = f"{reason.label}; {words}: {separator.join(shown)}"


def attach_projects(
    suggestions: Sequence[Suggestion], projects: Mapping[tuple[str, str], Sequence[str]]
) -> None:
    """Fill in the projects behind the structural reasons' common partners.

    ``projects[(candidate, partner)]``: a project the seeds share with the partner and one
    the partner shares with the candidate (``suggest_evidence.cypher``). Evidence becomes
    each common partner followed by its projects, as the structural reasons cite it.
    """
    for s in suggestions:
        rows = [
            {"partner": p, "projects": list(projects.get((s.id, p), ()))} for p in s.common_partners
        ]
        evidence = _structural_evidence({"evidence": rows})
        for reason in s.reasons:
            if reason.kind in STRUCTURAL_KINDS:
                reason.evidence = list(evidence)


def rank(suggestions: Sequence[Suggestion]) -> list[Suggestion]:
    """By score, highest first; ties broken by id."""
    return sorted(suggestions, key=lambda s: (-s.score, s.id))


def diversify(suggestions: Sequence[Suggestion], model: Model) -> list[Suggestion]:
    """Greedy re-rank so that no single common partner explains the whole list.

    Candidates are taken best first; once ``model.max_per_partner`` chosen candidates share
    the same strongest common partner (``anchor``), every further candidate with that anchor
    gets a ``diversity`` reason of ``-penalty * excess`` (excess = how many over the limit it
    would be), added to its score. Picking the best adjusted score each step keeps the
    result sorted by score, and reasons still sum to the score.
    """
    pending = rank(suggestions)
    if model.diversity_penalty <= 0:
        return pending
    counts: dict[str, int] = {}
    chosen: list[Suggestion] = []

    def penalty(s: Suggestion) -> float:
        if s.anchor is None:
            return 0.0
        excess = counts.get(s.anchor, 0) + 1 - model.max_per_partner
        return model.diversity_penalty * excess if excess > 0 else 0.0

    while pending:
        best_i = 0
        best_key = (-(pending[0].score - penalty(pending[0])), pending[0].id)
        for i in range(1, len(pending)):
            s = pending[i]
            if s.score < -best_key[0]:
                break  # sorted by raw score: no later candidate can beat the best adjusted
            key = (-(s.score - penalty(s)), s.id)
            if key < best_key:
                best_i, best_key = i, key
        pick = pending.pop(best_i)
        cut = penalty(pick)
        if cut:
            pick.score -= cut
            label = (
                "shares its strongest common partner with higher-ranked suggestions"
                if pick.common_partners
                else "its best project on the subject already explains higher-ranked ones"
            )
            pick.reasons.append(Reason("diversity", label, -cut))
        if pick.anchor is not None:
            counts[pick.anchor] = counts.get(pick.anchor, 0) + 1
        chosen.append(pick)
    return chosen
