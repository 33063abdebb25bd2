import sys, time, json, pickle, os
from model import *
import holdout
holdout.THREE = os.environ.get("THREE") == "1"
p, pp = load()
t0 = time.time()
cache = "train_groups%s.pkl" % ("3" if holdout.THREE else "")
if os.path.exists(cache):
    groups = pickle.load(open(cache, "rb")); lift = pickle.load(open(cache + ".lift", "rb"))
else:
    s = Split(p, pp, 2017, label_years=[2017])
    lift = type_lift(s)
    groups = build_training(s, lift)
    pickle.dump(groups, open(cache, "wb")); pickle.dump(lift, open(cache + ".lift", "wb"))
print("groups", len(groups), f"{time.time()-t0:.1f}s", flush=True)
for spec in sys.argv[1:]:
    name, feats = spec.split("=")
    feats = feats.split(",")
    cols = [FEATS.index(f) for f in feats]
    w, loss = fit([(X[:, cols], lw, y) for X, lw, y in groups])
    print(name, "loss", round(loss, 4), " ".join(f"{f}={x:+.3f}" for f, x in zip(feats, w)), flush=True)
    json.dump({"feats": feats, "w": list(map(float, w)), "lift": lift.tolist()}, open(name + ".json", "w"), indent=1)
