"""What a call topic code says: its call year, its families and its programme part.

Call topic codes name the work programme they belong to: ``DT-ICT-08-2019`` is topic 8 of
the ``DT-ICT`` line of 2019, ``HORIZON-CL5-2021-D2-01-01`` a 2021 topic of destination D2 of
Horizon Europe's cluster 5. Topics sharing a code prefix form a *family*; the years, call
numbers and topic numbers are dropped from it, so ``HORIZON-CL5-2021-D2-01-01`` and
``HORIZON-CL5-2023-D2-01-05`` share the family ``HORIZON-CL5-D2``, inside the broader
family ``HORIZON-CL5``.
"""

from __future__ import annotations

import re

_YEAR = re.compile(r"20\d\d")
# Call numbers inside Clean Sky codes (JTI-CS2-2018-CfP08-AIR-03-04): not a theme.
_CALL_NUMBER = re.compile(r"cfp\d+", re.IGNORECASE)

# Horizon Europe programme parts, by the code segment after ``HORIZON-`` (or the first one).
HORIZON_PARTS: dict[str, tuple[str, str]] = {
    "HLTH": ("CL1", "Cluster 1: Health"),
    "CL2": ("CL2", "Cluster 2: Culture, creativity and inclusive society"),
    "CL3": ("CL3", "Cluster 3: Civil security for society"),
    "CL4": ("CL4", "Cluster 4: Digital, industry and space"),
    "EUSPA": ("CL4", "Cluster 4: Digital, industry and space"),
    "CL5": ("CL5", "Cluster 5: Climate, energy and mobility"),
    "CL6": (
        "CL6",
        "Cluster 6: Food, bioeconomy, natural resources, agriculture and environment",
    ),
    "ERC": ("ERC", "European Research Council: frontier research"),
    "MSCA": ("MSCA", "Marie Skłodowska-Curie actions: researchers' skills and mobility"),
    "INFRA": ("INFRA", "Research infrastructures"),
    "EIC": ("EIC", "European Innovation Council"),
    "EIE": ("EIE", "European innovation ecosystems"),
    "EIT": ("EIT", "European Institute of Innovation and Technology"),
    "WIDERA": ("WIDERA", "Widening participation and strengthening the European Research Area"),
    "MISS": ("MISS", "EU missions"),
    "EURATOM": ("EURATOM", "Euratom research and training programme"),
    "JU": ("JU", "European partnerships: joint undertakings"),
    "JTI": ("JU", "European partnerships: joint undertakings"),
    "KDT": ("JU", "European partnerships: joint undertakings"),
    "SESAR": ("JU", "European partnerships: joint undertakings"),
    "EUROHPC": ("JU", "European partnerships: joint undertakings"),
    "ER": ("JU", "European partnerships: joint undertakings"),
}


def call_year(code: str) -> int | None:
    """The work-programme year a code names (its first 20xx segment), if any."""
    for segment in code.split("-"):
        if _YEAR.fullmatch(segment):
            return int(segment)
    return None


def families(code: str) -> list[str]:
    """The code's families, narrowest first: ``HORIZON-CL5-2021-D2-01-01`` gives
    ``['HORIZON-CL5-D2', 'HORIZON-CL5']``, ``DT-ICT-08-2019`` gives ``['DT-ICT']``.

    The narrowest family is the leading run of segments that do not start with a digit,
    with years and call numbers left out, upper-cased (codes spell ``CoG`` and ``COG``
    alike); each shorter prefix of two segments or more is a broader family. A code whose
    first kept segment starts with a digit has none.
    """
    kept: list[str] = []
    for segment in code.strip().split("-"):
        if _YEAR.fullmatch(segment) or _CALL_NUMBER.fullmatch(segment):
            continue
        if not segment or segment[0].isdigit():
            break
        kept.append(segment.upper())
    if not kept:
        return []
    shortest = min(len(kept), 2)
    return ["-".join(kept[:length]) for length in range(len(kept), shortest - 1, -1)]


def horizon_part(code: str) -> tuple[str, str] | None:
    """The Horizon Europe programme part (code, name) of a Horizon Europe call topic code."""
    segments = code.strip().upper().split("-")
    key = segments[1] if segments[0] == "HORIZON" and len(segments) > 1 else segments[0]
    return HORIZON_PARTS.get(key)
