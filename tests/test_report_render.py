"""The employer report's renderers (HTML, PDF, XLSX), looked at as a person would: the charts are there,
both languages render, hostile user text stays text, PDF pages are A4 and not blank, the workbook holds
numbers, charts and no formula, and the same dict gives the same bytes. No knowledge base needed."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pypdfium2 as pdfium
import pytest
from markupsafe import escape
from PIL import ImageStat

from jalur.reports.html import PDF_ROLES, build_page, render_html
from jalur.reports.labels import LABELS, fmt_idr, fmt_int, fmt_num, fmt_pct
from jalur.reports.pdf import render_pdf
from jalur.reports.xlsx import SAFE_PREFIX, render_xlsx, safe_text
from tests.report_fixture import HOSTILE, LONG_TITLE, make_report

A4 = (595.28, 841.89)  # points
LANGS = ("id", "en")
HEADINGS = {
    "id": [
        "Ringkasan",
        "Grafik",
        "Peran",
        "Unit kerja",
        "Skenario",
        "Antrean tinjauan",
        "Baris ditolak",
        "Sumber",
    ],
    "en": ["Summary", "Charts", "Roles", "Units", "Scenarios", "Review queue", "Rejected rows", "Sources"],
}
SHEETS = {
    "id": ["Ringkasan", "Peran", "Unit", "Skenario", "Ditolak", "Antrean tinjauan", "Sumber"],
    "en": ["Summary", "Roles", "Units", "Scenarios", "Rejected rows", "Review queue", "Sources"],
}


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return make_report()


@pytest.fixture(scope="module")
def big() -> dict[str, Any]:
    return make_report(500)


@pytest.fixture
def artefacts(tmp_path: Path) -> Path:
    """Where rendered pages go: $JALUR_TEST_ARTEFACTS (kept after the run) or the test's tmp_path."""
    env = os.environ.get("JALUR_TEST_ARTEFACTS")
    d = Path(env) / "report_render" if env else tmp_path
    d.mkdir(parents=True, exist_ok=True)
    return d


def _role_rows(html: str) -> int:
    """Rows of the roles table, counting the part folded under "show all" (issue 18)."""
    bodies = re.findall(r'<table class="roles">.*?<tbody>(.*?)</tbody>', html, flags=re.S)
    assert bodies
    return sum(b.count("<tr") for b in bodies)


def _svgs(html: str) -> list[str]:
    return re.findall(r"<svg\b.*?</svg>", html, flags=re.S)


# --- fixture --------------------------------------------------------------------------------------------


def test_fixture_follows_the_contract(report: dict[str, Any]) -> None:
    for key in (
        "schema",
        "lang",
        "input",
        "rows_in",
        "rows_accepted",
        "rows_rejected",
        "rows_flagged",
        "totals",
    ):
        assert key in report
    for key in ("roles", "units", "scenarios", "review_queue", "sources", "assumptions", "generator"):
        assert key in report
    assert report["schema"] == "jalur.report/1"
    assert report["rows_in"] == report["rows_accepted"] + len(report["rows_rejected"])
    t = report["totals"]
    assert (
        t["headcount"]
        == sum(r["headcount"] for r in report["roles"])
        == sum(u["headcount"] for u in report["units"])
    )
    assert t["headcount"] == t["headcount_placed"] + t["headcount_in_review"]
    assert len(report["units"]) == 5
    assert len(report["scenarios"]["grid"]) == 9
    assert {(g["speed"], g["horizon"]) for g in report["scenarios"]["grid"]} == {
        (s, h) for s in ("conservative", "baseline", "aggressive") for h in (1, 3, 5)
    }
    titles = {r["title"] for r in report["roles"]}
    assert set(HOSTILE) <= titles | {u["unit"] for u in report["units"]}
    assert LONG_TITLE in titles and len(LONG_TITLE) == 200
    assert len(make_report(500)["roles"]) == 500


# --- labels ---------------------------------------------------------------------------------------------


def test_every_label_has_both_languages() -> None:
    for key, entry in LABELS.items():
        assert entry.get("id") and entry.get("en"), key


def test_number_formats_follow_the_language() -> None:
    assert fmt_idr(1234567, "id") == "Rp 1.234.567"
    assert fmt_idr(1234567, "en") == "IDR 1,234,567"
    assert fmt_num(1234.5, "id", 1) == "1.234,5"
    assert fmt_num(1234.5, "en", 1) == "1,234.5"
    assert fmt_pct(0.125, "id", 1) == "12,5%"
    assert fmt_int(None, "en") == "—"
    assert fmt_num(float("nan"), "en") == "—"


# --- HTML -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_html_has_the_four_charts_and_its_language(report: dict[str, Any], lang: str) -> None:
    html = render_html(report, lang)
    assert html.startswith("<!DOCTYPE html>")
    assert f'<html lang="{lang}">' in html
    svgs = _svgs(html)
    assert len(svgs) == 4
    for cid in ("chart-units", "chart-classes", "chart-scenarios", "chart-flows"):
        assert f'id="{cid}"' in html
    for svg in svgs:
        root = ET.fromstring(svg)  # well-formed despite hostile labels
        assert root.tag.endswith("svg")
        assert len(list(root.iter())) > 10  # something is drawn
    # the stacked bars carry the class colours; the bands one polygon per speed per panel
    assert "#d73027" in svgs[0] and "#fdae61" in svgs[0] and "#1a9850" in svgs[0]
    assert svgs[2].count("<polygon") == 6
    assert svgs[3].count("<path") >= 10
    for heading in HEADINGS[lang]:
        assert f"<h2>{heading}</h2>" in html, heading
    other = "en" if lang == "id" else "id"
    for heading in HEADINGS[other]:
        if heading not in HEADINGS[lang]:
            assert f"<h2>{heading}</h2>" not in html, heading


@pytest.mark.parametrize("lang", LANGS)
def test_html_headline_figures(report: dict[str, Any], lang: str) -> None:
    html = render_html(report, lang)
    t = report["totals"]
    assert fmt_int(t["headcount"], lang) in html
    assert fmt_idr(t["reskilling"]["cost_idr"], lang) in html
    assert ("Rp " if lang == "id" else "IDR ") in html
    assert ("IDR " if lang == "id" else "Rp ") not in html
    assert fmt_num(t["fte_automatable"], lang, 1) in html
    assert ("Cocok" if lang == "id" else "Reconciled") in html
    # every figure names its sources and versions
    assert html.count("ilo-genai-exposure-2025") >= 5  # cards, charts, tables, the Sources table
    assert "ILO Working Paper 140" in html  # the full title, in the Sources table
    assert "onet-29.3-xlsx" in html and "Jalur 0.1.0" in html


def test_html_escapes_hostile_text(report: dict[str, Any]) -> None:
    html = render_html(report, "en")
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r"(&#34;|&quot;)quotes(&#34;|&quot;) &amp; ampersands", html)
    assert '"quotes" & ampersands' not in html
    assert "=cmd|" in html  # formulas are harmless in HTML, shown as written
    assert "数据录入员" in html and "محلل ائتمان" in html
    assert LONG_TITLE in html
    # personal-data columns: names only
    assert "Nama Lengkap" in html and "+Email &lt;kantor&gt;" in html
    # self-contained: no script, no stylesheet link, no external fetch
    assert "<link" not in html and "src=" not in html and "url(" not in html
    assert all(h.startswith("#") for h in re.findall(r'href="([^"]*)"', html))


def test_html_is_deterministic(report: dict[str, Any]) -> None:
    a = render_html(report, "id")
    assert render_html(copy.deepcopy(report), "id") == a
    assert render_html(report, "en") != a


def test_html_shows_every_role_and_pdf_page_the_top_ones(big: dict[str, Any]) -> None:
    html = render_html(big, "en")
    missing = [r["title"] for r in big["roles"] if str(escape(r["title"])) not in html]
    assert not missing
    assert "Peran sintetis 0001" in html and "Peran sintetis 0484" in html
    assert _role_rows(html) == 500
    page = build_page(big, "en", for_print=True)
    assert _role_rows(page) == PDF_ROLES
    assert f"{500 - PDF_ROLES} more roles in the XLSX/JSON." in page


def test_bad_language_is_refused(report: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        render_html(report, "fr")
    with pytest.raises(ValueError):
        render_xlsx(report, "xx")


def test_sparse_report_renders() -> None:
    """A roster with nothing placed, no units, no scenarios: every renderer still gives a document."""
    r = make_report()
    r.update(
        roles=[], units=[], review_queue=[], rows_rejected=[], rows_flagged=[], sources=[], assumptions=[]
    )
    r["scenarios"] = {"assumptions": {}, "grid": []}
    r["input"]["personal_columns"] = []
    r["totals"] = {"headcount": 0}
    r["rows_in"] = r["rows_accepted"] = 0
    html = render_html(r, "id")
    assert len(_svgs(html)) == 4
    assert "Tidak ada baris yang ditolak." in html
    assert render_pdf(r, "en").startswith(b"%PDF")
    wb = openpyxl.load_workbook(io.BytesIO(render_xlsx(r, "en")))
    assert wb.sheetnames == SHEETS["en"]


# --- PDF ------------------------------------------------------------------------------------------------


def _check_pages(pdf: bytes, out: Path, stem: str) -> int:
    doc = pdfium.PdfDocument(pdf)
    try:
        assert len(doc) >= 2
        for i in range(len(doc)):
            page = doc[i]
            w, h = page.get_size()
            assert abs(w - A4[0]) < 1 and abs(h - A4[1]) < 1, (w, h)
            img = page.render(scale=1.0).to_pil().convert("L")
            img.save(out / f"{stem}-page{i + 1}.png")
            hist = img.histogram()
            non_white = 1 - sum(hist[245:]) / (img.width * img.height)
            # a blank page still has its footer (about 0.05% ink); two lines of text are about 0.7%
            floor = 0.03 if i == 0 else 0.003
            assert non_white > floor, f"page {i + 1} looks blank ({non_white:.3%} ink)"
            assert ImageStat.Stat(img).stddev[0] > 5, f"page {i + 1} has no contrast"
        return len(doc)
    finally:
        doc.close()


@pytest.mark.parametrize("lang", LANGS)
def test_pdf_pages_are_a4_and_not_blank(report: dict[str, Any], lang: str, artefacts: Path) -> None:
    pdf = render_pdf(report, lang)
    assert pdf.startswith(b"%PDF-")
    (artefacts / f"report-{lang}.pdf").write_bytes(pdf)
    pages = _check_pages(pdf, artefacts, f"report-{lang}")
    assert pages <= 10


def test_pdf_is_deterministic(report: dict[str, Any]) -> None:
    assert render_pdf(report, "id") == render_pdf(copy.deepcopy(report), "id")


def test_pdf_of_a_big_roster_stays_short_and_fast(big: dict[str, Any], artefacts: Path) -> None:
    t0 = time.perf_counter()
    pdf = render_pdf(big, "id")
    seconds = time.perf_counter() - t0
    pages = _check_pages(pdf, artefacts, "report-500-id")
    assert pages <= 10
    assert seconds < 5, f"PDF of 500 roles took {seconds:.1f} s"


# --- XLSX -----------------------------------------------------------------------------------------------


def _load(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


@pytest.mark.parametrize("lang", LANGS)
def test_xlsx_sheets_charts_and_numbers(report: dict[str, Any], lang: str) -> None:
    wb = _load(render_xlsx(report, lang))
    assert wb.sheetnames == SHEETS[lang]
    summary, roles, units = wb[SHEETS[lang][0]], wb[SHEETS[lang][1]], wb[SHEETS[lang][2]]
    assert len(summary._charts) == 1  # headcount by class
    assert len(units._charts) == 1  # exposure by unit
    for ws in wb.worksheets:
        assert ws.freeze_panes, ws.title
    # roles: one row per role, headcount and money numeric with formats
    header = [c.value for c in roles[1]]
    assert roles.max_row == 1 + len(report["roles"])
    hc = header.index("Staf" if lang == "id" else "Headcount") + 1
    cost = header.index("Biaya / orang" if lang == "id" else "Cost / person") + 1
    assert [roles.cell(row=i, column=hc).value for i in range(2, roles.max_row + 1)] == [
        r["headcount"] for r in report["roles"]
    ]
    assert isinstance(roles.cell(row=2, column=cost).value, int | float)
    assert ("Rp" if lang == "id" else "IDR") in roles.cell(row=2, column=cost).number_format
    values = {
        summary.cell(row=i, column=1).value: summary.cell(row=i, column=2).value
        for i in range(1, summary.max_row + 1)
    }
    assert values["Jumlah staf" if lang == "id" else "Total headcount"] == report["totals"]["headcount"]
    scen = wb[SHEETS[lang][3]]
    assert scen.max_row >= 1 + 9 * 9
    assert all(isinstance(scen.cell(row=i, column=5).value, int | float) for i in range(2, 2 + 81))


def test_xlsx_has_no_formula_and_no_dangerous_cell(report: dict[str, Any]) -> None:
    data = render_xlsx(report, "id")
    wb = _load(data)
    strings = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if isinstance(c.value, str):
                    strings.append(c.value)
                    assert not c.value.startswith(("=", "+", "-", "@", "\t", "\r")), (
                        ws.title,
                        c.coordinate,
                        c.value,
                    )
    for hostile in ("=cmd|' /C calc'!A0", "+SUM(1)", "-2+3", "@x"):
        assert SAFE_PREFIX + hostile in strings, hostile
    assert "<script>alert(1)</script>" in strings  # kept as text; harmless in a cell
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert "<f>" not in z.read(name).decode("utf-8"), name


def test_safe_text() -> None:
    assert safe_text("=1+1") == "'=1+1"
    assert safe_text("＝1") == "'＝1"
    assert safe_text("Teller") == "Teller"
    assert safe_text("a\x00b") == "ab"
    assert safe_text("-") == "'-"


def test_xlsx_is_deterministic(report: dict[str, Any]) -> None:
    a = render_xlsx(report, "en")
    assert render_xlsx(copy.deepcopy(report), "en") == a
    with zipfile.ZipFile(io.BytesIO(a)) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_xlsx_of_a_big_roster_has_every_role(big: dict[str, Any]) -> None:
    wb = _load(render_xlsx(big, "en"))
    assert wb["Roles"].max_row == 501


# --- timings ---------------------------------------------------------------------------------------------


def test_render_times(report: dict[str, Any], big: dict[str, Any], artefacts: Path) -> None:
    """Measures HTML/PDF/XLSX for the bank fixture and for 500 roles; written to render_times.json."""
    times: dict[str, dict[str, float]] = {}
    for name, r in (("fixture", report), ("500_roles", big)):
        row = {}
        for fmt, fn in (("html", render_html), ("pdf", render_pdf), ("xlsx", render_xlsx)):
            t0 = time.perf_counter()
            fn(r, "id")
            row[fmt] = round(time.perf_counter() - t0, 3)
        times[name] = row
    (artefacts / "render_times.json").write_text(json.dumps(times, indent=2))
    print("render times (s):", json.dumps(times))
    assert times["500_roles"]["pdf"] < 5
    assert times["500_roles"]["html"] < 2 and times["500_roles"]["xlsx"] < 3


@pytest.mark.parametrize(
    "detail",
    [
        "no job title",
        "301 characters, at most 300",
        "control characters or undecodable bytes",
        "spreadsheet error value #REF!",
        "the title looks like personal data (email); not read",
        "the title holds only personal data; not read",
        "a total line, not a role",
        "the header row again",
        "a formula saved without its value (open and save the file in a spreadsheet program)",
        "inside a merged cell: give each row its own count",
        "same employee id as row 12",
        "same title, unit, location and headcount as row 7",
        "empty",
        "a true/false value",
        "not a finite number",
        "over 100,000 in one row",
        "a quote opened on line 9 is not closed; that line is left out",
        "line 4 is over 256 KiB",
    ],
)
def test_rejected_row_details_are_in_the_readers_language(detail: str) -> None:
    """Issue 18: the Indonesian report and web page showed the roster reader's English details."""
    from jalur.reports.labels import detail_text

    in_id = detail_text(detail, "id")
    assert in_id != detail and "{" not in in_id
    assert detail_text(detail, "en") == detail
    assert detail_text("abc", "id") == "abc"  # a cell value is shown as it is


def test_the_summary_says_unknown_hours_are_unknown_not_a_short_induction() -> None:
    from jalur.reports.summary import _first_step

    role = {"title": "Teller", "headcount": 3, "pathways": [{"title_en": "Bank clerks", "effort": None}]}
    assert "not known" in _first_step(role, "en") and "induction" not in _first_step(role, "en")
    role["pathways"][0]["effort"] = {"hours": 0.0, "range": [0, 0], "months": [0, 0]}
    assert "induction" in _first_step(role, "en")
    role["pathways"][0]["effort"] = {"hours": 120.0, "range": [90, 180], "months": [2, 5]}
    assert "2–5 months" in _first_step(role, "en")
    assert "no close move" in _first_step({"title": "X", "headcount": 1, "pathways": []}, "en")
