"""python gbm.py NAME feats [trees leaves]  -> NAME.txt LightGBM lambdarank model (research only).
Training: groups_nf_T2017.pkl (labels 2017 only) + the query's ln(1+deg) as feature 'qdeg'."""
import sys, pickle
import numpy as np
import lightgbm as lgb
from nf import NF
from holdout import load, Split
NAME = sys.argv[1]; FE = sys.argv[2].split(",")
TREES = int(sys.argv[3]) if len(sys.argv) > 3 else 200; LEAVES = int(sys.argv[4]) if len(sys.argv) > 4 else 15
p, pp = load()
s = Split(p, pp, 2017, label_years=[2017])
rng = np.random.default_rng(1)
qs = np.sort(rng.choice(np.array(sorted(s.truth)), size=min(1500, len(s.truth)), replace=False))
d = pickle.load(open("groups_nf_T2017.pkl", "rb"))
cols = [NF.index(f) for f in FE if f != "qdeg"]
Xs, ys, gs, ws = [], [], [], []
for (X, lw, y), q in zip(d["groups"], qs):
    Z = X[:, cols]
    if "qdeg" in FE:
        Z = np.hstack([Z, np.full((len(Z), 1), np.log1p(s.deg[q]))])
    Xs.append(Z); ys.append(y.astype(int)); gs.append(len(y)); ws.append(np.exp(lw) / np.exp(lw).sum() * len(y))
OBJ = sys.argv[5] if len(sys.argv) > 5 else 'lambdarank'
ds = lgb.Dataset(np.vstack(Xs), np.concatenate(ys), group=gs if OBJ == 'lambdarank' else None, weight=None if OBJ == 'lambdarank' else np.concatenate(ws), feature_name=[f for f in FE if f != "qdeg"] + (["qdeg"] if "qdeg" in FE else []))
params = dict(objective=OBJ, lambdarank_truncation_level=20, eval_at=[10], num_leaves=LEAVES,
              learning_rate=0.05, min_data_in_leaf=200, feature_fraction=0.9, bagging_fraction=0.8, bagging_freq=1,
              verbose=-1, num_threads=2, seed=1)
m = lgb.train(params, ds, num_boost_round=TREES)
m.save_model(NAME + ".txt")
print(NAME, "saved", dict(zip(m.feature_name(), m.feature_importance("gain").round(0))))
