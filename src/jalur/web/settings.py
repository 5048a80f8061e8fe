"""Settings of the web application, from the environment (resolution: explicit argument > environment >
default). Read once by ``create_app``; nothing at import time."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from jalur import config


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value and value.strip().isdigit() else default


@dataclass(frozen=True)
class Settings:
    #: SQLAlchemy URL; default a SQLite file in JALUR_HOME
    database_url: str = ""
    #: where uploads and report files are kept (per organisation sub-folders)
    files_dir: Path = field(default_factory=lambda: config.home_dir() / "web")
    #: the knowledge base (None: the configured default)
    kb: Path | None = None
    #: upload limits
    max_upload_bytes: int = 20 * 1024 * 1024
    max_rows: int = 200_000
    #: requests per minute per client (API key, else address) — 0 turns it off
    rate_per_minute: int = 600
    #: signs CSRF tokens and session cookies; random per process unless set
    secret_key: str = field(default_factory=lambda: secrets.token_hex(32))
    #: report jobs run in this many worker threads
    job_workers: int = 1

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
            "secret_key": os.environ.get("JALUR_SECRET_KEY") or secrets.token_hex(32),
        }
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
