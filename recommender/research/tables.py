"""python tables.py results2_T2018_....json [methods...]  -> markdown table with ratios to best baseline per metric"""
import sys, json
d = json.load(open(sys.argv[1])); keep = sys.argv[2:]
BASE = ["popularity", "CN", "AA", "RA"]; M = ["hit@10", "MRR", "nDCG@10", "P@10"]
for qs, res in d.items():
    best = [max(res[b][k] for b in BASE) for k in range(4)]
    print(f"\n{qs}\n| method | " + " | ".join(M) + " | ratio hit@10 | ratio MRR | ratio nDCG | ratio P@10 |")
    print("|---" * 9 + "|")
    for m in ["random"] + BASE + keep:
        v = res[m]
        print(f"| {m} | " + " | ".join(f"{v[k]:.3f}" for k in range(4)) + " | " + " | ".join(f"{v[k]/best[k]:.2f}" for k in range(4)) + " |")
