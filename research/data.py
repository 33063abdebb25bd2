"""The CORDIS tables the research reads, straight from the shared CSV files."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from importers import calls

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


def call_family(code: str) -> str:
    """A call topic's narrowest family, as the importer makes them (importers/calls.py):
    ``DT-ICT-08-2019`` -> ``DT-ICT``, ``HORIZON-CL5-2021-D2-01-01`` -> ``HORIZON-CL5-D2``;
    "" for none."""
    found = calls.families(code) if code else []
    return found[0] if found else ""


def call_families(code: str) -> list[str]:
    """Every family of a call topic code, narrowest first."""
    return calls.families(code) if code else []


def h2020_projects() -> pd.DataFrame:
    """H2020 projects by ``rcn`` (those the rcn-grant map links): acronym, title, call topic
    code and description, type of action, thematic area, and the call family."""
    projects = pd.read_csv(H2020 / "projects.csv.gz")
    links = pd.read_csv(H2020 / "rcn_grant_map.csv.gz")
    out = links.merge(projects, on="grant_id", how="inner").drop_duplicates("rcn")
    out["topic"] = out["topic"].fillna("").astype(str)
    out["family"] = out["topic"].map(call_family)
    for column in ("acronym", "title", "topic_description", "type_of_action", "thema"):
        out[column] = out[column].fillna("").astype(str)
    # The graph keeps a call topic's description only where it says more than the code.
    out.loc[out["topic_description"] == out["topic"], "topic_description"] = ""
    return out.set_index("rcn")


# The complete Horizon Europe data (December 2025), which supersedes the partial files.
HE = DATA / "cordis-horizon-europe" / "2025-12"


def he_participations() -> pd.DataFrame:
    """Horizon Europe ``projectID, pic, country``, one row per organisation and project."""
    p = pd.read_csv(HE / "organizations.csv.gz", usecols=["projectID", "organisationID", "country"])
    p = p.rename(columns={"organisationID": "pic"}).drop_duplicates(["projectID", "pic"])
    return p[["projectID", "pic", "country"]]


def he_topics() -> pd.DataFrame:
    """Horizon Europe ``projectID`` -> call topic code, its title, call year and family."""
    t = pd.read_csv(HE / "projects.csv.gz", usecols=["projectID", "topics", "topicTitles"])
    t = t.rename(columns={"topics": "topic", "topicTitles": "title"}).drop_duplicates("projectID")
    t["year"] = t["topic"].str.extract(r"-(20\d\d)-")[0].astype(float)
    t["family"] = t["topic"].map(call_family)
    return t.set_index("projectID")
