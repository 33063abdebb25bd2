"""python rerank.py build T [labels]   -> rr_T{T}.pkl : for every query of Split(T) (labels: year T only, or
                                           'all' = every year from T), the top-300 candidates by p1 with
                                           the 23 nf features + query features, and labels.
   python rerank.py fit NAME pkl feats [trees leaves lr]  -> NAME.txt (LightGBM lambdarank re-ranker)
   python rerank.py eval T SET SUB NAME[,NAME]            -> hit@10 / MRR of p1 and of p1 re-ranked."""
import sys, json, pickle, time
from nf import *
TOP = 300
QF = ["qdeg", "qnproj", "qrecent", "qkind", "p1score", "p1rank"]
p1 = json.load(open("p1.json")); LIFT = np.array(p1["lift"]); P1C = [NF.index(f) for f in p1["feats"]]
CLIFT = {tuple(k.split("|")): v for k, v in json.load(open("c1.json"))["clift"].items()}

def rows_for(s, nf, st, j, q):
    X = feats_for(s, nf, st, j, q, LIFT, CLIFT)
    sc = X[:, P1C] @ np.array(p1["w"])
    sc[q] = -np.inf; sc[s.neighbours(q)] = -np.inf
    top = np.argsort(-sc, kind="stable")[:TOP]
    Q = np.column_stack([np.full(TOP, np.log1p(s.deg[q])), np.full(TOP, np.log1p(s.nproj[q])),
                         np.full(TOP, np.log1p(s.recent[q])), np.full(TOP, nf["tcode"][q]),
                         sc[top] - sc[top[0]], np.log1p(np.arange(TOP))])
    return top, np.hstack([X[top], Q]), sc

cmd = sys.argv[1]
if cmd == "build":
    T = int(sys.argv[2]); lab = sys.argv[3] if len(sys.argv) > 3 else "one"
    p, pp = load(); s = Split(p, pp, T, label_years=None if lab == "all" else list(range(T, int(lab[4:]) + 1)) if lab.startswith("upto") else [T]); extend(s, p, pp); nf = node_feats(s)
    qs = np.array(sorted(s.truth)); out = []; t0 = time.time()
    for b in range(0, len(qs), 100):
        batch = qs[b:b + 100]; st = batch_struct(s, batch)
        for j, q in enumerate(batch):
            top, Z, _ = rows_for(s, nf, st, j, q)
            out.append((Z.astype(np.float32), np.isin(top, s.truth[q])))
    pickle.dump(out, open(f"rr_T{T}_{lab}.pkl", "wb")); print("built", len(out), f"{time.time()-t0:.0f}s")
elif cmd == "fit":
    import lightgbm as lgb
    NAME, PKL, FE = sys.argv[2], sys.argv[3], sys.argv[4].split(",")
    TREES = int(sys.argv[5]) if len(sys.argv) > 5 else 300; LEAVES = int(sys.argv[6]) if len(sys.argv) > 6 else 15
    LR = float(sys.argv[7]) if len(sys.argv) > 7 else 0.05
    ALLF = NF + QF; cols = [ALLF.index(f) for f in FE]
    data = [g for g in pickle.load(open(PKL, "rb")) if g[1].any()]
    ds = lgb.Dataset(np.vstack([Z[:, cols] for Z, _ in data]), np.concatenate([y for _, y in data]).astype(int),
                     group=[len(y) for _, y in data], feature_name=FE)
    params = dict(objective="lambdarank", lambdarank_truncation_level=30, eval_at=[10], num_leaves=LEAVES, learning_rate=LR,
                  min_data_in_leaf=100, feature_fraction=0.9, bagging_fraction=0.8, bagging_freq=1, verbose=-1, num_threads=2, seed=1)
    m = lgb.train(params, ds, num_boost_round=TREES); m.save_model(NAME + ".txt")
    print(NAME, "groups", len(data), dict(zip(FE, m.feature_importance("gain").round(0).tolist())))
elif cmd == "eval":
    import lightgbm as lgb
    T, SET, SUB = int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    models = {n: lgb.Booster(model_file=n + ".txt") for n in sys.argv[5].split(",")}
    ALLF = NF + QF
    p, pp = load(); s = Split(p, pp, T); extend(s, p, pp); nf = node_feats(s)
    qs = query_sets(s)[SET][::SUB]; res = defaultdict(list)
    for b in range(0, len(qs), 100):
        batch = qs[b:b + 100]; st = batch_struct(s, batch)
        for j, q in enumerate(batch):
            top, Z, sc = rows_for(s, nf, st, j, q)
            tr = set(s.truth[q].tolist()); tb = tb_key(s, q)
            excl = np.concatenate([[q], s.neighbours(q)])
            r, _ = ranks_of(sc, tb, s.truth[q], excl); res["p1"].append(metrics(r, len(tr))[:2])
            r, _ = ranks_of(st["aa"][j], tb, s.truth[q], excl); res["AA"].append(metrics(r, len(tr))[:2])
            for n, m in models.items():
                z = m.predict(Z[:, [ALLF.index(f) for f in m.feature_name()]], num_threads=1)
                order = top[np.argsort(-z, kind="stable")]
                rk = [i + 1 for i, c in enumerate(order) if c in tr]
                f = rk[0] if rk else 10**6
                res[n].append(np.array([float(f <= 10), 1.0 / f if f <= 100 else 0.0]))
    print(f"T={T} {SET} n={len(qs)}")
    for n, v in res.items():
        v = np.mean(v, 0); print(f"    {n:8s} hit@10={v[0]:.3f} MRR@100={v[1]:.3f}", flush=True)
