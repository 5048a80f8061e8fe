"""Read access to a built knowledge base. Everything downstream reads the KB through this module: the
connection here, the named, typed queries in ``kb.repo`` (``jalur.kb.repository``)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from jalur import config
from jalur.errors import JalurError, KnowledgeBaseMissing
from jalur.kb.repository import Repository

SCHEMA_VERSION = 1


class KnowledgeBase:
    """A read-only connection to the knowledge-base file."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise KnowledgeBaseMissing("error.kb_missing", path=str(path))
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row
        #: the typed queries; a finished file never changes under a read-only connection, so it may cache
        self.repo = Repository(self.conn, cache=True)
        try:
            row = self.conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise JalurError("error.kb_invalid", path=str(path), detail=str(exc)) from exc
        if row is None or int(row[0]) != SCHEMA_VERSION:
            self.conn.close()
            raise JalurError(
                "error.kb_invalid",
                path=str(path),
                detail=f"schema version {row[0] if row else '?'}, expected {SCHEMA_VERSION}",
            )

    @classmethod
    def open(cls, path: str | Path | None = None) -> KnowledgeBase:
        return cls(config.kb_path(path))

    @classmethod
    def from_connection(cls, conn: sqlite3.Connection) -> KnowledgeBase:
        """The read API over a connection a build step already holds (the file is not finished yet)."""
        kb = cls.__new__(cls)
        kb.path = Path("<building>")
        kb.conn = conn
        kb.repo = Repository(conn, cache=False)  # the step may still be writing: keep nothing
        return kb

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        """Raw SQL, for the build (``jalur.ingest``) and, until it moves to ``repo``, the matcher; the domain
        packages use ``repo``."""
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def has_table(self, name: str) -> bool:
        return self.repo.has_table(name)

    def stats(self) -> dict[str, Any]:
        row = self.one("SELECT value FROM meta WHERE key = 'stats'")
        return json.loads(row[0]) if row else {}

    def artefacts(self) -> dict[str, str] | None:
        """SHA-256 of each fitted artefact the build used (``match_ranker.json`` ...), as recorded in the file
        itself (it travels with the file to a cluster; the manifest may not); None for a file built before
        they were recorded."""
        row = self.one("SELECT value FROM meta WHERE key = 'artefacts'")
        return {str(k): str(v) for k, v in json.loads(row[0]).items()} if row else None

    def counts(self) -> dict[str, int]:
        names = [r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: int(self.one(f'SELECT COUNT(*) FROM "{n}"')[0]) for n in names}  # type: ignore[index]

    def coverage(self) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM coverage ORDER BY metric")

    def checksum(self) -> str | None:
        """The SHA-256 of the knowledge-base file as its build manifest records it (None: no manifest)."""
        path = config.manifest_path(self.path)
        try:
            value = json.loads(path.read_text(encoding="utf-8")).get("kb_sha256")
        except (OSError, ValueError):
            return None
        return str(value) if value else None

    def sources(self) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM source ORDER BY id")
