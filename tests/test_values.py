"""The rules for names and websites that every way in shares (graph.values)."""

from __future__ import annotations

import pytest

from graph.values import InvalidValue, clean_name, country_code, shown, skeleton, website

REAL = "UNIVERSITE DU LUXEMBOURG"
HIDDEN = {
    "word joiner": "UNIVER\u2060SITE DU LUXEMBOURG",
    "soft hyphen": "UNIVER\u00adSITE DU LUXEMBOURG",
    "zero-width space": "UNIVER\u200bSITE DU LUXEMBOURG",
    "right-to-left override": "\u202eUNIVERSITE DU LUXEMBOURG",
    "left-to-right isolate": "\u2066UNIVERSITE DU LUXEMBOURG",
    "hangul filler": "UNIVER\u3164SITE DU LUXEMBOURG",
}


@pytest.mark.parametrize("name", HIDDEN.values(), ids=HIDDEN.keys())
def test_a_name_with_an_invisible_character_is_refused_and_named(name: str) -> None:
    with pytest.raises(InvalidValue, match=r"U\+[0-9A-F]{4} [A-Z -]+\) at position \d+"):
        clean_name(name)
    assert skeleton(name) == skeleton(REAL)  # and it compares equal to the real one
    assert clean_name(name, drop_hidden=True).replace(" ", "") == REAL.replace(" ", "")


def test_names_are_nfkc_normalised_and_spaced_once() -> None:
    assert clean_name("  Ｕｎｉｖｅｒｓｉｔé \t du   Luxembourg ") == "Université du Luxembourg"
    assert clean_name("Société Générale") == "Société Générale"


def test_lookalike_letters_of_other_scripts_fold_to_latin() -> None:
    cyrillic_e = "UNIV\u0415RSITE DU LUXEMBOURG"
    assert clean_name(cyrillic_e) == cyrillic_e  # not invisible: kept as typed...
    assert skeleton(cyrillic_e) == skeleton(REAL) == "universite du luxembourg"  # ...but equal
    assert skeleton("Université du Luxembourg") == "universite du luxembourg"
    assert skeleton("\u0391\u0392\u0392 Ltd") == "abb ltd"  # Greek capitals alpha, beta
    assert skeleton("ACME") != skeleton("ACNE")


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(10)",
        "JavaScript:alert(10)",
        "data:text/html,<script>alert(1)</script>",
        "//evil.example/path",
        "ftp://files.example",
        "https://",
        "http://exa mple.lu",
        "https://evil.example\u202e/lu",
        "vbscript:msgbox",
    ],
)
def test_only_http_addresses_with_a_host_are_websites(value: str) -> None:
    with pytest.raises(InvalidValue):
        website(value)


def test_websites_are_kept_with_the_scheme_in_lower_case() -> None:
    assert website("HTTPS://Acme.example/a?b=1") == "https://Acme.example/a?b=1"
    assert website("http://localhost.lu:8080/x") == "http://localhost.lu:8080/x"
    with pytest.raises(InvalidValue):
        website("www.liu.se")  # a scheme is required, except from data files:
    assert website("www.liu.se", lenient=True) == "http://www.liu.se"
    with pytest.raises(InvalidValue):
        website("javascript:alert(1)", lenient=True)


@pytest.mark.parametrize(
    ("given", "code"), [("lu", "LU"), (" de ", "DE"), ("GB", "UK"), ("gr", "EL")]
)
def test_a_country_is_written_as_cordis_writes_it(given: str, code: str) -> None:
    assert country_code(given) == code


@pytest.mark.parametrize("given", ["Luxembourg", "L", "L1", "ÜK", ""])
def test_a_country_that_is_no_code_is_refused(given: str) -> None:
    with pytest.raises(InvalidValue, match="not a two-letter country code"):
        country_code(given)


@pytest.mark.parametrize("given", ["XX", "ZZ", "EU", "QQ"])
def test_two_letters_that_name_no_country_are_refused(given: str) -> None:
    """A filter on "XX" found nothing without a word; the codes CORDIS writes that ISO does
    not (UK, EL, XK, XH) stay valid."""
    with pytest.raises(InvalidValue, match="is not a country code"):
        country_code(given)
    assert [country_code(code) for code in ("UK", "EL", "XK", "XH")] == ["UK", "EL", "XK", "XH"]


def test_long_input_is_quoted_in_part() -> None:
    """An error quotes what was sent, but never a whole page of it (a 5,000-character call
    topic code came back whole)."""
    assert shown("HORIZON-CL5") == "'HORIZON-CL5'"
    assert shown("x" * 5000) == f"{'x' * 40!r}... (5000 characters)"
