"""python fit2.py TTRAIN name=feat,feat,... ...   -> name.json (weights on raw features; score = X @ w)"""
import sys, pickle, json
from nf import NF
from model import fit
import numpy as np
TT = int(sys.argv[1])
d = pickle.load(open(f"groups_nf_T{TT}.pkl", "rb"))
for spec in sys.argv[2:]:
    name, feats = spec.split("=")
    feats = feats.split(",")
    cols = [NF.index(f) for f in feats]
    w, loss = fit([(X[:, cols].astype(np.float64), lw, y) for X, lw, y in d["groups"]])
    print(name, "T", TT, "loss", round(loss, 4), " ".join(f"{f}={x:+.3f}" for f, x in zip(feats, w)), flush=True)
    json.dump({"feats": feats, "w": list(map(float, w)), "trained_on": f"T={TT}, labels={TT} only",
               "lift": d["lift"], "clift": d["clift"]}, open(name + ".json", "w"), indent=1)
