"""The service facing faults, with real processes: a server killed with SIGKILL while jobs run (every job
completes after the restart, retried, or fails with its reason), a second server on the same database (no
live job is failed), a read-only and a full filesystem, a deleted database (``/health`` not ok, clear
errors, the restart refuses an empty database), a worker killed mid-job (its job is retried), cancel and
re-run; and after each of these, no raw upload left on disk."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.live_server import LiveServer, tree_pids
from tests.web_fixtures import SAMPLES

SHOP = (SAMPLES / "toko-kecil.csv").read_bytes()
FAST = {"JALUR_JOB_LEASE": "3", "JALUR_JOB_WORKERS": "1"}


def _incoming_empty(srv: LiveServer) -> bool:
    folder = srv.files / ".incoming"
    return not folder.exists() or not any(folder.iterdir())


def _worker_pids(srv: LiveServer) -> list[int]:
    assert srv.proc is not None
    return [p for p in tree_pids(srv.proc.pid) if p != srv.proc.pid and _is_worker(p)]


def _is_worker(pid: int) -> bool:
    try:
        return b"jalur.app.worker" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _wait(pred: object, timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():  # type: ignore[operator]
            return True
        time.sleep(step)
    return False


@pytest.fixture
def tmp(tmp_path: Path, kb_path: Path) -> Path:
    return tmp_path


def test_a_server_killed_mid_job_loses_no_job(tmp: Path) -> None:
    with LiveServer(tmp, **FAST) as srv:
        srv.wait_workers(1)
        _, key = srv.org("Kill")
        ids = [srv.upload(key, f"toko-{i}.csv", SHOP).json()["job_id"] for i in range(3)]
        assert _wait(lambda: srv.status(key, ids[0])["status"] == "running", 60)
        workers = _worker_pids(srv)
        assert workers
        srv.kill9()
        # the workers learn that their server died and leave (giving their job back)
        assert _wait(lambda: not any(Path(f"/proc/{p}").exists() and _is_worker(p) for p in workers), 30)
        srv.start()
        srv.wait_workers(1)
        finals = [srv.wait_job(key, j, timeout=180) for j in ids]
        assert [f["status"] for f in finals] == ["done", "done", "done"], [
            (f["status"], f["error"]) for f in finals
        ]
        assert _incoming_empty(srv)


def test_a_worker_killed_mid_job_is_replaced_and_its_job_retried(tmp: Path) -> None:
    with LiveServer(tmp, **FAST) as srv:
        srv.wait_workers(1)
        _, key = srv.org("Worker")
        job = srv.upload(key, "toko.csv", SHOP).json()["job_id"]
        assert _wait(lambda: srv.status(key, job)["status"] == "running", 60)
        for pid in _worker_pids(srv):
            os.kill(pid, signal.SIGKILL)
        final = srv.wait_job(key, job, timeout=180)
        assert final["status"] == "done" and final["attempts"] == 2, final


def test_a_second_server_on_the_same_database_fails_no_live_job(tmp: Path) -> None:
    with LiveServer(tmp, **FAST) as first:
        first.wait_workers(1)
        _, key = first.org("Two")
        ids = [first.upload(key, f"t{i}.csv", SHOP).json()["job_id"] for i in range(3)]
        assert _wait(lambda: first.status(key, ids[0])["status"] == "running", 60)
        second = LiveServer(tmp, **FAST)
        second.log_path = tmp / "second.log"
        with second:
            finals = [first.wait_job(key, j, timeout=180) for j in ids]
        assert [f["status"] for f in finals] == ["done"] * 3, [(f["status"], f["error"]) for f in finals]
        assert all(f["attempts"] == 1 for f in finals)  # nobody failed or stole a live job


def test_cancel_stops_a_running_job_and_rerun_builds_it_again(tmp: Path) -> None:
    with LiveServer(tmp, **FAST) as srv:
        srv.wait_workers(1)
        _, key = srv.org("Cancel")
        h = {"X-API-Key": key}
        bank = (SAMPLES / "bank-nusantara.csv").read_bytes()
        running = srv.upload(key, "bank.csv", bank).json()["job_id"]
        queued = srv.upload(key, "toko.csv", SHOP).json()["job_id"]
        assert _wait(lambda: srv.status(key, running)["status"] == "running", 60)
        r = srv.client.post(f"/api/v1/reports/{queued}/cancel", headers=h)
        assert r.status_code == 200 and r.json()["status"] == "cancelled"
        r = srv.client.post(f"/api/v1/reports/{running}/cancel", headers=h)
        assert r.status_code == 200 and r.json()["status"] in ("cancelling", "cancelled")
        assert srv.wait_job(key, running, timeout=30)["status"] == "cancelled"
        again = srv.client.post(f"/api/v1/reports/{queued}/rerun", headers=h)
        assert again.status_code == 202
        assert srv.wait_job(key, again.json()["job_id"], timeout=120)["status"] == "done"
        # the worker that was stopped was started again and still works
        srv.wait_workers(1)


def test_one_organisation_flooding_uploads_does_not_delay_another_s_small_job(tmp: Path) -> None:
    with LiveServer(tmp, JALUR_JOB_WORKERS="2") as srv:
        srv.wait_workers(2)
        _, flood = srv.org("Flood")
        _, small = srv.org("Small")
        bank = (SAMPLES / "bank-nusantara.csv").read_bytes()
        flooded = [srv.upload(flood, f"bank-{i}.csv", bank) for i in range(8)]
        assert all(r.status_code == 202 for r in flooded)
        t0 = time.monotonic()
        job = srv.upload(small, "toko.csv", SHOP).json()["job_id"]
        assert _wait(lambda: srv.status(small, job)["status"] != "queued", 10, 0.1), (
            "did not start within 10 s"
        )
        started = time.monotonic() - t0
        assert started <= 10, started
        assert srv.wait_job(small, job, timeout=120)["status"] == "done"
        for r in flooded:  # leave nothing running
            srv.client.post(f"/api/v1/reports/{r.json()['job_id']}/cancel", headers={"X-API-Key": flood})


def test_a_job_over_its_time_limit_fails_with_its_reason_and_the_worker_comes_back(tmp: Path) -> None:
    with LiveServer(tmp, JALUR_JOB_WORKERS="1", JALUR_JOB_TIMEOUT="2", JALUR_JOB_LEASE="3") as srv:
        srv.wait_workers(1)
        _, key = srv.org("Slow")
        bank = (SAMPLES / "bank-nusantara.csv").read_bytes()
        job = srv.upload(key, "bank.csv", bank).json()["job_id"]
        final = srv.wait_job(key, job, timeout=60)
        assert final["status"] == "failed" and final["error"]["code"] == "job_timeout", final
        srv.wait_workers(1)


def test_a_full_queue_answers_429_with_retry_after(tmp: Path) -> None:
    with LiveServer(tmp, JALUR_ORG_MAX_QUEUED="2", JALUR_JOB_WORKERS="0") as srv:
        _, key = srv.org("Queue")
        codes = [srv.upload(key, f"t{i}.csv", SHOP).status_code for i in range(3)]
        assert codes == [202, 202, 429]
        r = srv.upload(key, "t.csv", SHOP)
        assert r.json()["error"]["code"] == "queue_full" and int(r.headers["retry-after"]) > 0
        assert _incoming_empty(srv)


# ------------------------------------------------------------------------------------ storage faults
@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    """A 64 MB tmpfs of its own (root only), so that it can be filled and made read-only."""
    mnt = tmp_path / "fs"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode()[:200]}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def _health(srv: LiveServer) -> tuple[int, dict[str, object]]:
    r = srv.client.get("/api/v1/health")
    return r.status_code, r.json()


def test_a_read_only_sqlite_volume_at_start_is_refused_with_one_clear_message(
    small_fs: Path, tmp_path: Path, toy_kb_path: Path
) -> None:
    env = {"JALUR_JOB_WORKERS": "0", "JALUR_MIN_FREE_MB": "1", "JALUR_KB": str(toy_kb_path)}
    srv = LiveServer(small_fs, **env)
    srv.log_path = tmp_path / "server.log"  # outside the filesystem made read-only
    with srv:
        srv.org("RO")
    subprocess.run(["mount", "-o", "remount,ro", str(small_fs)], check=True)
    try:
        with pytest.raises(RuntimeError, match="server exited"):
            srv.start(timeout=60)
        assert srv.proc is not None and srv.proc.returncode == 2
        text = srv.log().replace("\n", "")  # the terminal wraps long lines
        assert "web.sqlite" in text and "JALUR_DATABASE_URL" in text and "Traceback" not in text
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_fs)], check=True)


PG_URL = os.environ.get("JALUR_TEST_POSTGRES_URL", "")


@pytest.mark.skipif(not PG_URL, reason="JALUR_TEST_POSTGRES_URL is not set")
def test_a_database_turned_read_only_mid_run_shows_in_health_and_reads_still_work(tmp: Path) -> None:
    """A failover to a read-only replica, as PostgreSQL does it: new sessions cannot write."""
    import secrets

    from sqlalchemy import create_engine, text

    from jalur.store.db import normalise_url
    from tests.test_web_storage import _with_schema

    schema = f"jalur_ro_{secrets.token_hex(4)}"
    admin = create_engine(normalise_url(PG_URL), isolation_level="AUTOCOMMIT")
    role = f"jalur_ro_{secrets.token_hex(4)}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'CREATE SCHEMA "{schema}" AUTHORIZATION "{role}"'))
    url = _with_schema(PG_URL, schema).replace("postgres@", f"{role}@")
    try:
        with LiveServer(tmp, JALUR_DATABASE_URL=url, JALUR_JOB_WORKERS="1") as srv:
            srv.wait_workers(1)
            _, key = srv.org("RO")
            job = srv.upload(key, "toko.csv", SHOP).json()["job_id"]
            assert srv.wait_job(key, job, timeout=120)["status"] == "done"
            assert _health(srv)[0] == 200
            with admin.connect() as conn:
                conn.execute(text(f'ALTER ROLE "{role}" SET default_transaction_read_only = on'))
                conn.execute(
                    text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
                )
            time.sleep(2.5)
            status, body = _health(srv)
            assert status == 503 and body["db"]["problem"] == "database_not_writable", body  # type: ignore[index]
            st = srv.client.get(f"/api/v1/reports/{job}", headers={"X-API-Key": key})
            assert st.status_code == 200 and st.json()["status"] == "done"  # reading writes nothing
            r = srv.upload(key, "toko.csv", SHOP)
            assert r.status_code == 503 and r.json()["error"]["code"] == "db_unavailable", r.text
            assert "Traceback" not in srv.log()
            assert _incoming_empty(srv)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            conn.execute(
                text(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}'")
            )
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_a_full_disk_shows_in_health_and_uploads_fail_clearly(small_fs: Path, kb_path: Path) -> None:
    with LiveServer(small_fs, JALUR_JOB_WORKERS="1", JALUR_MIN_FREE_MB="1") as srv:
        srv.wait_workers(1)
        _, key = srv.org("Full")
        assert _health(srv)[0] == 200
        filler = small_fs / "filler"
        subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=1M", "count=100"], capture_output=True)
        time.sleep(2.5)
        status, body = _health(srv)
        assert status == 503 and body["files"]["ok"] is False, body  # type: ignore[index]
        r = srv.upload(key, "toko.csv", SHOP)
        assert r.status_code in (503, 507), r.text
        assert r.json()["error"]["code"] in ("disk_full", "db_unavailable", "storage_unavailable")
        assert "errno" in srv.log() or "ENOSPC" in srv.log() or "SQLITE_FULL" in srv.log()
        filler.unlink()
        assert _incoming_empty(srv)


def test_a_deleted_database_is_not_ok_and_not_silently_replaced(tmp: Path) -> None:
    srv = LiveServer(tmp, JALUR_JOB_WORKERS="0")
    with srv:
        _org, key = srv.org("Deleted")
        assert _health(srv)[0] == 200
        for p in tmp.glob("web.sqlite*"):
            p.unlink()
        time.sleep(2.5)
        status, body = _health(srv)
        assert status == 503 and body["db"]["problem"] == "database_file_missing", body  # type: ignore[index]
        r = srv.client.get("/api/v1/reports", headers={"X-API-Key": key})
        assert r.status_code in (403, 503) and r.headers["content-type"].startswith("application/json")
    # a restart does not create an empty database over the old one's files
    again = LiveServer(tmp, JALUR_JOB_WORKERS="0")
    with pytest.raises(RuntimeError, match="allow-new-database"):
        again.start(timeout=60)
    assert again.proc is not None and again.proc.returncode == 2
    # unless asked to
    third = LiveServer(tmp, JALUR_JOB_WORKERS="0", JALUR_ALLOW_NEW_DATABASE="1")
    with third:
        assert _health(third)[0] == 200


def test_raw_uploads_left_by_a_killed_server_are_swept_at_start(tmp: Path) -> None:
    with LiveServer(tmp, JALUR_JOB_WORKERS="0") as srv:
        _, key = srv.org("Sweep")
        big = b"Jabatan,Unit,Gaji\n" + b"".join(
            f"Teller {i % 500},Kas {i % 40},5000000\n".encode() for i in range(180_000)
        )
        t = threading.Thread(target=lambda: _quiet(lambda: srv.upload(key, "big.csv", big)), daemon=True)
        t.start()
        assert _wait(
            lambda: (srv.files / ".incoming").exists() and any((srv.files / ".incoming").iterdir()), 30, 0.02
        )
        srv.kill9()
        t.join(timeout=30)
        assert not _incoming_empty(srv)  # the crash left it
        srv.start()
        assert _incoming_empty(srv)


def _quiet(fn: object) -> None:
    with contextlib.suppress(Exception):
        fn()  # type: ignore[operator]
