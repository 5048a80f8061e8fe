"""Persistence of the web application: organisations and their API keys, uploads (metadata only), report
jobs, review decisions and the audit log, in SQLite (default) or PostgreSQL, through SQLAlchemy 2 Core and
Alembic migrations (``jalur/store/migrations``). docs/storage.md describes the tables.

What is never stored: personal data (names, e-mails, employee numbers: the roster itself stays on disk, and
only in the job runner's personal-data-free copy) and raw API keys. A key is ``jlr_<key id>_<secret>``: the
key id is public, the secret has 256 random bits and only ``sha256(salt || secret)`` with a per-key random
salt is kept (docs/storage.md explains why no slow hash is needed for random keys).

One ``Store`` per application, safe to share across FastAPI's thread pool: every method takes its own pooled
connection and transaction. SQLite runs in WAL mode with a busy timeout, and write transactions start with
``BEGIN IMMEDIATE`` so that concurrent writers queue instead of failing; PostgreSQL gets a small pool.

Every method that takes an ``org_id`` only ever reads or changes that organisation's rows: another
organisation's id gives ``None`` (or ``NotFound``), never its data.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import sqlite3
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Dialect,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    false,
    func,
    select,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

#: the prefix of every raw API key
KEY_PREFIX = "jlr_"
#: report job states (``cancelled``: by the organisation, before or while it ran)
JOB_STATUSES = ("queued", "running", "done", "failed", "cancelled")
#: states a job does not leave
FINAL_STATUSES = ("done", "failed", "cancelled")
#: the longest text kept in one column (longer input is cut, never rejected: the log must not fail)
MAX_TEXT = 4_000
#: audit entries returned at most by one ``audit_log`` call
MAX_AUDIT = 1_000

_ID_LEN = 32  # secrets.token_hex(16)
_SQLITE_BUSY_MS = 30_000
_PG_MIGRATE_LOCK = 0x6A616C7572  # "jalur": serialises concurrent ``migrate`` calls on PostgreSQL
_PG_CLAIM_LOCK = 0x6A616C7573  # serialises job claims across processes and hosts on PostgreSQL


class NotFound(KeyError):
    """An organisation, key, upload or job that does not exist, or belongs to another organisation."""


# ---------------------------------------------------------------------------------------------- schema
class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite keeps naive UTC text; reads add UTC back)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Jalur stores UTC timestamps only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

orgs = Table(
    "orgs",
    metadata,
    Column("id", String(_ID_LEN), primary_key=True),
    Column("name", Text, nullable=False),
    Column("created", UTCDateTime, nullable=False),
)

api_keys = Table(
    "api_keys",
    metadata,
    Column("id", String(_ID_LEN), primary_key=True),
    Column("org_id", String(_ID_LEN), ForeignKey("orgs.id"), nullable=False, index=True),
    #: "sha256$<salt hex>$<digest hex>"
    Column("key_hash", String(200), nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("revoked", UTCDateTime, nullable=True),
)

uploads = Table(
    "uploads",
    metadata,
    Column("id", String(_ID_LEN), primary_key=True),
    Column("org_id", String(_ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("filename", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", Integer, nullable=False),
    Column("stored_path", Text, nullable=False),
    Column("rows_in", Integer, nullable=True),
    Column("rows_accepted", Integer, nullable=True),
    Column("rows_rejected", Integer, nullable=True),
    Column("actor", Text, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    #: JSON text: the reader's ``input`` object and the first rejected rows (no personal data)
    Column("summary", Text, nullable=True),
    Index(None, "org_id", "created"),
)

jobs = Table(
    "jobs",
    metadata,
    Column("id", String(_ID_LEN), primary_key=True),
    Column("org_id", String(_ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("upload_id", String(_ID_LEN), ForeignKey("uploads.id"), nullable=False, index=True),
    Column("lang", String(8), nullable=False),
    Column("formats", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("error", Text, nullable=True),
    Column("result_dir", Text, nullable=True),
    #: JSON text: the report's summary figures (no personal data)
    Column("summary", Text, nullable=True),
    Column("created", UTCDateTime, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
    Column("started", UTCDateTime, nullable=True),
    Column("finished", UTCDateTime, nullable=True),
    #: what the job does (``report``); the worker runs the handler of its kind
    Column("kind", String(32), nullable=False, server_default="report"),
    #: times a worker took it (a worker that died mid-job counts one)
    Column("attempts", Integer, nullable=False, server_default="0"),
    #: the worker running it and until when its lease holds (renewed while it runs)
    Column("lease_owner", String(64), nullable=True),
    Column("lease_until", UTCDateTime, nullable=True),
    Column("cancel_requested", Boolean, nullable=False, server_default=false()),
    #: JSON text: how far a running job is (``stage``, ``done``, ``total``, ``percent``), written by its worker
    Column("progress", Text, nullable=True),
    #: JSON text: the job's parameters (``assumptions``: scenario assumptions set by the organisation)
    Column("params", Text, nullable=True),
    Index(None, "org_id", "created"),
    Index(None, "status", "created"),
)

workers = Table(
    "workers",
    metadata,
    Column("id", String(_ID_LEN), primary_key=True),
    Column("host", Text, nullable=False),
    Column("pid", Integer, nullable=False),
    Column("started", UTCDateTime, nullable=False),
    Column("heartbeat", UTCDateTime, nullable=False),
    Column("stopped", UTCDateTime, nullable=True),
)

sessions = Table(
    "sessions",
    metadata,
    #: SHA-256 of the session token (the cookie holds the token; the table cannot be used to forge one)
    Column("id", String(64), primary_key=True),
    Column("org_id", String(_ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("key_id", String(_ID_LEN), nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("expires", UTCDateTime, nullable=False),
    Column("ended", UTCDateTime, nullable=True),
)

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

decisions = Table(
    "decisions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("org_id", String(_ID_LEN), ForeignKey("orgs.id"), nullable=False),
    Column("upload_id", String(_ID_LEN), ForeignKey("uploads.id"), nullable=False),
    Column("title", Text, nullable=False),
    #: sha256 of the title: the unique key (titles can be longer than an index entry may be)
    Column("title_key", String(64), nullable=False),
    Column("code", String(32), nullable=False),
    Column("actor", Text, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Column("updated", UTCDateTime, nullable=False),
    UniqueConstraint("org_id", "upload_id", "title_key"),
)

audit_entries = Table(
    "audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    #: no foreign key: the log outlives what it mentions; None for events outside any organisation
    Column("org_id", String(_ID_LEN), nullable=True),
    Column("actor", Text, nullable=False),
    Column("action", String(64), nullable=False),
    Column("target", Text, nullable=False),
    Column("detail", Text, nullable=False),
    Column("created", UTCDateTime, nullable=False),
    Index(None, "org_id", "created"),
)


# ---------------------------------------------------------------------------------------------- helpers
def _now() -> datetime:
    return datetime.now(UTC)


def _new_id() -> str:
    return secrets.token_hex(_ID_LEN // 2)


def _clean(value: object, limit: int = MAX_TEXT) -> str:
    """Text every backend accepts: no NUL (PostgreSQL refuses it), no lone surrogates, at most ``limit``."""
    text = str(value).replace("\x00", "\ufffd")
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text[:limit]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def _hash_secret(secret: str, salt: bytes) -> str:
    return hmac.new(salt, secret.encode("utf-8", "replace"), hashlib.sha256).hexdigest()


def _key_hash(secret: str) -> str:
    salt = secrets.token_bytes(16)
    return f"sha256${salt.hex()}${_hash_secret(secret, salt)}"


def _key_matches(secret: str, stored: str) -> bool:
    try:
        scheme, salt_hex, digest = stored.split("$")
        salt = bytes.fromhex(salt_hex)
    except ValueError:
        return False
    if scheme != "sha256":
        return False
    return hmac.compare_digest(_hash_secret(secret, salt), digest)


#: compared against when a key id is unknown, so that the answer takes as long as for a known id
_DUMMY_HASH = _key_hash(secrets.token_urlsafe(32))


def split_key(raw_key: str) -> tuple[str, str] | None:
    """``jlr_<key id>_<secret>`` -> (key id, secret); anything else -> None."""
    if not isinstance(raw_key, str) or not raw_key.startswith(KEY_PREFIX):
        return None
    rest = raw_key[len(KEY_PREFIX) :]
    key_id, sep, secret = rest[:_ID_LEN], rest[_ID_LEN : _ID_LEN + 1], rest[_ID_LEN + 1 :]
    if sep != "_" or len(secret) < 16 or len(key_id) != _ID_LEN:
        return None
    if any(c not in "0123456789abcdef" for c in key_id):
        return None
    return key_id, secret


def alembic_config(url: str | None = None, connection: Connection | None = None) -> Any:
    """An Alembic ``Config`` for Jalur's migrations, without any alembic.ini (docs/storage.md)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` URLs use psycopg 3 (the driver Jalur installs)."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    return u.render_as_string(hide_password=False)


# ---------------------------------------------------------------------------------------------- store
class Store:
    def __init__(self, url: str) -> None:
        self.url = normalise_url(url)
        u = make_url(self.url)
        self.dialect = u.get_backend_name()
        if self.dialect == "sqlite":
            memory = u.database in (None, "", ":memory:")
            args: dict[str, Any] = {"check_same_thread": False, "timeout": _SQLITE_BUSY_MS / 1000}
            file: Path | None = None
            if not memory and u.database:
                file = Path(u.database).expanduser().absolute()
                file.parent.mkdir(parents=True, exist_ok=True)
                sqlite3.connect(file).close()  # made once here; the pool below never creates one
            engine = create_engine(
                self.url,
                connect_args=args,
                **({"poolclass": StaticPool} if memory else {}),
                **({"creator": _sqlite_creator(file, args)} if file is not None else {}),
            )
            event.listen(engine, "connect", _sqlite_connect)
            event.listen(engine, "begin", _sqlite_begin)
            if file is not None:
                _watch_sqlite_file(engine, file)
        else:
            engine = create_engine(
                self.url, pool_size=5, max_overflow=10, pool_pre_ping=True, pool_recycle=1800
            )
        self.engine: Engine = engine
        # the same pool; on SQLite its transactions take the write lock at once (BEGIN IMMEDIATE)
        self._writer: Engine = engine.execution_options(jalur_write=True)

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ lifecycle
    @contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._writer.begin() as conn:
            yield conn

    def migrate(self) -> None:
        """Bring the schema to the latest migration (``alembic upgrade head``); safe to call at every start
        and from several processes at once."""
        from alembic import command
        from alembic.script import ScriptDirectory

        head = ScriptDirectory.from_config(alembic_config()).get_current_head()
        if self.revision() == head:  # nothing to do: no write (a read-only database still starts)
            return
        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_MIGRATE_LOCK})")
            command.upgrade(alembic_config(connection=conn), "head")

    def revision(self) -> str | None:
        """The migration the database is at (None: not migrated)."""
        from alembic.runtime.migration import MigrationContext

        with self._read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    # ------------------------------------------------------------------ organisations and keys
    def create_org(self, name: str) -> tuple[str, str, str]:
        """A new organisation with its first API key: (org id, key id, raw key). The raw key is not kept."""
        name = _clean(" ".join(str(name).split()), 200)
        if not name:
            raise ValueError("an organisation needs a name")
        org_id = _new_id()
        with self._write() as conn:
            conn.execute(orgs.insert().values(id=org_id, name=name, created=_now()))
            key_id, raw = self._insert_key(conn, org_id)
        return org_id, key_id, raw

    def add_key(self, org_id: str) -> tuple[str, str]:
        """Another API key for an organisation: (key id, raw key). ``NotFound`` for an unknown org."""
        with self._write() as conn:
            if conn.execute(select(orgs.c.id).where(orgs.c.id == str(org_id))).first() is None:
                raise NotFound(org_id)
            return self._insert_key(conn, str(org_id))

    @staticmethod
    def _insert_key(conn: Connection, org_id: str) -> tuple[str, str]:
        key_id = _new_id()
        secret = secrets.token_urlsafe(32)
        conn.execute(
            api_keys.insert().values(
                id=key_id, org_id=org_id, key_hash=_key_hash(secret), created=_now(), revoked=None
            )
        )
        return key_id, f"{KEY_PREFIX}{key_id}_{secret}"

    def revoke_key(self, key_id: str) -> bool:
        """True when an active key was revoked now; False for an unknown or already revoked key."""
        with self._write() as conn:
            result = conn.execute(
                api_keys.update()
                .where(api_keys.c.id == str(key_id), api_keys.c.revoked.is_(None))
                .values(revoked=_now())
            )
            return bool(result.rowcount)

    def list_orgs(self) -> list[dict[str, Any]]:
        """Every organisation: id, name, created, active_keys (how many unrevoked keys)."""
        active = (
            select(api_keys.c.org_id, func.count().label("n"))
            .where(api_keys.c.revoked.is_(None))
            .group_by(api_keys.c.org_id)
            .subquery()
        )
        q = (
            select(orgs.c.id, orgs.c.name, orgs.c.created, active.c.n)
            .outerjoin(active, active.c.org_id == orgs.c.id)
            .order_by(orgs.c.created, orgs.c.id)
        )
        with self._read() as conn:
            return [
                {"id": r.id, "name": r.name, "created": _iso(r.created), "active_keys": int(r.n or 0)}
                for r in conn.execute(q)
            ]

    def get_org(self, org_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            r = conn.execute(select(orgs).where(orgs.c.id == str(org_id))).first()
        return {"id": r.id, "name": r.name, "created": _iso(r.created)} if r is not None else None

    def list_keys(self, org_id: str) -> list[dict[str, Any]]:
        """An organisation's keys, oldest first: id, org_id, created, revoked (bool), revoked_at. Never the
        key or its hash."""
        q = (
            select(api_keys.c.id, api_keys.c.org_id, api_keys.c.created, api_keys.c.revoked)
            .where(api_keys.c.org_id == str(org_id))
            .order_by(api_keys.c.created, api_keys.c.id)
        )
        with self._read() as conn:
            return [self._key(r) for r in conn.execute(q)]

    def get_key(self, key_id: str) -> dict[str, Any] | None:
        """One key's listing (as in ``list_keys``) by its id, whichever its organisation (for the CLI)."""
        q = select(api_keys.c.id, api_keys.c.org_id, api_keys.c.created, api_keys.c.revoked).where(
            api_keys.c.id == str(key_id)
        )
        with self._read() as conn:
            r = conn.execute(q).first()
        return self._key(r) if r is not None else None

    @staticmethod
    def _key(r: Any) -> dict[str, Any]:
        return {
            "id": r.id,
            "org_id": r.org_id,
            "created": _iso(r.created),
            "revoked": r.revoked is not None,
            "revoked_at": _iso(r.revoked),
        }

    def org_for_key(self, raw_key: str) -> str | None:
        """The organisation of an active key; None for a malformed, unknown or revoked key. The hash
        comparison is constant-time and an unknown key id costs the same hash as a known one."""
        parts = split_key(raw_key)
        if parts is None:
            return None
        key_id, secret = parts
        with self._read() as conn:
            r = conn.execute(
                select(api_keys.c.org_id, api_keys.c.key_hash, api_keys.c.revoked).where(
                    api_keys.c.id == key_id
                )
            ).first()
        if r is None:
            _key_matches(secret, _DUMMY_HASH)
            return None
        ok = _key_matches(secret, r.key_hash)
        return str(r.org_id) if ok and r.revoked is None else None

    # ------------------------------------------------------------------ uploads
    def add_upload(
        self,
        org_id: str,
        *,
        filename: str,
        sha256: str,
        size: int,
        stored_path: str,
        rows_in: int | None,
        rows_accepted: int | None,
        rows_rejected: int | None,
        actor: str,
        summary: dict[str, Any] | None = None,
    ) -> str:
        upload_id = _new_id()
        with self._write() as conn:
            conn.execute(
                uploads.insert().values(
                    id=upload_id,
                    org_id=str(org_id),
                    filename=_clean(filename, 500),
                    sha256=_clean(sha256, 64),
                    size=int(size),
                    stored_path=_clean(stored_path),
                    rows_in=rows_in,
                    rows_accepted=rows_accepted,
                    rows_rejected=rows_rejected,
                    actor=_clean(actor, 500),
                    created=_now(),
                    summary=_json(summary) if summary is not None else None,
                )
            )
        return upload_id

    @staticmethod
    def _upload(r: Any) -> dict[str, Any]:
        return {
            "id": r.id,
            "org_id": r.org_id,
            "filename": r.filename,
            "sha256": r.sha256,
            "size": r.size,
            "stored_path": r.stored_path,
            "rows_in": r.rows_in,
            "rows_accepted": r.rows_accepted,
            "rows_rejected": r.rows_rejected,
            "actor": r.actor,
            "created": _iso(r.created),
            "summary": json.loads(r.summary) if r.summary else None,
        }

    def get_upload(self, org_id: str, upload_id: str) -> dict[str, Any] | None:
        q = select(uploads).where(uploads.c.org_id == str(org_id), uploads.c.id == str(upload_id))
        with self._read() as conn:
            r = conn.execute(q).first()
        return self._upload(r) if r is not None else None

    def list_uploads(self, org_id: str) -> list[dict[str, Any]]:
        """An organisation's uploads, newest first."""
        q = (
            select(uploads)
            .where(uploads.c.org_id == str(org_id))
            .order_by(uploads.c.created.desc(), uploads.c.id.desc())
        )
        with self._read() as conn:
            return [self._upload(r) for r in conn.execute(q)]

    def _own_upload(self, conn: Connection, org_id: str, upload_id: str) -> None:
        q = select(uploads.c.id).where(uploads.c.org_id == str(org_id), uploads.c.id == str(upload_id))
        if conn.execute(q).first() is None:
            raise NotFound(upload_id)

    # ------------------------------------------------------------------ report jobs
    def add_job(
        self,
        org_id: str,
        upload_id: str,
        lang: str,
        formats: str,
        kind: str = "report",
        params: Mapping[str, Any] | None = None,
    ) -> str:
        """A queued job on one of the organisation's uploads (``NotFound`` for another org's upload);
        ``params`` (JSON-able, no personal data) are what its handler reads besides the upload."""
        job_id = _new_id()
        now = _now()
        with self._write() as conn:
            self._own_upload(conn, org_id, upload_id)
            conn.execute(
                jobs.insert().values(
                    id=job_id,
                    org_id=str(org_id),
                    upload_id=str(upload_id),
                    lang=_clean(lang, 8),
                    formats=_clean(formats, 200),
                    status="queued",
                    created=now,
                    updated=now,
                    kind=_clean(kind, 32),
                    attempts=0,
                    cancel_requested=False,
                    params=_json(dict(params)) if params else None,
                )
            )
        return job_id

    def update_job(
        self,
        job_id: str,
        *,
        status: str,
        error: str | None = None,
        result_dir: str | None = None,
        summary: dict[str, Any] | None = None,
    ) -> None:
        """Set a job's status; ``error``, ``result_dir`` and ``summary`` change only when given. ``running``
        stamps ``started``, ``done`` and ``failed`` stamp ``finished``. ``NotFound`` for an unknown job."""
        if status not in JOB_STATUSES:
            raise ValueError(f"job status must be one of {', '.join(JOB_STATUSES)}, not {status!r}")
        now = _now()
        values: dict[str, Any] = {"status": status, "updated": now}
        if status == "running":
            values["started"] = now
        if status in ("done", "failed"):
            values["finished"] = now
        if error is not None:
            values["error"] = _clean(error)
        if result_dir is not None:
            values["result_dir"] = _clean(result_dir)
        if summary is not None:
            values["summary"] = _json(summary)
        with self._write() as conn:
            result = conn.execute(jobs.update().where(jobs.c.id == str(job_id)).values(**values))
            if not result.rowcount:
                raise NotFound(job_id)

    @staticmethod
    def _job(r: Any) -> dict[str, Any]:
        return {
            "id": r.id,
            "org_id": r.org_id,
            "upload_id": r.upload_id,
            "lang": r.lang,
            "formats": r.formats,
            "status": r.status,
            "error": r.error,
            "result_dir": r.result_dir,
            "summary": json.loads(r.summary) if r.summary else None,
            "created": _iso(r.created),
            "updated": _iso(r.updated),
            "started": _iso(r.started),
            "finished": _iso(r.finished),
            "kind": r.kind,
            "attempts": int(r.attempts or 0),
            "lease_owner": r.lease_owner,
            "lease_until": _iso(r.lease_until),
            "cancel_requested": bool(r.cancel_requested),
            "progress": json.loads(r.progress) if r.progress else None,
            "params": json.loads(r.params) if r.params else {},
        }

    def get_job(self, org_id: str, job_id: str) -> dict[str, Any] | None:
        q = select(jobs).where(jobs.c.org_id == str(org_id), jobs.c.id == str(job_id))
        with self._read() as conn:
            r = conn.execute(q).first()
        return self._job(r) if r is not None else None

    def list_jobs(self, org_id: str) -> list[dict[str, Any]]:
        """An organisation's jobs, newest first."""
        q = select(jobs).where(jobs.c.org_id == str(org_id)).order_by(jobs.c.created.desc(), jobs.c.id.desc())
        with self._read() as conn:
            return [self._job(r) for r in conn.execute(q)]

    # ------------------------------------------------------------------ the durable queue
    def queue_counts(self, org_id: str) -> dict[str, int]:
        """How many of the organisation's jobs are queued and running."""
        q = (
            select(jobs.c.status, func.count().label("n"))
            .where(jobs.c.org_id == str(org_id), jobs.c.status.in_(("queued", "running")))
            .group_by(jobs.c.status)
        )
        with self._read() as conn:
            found = {r.status: int(r.n) for r in conn.execute(q)}
        return {"queued": found.get("queued", 0), "running": found.get("running", 0)}

    def queue_position(self, org_id: str, job_id: str) -> int | None:
        """How many queued jobs (of every organisation) were queued before this one; None unless queued."""
        with self._read() as conn:
            r = conn.execute(
                select(jobs.c.status, jobs.c.created).where(
                    jobs.c.org_id == str(org_id), jobs.c.id == str(job_id)
                )
            ).first()
            if r is None or r.status != "queued":
                return None
            ahead = conn.execute(
                select(func.count()).where(jobs.c.status == "queued", jobs.c.created < r.created)
            ).scalar_one()
        return int(ahead)

    def claim_job(
        self, worker_id: str, lease_seconds: float, org_max_running: int, max_attempts: int
    ) -> dict[str, Any] | None:
        """Take the next job for a worker, or None. Fair between organisations: never more than
        ``org_max_running`` of one organisation at once; among the others, the organisation with the fewest
        running jobs, then the one served longest ago, then the oldest job. Leases that expired (their worker
        died or lost the database) are reaped first: the job is queued again, or fails once it has had
        ``max_attempts``. One transaction, serialised between processes and hosts (SQLite: the write lock;
        PostgreSQL: an advisory lock)."""
        now = _now()
        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_CLAIM_LOCK})")
            self._reap(conn, now, max_attempts)
            running: dict[str, int] = {
                r.org_id: int(r.n)
                for r in conn.execute(
                    select(jobs.c.org_id, func.count().label("n"))
                    .where(jobs.c.status == "running")
                    .group_by(jobs.c.org_id)
                )
            }
            queued = conn.execute(
                select(jobs.c.id, jobs.c.org_id, jobs.c.created)
                .where(jobs.c.status == "queued")
                .order_by(jobs.c.created, jobs.c.id)
                .limit(2_000)
            ).all()
            eligible = [q for q in queued if running.get(q.org_id, 0) < max(1, org_max_running)]
            if not eligible:
                return None
            orgs_waiting = sorted({q.org_id for q in eligible})
            served: dict[str, datetime] = {
                r.org_id: r.last
                for r in conn.execute(
                    select(jobs.c.org_id, func.max(jobs.c.started).label("last"))
                    .where(jobs.c.org_id.in_(orgs_waiting), jobs.c.started.is_not(None))
                    .group_by(jobs.c.org_id)
                )
                if r.last is not None
            }
            epoch = datetime(1970, 1, 1, tzinfo=UTC)

            def order(q: Any) -> tuple[int, datetime, datetime, str]:
                last = served.get(q.org_id)
                last = (last.replace(tzinfo=UTC) if last.tzinfo is None else last) if last else epoch
                created = q.created.replace(tzinfo=UTC) if q.created.tzinfo is None else q.created
                return (running.get(q.org_id, 0), last, created, q.id)

            pick = min(eligible, key=order)
            conn.execute(
                jobs.update()
                .where(jobs.c.id == pick.id, jobs.c.status == "queued")
                .values(
                    status="running",
                    lease_owner=worker_id,
                    lease_until=now + timedelta(seconds=lease_seconds),
                    attempts=jobs.c.attempts + 1,
                    started=now,
                    updated=now,
                    progress=None,  # a retried job starts again from the first stage
                )
            )
            r = conn.execute(select(jobs).where(jobs.c.id == pick.id)).first()
        return self._job(r) if r is not None else None

    def _reap(self, conn: Connection, now: datetime, max_attempts: int) -> None:
        expired = conn.execute(
            select(jobs.c.id, jobs.c.attempts).where(jobs.c.status == "running", jobs.c.lease_until < now)
        ).all()
        for r in expired:
            if int(r.attempts or 0) >= max_attempts:
                values: dict[str, Any] = {
                    "status": "failed",
                    "error": _json({"code": "job_interrupted", "params": {"attempts": str(r.attempts)}}),
                    "finished": now,
                }
            else:
                values = {"status": "queued"}
            conn.execute(
                jobs.update()
                .where(jobs.c.id == r.id, jobs.c.status == "running")
                .values(lease_owner=None, lease_until=None, updated=now, **values)
            )

    def renew_lease(self, job_id: str, worker_id: str, lease_seconds: float) -> str:
        """Extend a running job's lease: ``ok``; ``cancel`` when the organisation asked to cancel it;
        ``lost`` when this worker no longer holds it (its lease expired and it was reaped)."""
        now = _now()
        with self._write() as conn:
            result = conn.execute(
                jobs.update()
                .where(jobs.c.id == str(job_id), jobs.c.status == "running", jobs.c.lease_owner == worker_id)
                .values(lease_until=now + timedelta(seconds=lease_seconds), updated=now)
            )
            if not result.rowcount:
                return "lost"
            flag = conn.execute(select(jobs.c.cancel_requested).where(jobs.c.id == str(job_id))).scalar_one()
        return "cancel" if flag else "ok"

    def set_progress(self, job_id: str, worker_id: str, progress: Mapping[str, Any]) -> bool:
        """Record how far a running job is — only while this worker holds its lease."""
        with self._write() as conn:
            result = conn.execute(
                jobs.update()
                .where(jobs.c.id == str(job_id), jobs.c.status == "running", jobs.c.lease_owner == worker_id)
                .values(progress=_json(dict(progress)))
            )
        return bool(result.rowcount)

    def finish_job(
        self,
        job_id: str,
        worker_id: str,
        status: str,
        *,
        error: str | None = None,
        result_dir: str | None = None,
        summary: dict[str, Any] | None = None,
    ) -> bool:
        """Record a running job's end (``done``, ``failed`` or ``cancelled``) — only while this worker holds
        its lease: a worker whose lease was taken over never overwrites the other's result."""
        if status not in FINAL_STATUSES:
            raise ValueError(f"a job ends as one of {', '.join(FINAL_STATUSES)}, not {status!r}")
        now = _now()
        values: dict[str, Any] = {
            "status": status,
            "updated": now,
            "finished": now,
            "lease_owner": None,
            "lease_until": None,
        }
        if error is not None:
            values["error"] = _clean(error)
        if result_dir is not None:
            values["result_dir"] = _clean(result_dir)
        if summary is not None:
            values["summary"] = _json(summary)
        with self._write() as conn:
            result = conn.execute(
                jobs.update()
                .where(jobs.c.id == str(job_id), jobs.c.status == "running", jobs.c.lease_owner == worker_id)
                .values(**values)
            )
        return bool(result.rowcount)

    def release_job(self, job_id: str, worker_id: str) -> bool:
        """Give a running job back to the queue without counting the attempt (a worker shutting down)."""
        with self._write() as conn:
            result = conn.execute(
                jobs.update()
                .where(jobs.c.id == str(job_id), jobs.c.status == "running", jobs.c.lease_owner == worker_id)
                .values(
                    status="queued",
                    lease_owner=None,
                    lease_until=None,
                    attempts=jobs.c.attempts - 1,
                    updated=_now(),
                )
            )
        return bool(result.rowcount)

    def cancel_job(self, org_id: str, job_id: str) -> str | None:
        """Cancel one of the organisation's jobs: a queued job is cancelled at once; a running one is
        marked and its worker stops it at its next lease renewal. The job's status after the call (None:
        no such job for this organisation)."""
        now = _now()
        with self._write() as conn:
            r = conn.execute(
                select(jobs.c.status).where(jobs.c.org_id == str(org_id), jobs.c.id == str(job_id))
            ).first()
            if r is None:
                return None
            if r.status == "queued":
                conn.execute(
                    jobs.update()
                    .where(jobs.c.id == str(job_id), jobs.c.status == "queued")
                    .values(status="cancelled", finished=now, updated=now)
                )
                return "cancelled"
            if r.status == "running":
                conn.execute(
                    jobs.update().where(jobs.c.id == str(job_id)).values(cancel_requested=True, updated=now)
                )
            return str(r.status)

    # ------------------------------------------------------------------ workers
    def register_worker(self, host: str, pid: int) -> str:
        worker_id = _new_id()
        now = _now()
        with self._write() as conn:
            conn.execute(
                workers.insert().values(
                    id=worker_id, host=_clean(host, 200), pid=int(pid), started=now, heartbeat=now
                )
            )
        return worker_id

    def worker_heartbeat(self, worker_id: str) -> None:
        with self._write() as conn:
            conn.execute(workers.update().where(workers.c.id == worker_id).values(heartbeat=_now()))

    def worker_stopped(self, worker_id: str) -> None:
        with self._write() as conn:
            conn.execute(workers.update().where(workers.c.id == worker_id).values(stopped=_now()))

    def live_workers(self, within_seconds: float) -> int:
        """Workers that have not stopped and were heard from in the last ``within_seconds``."""
        since = _now() - timedelta(seconds=within_seconds)
        with self._read() as conn:
            n = conn.execute(
                select(func.count()).where(workers.c.stopped.is_(None), workers.c.heartbeat >= since)
            ).scalar_one()
        return int(n)

    def queue_totals(self) -> dict[str, int]:
        """Jobs queued and running, all organisations (for /health)."""
        q = (
            select(jobs.c.status, func.count().label("n"))
            .where(jobs.c.status.in_(("queued", "running")))
            .group_by(jobs.c.status)
        )
        with self._read() as conn:
            found = {r.status: int(r.n) for r in conn.execute(q)}
        return {"queued": found.get("queued", 0), "running": found.get("running", 0)}

    # ------------------------------------------------------------------ sessions of the web UI
    def create_session(self, org_id: str, key_id: str, seconds: float) -> str:
        """A new signed-in session; the token to put in the cookie (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = _now()
        with self._write() as conn:
            conn.execute(
                sessions.insert().values(
                    id=_token_hash(token),
                    org_id=str(org_id),
                    key_id=str(key_id),
                    created=now,
                    expires=now + timedelta(seconds=seconds),
                )
            )
        return token

    def session(self, token: str) -> tuple[str, str] | None:
        """(org id, key id) of a session that is neither ended, expired, nor made with a revoked key."""
        if not token or len(token) > 200:
            return None
        now = _now()
        q = (
            select(sessions.c.org_id, sessions.c.key_id)
            .join(api_keys, api_keys.c.id == sessions.c.key_id)
            .where(
                sessions.c.id == _token_hash(token),
                sessions.c.ended.is_(None),
                sessions.c.expires > now,
                api_keys.c.revoked.is_(None),
                api_keys.c.org_id == sessions.c.org_id,
            )
        )
        with self._read() as conn:
            r = conn.execute(q).first()
        return (str(r.org_id), str(r.key_id)) if r is not None else None

    def end_session(self, token: str) -> None:
        with self._write() as conn:
            conn.execute(
                sessions.update()
                .where(sessions.c.id == _token_hash(token), sessions.c.ended.is_(None))
                .values(ended=_now())
            )

    # ------------------------------------------------------------------ identity and health
    def identity(self) -> str | None:
        """This database's identity (written once, when the schema is first created), or None."""
        with self._read() as conn:
            r = conn.execute(select(meta.c.value).where(meta.c.key == "store_id")).first()
        return str(r.value) if r is not None else None

    def ensure_identity(self) -> tuple[str, bool]:
        """(identity, whether it was made now): a new database gets one at its first start."""
        found = self.identity()
        if found:
            return found, False
        new = _new_id()
        with self._write() as conn:
            if conn.execute(select(meta.c.value).where(meta.c.key == "store_id")).first() is None:
                conn.execute(meta.insert().values(key="store_id", value=new))
                return new, True
        return self.identity() or new, False

    def check_writable(self) -> None:
        """Write one row and keep it (the time of the last check): raises when the database cannot be
        written (read-only, full, gone)."""
        stamp = _now().isoformat()
        with self._write() as conn:
            done = conn.execute(meta.update().where(meta.c.key == "health").values(value=stamp)).rowcount
            if not done:
                conn.execute(meta.insert().values(key="health", value=stamp))

    # ------------------------------------------------------------------ review decisions
    def set_decision(self, org_id: str, upload_id: str, title: str, code: str, actor: str) -> None:
        """Confirm or correct the occupation code of one title of an upload (the last decision wins).
        ``NotFound`` for another organisation's upload."""
        title = _clean(title)
        now = _now()
        row = {
            "org_id": str(org_id),
            "upload_id": str(upload_id),
            "title": title,
            "title_key": hashlib.sha256(title.encode("utf-8")).hexdigest(),
            "code": _clean(code, 32),
            "actor": _clean(actor, 500),
            "created": now,
            "updated": now,
        }
        # one statement, so that two requests deciding the same title at once cannot collide
        from sqlalchemy.dialects import postgresql, sqlite

        ins: Any = (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(decisions).values(
            **row
        )
        stmt = ins.on_conflict_do_update(
            index_elements=["org_id", "upload_id", "title_key"],
            set_={"code": ins.excluded.code, "actor": ins.excluded.actor, "updated": ins.excluded.updated},
        )
        with self._write() as conn:
            self._own_upload(conn, org_id, upload_id)
            conn.execute(stmt)

    def decisions(self, org_id: str, upload_id: str) -> dict[str, str]:
        """title -> code for one of the organisation's uploads (empty for another org's upload)."""
        q = (
            select(decisions.c.title, decisions.c.code)
            .where(decisions.c.org_id == str(org_id), decisions.c.upload_id == str(upload_id))
            .order_by(decisions.c.id)
        )
        with self._read() as conn:
            return {r.title: r.code for r in conn.execute(q)}

    def org_decisions(self, org_id: str) -> dict[str, str]:
        """title -> code of every decision the organisation ever made across all its uploads, the latest per
        exact title, oldest first (so that a caller folding spellings together keeps the latest):
        remembered and applied to the next upload of a roster (``jalur.app.reports.remembered_decisions``)."""
        q = (
            select(decisions.c.title_key, decisions.c.title, decisions.c.code)
            .where(decisions.c.org_id == str(org_id))
            .order_by(decisions.c.updated, decisions.c.id)
        )
        latest: dict[str, tuple[str, str]] = {}
        with self._read() as conn:
            for r in conn.execute(q):
                latest[r.title_key] = (r.title, r.code)
        return dict(latest.values())

    # ------------------------------------------------------------------ audit log
    def audit(self, org_id: str | None, actor: str, action: str, target: str, detail: str = "") -> None:
        """Record who did what to which object. Never pass personal data: ids, titles and file names at most."""
        with self._write() as conn:
            conn.execute(
                audit_entries.insert().values(
                    org_id=str(org_id) if org_id is not None else None,
                    actor=_clean(actor, 500),
                    action=_clean(action, 64),
                    target=_clean(target, 1000),
                    detail=_clean(detail),
                    created=_now(),
                )
            )

    def audit_log(self, org_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """An organisation's audit entries, newest first (at most ``limit``, capped at 1000)."""
        limit = max(1, min(int(limit), MAX_AUDIT))
        q = (
            select(audit_entries)
            .where(audit_entries.c.org_id == str(org_id))
            .order_by(audit_entries.c.created.desc(), audit_entries.c.id.desc())
            .limit(limit)
        )
        with self._read() as conn:
            return [
                {
                    "id": str(r.id),
                    "org_id": r.org_id,
                    "actor": r.actor,
                    "action": r.action,
                    "target": r.target,
                    "detail": r.detail,
                    "created": _iso(r.created),
                }
                for r in conn.execute(q)
            ]


# ---------------------------------------------------------------------------------------------- SQLite
def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    # the driver's own transaction handling off: ``_sqlite_begin`` says BEGIN (and which kind) itself
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout = {_SQLITE_BUSY_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
    finally:
        cur.close()


def _sqlite_creator(file: Path, args: dict[str, Any]) -> Any:
    """Connections that open the database file only if it exists (``mode=rw``): a file deleted while the
    service runs is an error, never silently a new empty database."""
    uri = f"file:{quote(str(file))}?mode=rw"

    def connect() -> sqlite3.Connection:
        conn: sqlite3.Connection = sqlite3.connect(uri, uri=True, **args)
        return conn

    return connect


def _watch_sqlite_file(engine: Engine, file: Path) -> None:
    """Every connection taken from the pool must still be on the file the store opened: a connection to a
    file that was deleted or replaced since (it would read and write a copy nobody will ever see again) is
    thrown away; opening a new one then fails while the file is missing."""
    st = file.stat()
    identity = (st.st_dev, st.st_ino)

    def on_checkout(_dbapi: Any, _record: Any, _proxy: Any) -> None:
        try:
            now = file.stat()
        except OSError:
            raise DisconnectionError("the database file is missing") from None
        if (now.st_dev, now.st_ino) != identity:
            raise DisconnectionError("the database file was replaced")

    event.listen(engine, "checkout", on_checkout)


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get("jalur_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
