"""A bank of candidate signals for partner suggestions, and a harness that measures them.

Each signal is a column for every known organisation given a query; models are linear in
these columns, fitted with research/fit.py on sampled groups of an earlier split.

    .venv/bin/python -m research.signals --train 2017 --eval 2018 2019 --sets BENELUX ALL --sub 2

fits the served feature set plus each new signal alone, and prints hit@10 / MRR@100 per
set, against the best baseline (including the degree-tie variants).
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

import numpy as np

from research import data
from research.features import FEATURES, Features, training_groups, type_lift
from research.fit import fit
from research.holdout import Split, metrics, query_sets, ranks_of, structural, tb_key
from research.themes import Themes

BANDS = [(0, 0), (1, 5), (6, 20), (21, 100), (101, 10**9)]
BAND_NAMES = ["0", "1-5", "6-20", "21-100", ">100"]
THEMATIC = {
    "topic_cos": ("cosine", "topic"),
    "stem_cos": ("cosine", "stem"),
    "fam_cos": ("cosine", "family"),
    "toa_cos": ("cosine", "type_of_action"),
    "thema_cos": ("cosine", "thema"),
    "text_cos": ("cosine", "text"),
    "fam_act": ("activity", "family"),
    "stem_act": ("activity", "stem"),
    "thema_act": ("activity", "thema"),
}
EXTRA = [
    *THEMATIC,
    "cpair",
    "rep",
    "fam_cos_cn",
    "text_cos_cn",
    "lsa_cos",
    "qdeg_cn",
    "qdeg_aa",
    "qdeg_deg",
    "qdeg_twohop",
]
BANK = [*FEATURES, *EXTRA]


def country_lift(s: Split, alpha: float = 5.0) -> dict[tuple[str, str], float]:
    """Smoothed log lift of (query country, candidate country) among the split's truth."""
    names, code = np.unique(s.country, return_inverse=True)
    k = len(names)
    m = np.zeros((k, k))
    for q, truth in s.truth.items():
        np.add.at(m[code[q]], code[truth], 1)
    pop = np.bincount(code, minlength=k).astype(float)
    pop /= pop.sum()
    expected = m.sum(1, keepdims=True) * pop[None, :]
    lift = np.log((m + alpha * pop[None, :] + 1e-9) / (expected + alpha * pop[None, :] + 1e-9))
    return {(names[a], names[b]): float(lift[a, b]) for a in range(k) for b in range(k) if m[a, b]}


class Bank:
    """Every signal of the bank for the queries of one split, batch by batch."""

    def __init__(self, s: Split, th: Themes, lift: np.ndarray, clift: dict) -> None:
        self.s, self.th = s, th
        self.f = Features(s, lift)
        self.clift = clift
        self.cnames, self.ccode = np.unique(s.country, return_inverse=True)
        self.pw = (0.8 ** (s.T - 1 - s.pyear)) / np.log1p(np.maximum(s.psize, 2))
        self.lsa = th.lsa()

    def batch(self, qs: np.ndarray) -> dict[str, np.ndarray]:
        st = structural(self.s, qs)
        for name, (kind, grain) in THEMATIC.items():
            st[name] = getattr(self.th, kind)(grain, qs)
        return st

    def matrix(self, st: dict[str, np.ndarray], j: int, q: int) -> np.ndarray:
        s = self.s
        base = self.f.matrix(st, j, q)
        x = np.zeros((s.N, len(EXTRA)))
        for i, name in enumerate(THEMATIC):
            v = st[name][j]
            x[:, i] = np.log1p(v) if name.endswith("_act") else v
        i = len(THEMATIC)
        tab = np.array([self.clift.get((s.country[q], c), 0.0) for c in self.cnames])
        x[:, i] = tab[self.ccode]
        # repeated consortia: projects shared with two or more of q's partners
        m = s.B @ s.A[q].toarray().ravel()
        x[:, i + 1] = np.log1p(s.B.T @ (np.maximum(m - 1, 0) * self.pw) * 10)
        twohop = base[:, FEATURES.index("twohop")]
        x[:, i + 2] = st["fam_cos"][j] * twohop
        x[:, i + 3] = st["text_cos"][j] * twohop
        x[:, i + 4] = self.lsa @ self.lsa[q]
        qd = np.log1p(s.deg[q])
        x[:, i + 5] = qd * base[:, FEATURES.index("cn")]
        x[:, i + 6] = qd * base[:, FEATURES.index("aa")]
        x[:, i + 7] = qd * base[:, FEATURES.index("deg")]
        x[:, i + 8] = qd * twohop
        return np.hstack([base, x])


def evaluate(s: Split, bank: Bank, models: dict, sets: list[str], sub: int) -> dict:
    """hit@10 and MRR@100 per set, method and degree band."""
    out = {}
    deg = s.deg.astype(float)
    for name, qs in query_sets(s).items():
        if name not in sets:
            continue
        qs = qs[::sub]
        res = defaultdict(list)
        band = []
        for b in range(0, len(qs), 100):
            batch = qs[b : b + 100]
            st = bank.batch(batch)
            for j, q in enumerate(batch):
                excl = np.concatenate([[q], s.neighbours(q)])
                tb, truth = tb_key(s, q), s.truth[q]
                band.append(next(i for i, (lo, hi) in enumerate(BANDS) if lo <= deg[q] <= hi))
                x = bank.matrix(st, j, q)
                methods = {
                    "popularity": (deg, None),
                    "CN": (st["cn"][j], None),
                    "CN_deg": (st["cn"][j], deg),
                    "AA": (st["aa"][j], None),
                    "AA_deg": (st["aa"][j], deg),
                    "RA_deg": (st["ra"][j], deg),
                }
                for m, (cols, w) in models.items():
                    methods[m] = (x[:, cols] @ w, None)
                for m, (sc, ties) in methods.items():
                    r = ranks_of(sc, tb, truth, excl, ties)
                    res[m].append(metrics(r, len(truth))[[0, 4]])
        band = np.array(band)
        out[name] = {m: (np.array(v), band) for m, v in res.items()}
    return out


BASE = ["popularity", "CN", "CN_deg", "AA", "AA_deg", "RA_deg"]


def report(t, res) -> None:
    for name, methods in res.items():
        best = np.max([methods[b][0].mean(0) for b in BASE], axis=0)
        n = len(next(iter(methods.values()))[0])
        print(f"T={t} {name} ({n}) best baseline {best[0]:.3f}/{best[1]:.3f}")
        for m, (v, band) in methods.items():
            if m in BASE:
                continue
            mean = v.mean(0)
            ratio = mean / best
            line = f"  {m:28s} {mean[0]:.3f}/{mean[1]:.3f}  x{ratio[0]:.3f}/{ratio[1]:.3f} |"
            for i, bn in enumerate(BAND_NAMES):
                k = band == i
                if k.sum() >= 50:
                    bb = np.max([methods[b][0][k].mean(0) for b in BASE], axis=0)
                    r = v[k].mean(0) / bb
                    line += f" {bn}({k.sum()}) x{r[0]:.2f}/{r[1]:.2f}"
            print(line, flush=True)


def prepare(p, pp, pr, t, label_years=None, lift=None, clift=None):
    s = Split(p, pp, t, label_years=label_years)
    th = Themes(s, pr)
    lift = type_lift(s) if lift is None else lift
    clift = country_lift(s) if clift is None else clift
    return s, Bank(s, th, lift, clift)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--train", type=int, default=2017)
    parser.add_argument("--eval", type=int, nargs="*", default=[2018, 2019])
    parser.add_argument("--sets", nargs="*", default=["BENELUX", "ALL"])
    parser.add_argument("--sub", type=int, default=2)
    parser.add_argument(
        "--models",
        nargs="*",
        default=None,
        help="name=feat,feat,... (default: the served features + each signal)",
    )
    args = parser.parse_args()
    p, pp, pr = data.participations(), data.programme_parts(), data.h2020_projects()
    began = time.time()
    s, bank = prepare(p, pp, pr, args.train, label_years=[args.train])
    g = training_groups(s, bank)
    print(f"training groups T={args.train}: {len(g)}, {time.time() - began:.0f} s", flush=True)
    specs = {}
    if args.models:
        for spec in args.models:
            name, feats = spec.split("=")
            specs[name] = feats.split(",")
    else:
        specs["served"] = FEATURES
        for extra in EXTRA:
            specs["served+" + extra] = [*FEATURES, extra]
    models = {}
    for name, feats in specs.items():
        cols = [BANK.index(f) for f in feats]
        w, loss = fit([(x[:, cols], lw, y) for x, lw, y in g])
        models[name] = (cols, w)
        print(
            f"{name}: loss {loss:.4f} "
            + " ".join(f"{f}={v:+.3f}" for f, v in zip(feats, w, strict=True)),
            flush=True,
        )
    del g
    for t in args.eval:
        s, bank2 = prepare(p, pp, pr, t, lift=bank.f.lift, clift=bank.clift)
        report(t, evaluate(s, bank2, models, args.sets, args.sub))


if __name__ == "__main__":
    main()
