"""The served model's features, per query and candidate, and its training groups."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from research.holdout import Split, structural

TYPES = ["PRC", "HES", "REC", "PUB", "OTH"]
# Feature name -> how it is computed (see feature_matrix); the production signal columns
# and transforms of the same names are in recommender/model.json.
FEATURES = [
    "cn",
    "aa",
    "wp",
    "twohop",
    "deg",
    "recent",
    "growth",
    "coord",
    "topic",
    "country",
    "typelift",
    "cnrec",
    "cnshare",
]


def type_lift(s: Split) -> np.ndarray:
    """log lift of (query type, candidate type) among the split's new partnerships, against
    the query type's count times the candidate type's share of organisations (5 x 5)."""
    ti = {t: i for i, t in enumerate(TYPES)}
    m = np.ones((5, 5))
    for q, truth in s.truth.items():
        a = ti.get(s.type[q], 4)
        for c in truth:
            m[a, ti.get(s.type[c], 4)] += 1
    pop = np.array([np.sum(s.type == t) for t in TYPES], float)
    pop /= pop.sum()
    return np.log(m / (m.sum(1, keepdims=True) * pop[None, :]))


class Features:
    """Per-organisation columns of a split, computed once."""

    def __init__(self, s: Split, lift: np.ndarray) -> None:
        ti = {t: i for i, t in enumerate(TYPES)}
        self.s = s
        self.lift = lift
        self.deg = np.log1p(s.deg)
        self.recent = np.log1p(s.recent)
        self.growth = np.log1p(s.growth)
        self.coord = np.log1p(s.ncoord)
        self.tcode = np.array([ti.get(t, 4) for t in s.type])

    def batch(self, qs: np.ndarray) -> dict[str, np.ndarray]:
        """The structural signals of queries ``qs`` against every organisation."""
        return structural(self.s, qs)

    def matrix(self, st: dict[str, np.ndarray], j: int, q: int) -> np.ndarray:
        """N x len(FEATURES) for query q (row j of the structural batch ``st``)."""
        s = self.s
        x = np.zeros((s.N, len(FEATURES)))
        cn = st["cn"][j]
        x[:, 0] = np.log1p(cn)
        x[:, 1] = st["aa"][j]
        x[:, 2] = np.log1p(10 * st["wp"][j])
        x[:, 3] = cn > 0
        x[:, 4] = self.deg
        x[:, 5] = self.recent
        x[:, 6] = self.growth
        x[:, 7] = self.coord
        x[:, 8] = s.profn @ s.profn[q]
        x[:, 9] = s.country == s.country[q]
        x[:, 10] = self.lift[self.tcode[q]][self.tcode]
        x[:, 11] = x[:, 3] * self.recent
        x[:, 12] = cn / max(s.deg[q], 1)
        return x


Group = tuple[np.ndarray, np.ndarray, np.ndarray]  # features, log sampling weight, is true


class FeatureSource(Protocol):
    """What makes feature matrices: :class:`Features`, or research.signals' wider bank."""

    def batch(self, qs: np.ndarray) -> dict[str, np.ndarray]: ...

    def matrix(self, st: dict[str, np.ndarray], j: int, q: int) -> np.ndarray: ...


def training_groups(
    s: Split, f: FeatureSource, nq: int = 1500, n2: int = 600, nneg: int = 400, seed: int = 1
) -> list[Group]:
    """Sampled training groups, one per query: all its true partners, up to ``n2`` two-hop
    and ``nneg`` other negatives, each sample weighted by the inverse of its sampling rate."""
    rng = np.random.default_rng(seed)
    qs = np.sort(rng.choice(np.array(sorted(s.truth)), size=min(nq, len(s.truth)), replace=False))
    groups = []
    for b in range(0, len(qs), 100):
        batch = qs[b : b + 100]
        st = f.batch(batch)
        for j, q in enumerate(batch):
            x = f.matrix(st, j, q)
            excl = np.zeros(s.N, bool)
            excl[q] = True
            excl[s.neighbours(q)] = True
            pos = np.zeros(s.N, bool)
            pos[s.truth[q]] = True
            two = (st["cn"][j] > 0) & ~excl
            pidx = np.flatnonzero(pos & ~excl)
            t2 = np.flatnonzero(two & ~pos)
            rest = np.flatnonzero(~two & ~excl & ~pos)
            s2 = rng.choice(t2, size=min(n2, len(t2)), replace=False)
            sr = rng.choice(rest, size=min(nneg, len(rest)), replace=False)
            idx = np.concatenate([pidx, s2, sr])
            logw = np.concatenate(
                [
                    np.zeros(len(pidx)),
                    np.full(len(s2), np.log(len(t2) / len(s2)) if len(s2) else 0.0),
                    np.full(len(sr), np.log(len(rest) / len(sr)) if len(sr) else 0.0),
                ]
            )
            y = np.zeros(len(idx), bool)
            y[: len(pidx)] = True
            groups.append((x[idx].astype(np.float32), logw, y))
    return groups
