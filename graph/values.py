"""Rules for values that people and files bring in, the same for every way in: the API's
mutations, bundle imports and CORDIS imports.

- Names are NFKC-normalised, with runs of white space made one space; a name holding an
  invisible character (Unicode format and control characters such as the word joiner, the
  zero-width space, the soft hyphen) or a bidirectional control (such as the right-to-left
  override) is refused: such characters make lookalikes of real names.
- :func:`skeleton` is what two names are compared by when looking for duplicates: accents,
  case, punctuation and lookalike letters from other scripts (Cyrillic ``\u0415`` for Latin
  ``E``, from Unicode's confusables table as the ``confusable_homoglyphs`` package ships
  it) folded away.
- Websites are http(s) addresses with a host; anything else (``javascript:``, ``data:``,
  ``//host/path``) is refused.
- Countries are two-letter codes as CORDIS writes them: the ISO codes GB and GR are CORDIS's
  UK and EL (a filter on GB found nothing).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from importlib import resources
from urllib.parse import urlsplit

# Characters that draw nothing (or reorder what is drawn) but are not format characters:
# the combining grapheme joiner and the Hangul fillers.
_INVISIBLE_LETTERS = frozenset("\u034f\u115f\u1160\u3164\uffa0")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+\.?(?::\d+)?$")
_BARE_HOST = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?:[/?#]\S*)?$")


class InvalidValue(ValueError):
    """A value that the rules refuse; the message says why, for the person who gave it."""


def _hidden(char: str) -> bool:
    return char in _INVISIBLE_LETTERS or unicodedata.category(char) in ("Cf", "Cc", "Co", "Cs")


def clean_name(value: str, *, drop_hidden: bool = False) -> str:
    """``value`` NFKC-normalised, trimmed, white space collapsed; :class:`InvalidValue` if it
    holds an invisible or bidirectional control character (named, with its position), or,
    with ``drop_hidden`` (data files), without them."""
    if value.isascii() and value.isprintable():  # most names: nothing to normalise or refuse
        return " ".join(value.split())
    text = unicodedata.normalize("NFKC", value)
    if drop_hidden:
        text = "".join(" " if char in "\t\n\r" else char for char in text if not _hidden(char))
    for position, char in enumerate(text, start=1):
        if char not in "\t\n\r" and _hidden(char):
            name = unicodedata.name(char, "unnamed character")
            raise InvalidValue(
                f"contains an invisible or direction-changing character (U+{ord(char):04X} "
                f"{name}) at position {position}; type the name without it"
            )
    return " ".join(text.split())


@functools.cache
def _lookalikes() -> dict[str, str]:
    """Character -> the ASCII character it looks like, for every non-ASCII character that
    Unicode's confusables table pairs with an ASCII one."""
    table = json.loads(
        resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
    )
    found: dict[str, str] = {}
    for char, pairs in table.items():
        if len(char) != 1 or char.isascii():
            continue
        ascii_ones = [p["c"] for p in pairs if len(p["c"]) == 1 and p["c"].isascii()]
        letters = [c for c in ascii_ones if c.isalnum()]
        if letters or ascii_ones:
            found[char] = (letters or ascii_ones)[0]
    return found


def skeleton(value: str) -> str:
    """What two names are compared by: accents, case, punctuation, invisible characters and
    lookalike letters of other scripts folded away (``UNIV\u0415RSIT\u00c9 du Luxembourg``
    with a Cyrillic ``\u0415`` -> ``universite du luxembourg``)."""
    lookalikes = _lookalikes()
    decomposed = unicodedata.normalize("NFKD", value)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or _hidden(char):
            continue
        kept.append(lookalikes.get(char, char))
    plain = "".join(kept).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def website(value: str, *, lenient: bool = False) -> str:
    """An http(s) address with a host, the scheme in lower case; :class:`InvalidValue`
    otherwise. ``lenient`` (data files whose addresses often lack a scheme, such as CORDIS
    extracts): ``www.example.lu`` becomes ``http://www.example.lu``."""
    text = value.strip()
    if lenient and _BARE_HOST.match(text):
        text = "http://" + text
    if any(char.isspace() or _hidden(char) for char in text):
        raise InvalidValue("must be an http:// or https:// address without spaces")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not _HOST.match(parts.netloc or ""):
        raise InvalidValue("must be an http:// or https:// address, such as https://example.lu")
    return parts._replace(scheme=parts.scheme.lower()).geturl()


# The years a request may name (a period, a start year): the data's are 1984 to 2030.
MIN_YEAR = 1900
MAX_YEAR = 2100


def shown(text: str, most: int = 40) -> str:
    """User input as an error message quotes it: at most ``most`` characters of it, never a
    whole page."""
    return repr(text) if len(text) <= most else f"{text[:most]!r}... ({len(text)} characters)"


# ISO 3166 codes that CORDIS writes otherwise (the European Union's own codes).
_CORDIS_COUNTRY = {"GB": "UK", "GR": "EL"}
# The country codes CORDIS writes: the 249 of ISO 3166-1 with GB and GR as UK and EL, Kosovo
# (XK) and XH, which the Horizon Europe files give an organisation in Kashmir.
_COUNTRY_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
    DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GD GE GF GG GH GI GL GM GN GP
    GQ GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
    KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM
    MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF
    PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
    SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UK UM
    US UY UZ VA VC VE VG VI VN VU WF WS XH XK YE YT ZA ZM ZW
"""
COUNTRIES = frozenset(_COUNTRY_CODES.split())


def country_code(value: str) -> str:
    """A country code, upper case, as CORDIS writes it (GB is UK, GR is EL)."""
    code = value.strip().upper()
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise InvalidValue(f"{value!r} is not a two-letter country code (e.g. LU, DE)")
    code = _CORDIS_COUNTRY.get(code, code)
    if code not in COUNTRIES:
        raise InvalidValue(f"{value!r} is not a country code (ISO 3166, e.g. LU, DE)")
    return code
