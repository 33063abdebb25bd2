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


# Call families people know by name: the destinations of Horizon Europe's clusters, its
# partnerships, missions and schemes, and the ERC's grants. A family whose code starts with
# one of these codes (whole segments) has its name: HORIZON-JU-CBE-IA is Circular Bio-based
# Europe's. The web page names them in French and German (web/src/i18n/topics.ts).
FAMILY_NAMES: dict[str, str] = {
    "HORIZON-HLTH-STAYHLTH": "Staying healthy in a rapidly changing society",
    "HORIZON-HLTH-ENVHLTH": "Living and working in a health-promoting environment",
    "HORIZON-HLTH-DISEASE": "Tackling diseases and reducing disease burden",
    "HORIZON-HLTH-CARE": "Access to innovative, sustainable and high-quality health care",
    "HORIZON-HLTH-TOOL": "New tools, technologies and digital solutions for a healthy society",
    "HORIZON-HLTH-IND": "An innovative, sustainable and competitive health industry",
    "HORIZON-HLTH-CORONA": "Coronavirus research",
    "HORIZON-CL2-DEMOCRACY": "Democracy and governance",
    "HORIZON-CL2-HERITAGE": "European cultural heritage and the cultural and creative industries",
    "HORIZON-CL2-HERITAGE-ECCCH": "European Collaborative Cloud for Cultural Heritage",
    "HORIZON-CL2-TRANSFORMATIONS": "Social and economic transformations",
    "HORIZON-CL3-FCT": "Fighting crime and terrorism",
    "HORIZON-CL3-BM": "Border management",
    "HORIZON-CL3-INFRA": "Resilient infrastructure",
    "HORIZON-CL3-CS": "Cybersecurity",
    "HORIZON-CL3-DRS": "A disaster-resilient society",
    "HORIZON-CL3-SSRI": "Strengthened security research and innovation",
    "HORIZON-CL4-TWIN-TRANSITION": "Climate-neutral, circular and digitised production",
    "HORIZON-CL4-RESILIENCE": "Key strategic value chains for a resilient industry",
    "HORIZON-CL4-DATA": "Data and computing technologies",
    "HORIZON-CL4-DIGITAL-EMERGING": "Digital and emerging technologies",
    "HORIZON-CL4-SPACE": "Space infrastructures, services, applications and data",
    "HORIZON-CL4-HUMAN": "Human-centred and ethical digital and industrial technologies",
    "HORIZON-EUSPA": "EU Space Programme Agency",
    "HORIZON-CL5-D1": "Climate sciences and responses",
    "HORIZON-CL5-D2": "Cross-sectoral solutions for the climate transition",
    "HORIZON-CL5-D3": "Sustainable, secure and competitive energy supply",
    "HORIZON-CL5-D4": "Efficient, sustainable and inclusive energy use",
    "HORIZON-CL5-D5": "Clean and competitive solutions for all transport modes",
    "HORIZON-CL5-D6": "Safe, resilient transport and smart mobility services",
    "HORIZON-CL6-BIODIV": "Biodiversity and ecosystem services",
    "HORIZON-CL6-FARM2FORK": "Fair, healthy and environment-friendly food systems",
    "HORIZON-CL6-CIRCBIO": "Circular economy and bioeconomy",
    "HORIZON-CL6-ZEROPOLLUTION": "Clean environment and zero pollution",
    "HORIZON-CL6-CLIMATE": "Land, ocean and water for climate action",
    "HORIZON-CL6-COMMUNITIES": "Resilient rural, coastal and urban communities",
    "HORIZON-CL6-GOVERNANCE": "Governance, environmental observation and digital solutions",
    "HORIZON-JTI-CLEANH2": "Clean Hydrogen Partnership",
    "HORIZON-JU-CLEAN-AVIATION": "Clean Aviation",
    "HORIZON-JU-CBE": "Circular Bio-based Europe",
    "HORIZON-JU-IHI": "Innovative Health Initiative",
    "HORIZON-JU-GH-EDCTP3": "Global Health EDCTP3",
    "HORIZON-JU-SNS": "Smart Networks and Services for 6G",
    "HORIZON-JU-CHIPS": "Chips Joint Undertaking",
    "HORIZON-KDT": "Key Digital Technologies",
    "HORIZON-SESAR": "SESAR: air traffic management",
    "HORIZON-EUROHPC": "EuroHPC: high-performance computing",
    "HORIZON-ER": "Europe's Rail",
    "HORIZON-MISS-OCEAN": "Mission: restore our ocean and waters",
    "HORIZON-MISS-SOIL": "Mission: a soil deal for Europe",
    "HORIZON-MISS-CANCER": "Mission: cancer",
    "HORIZON-MISS-CLIMA": "Mission: adaptation to climate change",
    "HORIZON-MISS-CIT": "Mission: climate-neutral and smart cities",
    "HORIZON-MISS-NEB": "New European Bauhaus",
    "HORIZON-MSCA-PF": "Marie Skłodowska-Curie postdoctoral fellowships",
    "HORIZON-MSCA-DN": "Marie Skłodowska-Curie doctoral networks",
    "HORIZON-MSCA-SE": "Marie Skłodowska-Curie staff exchanges",
    "HORIZON-MSCA-COFUND": "Marie Skłodowska-Curie co-funding of programmes",
    "HORIZON-MSCA-CITIZENS": "European Researchers' Night",
    "HORIZON-EIC-PATHFINDEROPEN": "EIC Pathfinder Open",
    "HORIZON-EIC-PATHFINDERCHALLENGES": "EIC Pathfinder Challenges",
    "HORIZON-EIC-TRANSITIONOPEN": "EIC Transition Open",
    "HORIZON-EIC-TRANSITIONCHALLENGES": "EIC Transition Challenges",
    "HORIZON-EIC-ACCELERATOR": "EIC Accelerator",
    "HORIZON-EIC-ACCELERATOROPEN": "EIC Accelerator Open",
    "HORIZON-EIC-ACCELERATORCHALLENGES": "EIC Accelerator Challenges",
    "HORIZON-WIDERA-ACCESS": "Widening participation and spreading excellence",
    "HORIZON-WIDERA-TALENTS": "ERA Talents",
    "HORIZON-WIDERA-ERA": "Reforming and enhancing the European R&I system",
    "HORIZON-INFRA-EOSC": "European Open Science Cloud",
    "ERC-STG": "ERC Starting Grants",
    "ERC-COG": "ERC Consolidator Grants",
    "ERC-ADG": "ERC Advanced Grants",
    "ERC-SYG": "ERC Synergy Grants",
    "ERC-POC": "ERC Proof of Concept",
    "ERC-POC1": "ERC Proof of Concept",
    "ERC-POC2": "ERC Proof of Concept",
    # Horizon 2020's transport calls (Smart, green and integrated transport), whose codes
    # start with a line of the work programme
    "ART": "Automated road transport",
    "GV": "Green vehicles",
    "LC-GV": "Green vehicles for a low-carbon future",
    "MG": "Mobility for growth",
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


def family_name(family: str) -> str | None:
    """The name of a call family (see :data:`FAMILY_NAMES`): that of the longest code it
    starts with, whole segments ("HORIZON-JU-CBE-IA": Circular Bio-based Europe; "MG":
    Mobility for growth); None for a broad family (HORIZON-CL5) or one without a known name."""
    segments = family.upper().split("-")
    for length in range(len(segments), 0, -1):
        name = FAMILY_NAMES.get("-".join(segments[:length]))
        if name is not None:
            return name
    return None
