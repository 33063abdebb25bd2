"""python eval_div.py T SET SUB model  -> diversity re-rank variants of one model (protocol of eval_p1.py).
anchor(c) = argmax_p W[q,p] W[p,c] / ln(max(deg p, 2)) over q's partners p (none when cn = 0);
greedy: after CAP chosen with the same anchor, each further one loses PEN * excess (production diversify)."""
import sys, json, time
from nf import *
T = int(sys.argv[1]); ONLY = sys.argv[2]; SUB = int(sys.argv[3]); NAME = sys.argv[4]
VARIANTS = [(3, 0.5), (2, 0.5), (1, 0.5), (2, 1.0), (1, 1.0), (1, 0.25), (2, 0.25), (1, 2.0)]
d = json.load(open(NAME + ".json"))
lift = np.array(json.load(open("m1.json"))["lift"])
clift = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}
p, pp = load()
s = Split(p, pp, T); extend(s, p, pp)
nf = node_feats(s)
sets = query_sets(s)
inv_log = 1.0 / np.log(np.maximum(s.deg, 2))
BASE = ["popularity", "CN", "AA", "RA"]

def rerank(sc, anchor, cap, pen, k=100):
    top = list(np.argsort(-sc, kind="stable")[:k])
    counts, out = {}, []
    while top:
        best, bi = None, 0
        for i, c in enumerate(top):
            if best is not None and sc[c] < best: break
            a = anchor.get(c); ex = counts.get(a, 0) + 1 - cap if a is not None else 0
            v = sc[c] - (pen * ex if ex > 0 else 0)
            if best is None or v > best: best, bi = v, i
        c = top.pop(bi); a = anchor.get(c)
        if a is not None: counts[a] = counts.get(a, 0) + 1
        out.append(c)
    return out

for name, qs in sets.items():
    if ONLY != "*" and name != ONLY: continue
    qs = qs[::SUB]; t0 = time.time()
    res = defaultdict(list)
    for q, st, j, X, excl, tb, tr in each_query(s, nf, qs, lift, clift):
        sc = X[:, [NF.index(f) for f in d["feats"]]] @ np.array(d["w"])
        r, _ = ranks_of(sc, tb, tr, excl)
        res["none"].append(metrics(r, len(tr)))
        sc2 = sc.copy(); sc2[excl] = -np.inf
        top = np.argsort(-sc2, kind="stable")[:100]
        nb = s.neighbours(q)
        wq = np.asarray(s.W[q, nb].todense()).ravel() * inv_log[nb]
        M = s.W[nb][:, top].toarray() * wq[:, None]
        anchor = {int(c): int(nb[M[:, i].argmax()]) for i, c in enumerate(top) if len(nb) and M[:, i].max() > 0}
        trs = set(tr.tolist())
        for cap, pen in VARIANTS:
            lst = rerank(sc2, anchor, cap, pen)
            rk = [i + 1 for i, c in enumerate(lst) if c in trs]
            first = rk[0] if rk else 10**6
            res[f"cap{cap} pen{pen}"].append(np.array([float(first <= 10), 1.0 / first if first <= 100 else 0.0]))
    print(f"T={T} {name} n={len(qs)} {NAME} {time.time()-t0:.0f}s")
    for m, v in res.items():
        v = np.mean([x[:2] for x in v], 0)
        print(f"    {m:14s} hit@10={v[0]:.3f} MRR@100={v[1]:.3f}", flush=True)
