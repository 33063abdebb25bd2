"""python qint.py  -> q1.json: p1's features with weights that depend on the query's degree.
score = sum_f (w_f + v_f * g) x_f,  g = ln(1 + deg_q) - G0  (G0 = training mean).
Fitted like p1 (fit3.fit, objective 'any', T=2017 / labels 2017 only, groups_nf_T2017.pkl).
The training queries are re-derived exactly as nf.build_training draws them (seed 1)."""
import sys, pickle, json
import numpy as np
from nf import NF
from holdout import load, Split
from fit3 import fit
FE = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift", "cnrec"]
p, pp = load()
s = Split(p, pp, 2017, label_years=[2017])
rng = np.random.default_rng(1)
qs = np.sort(rng.choice(np.array(sorted(s.truth)), size=min(1500, len(s.truth)), replace=False))
d = pickle.load(open("groups_nf_T2017.pkl", "rb"))
assert len(d["groups"]) == len(qs)
g = np.log1p(s.deg[qs].astype(float)); G0 = float(g.mean())
cols = [NF.index(f) for f in FE]
INT = sys.argv[1].split(",") if len(sys.argv) > 1 else FE
icols = [FE.index(f) for f in INT]
groups = []
for (X, lw, y), gq in zip(d["groups"], g - G0):
    Z = X[:, cols].astype(np.float64)
    groups.append((np.hstack([Z, Z[:, icols] * gq]), lw, y))
del d
w, loss = fit(groups, "any")
print("q1 loss", round(loss, 4), "G0", round(G0, 3))
for f, a in zip(FE, w[:len(FE)]): print(f"  {f:9s} {a:+.4f}")
for f, a in zip(INT, w[len(FE):]): print(f"  {f:9s}*g {a:+.4f}")
m1 = json.load(open("m1.json"))
json.dump({"feats": FE, "w": list(map(float, w[:len(FE)])), "qfeats": INT, "v": list(map(float, w[len(FE):])),
           "g0": G0, "lift": m1["lift"]}, open("q1.json", "w"), indent=1)
