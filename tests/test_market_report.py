"""The market report and the layoff tracker as files (issue 19): every format written, the scope said in
the report's language with no words of the other, suppressed cells shown as a dash, the per-ad file with
neither descriptions nor personal values. The ads and events are ours (authored for the test)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app
from tests.language_check import foreign_segments, visible_text

runner = CliRunner()

ADS = """judul,perusahaan,lokasi,gaji,deskripsi
Machine Learning Engineer,PT Awan Data,Jakarta Selatan,Rp 15-20 juta,Membangun model machine learning. Hubungi 0812-3456-7890.
Kasir,Toko Sinar,Bekasi,UMR Bekasi,Melayani pembayaran pelanggan di toko dan menghitung uang kas harian.
Staf Administrasi,CV Maju,Surabaya,"4,5 jt",Mengarsipkan dokumen dan membuat laporan memakai ChatGPT.
"""


@pytest.mark.parametrize("lang", ["id", "en"])
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
