"""python fit3.py TTRAIN OBJ name=feat,... ...
OBJ=any : per-query loss -log sum_{pos} softmax(score)   (set-level, every query weighted equally;
          aligned with hit@k / MRR which only need the FIRST true partner high)
OBJ=avg : per-query mean over positives of -log softmax  (query-balanced version of model.fit)"""
import sys, pickle, json
import numpy as np
from scipy.optimize import minimize
from nf import NF

def fit(groups, obj, l2=1e-3):
    F = groups[0][0].shape[1]
    allX = np.vstack([g[0] for g in groups]).astype(np.float64)
    mu, sd = allX.mean(0), allX.std(0) + 1e-9
    del allX
    G = [(((X - mu) / sd).astype(np.float64), lw, y) for X, lw, y in groups if y.any()]
    def f(w):
        loss = 0.0; grad = np.zeros(F)
        for Z, lw, y in G:
            s = Z @ w + lw
            m = s.max(); e = np.exp(s - m); p = e / e.sum()
            lse = m + np.log(e.sum())
            if obj == "any":
                ep = e[y]; lsp = m + np.log(ep.sum())
                loss += lse - lsp
                grad += p @ Z - (ep / ep.sum()) @ Z[y]
            else:
                k = y.sum()
                loss += lse - (s[y].sum()) / k   # lw of positives is 0
                grad += p @ Z - Z[y].mean(0)
        n = len(G)
        return loss / n + l2 * w @ w, grad / n + 2 * l2 * w
    r = minimize(f, np.zeros(F), jac=True, method="L-BFGS-B")
    return r.x / sd, r.fun

if __name__ == "__main__":
    TT = int(sys.argv[1]); obj = sys.argv[2]
    d = pickle.load(open(f"groups_nf_T{TT}.pkl", "rb"))
    for spec in sys.argv[3:]:
        name, feats = spec.split("=")
        feats = feats.split(",")
        cols = [NF.index(f) for f in feats]
        w, loss = fit([(X[:, cols], lw, y) for X, lw, y in d["groups"]], obj)
        print(name, "T", TT, obj, "loss", round(loss, 4), " ".join(f"{f}={x:+.3f}" for f, x in zip(feats, w)), flush=True)
        json.dump({"feats": feats, "w": list(map(float, w)), "trained_on": f"T={TT}, labels={TT} only, objective={obj}",
                   "lift": d["lift"], "clift": d["clift"]}, open(name + ".json", "w"), indent=1)
