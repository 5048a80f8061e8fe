"""Employer report jobs as the web service sees them: uploads in, jobs queued in the database, status out;
and the worker processes that run the jobs (``jalur.app.worker``), started and watched from here.

An upload (``jalur.faces.web.upload``: streamed into a private folder) is read at once, in the request, by the
isolated reader (``jalur.workforce.roster.load_roster``: a separate process with memory and time limits), so a
file that cannot be read is refused with its message straight away; at most ``parse_concurrency`` files are
read at once for the whole service. The raw file is deleted as soon as it has been read. What is kept, under
``files_dir/<org id>/<upload id>/roster.json``, is a personal-data-free copy: the accepted rows' title, unit,
headcount, salary, location and description (personal values inside them already removed by the reader),
flags and row numbers, and the rejected rows (row, reason, detail: never a personal value). The upload's
record keeps the reader's ``input`` object (column headers, never cell values) and the first rejected rows,
so that a job's status is read from the database alone.

Jobs are rows of the database queue (queued → running → done | failed | cancelled) with leases; worker
processes take them (``Store.claim_job``). An organisation may have ``org_max_queued`` jobs waiting (more:
429 with Retry-After) and ``org_max_running`` running. Starting a server never touches another process's
jobs: a job whose worker died is retried when its lease expires.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from jalur.app.errors import ServiceError as ApiError
from jalur.app.errors import message
from jalur.app.services import Services
from jalur.app.settings import Settings
from jalur.app.uploads import Upload, sweep
from jalur.app.worker import FORMATS, ROSTER_COPY, describe_os_error
from jalur.errors import JalurError, UnknownOccupation
from jalur.i18n import Lang
from jalur.store.db import FINAL_STATUSES, Store
from jalur.tables.isolate import Limits
from jalur.tables.usertable import XLSX_SUFFIXES

log = logging.getLogger("jalur.app.jobs")

#: the files a job may serve, with their content types
FILES: dict[str, str] = {
    "report.html": "text/html; charset=utf-8",
    "report.pdf": "application/pdf",
    "report.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "report.json": "application/json",
    "review_queue.csv": "text/csv; charset=utf-8",
}
UPLOAD_SUFFIXES = (".csv", ".txt", ".tsv", *XLSX_SUFFIXES)
#: rejected rows kept with the upload and returned by ``status`` (all of them are in the report files)
MAX_REJECTED_SHOWN = 1_000
#: a review decision's code: ISCO-08/KBJI unit group, KBJI job, or O*NET-SOC
CODE_PATTERN = r"^(?:[0-9]{4}(?:\.[0-9]{2})?|[0-9]{2}-[0-9]{4}(?:\.[0-9]{2})?)$"
_CODE = re.compile(CODE_PATTERN)
#: seconds a request waits for a free reader before answering 429
PARSE_WAIT_SECONDS = 20.0
#: raw uploads older than this are swept (a request never holds one longer)
SWEEP_AFTER_SECONDS = 600.0


def safe_filename(name: str | None) -> str:
    """The base name of an uploaded file as shown back: no folders, no control characters, no personal
    values (a NIK, e-mail, phone number or name in the name is replaced), at most 120 characters."""
    from jalur.workforce.roster import shown_file_name

    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip().strip(".")
    base = shown_file_name(base) if base else base
    if len(base) > 120:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[:110] + dot + suffix[:9]) if dot and len(suffix) < 10 else base[:120]
    return base or "roster.csv"


def _progress(stored: Any) -> dict[str, Any]:
    """A running job's progress as the API shows it: its stage (None before the first) and percent."""
    p = stored if isinstance(stored, dict) else {}
    stage = p.get("stage") if isinstance(p.get("stage"), str) else None
    raw = p.get("percent")
    percent = raw if isinstance(raw, int) else 0
    return {"stage": stage, "percent": max(0, min(100, percent))}


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


class JobRunner:
    def __init__(self, store: Store, services: Services, settings: Settings) -> None:
        self.store = store
        self.services = services
        self.settings = settings
        self.files_dir = Path(settings.files_dir)
        self._reading = threading.BoundedSemaphore(max(1, settings.parse_concurrency))
        self._procs: list[subprocess.Popen[bytes] | None] = []
        self._starts: list[list[float]] = []
        self._stop = threading.Event()
        self._monitor: threading.Thread | None = None

    # ------------------------------------------------------------------ worker processes
    def start(self) -> None:
        """Sweep raw uploads a crash left behind, then start ``job_workers`` worker processes and a thread
        that starts them again when they end (and sweeps every few minutes)."""
        removed = sweep(self.files_dir, SWEEP_AFTER_SECONDS)
        if removed:
            log.warning("%d raw upload(s) left by an earlier process deleted", removed)
        n = max(0, int(self.settings.job_workers))
        self._procs = [None] * n
        self._starts = [[] for _ in range(n)]
        for i in range(n):
            self._spawn(i)
        self._monitor = threading.Thread(target=self._watch, name="jalur-workers", daemon=True)
        self._monitor.start()

    def _spawn(self, i: int) -> None:
        env = {
            **os.environ,
            **self.settings.to_env(),
            "JALUR_WORKER_PARENT": str(os.getpid()),
            "OMP_NUM_THREADS": "1",
            "OPENBLAS_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
        }
        self._starts[i] = [t for t in self._starts[i] if time.monotonic() - t < 60] + [time.monotonic()]
        self._procs[i] = subprocess.Popen([sys.executable, "-m", "jalur.app.worker"], env=env)

    def _watch(self) -> None:
        last_sweep = time.monotonic()
        while not self._stop.wait(1.0):
            for i, proc in enumerate(self._procs):
                if proc is None or proc.poll() is None:
                    continue
                if proc.returncode not in (0, 75):
                    log.error("job worker %d ended with status %s; starting it again", i, proc.returncode)
                # five starts in a minute: wait a little before the next
                if len(self._starts[i]) >= 5 and time.monotonic() - self._starts[i][-1] < 15:
                    continue
                self._spawn(i)
            if time.monotonic() - last_sweep > 120:
                last_sweep = time.monotonic()
                try:
                    sweep(self.files_dir, SWEEP_AFTER_SECONDS)
                except OSError as exc:
                    log.error("sweeping raw uploads failed: %s", describe_os_error(exc))

    def shutdown(self, wait: bool = True) -> None:
        """Stop the worker processes: they stop taking work, a running job gets a grace period and is
        otherwise given back to the queue."""
        self._stop.set()
        procs = [p for p in self._procs if p is not None and p.poll() is None]
        for p in procs:
            p.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + (15.0 if wait else 0.5)
        for p in procs:
            try:
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        if self._monitor is not None:
            self._monitor.join(timeout=5)

    def worker_pids(self) -> list[int]:
        return [p.pid for p in self._procs if p is not None and p.poll() is None]

    def wait(self, job_id: str, timeout: float = 120.0) -> bool:
        """Block until the job has ended (done, failed or cancelled); False on timeout."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            job = self._job_anywhere(job_id)
            if job is None or job["status"] in FINAL_STATUSES:
                return True
            time.sleep(0.2)
        return False

    def _job_anywhere(self, job_id: str) -> dict[str, Any] | None:
        from sqlalchemy import select

        from jalur.store.db import jobs

        with self.store.engine.connect() as conn:
            r = conn.execute(select(jobs.c.org_id).where(jobs.c.id == job_id)).first()
        return self.store.get_job(str(r.org_id), job_id) if r is not None else None

    # ------------------------------------------------------------------ uploads
    def _upload_dir(self, org_id: str, upload_id: str) -> Path:
        return self.files_dir / org_id / upload_id

    def _check_quota(self, org_id: str) -> None:
        counts = self.store.queue_counts(org_id)
        if counts["queued"] >= self.settings.org_max_queued:
            raise ApiError(
                429, "queue_full", headers={"Retry-After": "60"}, limit=self.settings.org_max_queued
            )

    def read_upload(self, upload: Upload) -> Any:
        """The roster of an uploaded file (``jalur.workforce.roster.Roster``), read by the isolated reader
        from the private copy, which is deleted here whatever happens. Errors name the uploaded file."""
        from jalur.workforce.roster import load_roster

        try:
            name = safe_filename(upload.filename)
            suffix = Path(name).suffix.casefold()
            if suffix not in UPLOAD_SUFFIXES or upload.path is None:
                raise ApiError(415, "upload_type", name=name)
            limit = self.settings.max_upload_bytes
            if upload.size > limit:
                raise JalurError(
                    "error.roster_too_large",
                    path=name,
                    size=_human_size(upload.size),
                    limit=_human_size(limit),
                )
            if not self._reading.acquire(timeout=PARSE_WAIT_SECONDS):
                raise ApiError(429, "busy", headers={"Retry-After": "10"})
            try:
                limits = Limits(self.settings.parse_timeout_seconds, self.settings.parse_memory_mb)
                return load_roster(
                    upload.path, max_rows=self.settings.max_rows, max_bytes=limit, name=name, limits=limits
                )
            finally:
                self._reading.release()
        finally:
            upload.discard()

    def submit_upload(self, org_id: str, upload: Upload, lang: Lang, actor: str) -> str:
        """Read, keep the personal-data-free copy, record the upload and queue its report; the job id.
        The raw file is gone when this returns, whatever happened."""
        from jalur.workforce.roster import roster_to_json

        try:
            self._check_quota(org_id)
        except BaseException:
            upload.discard()
            raise
        roster = self.read_upload(upload)
        name = str(roster.input.get("file") or safe_filename(upload.filename))
        copy = roster_to_json(roster)
        rejected = [{"row": r.row, "reason": r.reason, "detail": r.detail} for r in roster.rejected]
        summary = {
            "input": roster.input,
            "rejected": rejected[:MAX_REJECTED_SHOWN],
            "rows_flagged": sum(1 for r in roster.rows if r.flags),
        }
        # the folder is named by the upload id, known only once recorded: written under a staging name first
        staging = self.files_dir / org_id / f".staging-{os.urandom(8).hex()}"
        try:
            staging.mkdir(parents=True, exist_ok=False)
            (staging / ROSTER_COPY).write_text(json.dumps(copy, ensure_ascii=False), encoding="utf-8")
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            log.error("the roster copy could not be written: %s", describe_os_error(exc))
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise ApiError(507, "disk_full") from None
            raise ApiError(503, "storage_unavailable") from None
        try:
            upload_id = self.store.add_upload(
                org_id,
                filename=name,
                sha256=upload.sha256 or hashlib.sha256(b"").hexdigest(),
                size=upload.size,
                stored_path=ROSTER_COPY,  # relative to files_dir/<org id>/<upload id>/
                rows_in=roster.rows_in,
                rows_accepted=len(roster.rows),
                rows_rejected=len(roster.rejected),
                actor=actor,
                summary=summary,
            )
            staging.rename(self._upload_dir(org_id, upload_id))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        self.store.audit(
            org_id,
            actor,
            "upload",
            upload_id,
            f"file={name} bytes={upload.size} rows_in={roster.rows_in} accepted={len(roster.rows)} "
            f"rejected={len(roster.rejected)}",
        )
        return self.store.add_job(org_id, upload_id, lang, ",".join(FORMATS))

    # ------------------------------------------------------------------ review, re-run, cancel
    def titles(self, org_id: str, upload_id: str) -> dict[str, str]:
        """title key → title as first written, for the upload's accepted rows."""
        from jalur.workforce.mapping import title_key

        data = json.loads((self._upload_dir(org_id, upload_id) / ROSTER_COPY).read_text(encoding="utf-8"))
        out: dict[str, str] = {}
        for row in data["rows"]:
            out.setdefault(title_key(row[1]), " ".join(str(row[1]).split()))
        return out

    def review(
        self, org_id: str, job_id: str, decisions: Sequence[tuple[str, str]], actor: str
    ) -> str | None:
        """Store confirmed codes for titles of the job's upload and start a new job; its id (None: no such
        job for this organisation). Every title must be in the roster and every code must resolve."""
        from jalur.taxonomy.resolve import resolve
        from jalur.workforce.mapping import title_key

        job = self.store.get_job(org_id, job_id)
        if job is None:
            return None
        upload_id = str(job["upload_id"])
        known = self.titles(org_id, upload_id)
        checked: list[tuple[str, str]] = []
        for title, code in decisions:
            key = title_key(title)
            if key not in known:
                raise ApiError(422, "review_unknown_title", title=title[:200])
            code = code.strip()
            if not _CODE.match(code):
                raise ApiError(422, "review_unknown_code", title=title[:200], code=code[:40])
            try:
                resolve(self.services.kb, code)
            except UnknownOccupation:
                raise ApiError(422, "review_unknown_code", title=title[:200], code=code[:40]) from None
            checked.append((known[key], code))
        self._check_quota(org_id)
        for title, code in checked:
            self.store.set_decision(org_id, upload_id, title, code, actor)
        self.store.audit(org_id, actor, "review", job_id, f"upload={upload_id} decisions={len(checked)}")
        return self.rerun(org_id, upload_id, actor, lang=str(job["lang"]), from_job=job_id)

    def rerun(
        self,
        org_id: str,
        upload_id: str,
        actor: str,
        lang: str | None = None,
        assumptions: Mapping[str, Any] | None = None,
        from_job: str | None = None,
    ) -> str | None:
        """A new job on an upload (after its decisions or its assumptions changed, or after a failure);
        None for another organisation's upload. ``assumptions`` (nested overrides of the scenario defaults,
        checked here: ``JalurError`` ``error.scenario_*``) replace those of ``from_job`` (the job re-run; else the
        upload's latest); without them those are kept, so a review does not lose the assumptions set before."""
        from jalur.workforce.scenarios import assumptions as checked_assumptions

        upload = self.store.get_upload(org_id, upload_id)
        if upload is None:
            return None
        last = self.store.get_job(org_id, from_job) if from_job else None
        if last is None or last["upload_id"] != upload_id:
            last = next((j for j in self.store.list_jobs(org_id) if j["upload_id"] == upload_id), None)
        if assumptions is None:
            chosen = dict((last or {}).get("params", {}).get("assumptions") or {})
        else:
            chosen = dict(assumptions)
            checked_assumptions(chosen)  # JalurError error.scenario_*: the API answers 422
        self._check_quota(org_id)
        if lang is None:
            lang = str(last["lang"]) if last else "id"
        params = {"assumptions": chosen} if chosen else None
        job_id = self.store.add_job(org_id, upload_id, lang, ",".join(FORMATS), params=params)
        self.store.audit(org_id, actor, "rerun", job_id, f"upload={upload_id} assumptions={len(chosen)}")
        return job_id

    def cancel(self, org_id: str, job_id: str, actor: str) -> str | None:
        """Cancel a queued or running job; its status after (None: no such job for this organisation)."""
        status = self.store.cancel_job(org_id, job_id)
        if status is not None:
            self.store.audit(org_id, actor, "cancel", job_id, f"status={status}")
        return status

    # ------------------------------------------------------------------ reading
    def status(self, org_id: str, job_id: str, lang: Lang = "id") -> dict[str, Any] | None:
        """A job as the API shows it (docs/api.md), from the database alone; None for an unknown job or
        another organisation's."""
        job = self.store.get_job(org_id, job_id)
        if job is None:
            return None
        upload = self.store.get_upload(org_id, str(job["upload_id"])) or {}
        kept = upload.get("summary") or {}
        summary = job.get("summary") or {}
        status = str(job["status"])
        if status == "running" and job.get("cancel_requested"):
            status = "cancelling"
        return {
            "id": job["id"],
            "status": status,
            "lang": job["lang"],
            "created": job.get("created"),
            "started": job.get("started"),
            "finished": job.get("finished"),
            "attempts": job.get("attempts", 0),
            "queue_position": self.store.queue_position(org_id, job_id) if status == "queued" else None,
            "error": self._error(job.get("error"), lang) if status in ("failed",) else None,
            "upload": {
                "id": upload.get("id", job["upload_id"]),
                "filename": upload.get("filename"),
                "rows_in": upload.get("rows_in"),
                "rows_accepted": upload.get("rows_accepted"),
                "rows_rejected": upload.get("rows_rejected"),
            },
            "summary": summary.get("totals"),
            "rows_rejected": list(kept.get("rejected") or [])[:MAX_REJECTED_SHOWN],
            "review_queue": summary.get("review_queue", []),
            "remembered": summary.get("remembered", []),
            "files": [f for f in summary.get("files", []) if f in FILES] if status == "done" else [],
            # how far a running job is: stage (match, occupations, scenarios, write) and percent
            "progress": _progress(job.get("progress")) if status in ("running", "cancelling") else None,
            # the scenario assumptions set for this job (nested overrides of the defaults; {}: defaults)
            "assumptions": dict((job.get("params") or {}).get("assumptions") or {}),
        }

    def report(self, org_id: str, job_id: str) -> dict[str, Any] | None:
        """A finished job's report JSON (docs/report.md); None when there is none (or it cannot be read)."""
        path = self.file_path(org_id, job_id, "report.json")
        if path is None:
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.error("job %s: its report could not be read: %s", job_id[:8], type(exc).__name__)
            return None
        return data if isinstance(data, dict) else None

    @staticmethod
    def _error(stored: str | None, lang: Lang) -> dict[str, str] | None:
        if not stored:
            return None
        try:
            data = json.loads(stored)
            code, params = str(data["code"]), dict(data.get("params") or {})
            text = message(code, lang, **params)
        except (ValueError, KeyError, TypeError, IndexError):
            code, text = "job_failed", message("job_failed", lang)
        return {"code": code.removeprefix("error."), "message": text}

    def list(self, org_id: str) -> list[dict[str, Any]]:
        """The organisation's jobs, newest first, in short form."""
        uploads = {u["id"]: u for u in self.store.list_uploads(org_id)}
        return [
            {
                "id": j["id"],
                "status": j["status"],
                "lang": j["lang"],
                "created": j.get("created"),
                "finished": j.get("finished"),
                "upload_id": j["upload_id"],
                "filename": uploads.get(j["upload_id"], {}).get("filename"),
            }
            for j in self.store.list_jobs(org_id)
        ]

    def file_path(self, org_id: str, job_id: str, name: str) -> Path | None:
        """The path of one of a finished job's files (``FILES`` names only); None otherwise."""
        if name not in FILES:
            return None
        job = self.store.get_job(org_id, job_id)
        if job is None or job["status"] != "done" or not job.get("result_dir"):
            return None
        base = (self.files_dir / org_id).resolve()
        path = (Path(str(job["result_dir"])) / name).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            return None
        return path
