"""What ``/api/v1/health`` tells, and the start-up check that the database is the one the files belong to.

Health is the truth about the parts an employer's request needs, checked (at most every
``CACHE_SECONDS``, so that a health poller cannot turn it into load):

* the knowledge base answers a query;
* the database answers *and can be written* (one small row is written: a read-only, full or locked
  database fails here), and — for a SQLite file — is still the file the service opened (a deleted or
  replaced file is not ok, even while the open connection still works on the deleted copy);
* the files folder exists, can be written, and has at least ``min_free_mb`` free;
* the job workers: how many were heard from lately, and how many jobs wait (when this process should run
  workers and none has been heard from for a minute after start, health is not ok).

Identity: the first start of a service writes the database's identity (``Store.ensure_identity``) into the
files folder (``.store-identity``). A later start that finds that file but a database without that
identity (deleted, replaced by an empty one, pointed elsewhere by mistake) refuses to start, unless
``allow_new_database`` is set: the organisations and keys of the earlier database are never silently lost.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from jalur.app.settings import Settings
from jalur.errors import JalurError
from jalur.store.db import Store

log = logging.getLogger("jalur.app.health")

MARKER = ".store-identity"
CACHE_SECONDS = 2.0
#: a worker heard from within this many seconds counts as live
WORKER_FRESH_SECONDS = 30.0


def shown_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def check_identity(store: Store, settings: Settings) -> str:
    """Make sure the database belongs to the files folder (module docstring); the identity."""
    files = Path(settings.files_dir)
    files.mkdir(parents=True, exist_ok=True)
    marker = files / MARKER
    previous = marker.read_text(encoding="utf-8").strip() if marker.is_file() else ""
    current = store.identity()
    if previous and current != previous:
        if not settings.allow_new_database:
            raise JalurError(
                "error.database_replaced",
                url=shown_url(store.url),
                files=str(files),
                previous=previous[:8],
            )
        log.warning("the database is new or another one; starting anyway (allow_new_database)")
    identity, made = store.ensure_identity()
    if identity != previous:
        tmp = marker.with_suffix(".tmp")
        tmp.write_text(identity + "\n", encoding="utf-8")
        os.replace(tmp, marker)
    if made:
        log.info("new database %s", identity[:8])
    return identity


def _sqlite_file(store: Store) -> Path | None:
    if store.dialect != "sqlite":
        return None
    database = make_url(store.url).database
    if not database or database == ":memory:":
        return None
    return Path(database).expanduser()


class Health:
    def __init__(self, app_state: Any) -> None:
        self.state = app_state
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._cached: tuple[float, dict[str, Any]] | None = None
        path = _sqlite_file(app_state.store)
        self._db_file: tuple[Path, int, int] | None = None
        if path is not None and path.exists():
            st = path.stat()
            self._db_file = (path, st.st_dev, st.st_ino)

    def check(self) -> dict[str, Any]:
        with self._lock:
            if self._cached and time.monotonic() - self._cached[0] < CACHE_SECONDS:
                return self._cached[1]
            body = self._check()
            self._cached = (time.monotonic(), body)
            return body

    def _check(self) -> dict[str, Any]:
        kb = self._kb()
        db = self._db()
        files = self._files()
        jobs = self._jobs(db["ok"])
        ok = bool(kb["ok"] and db["ok"] and files["ok"] and jobs["ok"])
        from jalur import __version__

        return {
            "status": "ok" if ok else "degraded",
            "version": __version__,
            "kb": kb,
            "db": db,
            "files": files,
            "jobs": jobs,
        }

    def _kb(self) -> dict[str, Any]:
        kb: dict[str, Any] = {"ok": False}
        try:
            services = self.state.services
            version = services.kb.repo.schema_version()
            kb = {"ok": version is not None, "schema_version": version}
            kb["built_from"] = services.kb.checksum()
        except Exception as exc:
            log.error("health: knowledge base not answering: %s", type(exc).__name__)
            kb["ok"] = False
        return kb

    def _db(self) -> dict[str, Any]:
        store: Store = self.state.store
        db: dict[str, Any] = {"ok": False, "backend": store.dialect, "writable": False}
        if self._db_file is not None:
            path, dev, ino = self._db_file
            try:
                st = path.stat()
                same = (st.st_dev, st.st_ino) == (dev, ino)
            except OSError:
                same = False
            if not same:
                log.error("health: the database file is missing or was replaced")
                db["problem"] = "database_file_missing"
                return db
        try:
            db["revision"] = store.revision()
            store.check_writable()
            db["writable"] = True
            db["ok"] = db["revision"] is not None
        except Exception as exc:
            from jalur.app.worker import _db_reason

            log.error("health: database not writable: %s", _db_reason(exc))
            db["problem"] = "database_not_writable"
        return db

    def _files(self) -> dict[str, Any]:
        settings: Settings = self.state.settings
        folder = Path(settings.files_dir)
        out: dict[str, Any] = {"ok": False, "writable": False}
        try:
            usage = shutil.disk_usage(folder)
            out["free_mb"] = usage.free // (1024 * 1024)
            probe = folder / f".health-{os.getpid()}"
            with probe.open("wb") as fh:
                fh.write(b"ok")
            probe.unlink()
            out["writable"] = True
            out["ok"] = out["free_mb"] >= settings.min_free_mb
            if not out["ok"]:
                out["problem"] = "low_disk_space"
                log.error(
                    "health: %d MB free in the files folder (minimum %d)",
                    out["free_mb"],
                    settings.min_free_mb,
                )
        except OSError as exc:
            from jalur.app.worker import describe_os_error

            log.error("health: files folder not writable: %s", describe_os_error(exc))
            out["problem"] = "files_not_writable"
        return out

    def _jobs(self, db_ok: bool) -> dict[str, Any]:
        settings: Settings = self.state.settings
        out: dict[str, Any] = {"ok": True, "workers_expected": settings.job_workers}
        if not db_ok:
            return out
        try:
            store: Store = self.state.store
            out["workers_live"] = store.live_workers(WORKER_FRESH_SECONDS)
            out.update(store.queue_totals())
        except Exception:
            return out
        if settings.job_workers > 0 and out["workers_live"] == 0 and time.monotonic() - self.started > 60:
            out["ok"] = False
            out["problem"] = "no_workers"
        return out
