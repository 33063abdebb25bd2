"""The temporal hold-out: the network before year T and the partnerships formed from T on.

Protocol (the same as ``recommender/evaluation.py``, which ``clustergraph evaluate`` runs):
  before-network  = projects with start_year < T
  known orgs      = orgs with at least one project (any size) before T
  query orgs      = known orgs that form at least one NEW partnership (a pair sharing no
                    project before T, both known) in a project with start_year >= T
                    (``label_years`` restricts the years, for training splits)
  ground truth    = those new partners
  candidates      = all known orgs except the query itself and its existing partners
  ties            = broken by a seeded random key (the same key for every method)
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
import pandas as pd
import scipy.sparse as sp

SEED = 20240601
DECAY = 0.8
METRICS = ["hit@10", "MRR", "nDCG@10", "P@10", "MRR@100"]


class Split:
    """Before-network matrices, per-organisation activity and the ground truth at year T
    (``after``: the later projects as ``rcn, pic`` rows, default the H2020 ones from T on)."""

    def __init__(
        self,
        p: pd.DataFrame,
        pp: pd.DataFrame,
        t: int,
        label_years: Iterable[int] | None = None,
        after: pd.DataFrame | None = None,
    ) -> None:
        self.T = t
        before = p[p.start_year < t]
        if after is None:
            after = (
                p[p.start_year >= t] if label_years is None else p[p.start_year.isin(label_years)]
            )
        self.orgs = np.array(sorted(before.pic.unique()))
        self.idx = {o: i for i, o in enumerate(self.orgs)}
        self.N = n = len(self.orgs)
        attr = before.groupby("pic").agg(
            type=("type", lambda s: s.mode().iat[0]),
            country=("country", lambda s: s.mode().iat[0] if s.notna().any() else "??"),
        )
        attr = attr.reindex(self.orgs)
        self.type = attr["type"].fillna("OTH").values
        self.country = attr["country"].fillna("??").values
        bp = before[["rcn", "pic", "start_year", "role"]].drop_duplicates(["rcn", "pic"])
        self.projs = projs = np.array(sorted(bp.rcn.unique()))
        pidx = {r: i for i, r in enumerate(projs)}
        rows = bp.rcn.map(pidx).values
        cols = bp.pic.map(self.idx).values
        self.psize = size = np.bincount(rows, minlength=len(projs))
        self.pyear = pyear = bp.groupby("rcn").start_year.first().reindex(projs).values
        self.B = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(projs), n))
        a = (self.B.T @ self.B).tocsr()
        a.setdiag(0)
        a.eliminate_zeros()
        a.data[:] = 1
        self.A = a  # binary adjacency
        self.deg = np.asarray(a.sum(1)).ravel()
        # weighted adjacency: sum over shared projects of decay^(T-1-year) / ln(1 + size)
        w = (DECAY ** (t - 1 - pyear)) / np.log1p(np.maximum(size, 2))
        self.W = (self.B.T @ sp.diags(w) @ self.B).tocsr()
        self.W.setdiag(0)
        self.W.eliminate_zeros()
        self.recent = np.asarray((sp.diags((pyear >= t - 2).astype(float)) @ self.B).sum(0)).ravel()
        coord = bp[bp.role == "coordinator"].groupby("pic").size()
        self.ncoord = coord.reindex(self.orgs).fillna(0).values
        # growth: distinct partners in the before-network that were not partners before T-2
        old = self._incidence(p[p.start_year < t - 2])
        co = (old.T @ old).tocsr()
        co.setdiag(0)
        co.eliminate_zeros()
        co.data[:] = 1
        new = a - a.multiply(co)
        new.eliminate_zeros()
        self.growth = np.asarray(new.sum(1)).ravel()
        # topic profile: share of the organisation's projects per programme part
        bpp = pp[pp.rcn.isin(set(projs))]
        self.parts = parts = sorted(pp.programme_part.unique())
        partidx = {x: i for i, x in enumerate(parts)}
        pt = sp.csr_matrix(
            (
                np.ones(len(bpp)),
                (bpp.rcn.map(pidx).values, bpp.programme_part.map(partidx).values),
            ),
            shape=(len(projs), len(parts)),
        )
        prof = (self.B.T @ pt).toarray()
        self.prof = prof / np.maximum(prof.sum(1, keepdims=True), 1)
        self.profn = self.prof / np.maximum(np.linalg.norm(self.prof, axis=1), 1e-12)[:, None]
        self.truth = self._truth(after)

    def _incidence(self, df: pd.DataFrame) -> sp.csr_matrix:
        df = df[df.pic.isin(self.idx)][["rcn", "pic"]].drop_duplicates()
        projs = np.array(sorted(df.rcn.unique()))
        pidx = {r: i for i, r in enumerate(projs)}
        return sp.csr_matrix(
            (np.ones(len(df)), (df.rcn.map(pidx).values, df.pic.map(self.idx).values)),
            shape=(len(projs), self.N),
        )

    def _truth(self, after: pd.DataFrame) -> dict[int, np.ndarray]:
        ap = after[after.pic.isin(self.idx)][["rcn", "pic"]].drop_duplicates()
        ap = ap.assign(i=ap.pic.map(self.idx).values)
        truth: dict[int, set[int]] = defaultdict(set)
        for _, grp in ap.groupby("rcn").i:
            members = grp.values
            if len(members) < 2:
                continue
            for x in members:
                truth[x].update(members)
        out = {}
        for x, found in truth.items():
            new = found - {x} - set(self.neighbours(x))
            if new:
                out[x] = np.array(sorted(new))
        return out

    def neighbours(self, q: int) -> np.ndarray:
        return self.A.indices[self.A.indptr[q] : self.A.indptr[q + 1]]


def query_sets(s: Split, seed: int = SEED) -> dict[str, np.ndarray]:
    """LU (every query of Luxembourg), BENELUX (500 sampled), ALL (2,000 sampled)."""
    qs = np.array(sorted(s.truth))
    rng = np.random.default_rng(seed)
    lu = qs[s.country[qs] == "LU"]
    ben = qs[np.isin(s.country[qs], ["LU", "BE", "NL"])]
    ben = np.sort(rng.choice(ben, size=min(500, len(ben)), replace=False))
    rng = np.random.default_rng(seed + 1)
    al = np.sort(rng.choice(qs, size=min(2000, len(qs)), replace=False))
    return {"LU": lu, "BENELUX": ben, "ALL": al}


def structural(s: Split, qs: np.ndarray) -> dict[str, np.ndarray]:
    """Dense two-hop matrices for a batch of queries (len(qs) x N): cn, aa, ra, wp."""
    inv_log = 1.0 / np.log(np.maximum(s.deg.astype(float), 2))
    inv_deg = 1.0 / np.maximum(s.deg.astype(float), 1)
    aq = s.A[qs]
    return {
        "cn": (aq @ s.A).toarray(),
        "aa": (aq @ sp.diags(inv_log) @ s.A).toarray(),
        "ra": (aq @ sp.diags(inv_deg) @ s.A).toarray(),
        # query -> partner (project weighted) -> candidate, the partner damped by ln(degree)
        "wp": (s.W[qs] @ sp.diags(inv_log) @ s.W).toarray(),
    }


def tb_key(s: Split, q: int) -> np.ndarray:
    """The query's random tie-break key (one value per organisation)."""
    return np.random.default_rng(SEED * 7 + int(s.orgs[q]) % 100000 + s.T).random(s.N)


def ranks_of(
    score: np.ndarray,
    tb: np.ndarray,
    truth: np.ndarray,
    exclude: np.ndarray,
    ties: np.ndarray | None = None,
) -> np.ndarray:
    """Sorted 1-based ranks of the true items (excluded items ranked last); equal scores are
    ordered by ``ties`` (e.g. degree, higher first) when given, then by ``tb``."""
    sc = score.astype(float).copy()
    sc[exclude] = -np.inf
    keys = (-tb, -sc) if ties is None else (-tb, -ties, -sc)
    order = np.lexsort(keys)
    pos = np.empty(len(sc), dtype=np.int64)
    pos[order] = np.arange(len(sc))
    return np.sort(pos[truth] + 1)


def metrics(ranks: np.ndarray, ntruth: int) -> np.ndarray:
    """hit@10, MRR (full list), nDCG@10, P@10, MRR@100 of one query."""
    first = ranks[0]
    top = ranks[ranks <= 10]
    dcg = sum(1.0 / math.log2(r + 1) for r in top)
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(ntruth, 10)))
    return np.array(
        [
            float(first <= 10),
            1.0 / first,
            dcg / idcg,
            len(top) / 10.0,
            (1.0 / first) * (first <= 100),
        ]
    )
