"""python oracle.py T -> oracle_p1_T{T}.json, oracle_c1ish_T{T}.json: an UPPER BOUND, not a model.
Fits p1's features (and p1 + tpr2, cpair, rw3) with the 'any' objective on the evaluated split itself
(labels = every year from T on): the best any weights of these features could do on those outcomes."""
import sys, json, time

from nf import *
from model import type_lift
from fit3 import fit
FE = ["cn", "aa", "wp", "twohop", "deg", "recent", "growth", "coord", "topic", "country", "typelift", "cnrec"]
FE2 = FE + ["tpr2", "cpair", "rw3"]
p, pp = load(); t0 = time.time()
T = int(sys.argv[1]); s = Split(p, pp, T); extend(s, p, pp)
p1 = json.load(open("p1.json")); lift = np.array(p1["lift"])
clift = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}
groups = build_training(s, lift, clift)
print("built", len(groups), f"{time.time()-t0:.0f}s", flush=True)
for name, fe in [("oracle_p1", FE), ("oracle_c1ish", FE2)]:
    cols = [NF.index(f) for f in fe]
    w, loss = fit([(X[:, cols], lw, y) for X, lw, y in groups], "any")
    print(name, round(loss, 4), " ".join(f"{f}={x:+.3f}" for f, x in zip(fe, w)), flush=True)
    json.dump({"feats": fe, "w": list(map(float, w))}, open(f"{name}_T{T}.json", "w"))
