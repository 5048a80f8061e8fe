"""The market report and the layoff tracker as files (issue 19): every format written, the scope said in
the report's language with no words of the other, suppressed cells shown as a dash with the note that says
why, the AI-tool demand by occupation beside its exposure, a trend only from months with enough ads, the
per-ad file with neither descriptions nor personal values. The ads, aggregates and events are ours
(authored for the test), never the shared data."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app
from tests.language_check import foreign_segments, visible_text

runner = CliRunner()
LANGS = ("id", "en")

ADS = """judul,perusahaan,lokasi,gaji,deskripsi
Machine Learning Engineer,PT Awan Data,Jakarta Selatan,Rp 15-20 juta,Membangun model machine learning. Hubungi 0812-3456-7890.
Kasir,Toko Sinar,Bekasi,UMR Bekasi,Melayani pembayaran pelanggan di toko dan menghitung uang kas harian.
Staf Administrasi,CV Maju,Surabaya,"4,5 jt",Mengarsipkan dokumen dan membuat laporan memakai ChatGPT.
"""

SCOPE_ID = ("Iklan bukan lowongan", "Porsi iklan yang terkait AI bukan ukuran kehilangan pekerjaan")
SCOPE_EN = ("Ads are not vacancies", "A share of AI-related ads is not a measure of job loss")


def _share(k: int, n: int) -> dict[str, Any]:
    if n < 10:
        return {"n": n, "suppressed": True}
    p = k / n
    return {
        "n": n,
        "k": k,
        "share": round(p, 4),
        "ci95": [round(max(0, p - 0.05), 4), round(min(1, p + 0.05), 4)],
    }


def market_result(trend: bool = False) -> dict[str, Any]:
    """An authored ``jalur.market/1`` dict: 200 ads, one occupation large enough, one suppressed."""
    out: dict[str, Any] = {
        "schema": "jalur.market/1",
        "scope": ["ads_not_vacancies", "online_ads_formal_urban", "ai_share_not_job_loss", "no_posting_dates_one_day"],
        "input": {"files": [{"file": "iklan_kami.csv", "ads": 230}], "ads_read": 230, "exact_repeats_removed": 20,
                  "duplicates_folded": 10, "vacancy_locations": 215},
        "ads": 200,
        "abroad": 3,
        "classes": {"A": _share(12, 200), "B": _share(8, 200), "C": _share(20, 200), "D": _share(4, 200),
                    "E": _share(156, 200)},
        "ai_related": _share(40, 200),
        "occupations_placed": _share(150, 200),
        "by_occupation": [
            {"isco": "4211", "title_id": "Teller Bank", "title_en": "Bank tellers and related clerks", "ads": 60,
             "ai_related": _share(3, 60), "ai_tools": _share(6, 60), "exposure_mean": 0.62,
             "exposure_shares": {"automate": 0.5, "augment": 0.3, "human": 0.2}},
            {"isco": "2511", "title_id": "Analis Sistem", "title_en": "Systems analysts", "ads": 7,
             "ai_related": _share(4, 7), "ai_tools": _share(2, 7), "exposure_mean": 0.49,
             "exposure_shares": {"automate": 0.0, "augment": 1.0, "human": 0.0}},
        ],
        "roles": [{"role": "data_scientist", "name_id": "Ilmuwan Data", "name_en": "Data Scientist", "ads": 12}],
        "desks": [{"desk": "data_annotation", "ads": 4}],
        "by_province": [{"province": "Bali", "ads": 120, "ai_related": _share(30, 120)},
                        {"province": "Papua", "ads": 4, "ai_related": _share(1, 4)}],
        "by_source": [{"source": "papan_kami", "ads": 200, "ai_related": _share(40, 200)}],
        "top_skills": [{"skill": "Excel", "ads": 30, "share": 0.15}],
        "equality": {"age_limit": _share(20, 200), "gender_limit": _share(6, 200), "age_limit_median": 30},
        "pay_median_idr_month": {"E": {"n": 50, "median": 5_000_000}, "data_scientist": {"n": 4, "suppressed": True}},
        "pay_median_by_province": {"Bali": {"n": 40, "median": 4_500_000}},
        "review_queue": [{"title": "Staf Umum Kami", "headcount": 5, "reason": "low_confidence",
                          "candidates": [{"isco": "4110", "title_id": "Tenaga Perkantoran Umum",
                                          "title_en": "General office clerks", "confidence": 0.4}]}],
    }  # fmt: skip
    if trend:
        out["trend"] = [
            {"month": "2026-01", "ads": 80, "ai_related": 8, "ai_related_share": 0.1, "ci95": [0.05, 0.18],
             "enough": True, "break": False},
            {"month": "2026-02", "ads": 5, "ai_related": 1, "ai_related_share": None, "ci95": None,
             "enough": False, "break": False},
            {"month": "2026-03", "ads": 90, "ai_related": 12, "ai_related_share": 0.1333, "ci95": [0.08, 0.22],
             "enough": True, "break": False},
            {"month": "2026-04", "ads": 95, "ai_related": 15, "ai_related_share": 0.1579, "ci95": [0.1, 0.24],
             "enough": True, "break": True},
        ]  # fmt: skip
    return out


def layoffs_result() -> dict[str, Any]:
    """An authored ``jalur.layoffs/1`` dict: two events in Indonesia, one proposed for review."""
    ev = {
        "event_id": "a1",
        "company": "PT Contoh Digital",
        "date": "2026-03-02",
        "count": 120,
        "country": "Indonesia",
        "kbli": "J",
        "attribution": "none",
        "quote": None,
        "ai_candidate": True,
        "sources": ["https://example.org/berita/ai-otomasi"],
        "flags": ["kbli_from_industry"],
        "reports": 1,
    }
    other = {
        **ev,
        "event_id": "b2",
        "company": "CV Sepi",
        "date": "2025-05-01",
        "count": None,
        "ai_candidate": False,
        "sources": ["https://example.org/b"],
        "flags": [],
    }
    return {
        "schema": "jalur.layoffs/1", "rows_read": 3, "events": 2, "reports_merged": 1, "without_count": 1,
        "by_year": {"2025": {"events": 1, "people": 0, "events_without_count": 1},
                    "2026": {"events": 1, "people": 120, "events_without_count": 0}},
        "country": "Indonesia", "country_events": [ev, other],
        "ai_attribution": {"stated": 0, "reported": 0, "context": 0, "ai_firm": 0},
        "ai_candidates_for_review": [ev],
        "scope": ["events_not_all_layoffs", "attribution_needs_quote", "counts_missing_not_zero"],
        "input": {"files": [{"file": "phk_kami.csv"}], "store": None},
    }  # fmt: skip


#: what the authored data brings, allowed in either language (names of files, places, firms, titles)
ALLOWED = ["Excel", "iklan_kami.csv", "phk_kami.csv", "papan_kami", "Bali", "Papua", "PT Contoh Digital", "CV Sepi",
           "Indonesia", "Staf Umum Kami"]  # fmt: skip


def _xlsx_cells(data: bytes) -> tuple[list[str], list[str]]:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data), read_only=True)
    names = [ws.title for ws in book.worksheets]
    cells = [
        v
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str)
    ]
    return names, cells


def _pdf_pages(pdf: bytes) -> tuple[int, tuple[float, float], str]:
    """The page count, the first page's size in points and its text."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    page = doc[0]
    return len(doc), page.get_size(), page.get_textpage().get_text_range()


@pytest.mark.parametrize("lang", LANGS)
def test_the_market_report_page_says_its_limits_and_hides_small_cells(lang: str) -> None:
    from jalur.reports.market import render_html

    html = render_html(market_result(), "ads", lang)
    scope = SCOPE_ID if lang == "id" else SCOPE_EN
    assert all(s in html for s in scope)
    assert html.index(scope[0]) < html.index("4211")  # the limits before the first table
    # the province with 4 ads, the suppressed pay: a dash, and the note saying why
    assert re.search(
        r"Papua</th><td class=\"num\">4</td><td class=\"num\"><span class=\"supp\"[^>]*>—</span>", html
    )
    assert ("kurang dari 10 iklan" if lang == "id" else "fewer than 10 ads") in html
    # the occupation shown by name beside its exposure and split; the 7-ad occupation counted, not shown
    assert ("Teller Bank" if lang == "id" else "Bank tellers and related clerks") in html
    assert "Analis Sistem" not in html and "Systems analysts" not in html
    assert ("1 jabatan lain" if lang == "id" else "1 more occupations") in html
    assert 'class="split"' in html and ("0,62" if lang == "id" else "0.62") in html
    # the classes as a chart; no trend from ads without dates, and it says so
    assert "<svg" in html and ("Kelas E (tanpa AI)" if lang == "id" else "Class E (no AI)") in html
    assert ("Tidak ada tren" if lang == "id" else "No trend") in html
    assert (
        "Keterampilan yang paling sering diminta" if lang == "id" else "The skills ads ask for most"
    ) in html
    assert 'name="viewport"' in html and "http" not in re.sub(r'xmlns="http://www.w3.org/2000/svg"', "", html)
    assert foreign_segments(visible_text(html, lang), lang, ALLOWED) == []


def test_the_trend_is_drawn_only_from_months_with_enough_ads() -> None:
    from jalur.reports.market import render_html
    from jalur.reports.market_charts import trend_svg

    svg = trend_svg(market_result(trend=True)["trend"], title="t", subtitle="s", percent=lambda s: f"{s:.0%}",
                    break_label="break", thin_label="few")  # fmt: skip
    assert svg.count("<circle") == 3  # February (5 ads) is no point
    path = re.search(r'<path d="([^"]+)" stroke="#1a5c52"', svg)
    assert path is not None
    # January alone (February is a gap), March, then April starts anew after the break
    assert path.group(1).count("M") == 3 and path.group(1).count("L") == 0
    assert "stroke-dasharray" in svg and ">few<" in svg
    for lang in LANGS:
        html = render_html(market_result(trend=True), "ads", lang)
        assert html.count("<svg") >= 3 and ("2026-04" in html)
        assert foreign_segments(visible_text(html, lang), lang, ALLOWED) == []
    one = market_result(trend=True)
    for m in one["trend"][1:]:
        m.update(enough=False, ai_related_share=None, ci95=None)
    assert "kurang dari dua bulan" in render_html(one, "ads", "id")


@pytest.mark.parametrize("lang", LANGS)
def test_the_market_xlsx_has_a_sheet_per_table_and_the_scope(lang: str) -> None:
    from jalur.reports.market import render_xlsx

    names, cells = _xlsx_cells(render_xlsx(market_result(trend=True), "ads", lang))
    expected = (["Batas tafsiran", "Cakupan", "AI menurut jabatan", "Iklan menurut kelas AI", "Peran dan tugas AI",
                 "Provinsi", "Papan lowongan", "Gaji", "Kesetaraan", "Keterampilan", "Tren bulanan", "Judul untuk ditinjau"]
                if lang == "id" else
                ["What it is not", "Coverage", "AI by occupation", "Ads by AI class", "AI roles and desks",
                 "Provinces", "Job boards", "Pay", "Equality", "Skills", "Monthly trend", "Titles to review"])  # fmt: skip
    assert names == expected
    scope = SCOPE_ID if lang == "id" else SCOPE_EN
    assert all(any(s in c for c in cells) for s in scope)
    assert "—" in cells  # the 7-ad occupation's shares, the 4-ad province
    assert foreign_segments(names + cells, lang, ALLOWED) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_pdf_is_a4_with_pages(lang: str) -> None:
    from jalur.reports.market import render_pdf

    for kind, result in (("ads", market_result(trend=True)), ("layoffs", layoffs_result())):
        pdf = render_pdf(result, kind, lang)  # type: ignore[arg-type]
        pages, (w, h), text = _pdf_pages(pdf)
        assert pdf.startswith(b"%PDF") and pages >= 1
        assert (round(w), round(h)) == (595, 842)  # A4 in points
        scope = (
            SCOPE_ID[0] if kind == "ads" and lang == "id" else SCOPE_EN[0] if kind == "ads" else "PT Contoh"
        )
        assert scope in " ".join(text.split())
        assert render_pdf(result, kind, lang) == pdf  # type: ignore[arg-type]  # no dates: same bytes


@pytest.mark.parametrize("lang", LANGS)
def test_the_layoff_tracker_shows_nothing_as_caused_by_ai_without_a_quote(lang: str) -> None:
    from jalur.reports.market import render_html, render_xlsx

    html = render_html(layoffs_result(), "layoffs", lang)
    claim = ("Tidak ada peristiwa dalam laporan ini yang ditampilkan sebagai PHK karena AI tanpa kutipan"
             if lang == "id" else "Nothing in this report is shown as a layoff caused by AI without a quote")  # fmt: skip
    assert claim in html
    assert ("Usulan untuk ditinjau" if lang == "id" else "Proposed for review") in html
    assert "PT Contoh Digital" in html and ">example.org</a>" in html and "2026" in html
    assert foreign_segments(visible_text(html, lang), lang, ALLOWED) == []
    names, cells = _xlsx_cells(render_xlsx(layoffs_result(), "layoffs", lang))
    assert names == (["Batas tafsiran", "Cakupan", "Menurut tahun", "Peristiwa di Indonesia", "Alasan AI",
                      "Usulan untuk ditinjau"] if lang == "id" else
                     ["What it is not", "Coverage", "By year", "Events in Indonesia", "AI reason",
                      "Proposed for review"])  # fmt: skip
    assert any(claim in c for c in cells)
    cells = [c for c in cells if not c.startswith("https://")]
    assert foreign_segments(names + cells, lang, ALLOWED) == []


def _records() -> list[dict[str, Any]]:
    """Per-ad records as the classifier gives them, with what must never reach the file."""
    return [
        {"id": "a1", "row": 2, "title": "Analis Data", "company": "PT Kami", "language": "id", "source": "papan",
         "ai_class": "C", "ai_role": None, "desks": ["data_annotation", "ai_integration"],
         "isco": {"code": "2511", "confidence": 0.81, "abstained": False},
         "salary_idr_month_min": 8_000_000, "salary_idr_month_max": 10_000_000,
         "salary": {"currency": "IDR", "min": 8, "max": 10, "period": "month", "basis": "juta", "region": None},
         "posted": {"date": "2026-03-01", "basis": "exact"},
         "location": {"place": "Denpasar", "province": "Bali", "province_code": "51", "country": "ID"},
         "description": "Kirim CV ke budi@contoh.id atau WA 0812-3456-7890.",
         "skills": [{"skill": "Python", "kind": "tool", "evidence": "pakai python, hubungi 0812-3456-7890"},
                    {"skill": "ChatGPT", "kind": "ai_tool", "evidence": "ChatGPT"}],
         "evidence": [{"term": "hubungi 0812-3456-7890 ChatGPT", "section": "duties", "kind": "ai_tool"}],
         "flags": []},
        {"id": "a2", "row": 3, "title": "Kasir", "ai_class": "E", "ai_role": None, "desks": [], "isco": None,
         "salary_idr_month_min": None, "salary_idr_month_max": None, "posted": None, "location": None,
         "skills": [], "evidence": [], "flags": []},
    ]  # fmt: skip


def test_the_per_ad_file_has_no_description_and_no_personal_values(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from jalur.reports.market import RECORD_COLUMNS, write_market_report

    written = write_market_report(market_result(), tmp_path, ["csv", "parquet", "json"], "id", _records())
    assert {p.name for p in written} == {"ads.csv", "ads.parquet", "report.json", "review_queue.csv"}
    text = (tmp_path / "ads.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0]) == list(RECORD_COLUMNS)
    assert not {"description", "deskripsi", "evidence"} & set(rows[0])
    assert "0812" not in text and "@" not in text and "CV ke" not in text
    assert rows[0]["skills"] == "Python;ChatGPT" and rows[0]["desks"] == "data_annotation;ai_integration"
    assert (rows[0]["company"], rows[0]["province"], rows[0]["isco"]) == ("PT Kami", "Bali", "2511")
    assert rows[1]["isco"] == "" and rows[1]["province"] == ""
    table = pq.read_table(tmp_path / "ads.parquet")
    assert table.column_names == list(RECORD_COLUMNS) and table.num_rows == 2
    assert table.schema.field("salary_idr_month_min").type == "double"
    assert b"ads_not_vacancies" in table.schema.metadata[b"jalur.scope"]
    assert "0812" not in json.dumps(table.to_pylist())
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8")) == market_result()


def test_the_layoff_tracker_writes_no_per_ad_file(tmp_path: Path) -> None:
    from jalur.reports.market import write_layoffs_report

    written = write_layoffs_report(layoffs_result(), tmp_path, ["json", "csv", "html"], "en")
    assert [p.name for p in written] == ["report.json", "report.html"]


# --- through the command line (the toy ads above, the knowledge base's coder) -----------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_market_report_files(kb_path: Path, tmp_path: Path, lang: str) -> None:
    ads = tmp_path / "iklan.csv"
    ads.write_text(ADS, encoding="utf-8")
    out = tmp_path / "out"
    r = runner.invoke(app, ["market", "report", str(ads), "--kb", str(kb_path), "--out", str(out), "--lang", lang,
                            "--format", "html,pdf,xlsx,json,csv,parquet"])  # fmt: skip
    assert r.exit_code == 0, r.output
    names = {p.name for p in out.iterdir()}
    assert {"report.html", "report.pdf", "report.xlsx", "report.json", "ads.csv", "ads.parquet"} <= names
    html = (out / "report.html").read_text(encoding="utf-8")
    scope = "Iklan bukan lowongan" if lang == "id" else "Ads are not vacancies"
    assert scope in html and "0812" not in html
    assert "—" in html  # three ads: every share suppressed
    assert foreign_segments(visible_text(html, lang), lang, ["iklan.csv"]) == []
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    with zipfile.ZipFile(out / "report.xlsx") as z:
        book = z.read("xl/workbook.xml").decode()
    assert ("Iklan menurut kelas AI" if lang == "id" else "Ads by AI class") in book
    rows = list(csv.DictReader(io.StringIO((out / "ads.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 3 and "description" not in rows[0] and "deskripsi" not in rows[0]
    assert "0812" not in (out / "ads.csv").read_text(encoding="utf-8-sig")
    assert {r["ai_class"] for r in rows} == {"A", "E", "C"}
    bad = runner.invoke(app, ["market", "report", str(ads), "--kb", str(kb_path), "--out", str(out),
                              "--format", "docx", "--lang", "en"])  # fmt: skip
    assert bad.exit_code == 2 and "docx" in bad.output


def test_layoff_tracker_files(tmp_path: Path) -> None:
    events = tmp_path / "phk.csv"
    events.write_text(
        "company,date,count,country,source\nPT Contoh Digital,2026-03-02,120,Indonesia,https://example.org/a\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    r = runner.invoke(app, ["layoffs", "report", str(events), "--out", str(out), "--lang", "id"])
    assert r.exit_code == 0, r.output
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "Peristiwa PHK: phk.csv" in html and "PT Contoh Digital" in html
    assert "Tidak ada peristiwa yang dihitung disebabkan AI tanpa kutipan" in html
    assert (out / "report.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "report.xlsx").stat().st_size > 0
    bad = runner.invoke(app, ["layoffs", "report", str(events), "--out", str(out), "--format", "csv"])
    assert bad.exit_code == 2 and "csv" in bad.output
