"""The layoff tracker's review and official counts (issue 19): reports stored once, events graded only by
a person with a quote and its address, a grade without them refused with its reason, KBLI sections from
the industry, the country check, and the ministry's monthly counts beside the events, never added. The
events here are ours (authored for the test)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app

runner = CliRunner()

EVENTS = """company,date,count,country,industry,location,source
PT Contoh Digital,2026-03-02,120,Indonesia,Finance,Jakarta,https://example.org/berita/phk-contoh-ai
PT Contoh Digital Tbk,2026-03-10,150,Indonesia,Finance,Jakarta,https://example.org/berita/phk-contoh-2
Toko Awan,2025-07-01,,Indonesia,Retail,Bandung,https://example.org/toko-awan
Klinik Daring,2025-05-05,80,India,Healthcare,"Jakarta, Non-U.S.",https://example.org/klinik
Acme Robotics,2025-11-20,300,United States,Hardware,SF Bay Area,https://example.org/acme-automation-cuts
"""


@pytest.fixture()
def events(tmp_path: Path) -> Path:
    p = tmp_path / "phk.csv"
    p.write_text(EVENTS, encoding="utf-8")
    return p


def _json(args: list[str]) -> dict:
    r = runner.invoke(app, [*args, "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_sections_country_check_and_grouping(events: Path) -> None:
    out = _json(["layoffs", "report", str(events)])
    assert out["rows_read"] == 5 and out["events"] == 4  # the two Contoh reports 8 days apart are one event
    here = {e["company"]: e for e in out["country_events"]}
    assert set(here) == {"PT Contoh Digital", "Toko Awan", "Klinik Daring"}
    assert here["PT Contoh Digital"]["count"] == 150 and here["PT Contoh Digital"]["reports"] == 2
    assert here["PT Contoh Digital"]["kbli"] == "K" and here["PT Contoh Digital"]["kbli_basis"] == "industry"
    assert here["Klinik Daring"]["flags"] == ["kbli_from_industry", "country_mismatch"]
    assert here["Toko Awan"]["count"] is None  # unknown, not zero
    # the machine proposes, never grades
    assert out["ai_attribution"] == {"stated": 0, "reported": 0, "context": 0, "ai_firm": 0}
    assert {c["company"] for c in out["ai_candidates_for_review"]} == {"PT Contoh Digital", "Acme Robotics"}


def test_review_then_record_grades_only_with_a_quote_and_its_address(events: Path, tmp_path: Path) -> None:
    store, review = tmp_path / "s.duckdb", tmp_path / "review.csv"
    first = _json(["layoffs", "ingest", str(events), "--store", str(store)])
    again = _json(["layoffs", "ingest", str(events), "--store", str(store)])
    assert first["new"] == 5 and again == {"reports_read": 5, "new": 0, "known": 5, "stored": 5}
    written = _json(["layoffs", "review", "--store", str(store), "--out", str(review)])
    assert written["written"] == 4  # two AI candidates and the two other Indonesian events
    rows = list(csv.DictReader(review.open(encoding="utf-8-sig")))
    by = {r["company"]: r for r in rows}
    by["PT Contoh Digital"].update(
        attribution="stated", quote="Kami mengganti sebagian layanan pelanggan dengan chatbot.",
        quote_url="https://example.org/siaran-pers", mechanism="chatbot replaces call centre",
    )  # fmt: skip
    by["Acme Robotics"].update(attribution="stated", quote="We automated the line.", quote_url="")
    by["Toko Awan"].update(attribution="AI-caused")
    with review.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    rec = _json(["layoffs", "review", "--record", str(review), "--store", str(store)])
    assert rec["recorded"] == 1
    assert sorted(r["reason"] for r in rec["refused"]) == ["layoffs.refused.grade", "layoffs.refused.no_url"]
    out = _json(["layoffs", "report", "--store", str(store)])
    assert out["ai_attribution"]["stated"] == 1 and out["review"]["decisions_applied"] == 1
    contoh = next(e for e in out["country_events"] if e["company"] == "PT Contoh Digital")
    assert contoh["attribution"] == "stated" and contoh["quote"].startswith("Kami mengganti")
    assert "https://example.org/siaran-pers" in contoh["sources"] and "reviewed" in contoh["flags"]
    acme = next(c for c in out["ai_candidates_for_review"] if c["company"] == "Acme Robotics")
    assert acme["attribution"] == "none"  # refused: still a candidate, never shown as AI-caused


def test_official_monthly_counts_stand_beside_the_events(events: Path, tmp_path: Path) -> None:
    official = tmp_path / "kemnaker.csv"
    official.write_text(
        "bulan,provinsi,jumlah\nMaret 2026,,18.610\n03/2026,Jawa Barat,5.000\n2026-02,,12.000\n",
        encoding="utf-8",
    )
    out = _json(["layoffs", "report", str(events), "--official", str(official)])
    assert out["official_beside_events"] == [
        {"month": "2026-02", "official_workers": 12000, "events": 0, "event_people": 0},
        {"month": "2026-03", "official_workers": 18610, "events": 1, "event_people": 150},
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    r = runner.invoke(app, ["layoffs", "report", str(events), "--official", str(bad), "--lang", "en"])
    assert r.exit_code == 2 and "month column" in r.output


def test_review_needs_one_mode(events: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["layoffs", "review", str(events), "--lang", "en"])
    assert r.exit_code == 2 and "--out" in r.output
    r = runner.invoke(app, ["layoffs", "review", "--record", str(events), "--lang", "en"])
    assert r.exit_code == 2


def test_titles_the_coder_would_not_place_are_queued_and_a_decision_places_them(
    kb_path: Path, tmp_path: Path
) -> None:
    ads = tmp_path / "iklan.csv"
    ads.write_text(
        "judul,perusahaan\nKaryawan PT Sasa,PT Sasa\nKaryawan PT Sasa,PT Sasa Cabang 2\nTeller Bank,Bank A\n",
        encoding="utf-8",
    )
    out = _json(["market", "report", str(ads), "--kb", str(kb_path)])
    queue = {q["title"]: q for q in out["review_queue"]}
    assert "Karyawan PT Sasa" in queue and queue["Karyawan PT Sasa"]["headcount"] == 2
    assert "Teller Bank" not in queue
    decided = tmp_path / "review_queue.csv"
    decided.write_text("title,headcount,reason,candidates,code\nKaryawan PT Sasa,2,no_candidate,,9329\n")
    again = _json(["market", "report", str(ads), "--kb", str(kb_path), "--overrides", str(decided)])
    assert again["input"]["placed_by_review"] == {"ads": 2, "titles": 1, "unknown_codes": 0}
    assert not any(q["title"] == "Karyawan PT Sasa" for q in again["review_queue"])
    assert any(o["isco"] == "9329" for o in again["by_occupation"])
