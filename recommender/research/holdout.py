"""Temporal hold-out for partner suggestions on CORDIS H2020 (research scratch).

Protocol (see README.md in this folder / the final report):
  before-network  = projects with start_year < T
  known orgs      = orgs with >= 1 project (any size) before T
  query orgs      = known orgs that form >= 1 NEW partnership (pair not sharing a project
                    before T, both known) in a project with start_year >= T (label_years)
  ground truth    = those new partners
  candidates      = all known orgs except the query itself and its existing partners
  MRR             = 1 / rank of the first true partner in the FULL ranked candidate list
                    (MRR@100 also reported: 0 if no hit in the top 100)
  ties            = broken by a seeded random key (the same key for every method)
"""
from __future__ import annotations

import math
import sys
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
import scipy.sparse as sp

DATA = "/work/shared/data/cordis-h2020/"
SEED = 20240601


def load():
    p = pd.read_csv(DATA + "participations.csv.gz")
    p = p.dropna(subset=["start_year"])
    p["start_year"] = p["start_year"].astype(int)
    pp = pd.read_csv(DATA + "programme_parts.csv.gz")
    return p, pp


class Split:
    def __init__(self, p, pp, T, label_years=None, decay=0.8, cap=None):
        self.T = T
        before = p[p.start_year < T]
        if label_years is None:
            after = p[p.start_year >= T]
        else:
            after = p[p.start_year.isin(label_years)]
        orgs = np.array(sorted(before.pic.unique()))
        self.orgs = orgs
        self.idx = {o: i for i, o in enumerate(orgs)}
        N = len(orgs)
        self.N = N
        # static attributes (mode over before rows)
        attr = before.groupby("pic").agg(type=("type", lambda s: s.mode().iat[0]),
                                         country=("country", lambda s: s.mode().iat[0] if s.notna().any() else "??"))
        attr = attr.reindex(orgs)
        self.type = attr["type"].fillna("OTH").values
        self.country = attr["country"].fillna("??").values
        # projects before T
        bp = before[["rcn", "pic", "start_year", "role"]].drop_duplicates(["rcn", "pic"])
        projs = np.array(sorted(bp.rcn.unique()))
        pidx = {r: i for i, r in enumerate(projs)}
        P = len(projs)
        rows = bp.rcn.map(pidx).values
        cols = bp.pic.map(self.idx).values
        size = np.bincount(rows, minlength=P)
        pyear = bp.groupby("rcn").start_year.first().reindex(projs).values
        self.B = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(P, N))
        self.psize = size
        self.pyear = pyear
        # binary adjacency (projects of size >= 2)
        C = (self.B.T @ self.B).tocsr()
        C.setdiag(0)
        C.eliminate_zeros()
        self.ncommon = C  # number of shared projects
        A = C.copy()
        A.data[:] = 1
        self.A = A
        self.deg = np.asarray(A.sum(1)).ravel()
        # weighted adjacency: sum over shared projects decay^(T-1-year) / log(1+size)
        # cap: projects larger than cap are ignored in the weighted graph
        w = (decay ** (T - 1 - pyear)) / np.log1p(np.maximum(size, 2))
        if cap is not None:
            w = np.where(size > cap, 0.0, w)
        W = (self.B.T @ sp.diags(w) @ self.B).tocsr()
        W.setdiag(0)
        W.eliminate_zeros()
        self.W = W
        wr = np.where(pyear >= T - 2, w, 0.0)
        Wr = (self.B.T @ sp.diags(wr) @ self.B).tocsr(); Wr.setdiag(0); Wr.eliminate_zeros()
        self.Wr = Wr
        self.avgsize = np.asarray((self.B.T @ np.log(np.maximum(size, 1)))).ravel() / np.maximum(np.asarray(self.B.sum(0)).ravel(), 1)
        # per-node activity
        nproj = np.asarray(self.B.sum(0)).ravel()
        self.nproj = nproj
        recent_mask = (pyear >= T - 2).astype(float)
        self.recent = np.asarray((sp.diags(recent_mask) @ self.B).sum(0)).ravel()
        coord = bp[bp.role == "coordinator"].groupby("pic").size().reindex(orgs).fillna(0).values
        self.ncoord = coord
        # recent partner growth: distinct partners gained in projects T-2..T-1 that were
        # not partners before T-2
        old = p[p.start_year < T - 2]
        Bo = self._incidence(old)
        Co = (Bo.T @ Bo).tocsr(); Co.setdiag(0); Co.eliminate_zeros(); Co.data[:] = 1
        newA = A - A.multiply(Co)
        newA.eliminate_zeros()
        self.growth = np.asarray(newA.sum(1)).ravel()
        # topic profile: share of the org's projects per programme part
        bpp = pp[pp.rcn.isin(set(projs))]
        parts = sorted(pp.programme_part.unique())
        self.parts = parts
        partidx = {x: i for i, x in enumerate(parts)}
        PT = sp.csr_matrix((np.ones(len(bpp)), (bpp.rcn.map(pidx).values, bpp.programme_part.map(partidx).values)),
                           shape=(P, len(parts)))
        prof = (self.B.T @ PT).toarray()
        prof = prof / np.maximum(prof.sum(1, keepdims=True), 1)
        self.prof = prof
        norm = np.linalg.norm(prof, axis=1)
        self.profn = prof / np.maximum(norm, 1e-12)[:, None]
        # labels: new partnerships after T between known orgs
        ap = after[after.pic.isin(self.idx)][["rcn", "pic"]].drop_duplicates()
        ap = ap.assign(i=ap.pic.map(self.idx).values)
        truth = defaultdict(set)
        for rcn, grp in ap.groupby("rcn").i:
            members = grp.values
            if len(members) < 2:
                continue
            for a in members:
                for b in members:
                    if a != b:
                        truth[a].add(b)
        self.truth = {}
        for a, s in truth.items():
            nb = set(A.indices[A.indptr[a]:A.indptr[a + 1]])
            s2 = s - nb
            if s2:
                self.truth[a] = np.array(sorted(s2))

    def _incidence(self, df):
        df = df[df.pic.isin(self.idx)][["rcn", "pic"]].drop_duplicates()
        projs = np.array(sorted(df.rcn.unique()))
        pidx = {r: i for i, r in enumerate(projs)}
        return sp.csr_matrix((np.ones(len(df)), (df.rcn.map(pidx).values, df.pic.map(self.idx).values)),
                             shape=(len(projs), self.N))

    def neighbours(self, q):
        return self.A.indices[self.A.indptr[q]:self.A.indptr[q + 1]]


def query_sets(s: Split, seed=SEED):
    qs = np.array(sorted(s.truth))
    rng = np.random.default_rng(seed)
    lu = qs[s.country[qs] == "LU"]
    ben = qs[np.isin(s.country[qs], ["LU", "BE", "NL"])]
    ben = np.sort(rng.choice(ben, size=min(500, len(ben)), replace=False))
    rng = np.random.default_rng(seed + 1)
    al = np.sort(rng.choice(qs, size=min(2000, len(qs)), replace=False))
    return {"LU": lu, "BENELUX": ben, "ALL": al}


# ---------------------------------------------------------------- features
def structural(s: Split, qs):
    """Dense 2-hop structural matrices for a batch of queries (len(qs) x N)."""
    A, W = s.A, s.W
    deg = s.deg.astype(float)
    inv_log = 1.0 / np.log(np.maximum(deg, 2))
    inv_deg = 1.0 / np.maximum(deg, 1)
    Aq = A[qs]
    Wq = W[qs]
    out = {}
    out["cn"] = (Aq @ A).toarray()
    out["aa"] = (Aq @ sp.diags(inv_log) @ A).toarray()
    out["ra"] = (Aq @ sp.diags(inv_deg) @ A).toarray()
    # weighted paths: query->partner (project weighted) -> candidate, partner hub-damped
    out["wp"] = (Wq @ sp.diags(inv_log) @ W).toarray()
    out["wpr"] = (Wr_q := W_r(s, qs)) @ sp.diags(inv_log) @ W
    out["wpr"] = np.asarray(out["wpr"].toarray())
    if THREE:
        M = out["wp"] * inv_log[None, :]
        out["w3"] = np.asarray((sp.csr_matrix(M) @ W).toarray()) if False else np.asarray(M @ W.T.T.toarray()) if False else np.asarray((W.T @ M.T).T)
    return out


THREE = False


def W_r(s, qs):
    return s.Wr[qs]


def tb_key(s, q):
    rng = np.random.default_rng(SEED * 7 + int(s.orgs[q]) % 100000 + s.T)
    return rng.random(s.N)


def ranks_of(score, tb, truth, exclude):
    sc = score.astype(float).copy()
    sc[exclude] = -np.inf
    order = np.lexsort((-tb, -sc))
    ncand = s_ncand = len(sc) - len(exclude)
    pos = np.empty(len(sc), dtype=np.int64)
    pos[order] = np.arange(len(sc))
    r = pos[truth] + 1
    return np.sort(r), order[:10]


def metrics(rks, ntruth):
    first = rks[0]
    hit = float(first <= 10)
    mrr = 1.0 / first
    mrr100 = mrr if first <= 100 else 0.0
    top = rks[rks <= 10]
    dcg = sum(1.0 / math.log2(r + 1) for r in top)
    idcg = sum(1.0 / math.log2(i + 2) for i in range(min(ntruth, 10)))
    return np.array([hit, mrr, dcg / idcg, len(top) / 10.0, mrr100])


MNAMES = ["hit@10", "MRR", "nDCG@10", "P@10", "MRR@100"]
