"""Every hostile file of issue 13 against a real server (``jalur serve`` in a subprocess, its own worker
processes): each gets a clear 4xx or a finished job within 20 s, the whole service stays under 1.5 GB, the
server answers look-ups throughout, rows in = accepted + rejected, no raw upload is left on disk, and no
personal value (whole columns or inside cells, or in the file's name) reaches any output, the database or
the log. The same files through the CLI end with a clear message and exit status 2, never an abort."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.hostile_files import ALL_HOSTILE, PERSONAL_VALUES, csv_personal_in_cells, xlsx_far_corner
from tests.live_server import LiveServer, MemoryPeak, lookups_during, percentile
from tests.pii_scan import PersonalValues, readable
from tests.web_fixtures import BANK, sample_personal_values

SECONDS = 20.0
PEAK_BYTES = int(1.5 * 1024**3)

#: what each file must give: ("refused", HTTP status, error code) or ("done", rows in, rows rejected)
EXPECTED: dict[str, tuple[str, int, Any]] = {
    "xlsx_far_corner": ("refused", 422, "workbook_range"),
    "xlsx_declared_range": ("done", 1, 0),
    "xlsx_wide_rows": ("refused", 422, "workbook_range"),
    "xlsx_huge_shared_string": ("refused", 422, "workbook_unpacked"),
    "xlsx_whitespace_bomb": ("refused", 422, "workbook_unpacked"),
    "xlsx_merged_ranges": ("done", 2, 0),
    "xlsx_many_merges": ("done", 2, 0),
    "xlsx_billion_laughs": ("refused", 422, "roster_unreadable"),
    "xlsx_many_members": ("refused", 422, "workbook_parts"),
    "xlsx_not_a_zip": ("refused", 422, "roster_unreadable"),
    "csv_blank_lines": ("refused", 422, "roster_blank_head"),
    "csv_only_blank_lines": ("refused", 422, "roster_blank_head"),
    "csv_unclosed_quote": ("done", 101, 1),
    "csv_stray_cr": ("done", 2, 0),
    "csv_long_field": ("done", 2, 0),
    "csv_marker_text": ("done", 2, 1),
    "csv_personal_in_cells": ("done", 8, None),
}


@pytest.fixture(scope="module")
def srv(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with LiveServer(tmp_path_factory.mktemp("hostile-service"), JALUR_JOB_WORKERS="1") as s:
        s.wait_workers(1)
        yield s


@pytest.fixture(scope="module")
def key(srv: LiveServer) -> str:
    return srv.org("Hostile test")[1]


def test_the_expectations_cover_every_hostile_file() -> None:
    assert set(EXPECTED) == set(ALL_HOSTILE)


@pytest.mark.parametrize("name", sorted(ALL_HOSTILE))
def test_a_hostile_file_gets_a_clear_outcome_in_bounded_time_and_memory(
    srv: LiveServer, key: str, name: str
) -> None:
    filename, data = ALL_HOSTILE[name]()
    expected = EXPECTED[name]
    assert srv.proc is not None
    with MemoryPeak(srv.proc.pid) as mem, lookups_during(srv.base) as lat:
        t0 = time.monotonic()
        r = srv.upload(key, filename, data)
        if expected[0] == "refused":
            assert r.status_code == expected[1], (name, r.status_code, r.text[:300])
            err = r.json()["error"]
            assert err["code"] == expected[2], (name, err)
            assert err["message"] and "\ue000" not in err["message"] and "Traceback" not in r.text
        else:
            assert r.status_code == 202, (name, r.status_code, r.text[:300])
            st = srv.wait_job(key, r.json()["job_id"], timeout=SECONDS)
            assert st["status"] == "done", (name, st["status"], st.get("error"))
            up = st["upload"]
            assert up["rows_in"] == up["rows_accepted"] + up["rows_rejected"]
            assert up["rows_in"] == expected[1], (name, up)
            if expected[2] is not None:
                assert up["rows_rejected"] == expected[2], (name, st["rows_rejected"])
            for row in st["rows_rejected"]:
                assert "\ue000" not in row["detail"]
        elapsed = time.monotonic() - t0
    assert elapsed <= SECONDS, (name, elapsed)
    assert mem.peak <= PEAK_BYTES, (name, mem.peak / 1024**2)
    # the server answered look-ups the whole time
    assert lat and all(x >= 0 for x in lat), (name, lat[:10])
    assert percentile(lat, 0.95) <= 250, (name, percentile(lat, 0.95))
    # and no raw upload is left behind
    assert not any((srv.files / ".incoming").iterdir())


def test_the_unclosed_quote_names_its_line(srv: LiveServer, key: str) -> None:
    filename, data = ALL_HOSTILE["csv_unclosed_quote"]()
    r = srv.upload(key, filename, data)
    st = srv.wait_job(key, r.json()["job_id"], timeout=SECONDS)
    assert st["rows_rejected"] == [
        {
            "row": 2,
            "reason": "unreadable",
            "detail": "a quote opened on line 2 is not closed; that line is left out",
        }
    ]
    assert st["upload"]["rows_accepted"] == 100


def test_no_personal_value_reaches_outputs_the_database_or_the_log(srv: LiveServer, key: str) -> None:
    filename, data = csv_personal_in_cells()
    r = srv.upload(key, filename, data)
    assert r.status_code == 202, r.text
    st = srv.wait_job(key, r.json()["job_id"], timeout=60)
    assert st["status"] == "done"
    assert "3201234507890123" not in str(st["upload"]["filename"])
    bank = srv.upload(key, "bank.csv", BANK.read_bytes())
    assert bank.status_code == 202
    assert srv.wait_job(key, bank.json()["job_id"], timeout=240)["status"] == "done"
    values = PersonalValues(
        [v for vs in PERSONAL_VALUES.values() for v in vs]
        + [v for vs in sample_personal_values().values() for v in vs]
    )
    blobs: dict[str, bytes] = {str(p): readable(p) for p in srv.files.rglob("*") if p.is_file()}
    for p in srv.tmp.glob("web.sqlite*"):
        blobs[p.name] = p.read_bytes()
    blobs["server.log"] = srv.log().encode()
    blobs["status"] = str(st).encode()
    for where, blob in blobs.items():
        found = values.found_in(blob)
        assert not found, (where, sorted(found)[:5])


def _cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "jalur.faces.cli.main", *args], capture_output=True, text=True, timeout=timeout
    )


@pytest.mark.parametrize(
    "name", ["xlsx_far_corner", "xlsx_wide_rows", "xlsx_whitespace_bomb", "csv_blank_lines"]
)
def test_the_cli_refuses_a_hostile_roster_with_a_message(tmp_path: Path, name: str) -> None:
    filename, data = ALL_HOSTILE[name]()
    path = tmp_path / filename
    path.write_bytes(data)
    t0 = time.monotonic()
    done = _cli("report", str(path), "--out", str(tmp_path / "out"), "--format", "json")
    assert time.monotonic() - t0 <= SECONDS
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert filename in done.stderr and "Traceback" not in done.stderr and "panicked" not in done.stderr


def test_the_cli_refuses_a_hostile_overrides_file(tmp_path: Path) -> None:
    filename, data = xlsx_far_corner()
    path = tmp_path / filename
    path.write_bytes(data)
    roster = tmp_path / "r.csv"
    roster.write_text("Jabatan\nTeller\n", encoding="utf-8")
    done = _cli(
        "report", str(roster), "--overrides", str(path), "--out", str(tmp_path / "o"), "--format", "json"
    )
    assert done.returncode == 2, (done.returncode, done.stderr[-500:])
    assert "far-corner.xlsx" in done.stderr and "Traceback" not in done.stderr
