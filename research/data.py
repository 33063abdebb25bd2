"""The CORDIS tables the research reads, straight from the shared CSV files."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("CLUSTERGRAPH_SHARED_DATA", ROOT.parent / "shared" / "data"))
H2020 = DATA / "cordis-h2020"


def participations() -> pd.DataFrame:
    """H2020 participations with a start year (``rcn, role, pic, type, country, start_year``)."""
    p = pd.read_csv(H2020 / "participations.csv.gz")
    p = p.dropna(subset=["start_year"])
    p["start_year"] = p["start_year"].astype(int)
    return p


def programme_parts() -> pd.DataFrame:
    """``rcn, programme_part``: a project can have several."""
    return pd.read_csv(H2020 / "programme_parts.csv.gz")
