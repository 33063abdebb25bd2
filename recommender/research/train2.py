"""python train2.py TTRAIN  -> caches groups_nf_T{TTRAIN}.pkl (labels = year TTRAIN only)"""
import sys, time, pickle, json
from nf import *
from model import fit
TT = int(sys.argv[1])
p, pp = load()
t0 = time.time()
s = Split(p, pp, TT, label_years=[TT]); extend(s, p, pp)
print("split", s.N, len(s.truth), s.Prw.nnz, f"{time.time()-t0:.1f}s", flush=True)
lift = type_lift(s); clift = country_lift(s)
groups = build_training(s, lift, clift)
print("groups", len(groups), sum(len(g[2]) for g in groups), f"{time.time()-t0:.1f}s", flush=True)
pickle.dump({"groups": groups, "lift": lift.tolist(), "clift": {f"{a}|{b}": v for (a, b), v in clift.items()}},
            open(f"groups_nf_T{TT}.pkl", "wb"))
