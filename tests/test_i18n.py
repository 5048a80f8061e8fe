"""The one catalogue (jalur.i18n) and the one formatter (jalur.i18n.format): both languages have the same keys
and placeholders, no text is written twice, every key the code and the templates use exists, and numbers,
percentages, rupiah and dates follow each language's convention. No knowledge base needed."""

from __future__ import annotations

import ast
import datetime as dt
import io
import re
import string
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from jalur.i18n import CATALOG, DEFAULT_LANG, LANGS, TEXTS, Lang, check_lang, has, resolve, t
from jalur.i18n import format as fmt
from jalur.i18n.aliases import ALIASES
from jalur.i18n.en import TEXT as EN
from jalur.i18n.id import TEXT as ID

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "jalur"
TEMPLATES = SRC / "faces" / "web" / "templates"


def _fields(text: str) -> list[tuple[str, str, str]]:
    """The ``{placeholders}`` of a text: name, conversion and format spec, in order."""
    return [(name, conv or "", spec or "") for _, name, spec, conv in string.Formatter().parse(text) if name]


# ------------------------------------------------------------------------------------------ catalogues
def test_both_languages_have_the_same_keys() -> None:
    assert set(ID) - set(EN) == set()
    assert set(EN) - set(ID) == set()
    assert list(ID) == list(EN), "keep both catalogues in the same order, so they read side by side"


def test_every_key_has_the_same_placeholders_in_both_languages() -> None:
    differ = {
        k: (_fields(ID[k]), _fields(EN[k])) for k in ID if sorted(_fields(ID[k])) != sorted(_fields(EN[k]))
    }
    assert differ == {}


def test_every_text_is_written_once() -> None:
    """No two keys hold the same text in both languages: a second key for the same words is an alias
    (jalur.i18n.aliases). The same word in one language only (``Sumber`` for "Source" and "Sources") is
    two messages and stays two keys."""
    by_text: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in ID:
        by_text[(ID[key], EN[key])].append(key)
    assert {text: keys for text, keys in by_text.items() if len(keys) > 1} == {}


def test_aliases_point_at_texts() -> None:
    assert [a for a in ALIASES if a in ID] == []  # an alias has no text of its own
    assert [a for a, key in ALIASES.items() if key not in ID] == []  # and points at a text, not an alias
    for alias, key in ALIASES.items():
        assert resolve(alias) == key and has(alias)
        for lang in LANGS:
            assert t(alias, lang) == t(key, lang)
    # the three catalogues this package replaced repeated 50 texts under a second (or third) key; the web
    # occupation page and the report share five more (the ILO 2023 potentials and the borrowed-tasks note), the paths page one (long routes), the plan one (hidden sample courses);
    # issue 18 ten: the assumption form's words and the report's assumption values, the roster fields named
    # by the report's column labels, one flag named as the paths page names it, the CLI's value column; the report names a career step as the paths card does;
    # the paths card names an entry-level AI-era role as the CLI does (2026-12-07)
    assert len(ALIASES) == 87


def test_texts_are_clean() -> None:
    for lang, texts in TEXTS.items():
        for key, text in texts.items():
            assert text and text == text.strip(), (lang, key)
            assert "\ufffd" not in text and not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", text), (lang, key)


def test_keys_are_prefixed_by_owner() -> None:
    from jalur.faces.web.ui_text import TEXT, ui
    from jalur.reports.labels import LABELS, code_label, label

    assert label("doc.title", "en") == t("report.doc.title", "en") == "Workforce and AI report"
    assert ui("nav.roles", "id") == t("ui.nav.roles", "id") == "Peran era AI"
    # an alias answers through every face with the one text
    assert label("class.automate", "id") == t("exposure.class.automate", "id") == "otomatisasi"
    assert ui("err.candidates", "en") == t("error.unknown_occupation.candidates", "en") == "Did you mean:"
    assert code_label("pkind", "growing", "en") == "AI-era role"
    assert code_label("flag", "not_a_known_flag", "en") == "not_a_known_flag"
    assert code_label("basis", "course_prices,in_review", "id") == "harga kursus, dalam tinjauan"
    assert code_label("reason", None, "id") == "—"
    # the old shapes, as views of the one catalogue (aliases included)
    assert LABELS["class.human"] == {"id": "manusia", "en": "human"} and "class.human" in LABELS
    assert TEXT["job.review.none"]["en"] == "Every title was placed with confidence."
    assert CATALOG["download.outcome.fetched"] == {"id": "diunduh", "en": "fetched"}
    assert "web.busy" in CATALOG and "web.nope" not in CATALOG and CATALOG.get("nope") is None
    assert len(CATALOG) == len(ID) + len(ALIASES) == len(list(CATALOG))
    with pytest.raises(KeyError):
        t("no.such.key", "id")
    with pytest.raises(KeyError):
        label("no.such.label", "en")


def test_one_lang_type_and_its_checks() -> None:
    import jalur.reports.labels as labels

    assert labels.Lang is Lang and labels.check_lang is check_lang
    assert LANGS == ("id", "en") and DEFAULT_LANG == "id"
    assert check_lang("en") == "en"
    with pytest.raises(ValueError):
        check_lang("fr")
    assert t("status.ok", "fr") == "cocok"  # type: ignore[arg-type]  # an unchecked language reads Indonesian
    assert t("error.roster_empty", path="x") == "Berkas roster x kosong (0 bita)."


def test_importing_the_catalogue_is_cheap_and_at_the_bottom() -> None:
    """``import jalur.i18n`` builds dict literals and nothing else: no Babel, no other module of Jalur."""
    code = (
        "import sys, jalur.i18n, jalur.i18n.format; "
        "print(sorted(m for m in sys.modules if m.startswith(('babel', 'jalur'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert eval(out) == [
        "jalur",
        "jalur.i18n",
        "jalur.i18n.aliases",
        "jalur.i18n.en",
        "jalur.i18n.format",
        "jalur.i18n.id",
    ]


# ------------------------------------------------------------------------------------------ keys in use
#: functions whose first argument is a key of the catalogue, and the prefix they put before it
_PREFIXED = {"label": "report.", "L": "report.", "ui": "ui."}
_UNPREFIXED = {"t", "i18n_t", "message", "_message", "RL", "Message", "n_t"}
_KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """JalurError and every class deriving from it (their first argument is a message key)."""
    names = {"JalurError"}
    while True:
        more = {
            node.name
            for tree in trees.values()
            for node in ast.walk(tree)
            if isinstance(node, ast.ClassDef)
            and any(isinstance(b, ast.Name) and b.id in names for b in node.bases)
        }
        if more <= names:
            return names
        names |= more


def _callee(node: ast.Call) -> str:
    """The called name: ``t(...)``, ``JalurError(...)``, ``super().__init__(...)``; methods of other
    objects (``func.count().label("n")``, ``exc.message("en")``) are not catalogue look-ups."""
    f = node.func
    if isinstance(f, ast.Name):
        return f.id
    return "__init__" if isinstance(f, ast.Attribute) and f.attr == "__init__" else ""


def _literal_prefix(node: ast.expr) -> str | None:
    """The constant start of ``"a.b." + x`` or ``f"a.b.{x}"``, else None."""
    if (
        isinstance(node, ast.BinOp)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
    ):
        return node.left.value
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return str(node.values[0].value)
    return None


def _keys_in_code() -> tuple[set[str], set[str], set[str], int]:
    """Keys used in the source (each with its prefix), constant prefixes of keys built at run time, and
    error codes (``web.<code>``), plus the number of calls looked at."""
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in SRC.rglob("*.py") if "i18n" not in p.parts}
    errors = _error_classes(trees)
    keys: set[str] = set()
    prefixes: set[str] = set()
    codes: set[str] = set()
    calls = 0
    for path, tree in trees.items():
        web_ui = path.name == "ui.py" and "web" in path.parts
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = _callee(node)
            first = node.args[0]
            if name in _PREFIXED or (name == "_" and web_ui):
                prefix = _PREFIXED.get(name, "ui.")
            elif name in _UNPREFIXED or name in errors or name == "__init__":
                prefix = ""
            else:
                # a service error: (status, code) → web.<code>
                if (
                    len(node.args) >= 2
                    and isinstance(first, ast.Constant)
                    and isinstance(first.value, int)
                    and 400 <= first.value < 600
                    and isinstance(node.args[1], ast.Constant)
                    and isinstance(node.args[1].value, str)
                    and re.fullmatch(r"[a-z_]+", node.args[1].value)
                ):
                    codes.add(node.args[1].value)
                    calls += 1
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if name == "__init__" and not _KEY.match(first.value):
                    continue
                keys.add(prefix + first.value)
                calls += 1
            elif (start := _literal_prefix(first)) is not None:
                prefixes.add(prefix + start)
                calls += 1
    return keys, prefixes, codes, calls


def _keys_in_templates() -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    prefixes: set[str] = set()
    call = re.compile(r"""(?<![A-Za-z0-9_.])(_|L|RL|CL)\(\s*(["'])([^"']+)\2\s*(~|,)?""")
    for tpl in TEMPLATES.rglob("*.j2"):
        for fn, _, key, after in call.findall(tpl.read_text(encoding="utf-8")):
            prefix = {"_": "ui.", "L": "report.", "RL": "", "CL": "report."}[fn]
            if fn == "CL":
                prefixes.add(f"report.{key}.")
            elif after == "~":
                prefixes.add(prefix + key)
            else:
                keys.add(prefix + key)
    return keys, prefixes


def test_every_key_used_in_the_code_exists() -> None:
    keys, prefixes, codes, calls = _keys_in_code()
    assert calls > 300 and len(keys) > 250  # the scan sees the code
    # jalur.app.errors.message(code) reads web.<code> first: a key without a dot is an error code
    assert sorted(k for k in keys if not (has(k) or ("." not in k and has(f"web.{k}")))) == []
    known = [*ID, *ALIASES]
    assert sorted(p for p in prefixes if not any(k.startswith(p) for k in known)) == []
    assert sorted(c for c in codes if not has(f"web.{c}")) == []


def test_every_key_used_in_the_templates_exists() -> None:
    keys, prefixes = _keys_in_templates()
    assert len(keys) > 100  # the scan sees the templates
    assert sorted(k for k in keys if not has(k)) == []
    known = [*ID, *ALIASES]
    assert sorted(p for p in prefixes if not any(k.startswith(p) for k in known)) == []


# ------------------------------------------------------------------------------------------ formatting
@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("id", ["1.234.567,8", "1.234.568", "-1.234,57", "0,0", "58%", "12,5%", "Rp 1.234.567", "0,53"]),
        ("en", ["1,234,567.8", "1,234,568", "-1,234.57", "0.0", "58%", "12.5%", "IDR 1,234,567", "0.53"]),
    ],
)
def test_formatting_examples(lang: Lang, expected: list[str]) -> None:
    got = [
        fmt.number(1234567.8, lang, 1),
        fmt.number(1234567.8, lang),
        fmt.number(-1234.567, lang, 2),
        fmt.number(-0.04, lang, 1),  # rounds to zero: no minus sign
        fmt.percent(0.58, lang),
        fmt.percent(0.125, lang, 1),
        fmt.rupiah(1234567.4, lang),
        fmt.score(0.5349, lang),
    ]
    assert got == expected


@pytest.mark.parametrize("missing", [None, float("nan"), float("inf"), -float("inf"), True, "12", [1]])
def test_missing_values_show_a_dash(missing: object) -> None:
    for lang in LANGS:
        assert fmt.number(missing, lang) == fmt.percent(missing, lang) == fmt.rupiah(missing, lang) == "—"
        assert fmt.score(missing, lang) == "—"


def test_dates_are_shown_in_wib() -> None:
    utc = dt.datetime(2026, 3, 1, 17, 7, tzinfo=dt.UTC)
    assert fmt.datetime_wib(utc, "id") == "2 Mar 2026 00.07 WIB"
    assert fmt.datetime_wib(utc, "en") == "Mar 2, 2026, 00:07 WIB"
    assert fmt.datetime_wib("2026-03-01T17:07:00", "id") == "2 Mar 2026 00.07 WIB"  # naive = UTC
    assert fmt.datetime_wib("2026-03-02T00:07:00+07:00", "en") == "Mar 2, 2026, 00:07 WIB"
    assert fmt.datetime_wib(None, "en") == fmt.datetime_wib("yesterday", "id") == "—"


def test_babel_data_still_says_what_the_module_documents() -> None:
    from babel import Locale
    from babel.numbers import get_currency_symbol

    for lang in LANGS:
        assert Locale.parse(lang).percent_formats[None].pattern == fmt.PERCENT_PATTERN
    assert (get_currency_symbol("IDR", "id"), get_currency_symbol("IDR", "en")) == ("Rp", "IDR")
    assert (fmt.rupiah_symbol("id"), fmt.rupiah_symbol("en")) == ("Rp", "IDR")


_numbers = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.sampled_from([0.5, 1.5, 2.5, 2.675, 0.125, 1.005, -0.5, -0.004, 1e-9, 999.995, 0.285]),
)


def _python(x: float, digits: int) -> str:
    """What the formatters printed before Babel: Python's own rounding and separators, without ``-0``."""
    s = f"{float(x):,.{digits}f}"
    return s[1:] if s.startswith("-") and float(s.replace(",", "")) == 0 else s


@given(_numbers, st.integers(min_value=0, max_value=3))
def test_numbers_round_as_before(x: float, digits: int) -> None:
    """Babel's separators, Python's digits: English is exactly ``f"{x:,.Nf}"``, Indonesian the same digits
    with the separators swapped (the reports' output does not change)."""
    en = _python(x, digits)
    assert fmt.number(x, "en", digits) == en
    assert fmt.number(x, "id", digits) == en.replace(",", "\0").replace(".", ",").replace("\0", ".")


@given(st.floats(min_value=-10, max_value=10, allow_nan=False), st.integers(min_value=0, max_value=2))
def test_percentages_round_as_before(x: float, digits: int) -> None:
    assert fmt.percent(x, "en", digits) == _python(x * 100, digits) + "%"


@given(_numbers)
def test_money_names_its_currency_in_the_reader_s_language(x: float) -> None:
    idr, en = fmt.rupiah(x, "id"), fmt.rupiah(x, "en")
    assert "Rp" in idr and "IDR" not in idr
    assert "IDR" in en and "Rp" not in en
    assert idr.lstrip("-").startswith("Rp ") and en.lstrip("-").startswith("IDR ")


def test_report_formatters_are_the_one_formatter() -> None:
    from jalur.reports.labels import fmt_idr, fmt_int, fmt_num, fmt_pct, fmt_score

    for lang in LANGS:
        assert fmt_num(1234.5, lang, 1) == fmt.number(1234.5, lang, 1)
        assert fmt_int(1234.5, lang) == fmt.number(1234.5, lang)
        assert fmt_pct(0.125, lang, 1) == fmt.percent(0.125, lang, 1)
        assert fmt_idr(1500000, lang) == fmt.rupiah(1500000, lang)
        assert fmt_score(0.5, lang) == fmt.score(0.5, lang)


def test_excel_rupiah_format_uses_the_same_symbol() -> None:
    from jalur.reports.xlsx import _f_idr

    assert _f_idr("id") == '"Rp "#,##0' and _f_idr("en") == '"IDR "#,##0'


# ------------------------------------------------------------------------------------------ the CLI's money
def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, width=200, color_system=None, legacy_windows=False), out


def _plan(cost: float | None) -> Any:
    step = SimpleNamespace(
        skill={"name": "Data analysis", "name_id": "Analisis data"},
        hours=1234.0,
        hours_source="course",
        courses=[{"title": "Dasar SQL", "provider": "Lembaga A", "hours": 24.0}],
    )
    place = {"title_id": "Teller", "title_en": "Teller", "exposure": {"mean": 0.612}}
    return SimpleNamespace(
        origin=place,
        target={**place, "exposure": {"mean": 0.3}},
        similarity=0.731,
        skills_kept=[],
        steps=[step],
        cost_idr=cost,
        hours=1234.0,
        effort={"hours": 1100.0, "range": [830, 1650], "months": [19, 39], "hours_per_week": 10.0},
        certification_details=[],
        flags=[],
        route=None,
    )


@pytest.mark.parametrize(
    ("lang", "money", "hours", "similarity"),
    [("id", "Rp 2.250.500", "1.234", "0,73"), ("en", "IDR 2,250,500", "1,234", "0.73")],
)
def test_cli_plan_shows_rupiah_in_the_reader_s_language(
    lang: Lang, money: str, hours: str, similarity: str
) -> None:
    from jalur.faces.cli.render import print_plan

    console, out = _console()
    print_plan(console, _plan(2250500.0), lang)
    text = out.getvalue()
    assert money in text and hours in text and similarity in text
    assert fmt.number(1650, lang) in text  # the planning range, in the reader's numbers
    assert ("Rp" not in text) if lang == "en" else ("IDR" not in text)


@pytest.mark.parametrize("lang", LANGS)
def test_cli_plan_of_a_long_route_gives_years_not_hours(lang: Lang) -> None:
    """A nurse's plan to become a doctor said 90-170 hours: a plan behind a licence names it, with years."""
    from jalur.faces.cli.render import print_plan

    p = _plan(None)
    p.route = {"kind": "licence", "requires_id": "S1 Kedokteran", "requires_en": "Medical degree"}
    p.route |= {"years": [6, 7], "basis": "UU 17/2023"}
    p.hours, p.effort = None, None
    console, out = _console()
    print_plan(console, p, lang)
    text = out.getvalue()
    assert ("S1 Kedokteran" if lang == "id" else "Medical degree") in text and "6–7" in text
    assert fmt.number(1234, lang) not in text


@pytest.mark.parametrize("lang", LANGS)
def test_cli_report_summary_formats_like_the_report(lang: Lang) -> None:
    from jalur.faces.cli.render import print_report_summary
    from jalur.reports.labels import fmt_idr, fmt_num
    from tests.report_fixture import make_report

    report = make_report()
    console, out = _console()
    print_report_summary(console, report, [], lang)
    text = out.getvalue()
    tot = report["totals"]
    assert fmt_idr(tot["reskilling"]["cost_idr"], lang) in text
    assert fmt_num(tot["headcount"], lang) in text
    assert fmt.score(tot["exposure_mean"], lang) in text
    assert ("Rp" not in text) if lang == "en" else ("IDR" not in text)


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("0,08", "id", 0.08),
        ("0.08", "id", 0.08),  # a decimal point is read as one: nobody groups "0"
        ("75.000", "id", 75_000.0),  # an Indonesian thousands dot
        ("1.500.000", "id", 1_500_000.0),
        ("1.250,5", "id", 1250.5),
        (" 16 ", "id", 16.0),
        ("75,000", "en", 75_000.0),  # an English thousands comma
        ("1,250.5", "en", 1250.5),
        ("0.08", "en", 0.08),
        ("0,08", "en", 0.08),
        ("-0,1", "id", -0.1),
        ("abc", "id", None),
        ("1,2,3", "id", None),
        ("nan", "en", None),
        ("inf", "en", None),
        ("1e5", "en", None),
        ("", "id", None),
        ("1.2.3", "en", None),
    ],
)
def test_a_number_typed_in_a_form_is_read_as_the_person_means_it(
    text: str, lang: str, value: float | None
) -> None:
    from jalur.i18n.format import parse_number

    assert parse_number(text, lang) == value  # type: ignore[arg-type]
