"""python evaluate2.py T m_a.json,m_b.json [SUB]   (SUB: evaluate only every SUB-th query, for exploring)"""
import sys, time, json
from nf import *
T = int(sys.argv[1]); SUB = int(sys.argv[3]) if len(sys.argv) > 3 else 1
models = {}
for fn in [x for x in sys.argv[2].split(",") if x]:
    d = json.load(open(fn)); d["clift_t"] = {tuple(k.split("|")): v for k, v in d["clift"].items()}
    models[fn.replace(".json", "")] = d
p, pp = load()
s = Split(p, pp, T); extend(s, p, pp)
nf = node_feats(s)
sets = query_sets(s)
BASE = ["popularity", "CN", "AA", "RA"]

def rrf(scores, tb, k=60):
    out = np.zeros(len(tb))
    for sc in scores:
        order = np.lexsort((-tb, -sc)); r = np.empty(len(tb)); r[order] = np.arange(1, len(tb) + 1)
        out += 1.0 / (k + r)
    return out

def mix(a, b, ex, tb, ka):
    """top-10 = first ka of ranking a + best (10-ka) of ranking b not already shown; rest in a's order"""
    a = np.where(ex, -np.inf, a); b = np.where(ex, -np.inf, b)
    oa = np.lexsort((-tb, -a)); ob = np.lexsort((-tb, -b))
    top = list(oa[:ka]); seen = set(top)
    for c in ob:
        if len(top) >= 10: break
        if c not in seen: top.append(c); seen.add(c)
    sc = a.copy(); sc[np.array(top)] = 1e12 - np.arange(len(top))
    return sc

out = {}
print(f"T={T} known orgs={s.N} eligible={len(s.truth)} " + str({k: len(v) for k, v in sets.items()}), flush=True)
import os
ONLY = os.environ.get('ONLY')
for name, qs in sets.items():
    if ONLY and name != ONLY: continue
    qs = qs[::SUB]
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
            X = None; Xc = {}
            for mn, d in models.items():
                key = d["trained_on"][:6]
                if key not in Xc:
                    Xc[key] = feats_for(s, nf, st, j, q, np.array(d["lift"]), d["clift_t"])
                X = Xc[key]
                cols = [NF.index(f) for f in d["feats"]]
                meth[mn] = X[:, cols] @ np.array(d["w"])
            ex = np.zeros(s.N, bool); ex[excl] = True
            for mn in list(models):
                meth["RRF(%s,CN)" % mn] = rrf([np.where(ex, -1e18, meth[mn]), meth["CN"]], tb)
                meth["mix(%s7+pop3)" % mn] = mix(meth[mn], s.deg.astype(float), ex, tb, 7)
                meth["mix(%s7+CN3)" % mn] = mix(meth[mn], meth["CN"] + 1e-6 * s.deg, ex, tb, 7)
            tpr2 = X[:, NF.index("tpr2")] if X is not None else np.log1p(s.rp2 @ s.prof[q])
            meth["tpop2"] = tpr2
            meth["RRF(CN,AA,tpop2)"] = rrf([meth["CN"], meth["AA"], tpr2], tb)
            for m, sc in meth.items():
                r, _ = ranks_of(sc, tb, tr, excl)
                res[m].append(metrics(r, len(tr)))
    out[name] = {m: np.mean(v, 0).tolist() for m, v in res.items()}
    best = {k: max(out[name][bm][k] for bm in BASE) for k in range(4)}
    print(f"  {name} n={len(qs)}   (ratio = vs best of popularity/CN/AA/RA per metric)")
    for m, v in out[name].items():
        print(f"    {m:18s} " + " ".join(f"{n}={x:.3f}" for n, x in zip(MNAMES[:4], v)) + "  | ratios "
              + " ".join(f"{v[k]/best[k]:.2f}" for k in range(4)), flush=True)
json.dump(out, open(f"results2_T{T}_{'_'.join(models) or 'base'}_sub{SUB}.json", "w"), indent=1)
