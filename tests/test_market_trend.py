"""A trend compares like with like (issue 19): a month whose mix of boards changes is a break, and a
share is drawn only where a month has enough ads. The ads are the project's synthetic corpus."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from jalur.faces.cli.main import app
from jalur.market.ads import Ad, language_of
from jalur.market.aggregate import source_mix_shift


def test_source_mix_shift() -> None:
    assert source_mix_shift({"a": 10, "b": 10}, {"a": 5, "b": 5}) == 0.0
    assert source_mix_shift({"a": 10}, {"b": 3}) == 1.0
    assert source_mix_shift({"a": 30, "b": 10}, {"a": 10, "b": 30}) == 0.5
    assert source_mix_shift({}, {"a": 1}) is None


def test_a_new_board_in_a_month_breaks_the_trend(kb_path: Path, tmp_path: Path) -> None:
    import csv

    from jalur.market.synthetic import ads

    rows = list(ads(400, months=2))
    for r in rows:  # the first month from one board, the second from another
        r["source"] = "jobstreet" if r["posted"] < "2026-02-01" else "dealls"
    path = tmp_path / "ads.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    store = tmp_path / "s.duckdb"
    runner = CliRunner()
    r = runner.invoke(app, ["market", "ingest", str(path), "--store", str(store), "--kb", str(kb_path)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["market", "report", "--store", str(store), "--json", "--kb", str(kb_path)])
    trend = json.loads(r.stdout)["trend"]
    assert [m["month"] for m in trend] == ["2026-01", "2026-02"]
    assert trend[0]["break"] is False and trend[0]["source_shift"] is None
    assert trend[1]["break"] is True and trend[1]["source_shift"] == 1.0
    assert all(m["enough"] for m in trend)


def test_the_language_of_an_ad() -> None:
    assert language_of(Ad("1", 1, "Kasir", "Melayani pembayaran pelanggan dan menghitung uang kas.")) == "id"
    assert language_of(Ad("2", 2, "Data Engineer", "You will build and maintain our data pipelines.")) == "en"


def test_ingest_in_worker_processes_stores_the_same_rows(kb_path: Path, tmp_path: Path) -> None:
    import csv

    from jalur.app import lookups
    from jalur.app.market import ingest_files
    from jalur.market.synthetic import ads
    from jalur.store.ads import connect, records

    rows = list(ads(300, months=2))
    path = tmp_path / "ads.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    got = []
    with lookups.open_kb(kb_path) as kb:
        for workers in (1, 2):
            store = tmp_path / f"s{workers}.duckdb"
            counts = ingest_files([path], store, kb, batch=64, workers=workers)
            assert counts["ads_read"] == 300
            con = connect(store)
            try:
                got.append(sorted(records(con), key=lambda r: (r["title"], r["first_seen"], str(r["isco"]))))
            finally:
                con.close()
    assert got[0] == got[1] and len(got[0]) == 300
