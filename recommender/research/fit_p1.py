"""python fit_p1.py  -> p1.json (production feature set + cnrec, objective 'any', T=2017 / labels 2017 only)
Reuses groups_nf_T2017.pkl (train2.py 2017) and fit3.fit; type-lift table = the cached T=2017 table (identical to m1's)."""
import pickle, json
import numpy as np
from nf import NF
from fit3 import fit
FE = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift", "cnrec"]
d = pickle.load(open("groups_nf_T2017.pkl", "rb"))
m1 = json.load(open("m1.json"))
assert np.allclose(np.array(d["lift"]), np.array(m1["lift"])), "cache lift != m1 lift"
cols = [NF.index(f) for f in FE]
groups = [(X[:, cols], lw, y) for X, lw, y in d["groups"]]
del d
w, loss = fit(groups, "any")
print("p1 T 2017 any loss", round(loss, 4), " ".join(f"{f}={x:+.4f}" for f, x in zip(FE, w)), flush=True)
json.dump({"feats": FE, "w": list(map(float, w)), "lift": m1["lift"]}, open("p1.json", "w"), indent=1)
