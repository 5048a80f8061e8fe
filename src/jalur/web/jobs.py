"""Employer report jobs: an uploaded roster becomes a report in a worker thread.

The upload is read at once, in the request (``read_roster`` on a private temporary file that is deleted
before the request returns), so a file that cannot be read is refused with its message straight away. What is
kept, under ``files_dir/<org id>/<upload id>/roster.json``, is a personal-data-free copy: the accepted rows'
title, unit, headcount, salary, location, description (already redacted by the reader), flags and row
numbers, the rejected rows (row, reason, detail: never a personal value) and the reader's ``input`` object
(column headers, never cell values). Names, NIK, phone numbers and e-mail addresses of the raw file are
never written anywhere by this module.

A job builds the report from that copy with the organisation's review decisions as overrides and writes
``report.{html,pdf,xlsx,json}`` and ``review_queue.csv`` under ``<upload id>/jobs/<job id>/``. Jobs are rows
in the store (queued → running → done | failed); a job still queued or running when the application starts
again is marked failed (its thread died with the old process).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from jalur.errors import JalurError, UnknownOccupation
from jalur.i18n import Lang
from jalur.usertable import XLSX_SUFFIXES
from jalur.web.db import Store
from jalur.web.errors import ApiError, message
from jalur.web.services import Services
from jalur.web.settings import Settings

log = logging.getLogger("jalur.web.jobs")

#: report formats every job writes
FORMATS = ("html", "pdf", "xlsx", "json")
#: the files a job may serve, with their content types
FILES: dict[str, str] = {
    "report.html": "text/html; charset=utf-8",
    "report.pdf": "application/pdf",
    "report.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "report.json": "application/json",
    "review_queue.csv": "text/csv; charset=utf-8",
}
ROSTER_COPY = "roster.json"
UPLOAD_SUFFIXES = (".csv", ".txt", ".tsv", *XLSX_SUFFIXES)
#: rejected rows returned at most by ``status`` (all of them are in report.json and report.xlsx)
MAX_REJECTED_SHOWN = 1_000
#: a review decision's code: ISCO-08/KBJI unit group, KBJI job, or O*NET-SOC
CODE_PATTERN = r"^(?:[0-9]{4}(?:\.[0-9]{2})?|[0-9]{2}-[0-9]{4}(?:\.[0-9]{2})?)$"
_CODE = re.compile(CODE_PATTERN)


def safe_filename(name: str | None) -> str:
    """The base name of an uploaded file as shown back: no folders, no control characters, at most 120."""
    base = re.split(r"[\\/]", name or "")[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip().strip(".")
    if len(base) > 120:
        stem, dot, suffix = base.rpartition(".")
        base = (stem[:110] + dot + suffix[:9]) if dot and len(suffix) < 10 else base[:120]
    return base or "roster.csv"


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _error_text(code: str, params: Mapping[str, object]) -> str:
    """A job's error as kept in the store: the message key and its parameters (rendered per request)."""
    return json.dumps({"code": code, "params": {k: str(v) for k, v in params.items()}}, ensure_ascii=False)


class JobRunner:
    def __init__(self, store: Store, services: Services, settings: Settings) -> None:
        self.store = store
        self.services = services
        self.settings = settings
        self.files_dir = Path(settings.files_dir)
        self._pool = ThreadPoolExecutor(
            max_workers=max(1, settings.job_workers), thread_name_prefix="jalur-job"
        )
        self._events: dict[str, threading.Event] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ lifecycle
    def recover(self) -> int:
        """Mark failed every job left queued or running by an earlier process; how many."""
        n = 0
        for org in self.store.list_orgs():
            for job in self.store.list_jobs(org["id"]):
                if job["status"] in ("queued", "running"):
                    self.store.update_job(
                        job["id"], status="failed", error=_error_text("job_interrupted", {})
                    )
                    n += 1
        return n

    def shutdown(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=not wait)

    def wait(self, job_id: str, timeout: float = 120.0) -> bool:
        """Block until the job has finished (done or failed) in this process; False on timeout."""
        with self._lock:
            event = self._events.get(job_id)
        return True if event is None else event.wait(timeout)

    # ------------------------------------------------------------------ uploads
    def _upload_dir(self, org_id: str, upload_id: str) -> Path:
        return self.files_dir / org_id / upload_id

    def read_upload(self, filename: str, data: bytes) -> Any:
        """The roster of an uploaded file (``jalur.report.roster.Roster``), read from a private temporary
        copy that is gone when this returns. Errors name the uploaded file, never the temporary path."""
        from jalur.report.roster import read_roster

        name = safe_filename(filename)
        suffix = Path(name).suffix.casefold()
        if suffix not in UPLOAD_SUFFIXES:
            raise ApiError(415, "upload_type", name=name)
        limit = self.settings.max_upload_bytes
        if len(data) > limit:
            raise JalurError(
                "error.roster_too_large", path=name, size=_human_size(len(data)), limit=_human_size(limit)
            )
        tmp = Path(tempfile.mkdtemp(prefix="jalur-upload-"))  # mode 0700
        try:
            path = tmp / f"roster{suffix}"
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            try:
                roster = read_roster(path, max_rows=self.settings.max_rows, max_bytes=limit)
            except JalurError as exc:
                if "path" not in exc.params:
                    raise
                raise JalurError(exc.key, details=exc.details, **{**exc.params, "path": name}) from None
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        roster.input["file"] = name
        return roster

    def submit_upload(self, org_id: str, filename: str, data: bytes, lang: Lang, actor: str) -> str:
        """Read, keep the personal-data-free copy, record the upload and queue its report; the job id."""
        roster = self.read_upload(filename, data)
        name = str(roster.input.get("file") or safe_filename(filename))
        copy = {
            "input": roster.input,
            "rows_in": roster.rows_in,
            "rows": [
                [r.row, r.title, r.unit, r.headcount, r.salary, r.location, r.description, list(r.flags)]
                for r in roster.rows
            ],
            "rejected": [asdict(r) for r in roster.rejected],
        }
        sha = hashlib.sha256(data).hexdigest()
        # the folder is named by the upload id, known only once recorded: written under a staging name first
        staging = self.files_dir / org_id / f".staging-{os.urandom(8).hex()}"
        staging.mkdir(parents=True, exist_ok=False)
        try:
            (staging / ROSTER_COPY).write_text(json.dumps(copy, ensure_ascii=False), encoding="utf-8")
            upload_id = self.store.add_upload(
                org_id,
                filename=name,
                sha256=sha,
                size=len(data),
                stored_path=ROSTER_COPY,  # relative to files_dir/<org id>/<upload id>/
                rows_in=roster.rows_in,
                rows_accepted=len(roster.rows),
                rows_rejected=len(roster.rejected),
                actor=actor,
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
            f"file={name} bytes={len(data)} rows_in={roster.rows_in} accepted={len(roster.rows)} "
            f"rejected={len(roster.rejected)}",
        )
        return self._queue(org_id, upload_id, lang)

    def _queue(self, org_id: str, upload_id: str, lang: str) -> str:
        job_id = self.store.add_job(org_id, upload_id, lang, ",".join(FORMATS))
        with self._lock:
            self._events[job_id] = threading.Event()
        self._pool.submit(self._run, org_id, upload_id, job_id, lang)
        return job_id

    def _load_copy(self, org_id: str, upload_id: str) -> dict[str, Any]:
        path = self._upload_dir(org_id, upload_id) / ROSTER_COPY
        loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return loaded

    def _roster(self, copy: Mapping[str, Any]) -> Any:
        from jalur.report.roster import RejectedRow, Roster, RosterRow

        rows = [
            RosterRow(row, title, unit, headcount, salary, location, description, tuple(flags))
            for row, title, unit, headcount, salary, location, description, flags in copy["rows"]
        ]
        rejected = [RejectedRow(**r) for r in copy["rejected"]]
        return Roster(dict(copy["input"]), rows, rejected, int(copy["rows_in"]))

    def _run(self, org_id: str, upload_id: str, job_id: str, lang: str) -> None:
        from jalur.report.build import build_report, write_report

        try:
            self.store.update_job(job_id, status="running")
            roster = self._roster(self._load_copy(org_id, upload_id))
            confirmed = self.store.decisions(org_id, upload_id)
            report = build_report(self.services.kb, roster, lang=lang, overrides=confirmed)
            out = self._upload_dir(org_id, upload_id) / "jobs" / job_id
            written = write_report(report, out, FORMATS, lang, confirmed=confirmed)
            summary = {
                "totals": report["totals"],
                "review_queue": report["review_queue"],
                "rows_flagged": len(report["rows_flagged"]),
                "files": [p.name for p in written],
            }
            self.store.update_job(job_id, status="done", result_dir=str(out), summary=summary)
        except JalurError as exc:
            log.warning("report job failed: %s", exc.key)
            self._fail(job_id, exc.key, exc.params)
        except Exception as exc:  # a worker thread must never die silently; type only (no user text)
            log.error("report job failed: internal error %s", type(exc).__name__)
            self._fail(job_id, "job_failed", {})
        finally:
            with self._lock:
                event = self._events.pop(job_id, None)
            if event is not None:
                event.set()

    def _fail(self, job_id: str, code: str, params: Mapping[str, object]) -> None:
        try:
            self.store.update_job(job_id, status="failed", error=_error_text(code, params))
        except Exception as exc:
            log.error("could not record a failed job: %s", type(exc).__name__)

    # ------------------------------------------------------------------ review
    def titles(self, org_id: str, upload_id: str) -> dict[str, str]:
        """title key → title as first written, for the upload's accepted rows."""
        from jalur.report.mapping import title_key

        out: dict[str, str] = {}
        for row in self._load_copy(org_id, upload_id)["rows"]:
            out.setdefault(title_key(row[1]), " ".join(str(row[1]).split()))
        return out

    def review(
        self, org_id: str, job_id: str, decisions: Sequence[tuple[str, str]], actor: str
    ) -> str | None:
        """Store confirmed codes for titles of the job's upload and start a new job; its id (None: no such
        job for this organisation). Every title must be in the roster and every code must resolve."""
        from jalur.occupation import resolve
        from jalur.report.mapping import title_key

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
        for title, code in checked:
            self.store.set_decision(org_id, upload_id, title, code, actor)
        self.store.audit(org_id, actor, "review", job_id, f"upload={upload_id} decisions={len(checked)}")
        return self.rerun(org_id, upload_id, actor, lang=str(job["lang"]))

    def rerun(self, org_id: str, upload_id: str, actor: str, lang: str | None = None) -> str | None:
        """A new job on an upload (after its decisions changed); None for another organisation's upload."""
        upload = self.store.get_upload(org_id, upload_id)
        if upload is None:
            return None
        if lang is None:
            last = next((j for j in self.store.list_jobs(org_id) if j["upload_id"] == upload_id), None)
            lang = str(last["lang"]) if last else "id"
        job_id = self._queue(org_id, upload_id, lang)
        self.store.audit(org_id, actor, "rerun", job_id, f"upload={upload_id}")
        return job_id

    # ------------------------------------------------------------------ reading
    def status(self, org_id: str, job_id: str, lang: Lang = "id") -> dict[str, Any] | None:
        """A job as the API shows it (docs/api.md); None for an unknown job or another organisation's."""
        job = self.store.get_job(org_id, job_id)
        if job is None:
            return None
        upload = self.store.get_upload(org_id, str(job["upload_id"])) or {}
        summary = job.get("summary") or {}
        rejected: list[dict[str, Any]] = []
        try:
            rejected = list(self._load_copy(org_id, str(job["upload_id"]))["rejected"])
        except (OSError, ValueError, KeyError):
            rejected = []
        return {
            "id": job["id"],
            "status": job["status"],
            "lang": job["lang"],
            "created": job.get("created"),
            "finished": job.get("finished"),
            "error": self._error(job.get("error"), lang),
            "upload": {
                "id": upload.get("id", job["upload_id"]),
                "filename": upload.get("filename"),
                "rows_in": upload.get("rows_in"),
                "rows_accepted": upload.get("rows_accepted"),
                "rows_rejected": upload.get("rows_rejected"),
            },
            "summary": summary.get("totals"),
            "rows_rejected": rejected[:MAX_REJECTED_SHOWN],
            "review_queue": summary.get("review_queue", []),
            "files": [f for f in summary.get("files", []) if f in FILES] if job["status"] == "done" else [],
        }

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
