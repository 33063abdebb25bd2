"""Consortium completion offline: reveal part of a real consortium and its brief, rank the rest.

Cases (``cases``): projects from the split on with at least 4 participants known before it.
H2020 (split at year T): the coordinator and one other known participant are revealed, the
brief is the project's title and its call topic (code and description). Horizon Europe (the
H2020 network before 2021): the data has no roles, so two known participants drawn at random
are revealed; the brief is the call topic (code and title; projects have no title in the
data). Truth: the other participants known before the split. Every known organisation but the
revealed ones is a candidate (partners of the revealed ones included).

    .venv/bin/python -m research.consortium [--eval 2019 HE] [--cases 500]
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import ClassVar

import numpy as np
import pandas as pd
import scipy.sparse as sp

from research import data
from research.features import TYPES, type_lift
from research.fit import fit
from research.holdout import DECAY, SEED, Split
from research.lists import Lists
from research.themes import Themes

HE_YEAR = 2021


@dataclass
class Case:
    project: int
    seeds: list[int]
    truth: np.ndarray
    topic: str
    title: str = ""
    description: str = ""
    parts: list[str] = field(default_factory=list)

    @property
    def brief(self) -> str:
        return f"{self.title} {self.description}".strip()


def h2020_cases(
    p: pd.DataFrame,
    pp: pd.DataFrame,
    pr: pd.DataFrame,
    s: Split,
    years: list[int] | None = None,
    he_like: bool = False,
) -> list[Case]:
    """H2020 cases; ``he_like``: as Horizon Europe ones (two random known participants, the
    call topic's description as the whole brief, no call topic code)."""
    after = p[p.start_year >= s.T] if years is None else p[p.start_year.isin(years)]
    parts = pp.groupby("rcn").programme_part.apply(list).to_dict()
    out = []
    for rcn, grp in after.groupby("rcn"):
        if rcn not in pr.index:
            continue
        known = grp[grp.pic.isin(s.idx)].drop_duplicates("pic")
        if len(known) < 4:
            continue
        coord = known[known.role == "coordinator"].pic.tolist()
        if not coord:
            continue
        others = sorted(set(known.pic) - {coord[0]})
        rng = np.random.default_rng(SEED + int(rcn))
        info = pr.loc[rcn]
        if he_like:
            pics = sorted(known.pic)
            pick = rng.choice(len(pics), size=2, replace=False)
            seeds = [s.idx[pics[i]] for i in pick]
            truth = np.array(sorted(s.idx[x] for i, x in enumerate(pics) if i not in pick))
            out.append(Case(int(rcn), seeds, truth, "", "", info.topic_description))
            continue
        partner = others[int(rng.integers(len(others)))]
        seeds = [s.idx[coord[0]], s.idx[partner]]
        truth = np.array(sorted(s.idx[x] for x in others if x != partner))
        out.append(
            Case(
                int(rcn),
                seeds,
                truth,
                info.topic,
                info.title,
                info.topic_description,
                parts.get(rcn, []),
            )
        )
    return out


def he_cases(s: Split) -> list[Case]:
    hp, ht = data.he_participations(), data.he_topics()
    out = []
    for pid, grp in hp.groupby("projectID"):
        known = sorted({x for x in grp.pic if x in s.idx})
        if len(known) < 4 or pid not in ht.index:
            continue
        rng = np.random.default_rng(SEED + int(pid))
        pick = rng.choice(len(known), size=2, replace=False)
        seeds = [s.idx[known[i]] for i in pick]
        truth = np.array(sorted(s.idx[x] for i, x in enumerate(known) if i not in pick))
        out.append(Case(int(pid), seeds, truth, ht.loc[pid, "topic"], "", ht.loc[pid, "title"]))
    return out


class Signals:
    """Per-case candidate signals over all known organisations, as production computes them
    (structural ones from the emulated stored lists, research/lists.py)."""

    NAMES: ClassVar[list[str]] = [
        "cn",
        "aa",
        "wp",
        "direct",
        "linked",
        "rep2",
        "fam",
        "famshare",
        "famties",
        "text",
        "textshare",
        "textmax",
        "textties",
        "deg",
        "recent",
        "coord",
        "country",
        "typelift",
        "topic",
        "textdeg",
    ]

    def __init__(self, s: Split, th: Themes, lift: np.ndarray, top: int = 500) -> None:
        self.s, self.th, self.lift, self.top = s, th, lift, top
        self.lists = Lists(s)
        self.inv_log = 1.0 / np.log(np.maximum(s.deg.astype(float), 2))
        self.pw = (DECAY ** (s.T - 1 - s.pyear)) / np.log1p(np.maximum(s.psize, 2))
        self.deg = np.log1p(s.deg)
        self.recent = np.log1p(s.recent)
        self.coord = np.log1p(s.ncoord)
        ti = {t: i for i, t in enumerate(TYPES)}
        self.tcode = np.array([ti.get(t, 4) for t in s.type])
        self.fam_index = {f: i for i, f in enumerate(th.family_labels)}
        self.proj_fam = th.project_families
        self.decay = DECAY ** (s.T - 1 - s.pyear)
        self.nproj = np.maximum(np.asarray(s.B.sum(0)).ravel(), 1)
        self.bt = s.B.T.tocsr()

    def brief_scores(self, text: str) -> np.ndarray:
        """BM25 of ``text`` per project, over the best: the ``top`` best projects with at
        least 0.2 of the best score, as production reads them from the full-text index."""
        bm = self.th.bm25.scores(text) if text else np.zeros(len(self.s.pyear))
        best = bm.max()
        if best <= 0:
            return np.zeros_like(bm)
        keep = np.argsort(-bm, kind="stable")[: self.top]
        out = np.zeros_like(bm)
        out[keep] = bm[keep] / best
        out[out < 0.2] = 0.0
        return out

    def family(self, topic: str) -> np.ndarray:
        i = self.fam_index.get(data.call_family(topic)) if topic else None
        if i is None:
            return np.zeros(len(self.s.pyear))
        return np.asarray(self.proj_fam[:, i].todense()).ravel()

    def exact(self, case: Case) -> dict[str, np.ndarray]:
        """Exact Adamic-Adar and common neighbours summed over the seeds (the baselines)."""
        aq = self.s.A[case.seeds]
        return {
            "aa": np.asarray((aq @ sp.diags(self.inv_log) @ self.s.A).sum(0)).ravel(),
            "cn": np.asarray((aq @ self.s.A).sum(0)).ravel(),
        }

    def matrix(self, case: Case) -> np.ndarray:
        s = self.s
        x = np.zeros((s.N, len(self.NAMES)))
        seeds = case.seeds
        st = self.lists.signals(seeds)
        x[:, 0] = np.log1p(st["cn"])
        x[:, 1] = st["aa"]
        x[:, 2] = np.log1p(10 * st["wp"])
        x[:, 3] = np.log1p(10 * st["wdirect"])
        x[:, 4] = np.asarray(s.A[seeds].sum(0)).ravel()
        m = np.asarray(s.B[:, seeds].sum(1)).ravel()
        x[:, 5] = np.log1p(10 * (self.bt @ ((m >= 2) * self.pw)))
        fam = self.family(case.topic)
        famw = self.bt @ (fam * self.decay)
        x[:, 6] = np.log1p(famw)
        x[:, 7] = famw / self.nproj
        x[:, 8] = np.log1p(10 * (self.bt @ (fam * m * self.pw)))
        bm = self.brief_scores(case.brief)
        x[:, 9] = np.log1p(self.bt @ bm)
        x[:, 10] = (self.bt @ bm) / self.nproj
        x[:, 11] = np.asarray(self.bt.multiply(bm[None, :]).max(1).todense()).ravel()
        x[:, 12] = np.log1p(10 * (self.bt @ (bm * m * self.pw)))
        x[:, 13] = self.deg
        x[:, 14] = self.recent
        x[:, 15] = self.coord
        x[:, 16] = np.isin(s.country, list({s.country[i] for i in seeds}))
        x[:, 17] = self.lift[self.tcode[seeds]][:, self.tcode].mean(0)
        target = s.profn[seeds].sum(0)
        x[:, 18] = s.profn @ (target / max(np.linalg.norm(target), 1e-12))
        # the best match scaled by size: a hub nearly always has some project that matches
        x[:, 19] = self.deg * x[:, 11]
        return x


def recall_metrics(ranks: np.ndarray, ntruth: int) -> np.ndarray:
    """recall@10, MRR (top 100), hit@10 from the sorted 1-based ranks of the truth."""
    first = ranks[0]
    return np.array(
        [np.sum(ranks <= 10) / ntruth, (1.0 / first) * (first <= 100), float(first <= 10)]
    )


def ranks(
    score: np.ndarray, ties: np.ndarray | None, tb: np.ndarray, truth: np.ndarray, excl: list[int]
) -> np.ndarray:
    sc = score.astype(float).copy()
    sc[excl] = -np.inf
    keys = (-tb, -sc) if ties is None else (-tb, -ties, -sc)
    order = np.lexsort(keys)
    pos = np.empty(len(sc), dtype=np.int64)
    pos[order] = np.arange(len(sc))
    return np.sort(pos[truth] + 1)


def case_groups(cases: list[Case], sig: Signals, npos_neg: int = 600, seed: int = 3):
    """Training groups: every true participant, the 300 best by summed Adamic-Adar and 300
    others at random (importance-weighted)."""
    rng = np.random.default_rng(seed)
    out = []
    n = sig.s.N
    for case in cases:
        x = sig.matrix(case)
        excl = np.zeros(n, bool)
        excl[case.seeds] = True
        pos = np.zeros(n, bool)
        pos[case.truth] = True
        order = np.argsort(-(sig.exact(case)["aa"] + 1e-3 * x[:, 13]))
        top = [i for i in order[:400] if not excl[i] and not pos[i]][:300]
        topmask = np.zeros(n, bool)
        topmask[top] = True
        rest = np.flatnonzero(~excl & ~pos & ~topmask)
        sr = rng.choice(rest, size=min(300, len(rest)), replace=False)
        idx = np.concatenate([case.truth, top, sr])
        logw = np.concatenate(
            [
                np.zeros(len(case.truth) + len(top)),
                np.full(len(sr), np.log(len(rest) / max(len(sr), 1))),
            ]
        )
        y = np.zeros(len(idx), bool)
        y[: len(case.truth)] = True
        out.append((x[idx].astype(np.float32), logw, y))
    return out


BASELINES = ["AA_deg", "CN_deg", "popularity", "family", "title"]


def evaluate(cases: list[Case], sig: Signals, models: dict) -> dict:
    """Mean recall@10, MRR, hit@10 per method; every method's ties broken by degree."""
    s = sig.s
    deg = s.deg.astype(float)
    res = defaultdict(list)
    for case in cases:
        x = sig.matrix(case)
        ex = sig.exact(case)
        tb = np.random.default_rng(SEED * 7 + case.project % 100000).random(s.N)
        title = sig.brief_scores(case.title or case.description)
        methods = {
            "AA_deg": ex["aa"],
            "CN_deg": ex["cn"],
            "popularity": deg,
            "family": x[:, 6],
            "title": sig.bt @ title,
        }
        for name, (cols, w) in models.items():
            methods[name] = x[:, cols] @ w
        methods = {k: methods[k] for k in [*models, *BASELINES]}
        for name, sc in methods.items():
            r = ranks(sc, deg, tb, case.truth, case.seeds)
            res[name].append(recall_metrics(r, len(case.truth)))
    return {m: np.mean(v, 0) for m, v in res.items()}


def report(label: str, n: int, res: dict) -> None:
    best = np.max([res[b] for b in BASELINES], axis=0)
    print(f"{label} ({n} cases); best baseline recall@10, MRR, hit@10: {best.round(3)}")
    for m, v in res.items():
        ratio = " ".join(f"x{x:.2f}" for x in v / best)
        print(f"  {m:24s} {v[0]:.3f} {v[1]:.3f} {v[2]:.3f}   {ratio}", flush=True)


def sample(cases: list[Case], k: int, seed: int = SEED) -> list[Case]:
    if len(cases) <= k:
        return cases
    pick = np.sort(np.random.default_rng(seed).choice(len(cases), size=k, replace=False))
    return [cases[i] for i in pick]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=int, default=2017)
    parser.add_argument("--eval", nargs="*", default=["2019", "HE"])
    parser.add_argument("--cases", type=int, default=500)
    parser.add_argument("--models", nargs="*", default=None)
    parser.add_argument("--obj", default="any")
    parser.add_argument("--mix", action="store_true", help="train on H2020 and HE-like cases")
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="an upper bound: also fit on 800 other cases of the evaluated split itself",
    )
    args = parser.parse_args()
    p, pp, pr = data.participations(), data.programme_parts(), data.h2020_projects()
    began = time.time()
    s = Split(p, pp, args.train, label_years=[args.train])
    lift = type_lift(s)
    sig = Signals(s, Themes(s, pr), lift)
    train = sample(h2020_cases(p, pp, pr, s, years=[args.train]), 800, seed=1)
    if args.mix:
        train += sample(h2020_cases(p, pp, pr, s, years=[args.train], he_like=True), 800, seed=2)
    g = case_groups(train, sig)
    print(f"training cases T={args.train}: {len(train)}, {time.time() - began:.0f} s", flush=True)
    specs = {"all": Signals.NAMES}
    for spec in args.models or []:
        name, feats = spec.split("=")
        specs[name] = feats.split(",")
    models = {}
    for name, feats in specs.items():
        cols = [Signals.NAMES.index(f) for f in feats]
        w, loss = fit([(x[:, cols], lw, y) for x, lw, y in g], objective=args.obj)
        models[name] = (cols, w)
        print(
            f"{name}: loss {loss:.4f} "
            + " ".join(f"{f}={v:+.3f}" for f, v in zip(feats, w, strict=True)),
            flush=True,
        )
    for which in args.eval:
        if which == "HE":
            s2 = Split(p, pp, HE_YEAR)
            cases = he_cases(s2)
        else:
            s2 = Split(p, pp, int(which))
            cases = h2020_cases(p, pp, pr, s2)
        sig2 = Signals(s2, Themes(s2, pr), lift)
        picked = sample(cases, args.cases)
        chosen = models
        if args.oracle:
            taken = {c.project for c in picked}
            own = sample([c for c in cases if c.project not in taken], 800, seed=3)
            w, _ = fit(case_groups(own, sig2), objective=args.obj)
            chosen = {**models, "oracle": (list(range(len(Signals.NAMES))), w)}
        report(f"{which}: {len(cases)} eligible", len(picked), evaluate(picked, sig2, chosen))


if __name__ == "__main__":
    main()
