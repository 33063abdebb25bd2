"""The k-fold network of bench/scale_network.py: deterministic, k regions, hubs shared."""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from bench.scale_network import CROSS, HUB_REUSE, OFFSET, OTHER_REUSE, Regions, generate, rows

PARTICIPATIONS = "rcn,role,pic,type,contribution,country,start_date\n" + "".join(
    f"{100 + p},{'coordinator' if i == 0 else 'participant'},{pic},PRC,1000,LU,2019-01-01\n"
    for p, members in enumerate([[1, 2, 3], [1, 4], [1, 5, 6, 7], [8, 9]])
    for i, pic in enumerate(f"{900000000 + m}" for m in members)
)
NAMES = "pic,name,shortName,activityType,country,city\n" + "".join(
    f"{900000000 + m},ORG {m},O{m},PRC,LU,Luxembourg\n" for m in range(1, 10)
)
GRANTS = "rcn,grant_id,method\n" + "".join(
    f"{100 + p},{800000 + p},maxc unique\n" for p in range(4)
)


def data(folder: Path) -> Path:
    folder.mkdir()
    with gzip.open(folder / "participations.csv.gz", "wt", encoding="utf-8") as handle:
        handle.write(PARTICIPATIONS)
    with gzip.open(folder / "rcn_grant_map.csv.gz", "wt", encoding="utf-8") as handle:
        handle.write(GRANTS)
    (folder / "organizations.csv").write_text(NAMES, encoding="utf-8")
    return folder


def test_k_copies_with_their_own_ids_and_the_hub_shared(tmp_path: Path) -> None:
    source = data(tmp_path / "real")
    total = generate(3, 7, tmp_path / "k3", source)
    parts = list(rows(tmp_path / "k3" / "participations.csv.gz"))
    assert len(parts) == 3 * 11
    # copy 0 is the real network, row for row
    assert [r["pic"] for r in parts[:11]] == [
        r["pic"] for r in csv.DictReader(PARTICIPATIONS.splitlines())
    ]
    # the other copies have projects of their own, offset by c x 10^9
    assert {r["rcn"] for r in parts[11:22]} == {str(OFFSET + 100 + p) for p in range(4)}
    assert {r["rcn"] for r in parts[22:]} == {str(2 * OFFSET + 100 + p) for p in range(4)}
    grants = list(rows(tmp_path / "k3" / "rcn_grant_map.csv.gz"))
    assert {(r["rcn"], r["grant_id"]) for r in grants[4:8]} == {
        (str(OFFSET + 100 + p), str(OFFSET + 800000 + p)) for p in range(4)
    }
    # every organisation of a copy is either the real one or a twin named after its region
    twins = {r["pic"]: r["name"] for r in rows(tmp_path / "k3" / "organizations.csv")}
    for row in parts[11:]:
        assert int(row["pic"]) % OFFSET in range(900000001, 900000010)
        if int(row["pic"]) > OFFSET:
            assert twins[row["pic"]].endswith(f"(R{int(row['pic']) // OFFSET})")
    assert total == len(parts) + len(grants) + len(twins)


def test_same_seed_same_files(tmp_path: Path) -> None:
    source = data(tmp_path / "real")
    generate(4, 11, tmp_path / "a", source)
    generate(4, 11, tmp_path / "b", source)
    for name in ("participations.csv.gz", "organizations.csv", "rcn_grant_map.csv.gz"):
        assert list(rows(tmp_path / "a" / name)) == list(rows(tmp_path / "b" / name))
    generate(4, 12, tmp_path / "c", source)
    assert list(rows(tmp_path / "a" / "participations.csv.gz")) != list(
        rows(tmp_path / "c" / "participations.csv.gz")
    )


def test_hubs_serve_half_the_regions_and_three_percent_of_rows_cross() -> None:
    regions = Regions(k=2000, seed=7, hubs=frozenset({"900000001"}))
    copies = range(1, 2000)
    hub = sum(regions.reuses("900000001", c) for c in copies) / len(copies)
    other = sum(regions.reuses("900000002", c) for c in copies) / len(copies)
    assert abs(hub - HUB_REUSE) < 0.05
    assert abs(other - OTHER_REUSE) < 0.02
    elsewhere = [regions.participant("900000002", 5, f"h{line}") for line in range(4000)]
    own = {"900000002", str(5 * OFFSET + 900000002)}
    assert abs(sum(pic not in own for pic in elsewhere) / 4000 - CROSS * (1 - OTHER_REUSE)) < 0.01
