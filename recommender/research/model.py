"""Feature construction + small listwise (softmax) log-linear model."""
import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize
from holdout import *

FEATS = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift", "wpr", "avgsize", "w3"]
TYPES = ["PRC", "HES", "REC", "PUB", "OTH"]


def type_lift(s):
    """log lift of (query type, candidate type) among new links, vs. product of marginals.
    Computed from the split's OWN training labels only when fitting (T=2017)."""
    ti = {t: i for i, t in enumerate(TYPES)}
    M = np.ones((5, 5))
    for q, tr in s.truth.items():
        a = ti.get(s.type[q], 4)
        for c in tr:
            M[a, ti.get(s.type[c], 4)] += 1
    # expected: query-type row share x candidate-type population share
    pop = np.array([np.sum(s.type == t) for t in TYPES], float); pop /= pop.sum()
    row = M.sum(1, keepdims=True)
    return np.log(M / (row * pop[None, :]))


def node_feats(s):
    ti = {t: i for i, t in enumerate(TYPES)}
    return dict(deg=np.log1p(s.deg), recent=np.log1p(s.recent), growth=np.log1p(s.growth),
                coord=np.log1p(s.ncoord), tcode=np.array([ti.get(t, 4) for t in s.type]))


def query_feats(s, nf, st, j, q, lift):
    """N x F feature matrix for query q (row j of the structural batch)."""
    N = s.N
    X = np.empty((N, len(FEATS)))
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
    X[:, 11] = np.log1p(10 * st["wpr"][j])
    X[:, 12] = s.avgsize
    X[:, 13] = np.log1p(st["w3"][j]) if "w3" in st else 0.0
    return X


def build_training(s, lift, nq=3000, nneg=400, seed=1):
    rng = np.random.default_rng(seed)
    qs = np.array(sorted(s.truth))
    qs = np.sort(rng.choice(qs, size=min(nq, len(qs)), replace=False))
    nf = node_feats(s)
    groups = []
    for b in range(0, len(qs), 200):
        batch = qs[b:b + 200]
        st = structural(s, batch)
        for j, q in enumerate(batch):
            X = query_feats(s, nf, st, j, q, lift)
            excl = np.zeros(s.N, bool); excl[q] = True; excl[s.neighbours(q)] = True
            pos = np.zeros(s.N, bool); pos[s.truth[q]] = True
            two = (st["cn"][j] > 0) & ~excl
            rest = np.flatnonzero(~two & ~excl & ~pos)
            samp = rng.choice(rest, size=min(nneg, len(rest)), replace=False)
            idx = np.concatenate([np.flatnonzero((two | pos) & ~excl), samp])
            logw = np.zeros(len(idx))
            # importance weight for sampled non-2-hop negatives
            logw[-len(samp):] = np.log(len(rest) / max(len(samp), 1))
            y = pos[idx]
            # positives outside 2-hop are in both sets: they are unweighted (in the first part)
            groups.append((X[idx], logw, y))
    return groups


def fit(groups, l2=1e-2):
    F = groups[0][0].shape[1]
    allX = np.vstack([g[0] for g in groups])
    mu, sd = allX.mean(0), allX.std(0) + 1e-9

    def f(w):
        loss = 0.0; grad = np.zeros(F); n = 0
        for X, logw, y in groups:
            Z = (X - mu) / sd
            s = Z @ w + logw
            m = s.max(); e = np.exp(s - m); Zs = e.sum()
            lse = m + np.log(Zs)
            p = e / Zs
            k = y.sum()
            loss += k * lse - (Z[y] @ w).sum()
            grad += k * (p @ Z) - Z[y].sum(0)
            n += k
        return loss / n + l2 * w @ w, grad / n + 2 * l2 * w

    r = minimize(f, np.zeros(F), jac=True, method="L-BFGS-B")
    w = r.x / sd
    b = -(mu / sd) @ r.x
    return w, r.fun
