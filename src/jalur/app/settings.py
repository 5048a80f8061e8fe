"""Settings of the web application, from the environment (resolution: explicit argument > environment >
default). Read once by ``create_app``; nothing at import time. docs/security.md lists every limit."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field, fields
from pathlib import Path

from jalur import config


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip().isdigit() else default


def _float(name: str, default: float) -> float:
    value = (os.environ.get(name) or "").strip()
    try:
        return float(value) if value else default
    except ValueError:
        return default


def _bool(name: str, default: bool) -> bool:
    value = (os.environ.get(name) or "").strip().casefold()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    return default


@dataclass(frozen=True)
class Settings:
    #: SQLAlchemy URL; default a SQLite file in JALUR_HOME
    database_url: str = ""
    #: where uploads and report files are kept (per organisation sub-folders; raw uploads under .incoming)
    files_dir: Path = field(default_factory=lambda: config.home_dir() / "web")
    #: the knowledge base (None: the configured default)
    kb: Path | None = None
    #: upload limits
    max_upload_bytes: int = 20 * 1024 * 1024
    max_rows: int = 200_000
    #: requests per minute per organisation (after its API key or session is checked) — 0 turns it off
    rate_per_minute: int = 600
    #: requests per minute per client address (every request, before authentication) — 0 turns it off
    address_rate_per_minute: int = 1_200
    #: failed sign-ins / API-key checks per minute per client address before 429 — 0 turns it off
    auth_failures_per_minute: int = 20
    #: take the client address from X-Forwarded-For (only behind a proxy that sets it)
    trust_proxy: bool = False
    #: signs CSRF tokens and session cookies; random per process unless set
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32))
    #: report jobs run in this many worker processes started by the server (0: none here, e.g. when
    #: ``jalur worker`` runs elsewhere against the same database)
    job_workers: int = 2
    #: jobs of one organisation running at once, and waiting at most (more: 429 with Retry-After)
    org_max_running: int = 1
    org_max_queued: int = 20
    #: a job running longer than this fails with ``job_timeout``
    job_timeout_seconds: float = 900.0
    #: a running job's lease; its worker renews it every third of it. An expired lease is retried.
    job_lease_seconds: float = 30.0
    #: attempts of one job (a worker that dies mid-job counts one) before it fails with its reason
    job_max_attempts: int = 3
    #: untrusted files (rosters, review files) are parsed in a separate process with these limits
    parse_timeout_seconds: float = 15.0
    parse_memory_mb: int = 1024
    #: parses at once for the whole service (more wait, then 429)
    parse_concurrency: int = 2
    #: /health is not ok when the files folder has less free space than this
    min_free_mb: int = 200
    #: start even if the files folder shows that an earlier database existed and this one is new
    allow_new_database: bool = False
    #: one access-log line per request (method, route template, status, duration)
    access_log: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        home = config.home_dir()
        values: dict[str, object] = {
            "database_url": os.environ.get("JALUR_DATABASE_URL") or f"sqlite:///{home / 'jalur-web.sqlite'}",
            "files_dir": Path(os.environ.get("JALUR_WEB_FILES") or home / "web"),
            "kb": Path(os.environ["JALUR_KB"]) if os.environ.get("JALUR_KB") else None,
            "max_upload_bytes": _int("JALUR_MAX_UPLOAD_BYTES", 20 * 1024 * 1024),
            "max_rows": _int("JALUR_MAX_ROWS", 200_000),
            "rate_per_minute": _int("JALUR_RATE_PER_MINUTE", 600),
            "address_rate_per_minute": _int("JALUR_ADDRESS_RATE_PER_MINUTE", 1_200),
            "auth_failures_per_minute": _int("JALUR_AUTH_FAILURES_PER_MINUTE", 20),
            "trust_proxy": _bool("JALUR_TRUST_PROXY", False),
            "secret_key": os.environ.get("JALUR_SECRET_KEY") or secrets.token_hex(32),
            "job_workers": _int("JALUR_JOB_WORKERS", 2),
            "org_max_running": _int("JALUR_ORG_MAX_RUNNING", 1),
            "org_max_queued": _int("JALUR_ORG_MAX_QUEUED", 20),
            "job_timeout_seconds": _float("JALUR_JOB_TIMEOUT", 900.0),
            "job_lease_seconds": _float("JALUR_JOB_LEASE", 30.0),
            "job_max_attempts": _int("JALUR_JOB_MAX_ATTEMPTS", 3),
            "parse_timeout_seconds": _float("JALUR_PARSE_TIMEOUT", 15.0),
            "parse_memory_mb": _int("JALUR_PARSE_MEMORY_MB", 1024),
            "parse_concurrency": _int("JALUR_PARSE_CONCURRENCY", 2),
            "min_free_mb": _int("JALUR_MIN_FREE_MB", 200),
            "allow_new_database": _bool("JALUR_ALLOW_NEW_DATABASE", False),
            "access_log": _bool("JALUR_ACCESS_LOG", True),
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]

    def to_env(self) -> dict[str, str]:
        """The settings as the environment of a worker process (``jalur worker``), so that it runs with
        exactly these values."""
        names = {
            "database_url": "JALUR_DATABASE_URL",
            "files_dir": "JALUR_WEB_FILES",
            "kb": "JALUR_KB",
            "max_upload_bytes": "JALUR_MAX_UPLOAD_BYTES",
            "max_rows": "JALUR_MAX_ROWS",
            "org_max_running": "JALUR_ORG_MAX_RUNNING",
            "org_max_queued": "JALUR_ORG_MAX_QUEUED",
            "job_timeout_seconds": "JALUR_JOB_TIMEOUT",
            "job_lease_seconds": "JALUR_JOB_LEASE",
            "job_max_attempts": "JALUR_JOB_MAX_ATTEMPTS",
            "parse_timeout_seconds": "JALUR_PARSE_TIMEOUT",
            "parse_memory_mb": "JALUR_PARSE_MEMORY_MB",
        }
        out: dict[str, str] = {}
        for f in fields(self):
            env = names.get(f.name)
            value = getattr(self, f.name)
            if env and value is not None and value != "":
                out[env] = str(value)
        return out
