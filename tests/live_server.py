"""A real ``jalur serve`` in a subprocess on loopback, for the hostile-input and fault tests and the
benchmarks: a temporary SQLite database and files folder, its own worker processes, organisations made
through the same database, and the memory of the whole process tree (server, workers, isolated readers)
sampled while something runs.

    with LiveServer(tmp) as srv:
        org, key = srv.org("Bank")
        r = srv.client.post("/api/v1/reports", headers={"X-API-Key": key}, files=...)
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(b")", 1)[1].split()[1])
        tree.setdefault(ppid, []).append(int(entry))
    return tree


def tree_pids(root: int) -> list[int]:
    tree = _children()
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(tree.get(pid, ()))
    return out


def rss_bytes(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


def tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    return sum(rss_bytes(p) for p in tree_pids(root))


class MemoryPeak:
    """Samples the resident memory of a process tree every ``interval`` seconds while in use."""

    def __init__(self, root: int, interval: float = 0.05) -> None:
        self.root = root
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(self.root))
            self._stop.wait(self.interval)

    def __enter__(self) -> MemoryPeak:
        self.peak = tree_rss(self.root)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_rss(self.root))


class LiveServer:
    def __init__(self, tmp: Path, **env: str) -> None:
        self.tmp = Path(tmp)
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.db_url = env.get("JALUR_DATABASE_URL") or f"sqlite:///{self.tmp / 'web.sqlite'}"
        self.files = self.tmp / "files"
        self.log_path = self.tmp / "server.log"
        self.env = {
            **os.environ,
            "JALUR_DATABASE_URL": self.db_url,
            "JALUR_WEB_FILES": str(self.files),
            "JALUR_RATE_PER_MINUTE": "0",
            "JALUR_ADDRESS_RATE_PER_MINUTE": "0",
            "JALUR_AUTH_FAILURES_PER_MINUTE": "0",
            "HF_HUB_OFFLINE": "1",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
            **env,
        }
        self.proc: subprocess.Popen[bytes] | None = None
        self.client = httpx.Client(base_url=self.base, timeout=60)

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 120.0) -> float:
        """Start the server (``jalur serve``); seconds until /health answered (any status: a worker may
        still be warming)."""
        self.port = self.port if self.proc is None else free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.client = httpx.Client(base_url=self.base, timeout=60)
        cmd = [
            sys.executable,
            "-m",
            "jalur.faces.cli.main",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
        ]
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited ({self.proc.returncode}):\n{self.log()[-3000:]}")
            try:
                r = self.client.get("/api/v1/health", timeout=2)
                if r.status_code in (200, 503) and r.json().get("kb", {}).get("ok"):
                    return time.perf_counter() - start
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.2)
        raise RuntimeError("server did not become ready:\n" + self.log()[-3000:])

    def wait_workers(self, n: int = 1, timeout: float = 120.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                jobs = self.client.get("/api/v1/health").json().get("jobs", {})
                if jobs.get("workers_live", 0) >= n:
                    return
            except (httpx.HTTPError, ValueError):
                pass
            time.sleep(0.3)
        raise RuntimeError("no worker became live:\n" + self.log()[-3000:])

    def stop(self, timeout: float = 40.0) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill9()
        return self.proc.returncode

    def kill9(self) -> None:
        """SIGKILL the server alone (its workers are told by the kernel that their parent died)."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> LiveServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        pids = tree_pids(self.proc.pid) if self.proc is not None and self.proc.poll() is None else []
        self.stop()
        for pid in pids:  # nothing may outlive the test
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        self.client.close()

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace") if self.log_path.exists() else ""

    # ------------------------------------------------------------------ data
    def store(self) -> Any:
        from jalur.store.db import Store

        return Store(self.db_url)

    def org(self, name: str) -> tuple[str, str]:
        """A new organisation and its key, made in the server's database."""
        s = self.store()
        try:
            s.migrate()
            org_id, _, key = s.create_org(name)
        finally:
            s.close()
        return org_id, key

    def upload(self, key: str, name: str, data: bytes, lang: str = "en") -> httpx.Response:
        return self.client.post(
            "/api/v1/reports", headers={"X-API-Key": key}, files={"file": (name, data)}, data={"lang": lang}
        )

    def status(self, key: str, job_id: str) -> dict[str, Any]:
        r = self.client.get(f"/api/v1/reports/{job_id}", headers={"X-API-Key": key})
        r.raise_for_status()
        out: dict[str, Any] = r.json()
        return out

    def wait_job(self, key: str, job_id: str, timeout: float = 120.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        st = self.status(key, job_id)
        while st["status"] not in ("done", "failed", "cancelled") and time.monotonic() < deadline:
            time.sleep(0.2)
            st = self.status(key, job_id)
        return st


@contextmanager
def lookups_during(base: str, query: str = "teller bank") -> Iterator[list[float]]:
    """Latencies (ms) of look-ups sent one after another while the block runs; -1 for a failed one."""
    out: list[float] = []
    stop = threading.Event()

    def run() -> None:
        with httpx.Client(base_url=base, timeout=30) as c:
            while not stop.is_set():
                t0 = time.perf_counter()
                try:
                    ok = c.get("/api/v1/match", params={"text": query}).status_code == 200
                except httpx.HTTPError:
                    ok = False
                out.append((time.perf_counter() - t0) * 1000 if ok else -1.0)
                stop.wait(0.02)

    t = threading.Thread(target=run, daemon=True)
    t.start()
    try:
        yield out
    finally:
        stop.set()
        t.join()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)
