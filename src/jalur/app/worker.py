"""Job worker processes: they take jobs from the database queue and run them (docs/security.md, "Jobs").

A worker is its own process (``python -m jalur.app.worker``, or ``jalur worker``): ``jalur serve`` starts
``job_workers`` of them and starts them again when they end; more can run on other hosts against the same
PostgreSQL database. A report build is CPU work that would hold the web server's interpreter lock; in its
own process it cannot slow the look-ups, and a job that crashes, runs out of memory or is cancelled ends only
its worker.

One job at a time per worker:

* ``Store.claim_job`` takes the next job fairly (per-organisation limit, least recently served first) with a
  lease of ``job_lease_seconds``; a heartbeat thread renews it every third of that. A worker that dies
  stops renewing, the lease expires, and the next claim by any worker queues the job again (or fails it,
  with its reason, after ``job_max_attempts``). Nothing marks a job failed because another process started.
* The heartbeat thread also ends the job from outside when it must: cancelled by the organisation
  (``cancelled``), over ``job_timeout_seconds`` (``failed``: ``job_timeout``), or its lease lost (another
  worker has it). It records the outcome, then ends the process (``os._exit``: a computation in a thread
  cannot be stopped otherwise); the server starts a new worker.
* SIGTERM (or the parent server going away) stops taking work; a running job gets ``SHUTDOWN_GRACE_SECONDS``
  to finish, else it is given back to the queue without counting the attempt.

The handlers are ``kind → function`` (``HANDLERS``); a handler returns the job's result folder and summary,
raises ``JalurError`` for a failure the organisation can understand, anything else fails the job as
``job_failed`` with the type and errno logged (never the text: it could quote a roster cell).
"""

from __future__ import annotations

import ctypes
import errno
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jalur.app.settings import Settings
from jalur.errors import JalurError
from jalur.store.db import Store

log = logging.getLogger("jalur.app.worker")

#: the files a report job writes
FORMATS = ("html", "pdf", "xlsx", "json")
ROSTER_COPY = "roster.json"
#: seconds a running job may still take once the worker is asked to stop
SHUTDOWN_GRACE_SECONDS = 10.0
#: seconds between claims when the queue is empty
IDLE_POLL_SECONDS = 0.5
#: the exit status of a worker that ended a job from outside (cancelled, timed out, lease lost)
EXIT_RESTART = 75


@dataclass
class JobContext:
    store: Store
    settings: Settings
    services: Any  # jalur.app.services.Services, opened once per worker
    worker_id: str = ""

    def progress(self, job_id: str, every: float = 0.5) -> Callable[[str, int, int], None]:
        """A report's progress callback that records the stage and percent of ``job_id`` (at most once per
        ``every`` seconds, and at each new stage), so that the job's page shows how far it is."""
        from jalur.app.reports import progress_percent

        last: dict[str, Any] = {"stage": None, "at": 0.0}

        def record(stage: str, done: int, total: int) -> None:
            now = time.monotonic()
            if stage == last["stage"] and now - last["at"] < every and done < total:
                return
            last["stage"], last["at"] = stage, now
            value = {
                "stage": stage,
                "done": done,
                "total": total,
                "percent": progress_percent(stage, done, total),
            }
            try:
                self.store.set_progress(job_id, self.worker_id, value)
            except Exception as exc:  # progress is a courtesy: never fail the job for it
                log.warning("job %s: progress not recorded: %s", job_id[:8], _db_reason(exc))

        return record

    @property
    def files_dir(self) -> Path:
        return Path(self.settings.files_dir)

    def upload_dir(self, org_id: str, upload_id: str) -> Path:
        return self.files_dir / org_id / upload_id


def error_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """A job's error as kept in the store: the message key and its parameters (rendered per request)."""
    return json.dumps(
        {"code": code, "params": {k: str(v) for k, v in (params or {}).items()}}, ensure_ascii=False
    )


def load_copy(upload_dir: Path) -> Any:
    """The personal-data-free roster copy of an upload, as a ``Roster``."""
    from jalur.workforce.roster import roster_from_json

    data = json.loads((upload_dir / ROSTER_COPY).read_text(encoding="utf-8"))
    data["rejected"] = [
        [r["row"], r["reason"], r["detail"]] if isinstance(r, dict) else r for r in data["rejected"]
    ]  # copies written before 0.2 kept rejected rows as objects
    return roster_from_json(data)


def run_report(ctx: JobContext, job: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    """The ``report`` job: the report of an upload's roster copy with the organisation's review decisions."""
    from jalur.app import reports

    org_id, upload_id, job_id = str(job["org_id"]), str(job["upload_id"]), str(job["id"])
    roster = load_copy(ctx.upload_dir(org_id, upload_id))
    confirmed = ctx.store.decisions(org_id, upload_id)
    # decisions the organisation made on earlier uploads, for titles this roster has and this upload has
    # not decided: applied again (and shown as such), so that next month's roster opens without the queue
    remembered = reports.remembered_decisions(
        ctx.store.org_decisions(org_id), (r.title for r in roster.rows), confirmed
    )
    applied = {**remembered, **confirmed}  # this upload's own decisions win
    lang = str(job["lang"])
    params = job.get("params") or {}
    progress = ctx.progress(job_id)
    report = reports.build(
        ctx.services.kb,
        roster,
        lang=lang,
        inputs=reports.ReportInputs(
            confirmed=applied, remembered=remembered, assumptions=params.get("assumptions") or {}
        ),
        progress=progress,
    )
    out = ctx.upload_dir(org_id, upload_id) / "jobs" / job_id
    written = reports.write(report, out, FORMATS, lang, confirmed=applied, progress=progress)
    summary = {
        "totals": report["totals"],
        "review_queue": report["review_queue"],
        "remembered": [{"title": t, "code": c} for t, c in sorted(remembered.items())],
        "rows_flagged": len(report["rows_flagged"]),
        "files": [p.name for p in written],
    }
    return str(out), summary


HANDLERS: dict[str, Callable[[JobContext, Mapping[str, Any]], tuple[str, dict[str, Any]]]] = {
    "report": run_report,
}


def describe_os_error(exc: OSError) -> str:
    """An OSError for the log: its errno name and text, never the file name (it holds ids, not people,
    but the rule is simple: no paths in logs)."""
    name = errno.errorcode.get(exc.errno or 0, "?")
    return f"{name} ({exc.strerror or 'no text'})"


class Worker:
    def __init__(self, settings: Settings, store: Store | None = None, services: Any = None) -> None:
        self.settings = settings
        self.store = store or Store(settings.database_url)
        self._services = services
        self.id = ""
        self.stopping = threading.Event()
        self.stop_deadline = 0.0
        self.parent = os.getppid()
        self.jobs_done = 0

    @property
    def services(self) -> Any:
        if self._services is None:
            from jalur.app.services import Services

            self._services = Services(self.settings.kb)
        return self._services

    def request_stop(self) -> None:
        if not self.stopping.is_set():
            self.stop_deadline = time.monotonic() + SHUTDOWN_GRACE_SECONDS
            self.stopping.set()
            # whatever the job or the database is doing, the process is gone a little after the grace
            # period (its job, if any, was given back by then, or its lease runs out)
            last_resort = threading.Timer(SHUTDOWN_GRACE_SECONDS + 5.0, os._exit, args=(EXIT_RESTART,))
            last_resort.daemon = True
            last_resort.start()

    def _parent_gone(self) -> bool:
        gone = os.environ.get("JALUR_WORKER_PARENT") is not None and os.getppid() != self.parent
        if gone and not self.stopping.is_set():
            log.warning("worker %s: the server that started it is gone; stopping", self.id[:8])
        return gone

    # ------------------------------------------------------------------ the loop
    def serve(self, max_jobs: int | None = None) -> int:
        """Take and run jobs until asked to stop (or ``max_jobs`` were run); the exit status."""
        while True:  # a database that cannot be written yet: keep trying (health says why)
            try:
                self.id = self.store.register_worker(socket.gethostname(), os.getpid())
                break
            except Exception as exc:
                log.error("worker could not register: %s", _db_reason(exc))
                if self.stopping.wait(5.0) or self._parent_gone():
                    return 0
        log.info("worker %s started (pid %d)", self.id[:8], os.getpid())
        self.services.warm()
        last_beat = 0.0
        try:
            while not self.stopping.is_set():
                if self._parent_gone():
                    self.request_stop()
                    break
                now = time.monotonic()
                if now - last_beat > 5:
                    self._quietly(self.store.worker_heartbeat, self.id)
                    last_beat = now
                try:
                    job = self.store.claim_job(
                        self.id,
                        self.settings.job_lease_seconds,
                        self.settings.org_max_running,
                        self.settings.job_max_attempts,
                    )
                except Exception as exc:  # the database is away or read-only: wait, then try again
                    log.error("worker could not claim a job: %s", _db_reason(exc))
                    self.stopping.wait(2.0)
                    continue
                if job is None:
                    self.stopping.wait(IDLE_POLL_SECONDS)
                    continue
                self.run_job(job)
                self.jobs_done += 1
                if max_jobs is not None and self.jobs_done >= max_jobs:
                    break
        finally:
            self._quietly(self.store.worker_stopped, self.id)
            log.info("worker %s stopped after %d job(s)", self.id[:8], self.jobs_done)
        return 0

    def _quietly(self, fn: Callable[..., Any], *args: Any) -> None:
        try:
            fn(*args)
        except Exception as exc:
            log.warning("worker bookkeeping failed: %s", _db_reason(exc))

    # ------------------------------------------------------------------ one job
    def run_job(self, job: Mapping[str, Any]) -> str:
        """Run one claimed job to its end; its final status."""
        job_id = str(job["id"])
        done = threading.Event()
        deadline = time.monotonic() + self.settings.job_timeout_seconds
        beat = threading.Thread(
            target=self._heartbeat, args=(job_id, done, deadline), name="jalur-lease", daemon=True
        )
        beat.start()
        status: str = "failed"
        error: str | None = error_text("job_failed")
        result_dir: str | None = None
        summary: dict[str, Any] | None = None
        handler = HANDLERS.get(str(job.get("kind") or "report"))
        try:
            if handler is None:
                raise JalurError("error.job_kind", kind=str(job.get("kind")))
            result_dir, summary = handler(self.context(), job)
            status, error = "done", None
        except JalurError as exc:
            log.warning("job %s failed: %s", job_id[:8], exc.key)
            error = error_text(exc.key, exc.params)
        except OSError as exc:
            log.error("job %s failed: %s %s", job_id[:8], type(exc).__name__, describe_os_error(exc))
            error = error_text("disk_full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else "job_failed")
        except MemoryError:
            log.error("job %s failed: out of memory", job_id[:8])
            error = error_text("job_memory")
        except Exception as exc:  # type only: the text could quote a roster cell
            log.error("job %s failed: internal error %s", job_id[:8], type(exc).__name__)
        finally:
            done.set()
            beat.join()
        try:
            recorded = self.store.finish_job(
                job_id, self.id, status, error=error, result_dir=result_dir, summary=summary
            )
        except Exception as exc:
            log.error("job %s: its end could not be recorded: %s", job_id[:8], _db_reason(exc))
            recorded = False
        if not recorded:
            log.warning("job %s: lease no longer held; result not recorded", job_id[:8])
        return status

    def context(self) -> JobContext:
        return JobContext(self.store, self.settings, self.services, self.id)

    def _heartbeat(self, job_id: str, done: threading.Event, deadline: float) -> None:
        interval = max(0.2, self.settings.job_lease_seconds / 3)
        while not done.wait(interval):
            if self._parent_gone():
                self.request_stop()
            if self.stopping.is_set() and time.monotonic() > self.stop_deadline:
                log.warning("job %s given back to the queue: the worker is stopping", job_id[:8])
                self._quietly(self.store.release_job, job_id, self.id)
                self._end(0)
            if time.monotonic() > deadline:
                log.warning("job %s over its time limit", job_id[:8])
                self._quietly(
                    lambda: self.store.finish_job(
                        job_id,
                        self.id,
                        "failed",
                        error=error_text(
                            "job_timeout", {"minutes": f"{self.settings.job_timeout_seconds / 60:.0f}"}
                        ),
                    )
                )
                self._end(EXIT_RESTART)
            try:
                state = self.store.renew_lease(job_id, self.id, self.settings.job_lease_seconds)
            except Exception as exc:
                log.error("job %s: lease not renewed: %s", job_id[:8], _db_reason(exc))
                continue
            if state == "cancel":
                log.info("job %s cancelled", job_id[:8])
                self._quietly(lambda: self.store.finish_job(job_id, self.id, "cancelled"))
                self._end(EXIT_RESTART)
            if state == "lost":
                log.warning("job %s: lease lost to another worker; stopping", job_id[:8])
                self._end(EXIT_RESTART)

    def _end(self, code: int) -> None:
        self._quietly(self.store.worker_stopped, self.id)
        logging.shutdown()
        os._exit(code)


def _db_reason(exc: BaseException) -> str:
    """A database or file error for the log: types, errno and the driver's error name, never the SQL or
    its parameters."""
    orig = getattr(exc, "orig", None)
    if isinstance(exc, OSError):
        return f"{type(exc).__name__} {describe_os_error(exc)}"
    if orig is not None:
        name = getattr(orig, "sqlite_errorname", None) or getattr(orig, "sqlstate", None) or ""
        return f"{type(exc).__name__} ({type(orig).__name__} {name})".strip()
    return type(exc).__name__


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM when the server that started this worker ends, however it ends."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    """``python -m jalur.app.worker`` / ``jalur worker``: one worker with the settings of the environment."""
    logging.basicConfig(
        level=os.environ.get("JALUR_LOG", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s[%(process)d]: %(message)s",
    )
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    if os.environ.get("JALUR_WORKER_PARENT"):
        _die_with_parent()
        if os.getppid() != int(os.environ["JALUR_WORKER_PARENT"]):
            return 0  # the server was gone before this worker could ask to follow it
    settings = Settings.from_env()
    worker = Worker(settings)
    signal.signal(signal.SIGTERM, lambda *_: worker.request_stop())
    signal.signal(signal.SIGINT, lambda *_: worker.request_stop())
    try:
        return worker.serve()
    finally:
        worker.store.close()


if __name__ == "__main__":
    sys.exit(main())
