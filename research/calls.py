"""Who answers a call, offline: which signals find the organisations that answer a call topic.

Run: ``.venv/bin/python -m research.calls [--train 2023] [--test 2024] [--oracle]``.

The cases are those of ``clustergraph evaluate --task calls`` (``recommender/call_evaluation.py``):
the call topics of the projects starting in the test year or the next, with at least 3
participants known before it, the call's code and title asked, the truth every known
participant of that call's projects. Features are computed in Python from the CSV files on
the network before the year (nothing later), for every known organisation with work on the
subject (a project in the call family, or one of the brief's 500 best BM25 matches over
at least 0.2 of the best); the model is fitted listwise (``research.fit``) on the calls of
the training year (network before it) and evaluated on the test year's, against the
baselines of ``call_evaluation`` (family count, BM25 text, popularity, ties by degree).
``--oracle`` fits on the test year's calls themselves, which no real model can: the most any
weighting of these signals can reach on those calls.
"""

from __future__ import annotations

import argparse
import math
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from cli.suggest import HE_ORGANIZATIONS, HE_PROJECTS
from importers.calls import families
from recommender import call_evaluation, consortium_evaluation, evaluation
from recommender.consortium_evaluation import Grant, Network
from research.fit import fit

DECAY = 0.8
TOP_TEXT = 500
MIN_SHARE = 0.2


def call_series(code: str) -> str | None:
    """The call a topic belongs to, without its year: ``HORIZON-CL5-2023-D3-01-05`` ->
    ``HORIZON-CL5-D3-01`` (the family and the first numeric segment); None without one."""
    fam = families(code)
    if not fam:
        return None
    kept = []
    seen_family = False
    for segment in code.strip().split("-"):
        if len(segment) == 4 and segment.isdigit():
            continue
        if segment and segment[0].isdigit():
            if seen_family:
                return "-".join([*kept, segment])
            return None
        kept.append(segment.upper())
        seen_family = "-".join(kept) == fam[0]
    return None


@dataclass
class World:
    """The network before one year, with what the features need."""

    net: Network
    t: int
    roles: dict[tuple[int, int], bool]  # (project, org) -> coordinated
    fam_members: dict[str, list[int]]  # family -> projects
    series_members: dict[str, list[int]]
    broad_members: dict[str, list[int]]
    call_titles: dict[int, str]  # project -> its call topic's title
    recent: np.ndarray
    projects: np.ndarray
    coord: np.ndarray
    kind: np.ndarray


def world(rows: Sequence[evaluation.Row], t: int, grants: Mapping[int, Grant]) -> World:
    s = evaluation.build_split(rows, t)
    net = consortium_evaluation.network(rows, s, grants)
    n = len(s.orgs)
    roles: dict[tuple[int, int], bool] = {}
    kinds: dict[int, str] = {}
    for r in rows:
        if r.year < t and r.pic in s.index:
            roles[(r.project, s.index[r.pic])] = r.role == "coordinator"
            kinds.setdefault(s.index[r.pic], r.type)
    fam_members: dict[str, list[int]] = defaultdict(list)
    series_members: dict[str, list[int]] = defaultdict(list)
    broad_members: dict[str, list[int]] = defaultdict(list)
    call_titles: dict[int, str] = {}
    for project in net.members:
        grant = grants.get(project)
        if grant is None or not grant.topic:
            continue
        found = families(grant.topic)
        if found:
            fam_members[found[0]].append(project)
            broad_members[found[-1]].append(project)
        series = call_series(grant.topic)
        if series:
            series_members[series].append(project)
        call_titles[project] = grant.description or ""
    recent = np.zeros(n)
    projects = np.zeros(n)
    coord = np.zeros(n)
    for org, found in net.projects.items():
        projects[org] = len(found)
        recent[org] = sum(1 for p in found if net.years[p] >= t - 2)
        coord[org] = sum(1 for p in found if roles.get((p, org)))
    order = ("PRC", "HES", "REC", "PUB", "OTH")
    kind = np.array(
        [order.index(kinds.get(i, "OTH")) if kinds.get(i) in order else 4 for i in range(n)]
    )
    return World(
        net,
        t,
        roles,
        fam_members,
        series_members,
        broad_members,
        call_titles,
        recent,
        projects,
        coord,
        kind,
    )


FEATURES = (
    "fam_n",  # the baseline: projects in the family
    "fam_d",  # decayed
    "fam_coord",  # decayed, coordinated
    "fam_recent",  # in the last two years
    "series_d",  # same call (family + call number), decayed
    "broad_d",  # broad family (programme part), decayed
    "text",  # BM25 sum over share of best
    "textmax",
    "calltext",  # BM25 of the brief against earlier projects' call titles only: best
    "hop2",  # partners of the family's regulars, weighted by shared projects
    "hop2n",  # hop2 normalised by the candidate's projects
    "deg",
    "recent",
    "coord",
    "projects",
    "famshare",
    "text_d",  # text shares, decayed
    "fam_last",  # family projects of the last year before the split
    "company",
    "research",
    "famxtext",  # log1p(fam_d) * textmax
)


def project_weight(w: World, project: int) -> float:
    return DECAY ** max(w.t - 1 - w.net.years[project], 0)


def call_features(
    w: World, call: call_evaluation.Call, calltext: consortium_evaluation.Bm25
) -> tuple[np.ndarray, np.ndarray]:
    """Candidates (org indices) and their feature matrix for one call."""
    net = w.net
    n = len(net.s.orgs)
    f = {name: np.zeros(n) for name in FEATURES}
    fam = families(call.code)
    if fam:
        for p in w.fam_members.get(fam[0], []):
            d = project_weight(w, p)
            for org in net.members[p]:
                f["fam_n"][org] += 1
                f["fam_d"][org] += d
                if w.roles.get((p, org)):
                    f["fam_coord"][org] += d
                if net.years[p] >= w.t - 2:
                    f["fam_recent"][org] += 1
                if net.years[p] == w.t - 1:
                    f["fam_last"][org] += 1
        for p in w.broad_members.get(fam[-1], []):
            d = project_weight(w, p)
            for org in net.members[p]:
                f["broad_d"][org] += d
    series = call_series(call.code)
    if series:
        for p in w.series_members.get(series, []):
            d = project_weight(w, p)
            for org in net.members[p]:
                f["series_d"][org] += d
    assert net.text is not None
    matches = net.text.scores(call.title)
    best = sorted(matches.items(), key=lambda kv: -kv[1])[:TOP_TEXT]
    top = best[0][1] if best else 0.0
    for p, score in best:
        share = score / top
        if share < MIN_SHARE:
            continue
        for org in net.members.get(p, []):
            f["text"][org] += share
            f["text_d"][org] += share * project_weight(w, p)
            f["textmax"][org] = max(f["textmax"][org], share)
    cmatch = calltext.scores(call.title)
    ctop = max(cmatch.values(), default=0.0)
    if ctop > 0:
        for p, score in cmatch.items():
            share = score / ctop
            if share < 0.5:
                continue
            for org in net.members.get(p, []):
                f["calltext"][org] += share * project_weight(w, p)
    # second hop: the family's regulars (fam_d) spread over their projects' partners,
    # each project weighted by decay / ln(size)
    regular = f["fam_d"]
    spread: dict[int, float] = defaultdict(float)
    for org in np.flatnonzero(regular):
        for p in net.projects.get(int(org), []):
            group = net.members[p]
            pw = project_weight(w, p) / math.log(max(len(group), 2))
            spread[p] += regular[org] * pw
    for p, value in spread.items():
        for org in net.members[p]:
            f["hop2"][org] += value
    f["hop2n"] = f["hop2"] / np.maximum(w.projects, 1)
    f["deg"] = net.s.deg
    f["recent"] = w.recent
    f["coord"] = w.coord
    f["projects"] = w.projects
    f["famshare"] = f["fam_d"] / np.maximum(w.projects, 1)
    f["company"] = (w.kind == 0).astype(float)
    f["research"] = ((w.kind == 1) | (w.kind == 2)).astype(float)
    f["famxtext"] = np.log1p(f["fam_d"]) * f["textmax"]
    cand = np.flatnonzero((f["fam_n"] > 0) | (f["text"] > 0))
    x = np.column_stack([f[name][cand] for name in FEATURES])
    return cand, x


LOGS = {
    "fam_n",
    "fam_d",
    "fam_coord",
    "fam_recent",
    "series_d",
    "broad_d",
    "text",
    "calltext",
    "hop2",
    "deg",
    "recent",
    "coord",
    "projects",
    "text_d",
    "fam_last",
}


def transform(x: np.ndarray) -> np.ndarray:
    out = x.copy()
    for i, name in enumerate(FEATURES):
        if name in LOGS:
            out[:, i] = np.log1p(x[:, i])
    return out


def groups_of(
    w: World, calls: list[call_evaluation.Call]
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray, set[int]]]:
    docs = {p: title for p, title in w.call_titles.items() if title}
    calltext = consortium_evaluation.Bm25(docs)
    out = []
    for call in calls:
        cand, x = call_features(w, call, calltext)
        y = np.array([int(c) in call.truth for c in cand])
        out.append((transform(x), cand, y, call.truth))
    return out


def evaluate(deg: np.ndarray, groups, weights: np.ndarray, columns: list[int]) -> dict[str, float]:
    rec, mrr = [], []
    for x, cand, y, truth in groups:
        score = x[:, columns] @ weights
        order = np.lexsort((-deg[cand], -score))
        hits = np.flatnonzero(y[order]) + 1
        rec.append(float((hits <= 20).sum()) / len(truth))
        mrr.append(1.0 / hits[0] if len(hits) and hits[0] <= 100 else 0.0)
    return {"recall@20": float(np.mean(rec)), "mrr": float(np.mean(mrr))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=int, default=2023)
    parser.add_argument("--test", type=int, default=2024)
    parser.add_argument("--oracle", action="store_true", help="fit on the test calls (a ceiling)")
    args = parser.parse_args()
    began = time.time()
    data = evaluation.data_dir()
    he = evaluation.he_files()
    rows = evaluation.read_participations(data / "participations.csv.gz")
    rows += evaluation.read_he_participations(he[HE_ORGANIZATIONS], he[HE_PROJECTS])
    grants = consortium_evaluation.read_grants(data, he[HE_PROJECTS])
    print(f"read {time.time() - began:.0f}s")
    sets = {}
    years = [(args.test, 2)] if args.oracle else [(args.train, 1), (args.test, 2)]
    for year, span in years:
        w = world(rows, year, grants)
        calls = call_evaluation.call_cases(rows, w.net.s, grants, years=span)
        sets[year] = (w.net.s.deg, groups_of(w, calls))
        reached = sum(int(g[2].sum()) for g in sets[year][1])
        wanted = sum(len(g[3]) for g in sets[year][1])
        print(f"{year}: {len(calls)} calls, truth reached {reached} of {wanted}")
    we, test = sets[args.test]
    train = test if args.oracle else sets[args.train][1]
    idx = {name: i for i, name in enumerate(FEATURES)}
    base = evaluate(we, test, np.array([1.0]), [idx["fam_n"]])
    print(f"family baseline (candidates only) {base}")
    variants = {
        "s1-like": ["fam_d", "textmax", "text", "recent", "deg", "coord"],
        "+fam_coord": ["fam_d", "textmax", "text", "recent", "deg", "coord", "fam_coord"],
        "+fam_recent": ["fam_d", "textmax", "text", "recent", "deg", "coord", "fam_recent"],
        "+series": ["fam_d", "textmax", "text", "recent", "deg", "coord", "series_d"],
        "+broad": ["fam_d", "textmax", "text", "recent", "deg", "coord", "broad_d"],
        "+calltext": ["fam_d", "textmax", "text", "recent", "deg", "coord", "calltext"],
        "+hop2": ["fam_d", "textmax", "text", "recent", "deg", "coord", "hop2"],
        "+hop2n": ["fam_d", "textmax", "text", "recent", "deg", "coord", "hop2", "hop2n"],
        "+famshare": ["fam_d", "textmax", "text", "recent", "deg", "coord", "famshare"],
        "+text_d": ["fam_d", "textmax", "text", "recent", "deg", "coord", "text_d"],
        "+fam_last": ["fam_d", "textmax", "text", "recent", "deg", "coord", "fam_last"],
        "+kind": ["fam_d", "textmax", "text", "recent", "deg", "coord", "company", "research"],
        "+famxtext": ["fam_d", "textmax", "text", "recent", "deg", "coord", "famxtext"],
        "all": list(FEATURES),
    }
    for (name, feats), objective in [(v, o) for o in ("avg", "any") for v in variants.items()]:
        cols = [idx[f] for f in feats]
        tg = [(x[:, cols], np.zeros(len(y)), y) for x, _, y, _ in train]
        weights, _ = fit(tg, objective=objective)
        name = f"{name} {objective}"
        got = evaluate(we, test, weights, cols)
        ratio = {k: got[k] / base[k] for k in got}
        found = f"{got['recall@20']:.3f} / {got['mrr']:.3f}"
        ratios = f"{ratio['recall@20']:.2f} / {ratio['mrr']:.2f}"
        terms = " ".join(f"{f}={v:.2f}" for f, v in zip(feats, weights, strict=True))
        print(f"{name:16} {found}  ratio {ratios}  {terms}")


if __name__ == "__main__":
    main()
