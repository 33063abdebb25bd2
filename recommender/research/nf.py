"""New features for partner suggestion (research scratch, builds on holdout.py / model.py).

Extra per-node properties (precomputable at import):
  rp{k}[c, t]  = number of projects of c in programme part t with start_year in [T-k, T-1]
  np_[c, t]    = number of projects of c in programme part t (all years < T)
Per-query features (2-hop / profile based):
  tpr{k}  = ln(1 + sum_t share_q(t) * rp{k}[c, t])      topic-specific recent popularity
  tpd     = ln(1 + sum_t share_q(t) * np_[c, t])          topic-specific popularity (all years)
  cpair   = country-pair lift table (learned on the training split's labels)
  rw2/rw3 = random walk (consortium-size normalised, recency-decayed) 2 / 3 org-steps
  cnrec   = [CN>0] * ln(1+recent_c)
"""
import numpy as np
import scipy.sparse as sp
from holdout import *
from model import type_lift, TYPES, node_feats

NF = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift",
      "tpr1", "tpr2", "tpr3", "tpd", "cpair", "rw2", "rw3", "cnrec", "tprcn", "tprcty", "recent1", "recent3"]


def extend(s, p, pp, decay=0.8):
    T = s.T
    before = p[p.start_year < T]
    bp = before[["rcn", "pic", "start_year"]].drop_duplicates(["rcn", "pic"])
    projs = np.array(sorted(bp.rcn.unique()))
    pidx = {r: i for i, r in enumerate(projs)}
    P = len(projs)
    parts = s.parts
    partidx = {x: i for i, x in enumerate(parts)}
    bpp = pp[pp.rcn.isin(set(projs))]
    PT = sp.csr_matrix((np.ones(len(bpp)), (bpp.rcn.map(pidx).values, bpp.programme_part.map(partidx).values)),
                       shape=(P, len(parts)))
    BT = s.B.T.tocsr()
    s.np_ = (BT @ PT).toarray()
    for k in (1, 2, 3):
        m = (s.pyear >= T - k).astype(float)
        s.__dict__["rp%d" % k] = (BT @ sp.diags(m) @ PT).toarray()
        s.__dict__["recent%d" % k] = np.asarray((BT @ m)).ravel()
    # random-walk transition: org -> project (recency-decayed, normalised) -> org (1/size)
    w = (decay ** (T - 1 - s.pyear)) / np.maximum(s.psize - 1, 1)
    M = (BT @ sp.diags(w) @ s.B).tocsr()
    M.setdiag(0); M.eliminate_zeros()
    rs = np.asarray(M.sum(1)).ravel()
    s.Prw = (sp.diags(1.0 / np.maximum(rs, 1e-12)) @ M).tocsr()
    s.PrwT = s.Prw.T.tocsr()
    s.ccode = np.unique(s.country, return_inverse=True)[1]
    s.cnames = np.unique(s.country)
    return s


def country_lift(s, alpha=5.0):
    """log lift table {(cq, cc): value} from s.truth (training split only), smoothed."""
    cn = s.cnames
    K = len(cn)
    M = np.zeros((K, K))
    for q, tr in s.truth.items():
        np.add.at(M[s.ccode[q]], s.ccode[tr], 1)
    pop = np.bincount(s.ccode, minlength=K).astype(float); pop /= pop.sum()
    row = M.sum(1, keepdims=True)
    E = row * pop[None, :]
    L = np.log((M + alpha * pop[None, :] * 1.0 + 1e-9) / (E + alpha * pop[None, :] * 1.0 + 1e-9))
    return {(cn[a], cn[b]): float(L[a, b]) for a in range(K) for b in range(K) if M[a, b] > 0}


def batch_struct(s, qs):
    st = structural(s, qs)
    R1 = s.Prw[qs]
    R2 = (R1 @ s.Prw)
    R2d = R2.toarray()
    R3 = np.asarray((s.PrwT @ R2d.T).T)
    st["rw2"] = R2d
    st["rw3"] = R3
    return st


def feats_for(s, nf, st, j, q, lift, clift):
    N = s.N
    X = np.zeros((N, len(NF)), dtype=np.float64)
    cn = st["cn"][j]
    X[:, 0] = np.log1p(cn)
    X[:, 1] = st["aa"][j]
    X[:, 2] = np.log1p(10 * st["wp"][j])
    X[:, 3] = cn > 0
    X[:, 4] = nf["deg"]
    X[:, 5] = nf["recent"]
    X[:, 6] = nf["growth"]
    X[:, 7] = nf["coord"]
    X[:, 8] = s.profn @ s.profn[q]
    X[:, 9] = s.country == s.country[q]
    X[:, 10] = lift[nf["tcode"][q]][nf["tcode"]]
    sh = s.prof[q]
    X[:, 11] = np.log1p(s.rp1 @ sh)
    X[:, 12] = np.log1p(s.rp2 @ sh)
    X[:, 13] = np.log1p(s.rp3 @ sh)
    X[:, 14] = np.log1p(s.np_ @ sh)
    cq = s.country[q]
    tab = np.array([clift.get((cq, c), 0.0) for c in s.cnames])
    X[:, 15] = tab[s.ccode]
    X[:, 16] = np.log1p(1e3 * st["rw2"][j])
    X[:, 17] = np.log1p(1e3 * st["rw3"][j])
    X[:, 18] = X[:, 3] * nf["recent"]
    X[:, 19] = X[:, 3] * X[:, 12]
    X[:, 20] = X[:, 9] * X[:, 12]
    X[:, 21] = np.log1p(s.recent1)
    X[:, 22] = np.log1p(s.recent3)
    return X


def build_training(s, lift, clift, nq=1500, n2=600, nneg=400, seed=1, bs=100):
    rng = np.random.default_rng(seed)
    qs = np.array(sorted(s.truth))
    qs = np.sort(rng.choice(qs, size=min(nq, len(qs)), replace=False))
    nf = node_feats(s)
    groups = []
    for b in range(0, len(qs), bs):
        batch = qs[b:b + bs]
        st = batch_struct(s, batch)
        for j, q in enumerate(batch):
            X = feats_for(s, nf, st, j, q, lift, clift)
            excl = np.zeros(s.N, bool); excl[q] = True; excl[s.neighbours(q)] = True
            pos = np.zeros(s.N, bool); pos[s.truth[q]] = True
            two = (st["cn"][j] > 0) & ~excl
            pidx = np.flatnonzero(pos & ~excl)
            t2 = np.flatnonzero(two & ~pos)
            rest = np.flatnonzero(~two & ~excl & ~pos)
            s2 = rng.choice(t2, size=min(n2, len(t2)), replace=False)
            sr = rng.choice(rest, size=min(nneg, len(rest)), replace=False)
            idx = np.concatenate([pidx, s2, sr])
            logw = np.concatenate([np.zeros(len(pidx)),
                                   np.full(len(s2), np.log(len(t2) / max(len(s2), 1))),
                                   np.full(len(sr), np.log(len(rest) / max(len(sr), 1)))])
            y = np.zeros(len(idx), bool); y[:len(pidx)] = True
            groups.append((X[idx].astype(np.float32), logw, y))
    return groups


def each_query(s, nf, qs, lift, clift, batch=100):
    """Per query of ``qs``: (q, st, j, X, excl, tb, truth) as the hold-out loops use them
    (st = the batch's structural matrices, row j; X = feats_for; excl = q and its partners)."""
    for b in range(0, len(qs), batch):
        part = qs[b:b + batch]
        st = batch_struct(s, part)
        for j, q in enumerate(part):
            excl = np.concatenate([[q], s.neighbours(q)])
            yield q, st, j, feats_for(s, nf, st, j, q, lift, clift), excl, tb_key(s, q), s.truth[q]
