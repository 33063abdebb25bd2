"""python eval_p1.py T [SET] [SUB]  -> evalp1_T{T}_{SET}_sub{SUB}.json + stdout table
Same protocol as evaluate2.py / holdout.py (Split(T), query_sets, tb_key, ranks_of, metrics, exclusions);
only the methods random/popularity/CN/AA/RA + m1, c1, p1 are scored (no RRF/mix variants).
All three models share the same T=2017 type-lift table (asserted), so one feature matrix per query is used."""
import sys, json, time
from nf import *
T = int(sys.argv[1]); ONLY = sys.argv[2] if len(sys.argv) > 2 else None; SUB = int(sys.argv[3]) if len(sys.argv) > 3 else 1
MODELS = {}
for n in ["m1", "c1", "p1"]:
    d = json.load(open(n + ".json")); MODELS[n] = d
lift = np.array(MODELS["m1"]["lift"])
for d in MODELS.values():
    assert np.allclose(np.array(d["lift"]), lift)
clift = {tuple(k.split("|")): v for k, v in MODELS["c1"]["clift"].items()}
p, pp = load()
s = Split(p, pp, T); extend(s, p, pp)
nf = node_feats(s)
sets = query_sets(s)
BASE = ["popularity", "CN", "AA", "RA"]
print(f"T={T} known orgs={s.N} eligible={len(s.truth)} " + str({k: len(v) for k, v in sets.items()}), flush=True)
out = {}
for name, qs in sets.items():
    if ONLY and name != ONLY: continue
    qs = qs[::SUB]; t0 = time.time()
    res = defaultdict(list)
    for b in range(0, len(qs), 100):
        batch = qs[b:b + 100]
        st = batch_struct(s, batch)
        for j, q in enumerate(batch):
            excl = np.concatenate([[q], s.neighbours(q)])
            tb = tb_key(s, q); tr = s.truth[q]
            rng = np.random.default_rng(SEED + int(q))
            meth = {"random": rng.random(s.N), "popularity": s.deg.astype(float),
                    "CN": st["cn"][j], "AA": st["aa"][j], "RA": st["ra"][j]}
            X = feats_for(s, nf, st, j, q, lift, clift)
            for mn, d in MODELS.items():
                meth[mn] = X[:, [NF.index(f) for f in d["feats"]]] @ np.array(d["w"])
            for m, sc in meth.items():
                r, _ = ranks_of(sc, tb, tr, excl)
                res[m].append(metrics(r, len(tr)))
    out[name] = {m: np.mean(v, 0).tolist() for m, v in res.items()}
    best = {k: max(out[name][bm][k] for bm in BASE) for k in range(4)}
    print(f"  {name} n={len(qs)} (sub={SUB}) {time.time()-t0:.0f}s  (ratio = vs best of popularity/CN/AA/RA per metric)")
    for m, v in out[name].items():
        print(f"    {m:12s} " + " ".join(f"{n}={x:.3f}" for n, x in zip(MNAMES[:4], v)) + "  | ratios "
              + " ".join(f"{v[k]/best[k]:.2f}" for k in range(4)), flush=True)
json.dump(out, open(f"evalp1_T{T}_{ONLY or 'all'}_sub{SUB}.json", "w"), indent=1)
