"""Build the knowledge base: public raw files -> one SQLite file + a JSON manifest.

The build is deterministic: rows are inserted in sorted order and the file holds no timestamps, so the
same inputs and code give a byte-identical file (the manifest beside it carries the build time).
It writes to a temporary file and renames it into place, so a failed build leaves the old KB intact.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import jalur
from jalur.config import manifest_path
from jalur.errors import DataMissing
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources.base import SourceFiles, file_sha256, get_source, missing_files, registry
from jalur.match.calibration import artefact_sha256

log = logging.getLogger(__name__)

#: Build steps in order; each names a module in ``jalur.ingest.steps`` with ``SCHEMA``, ``SOURCES`` and ``load``.
STEPS: tuple[str, ...] = (
    "taxonomy",
    "onet",
    "ai_use",
    "crosswalk",
    "esco",
    "indices",
    "pay",
    "borrowed",
    "match",
    "skkni",
    "exposure",
    "pathways",
    "quality",
)

SCHEMA_VERSION = 1


@dataclass
class BuildContext:
    """What a build step gets: the open database, checked access to sources, and a place for stats."""

    conn: sqlite3.Connection
    data_dir: Path
    accept_changed: bool = False
    stats: dict[str, Any] = field(default_factory=dict)
    #: seconds spent computing embeddings not yet in the content-hash cache (manifest only: timings
    #: must not enter the file, which stays byte-identical)
    embedding_seconds: float = 0.0
    _files: dict[str, SourceFiles] = field(default_factory=dict)

    def files(self, source_id: str) -> SourceFiles:
        if source_id not in self._files:
            self._files[source_id] = SourceFiles(get_source(source_id), self.data_dir, self.accept_changed)
        return self._files[source_id]

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
        """Insert rows sorted by all columns (None first), so that file contents are deterministic."""
        data = sorted((tuple(r) for r in rows), key=_sort_key)
        placeholders = ",".join("?" * len(columns))
        self.conn.executemany(f"INSERT INTO {table} ({','.join(columns)}) VALUES ({placeholders})", data)
        return len(data)


def _sort_key(row: tuple[Any, ...]) -> tuple[tuple[int, Any], ...]:
    return tuple((0, "") if v is None else (1, v) if isinstance(v, str) else (2, v) for v in row)


def step_module(name: str) -> Any:
    return importlib.import_module(f"jalur.ingest.steps.{name}")


def required_sources() -> list[str]:
    out: list[str] = []
    for name in STEPS:
        for sid in step_module(name).SOURCES:
            if sid not in out:
                out.append(sid)
    return out


def build_modules() -> list[Path]:
    """Every module of ``jalur`` the build can run: the ``ingest`` package and, transitively, whatever it
    imports (at module level or inside functions), found by reading the code — so that a step that starts
    using another package is covered by the up-to-date check without anyone listing it."""
    import ast

    base = Path(str(resources.files("jalur"))).parent
    todo = sorted((base / "jalur" / "ingest").rglob("*.py"))
    seen: set[Path] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if name == "jalur" or name.startswith("jalur."):
                    parts = name.split(".")
                    for cand in (
                        base.joinpath(*parts).with_suffix(".py"),
                        base.joinpath(*parts, "__init__.py"),
                    ):
                        if cand.is_file():
                            todo.append(cand)
                    for i in range(1, len(parts)):  # the packages on the way run their __init__
                        todo.append(base.joinpath(*parts[:i], "__init__.py"))
    return sorted(seen)


def code_fingerprint() -> str:
    """Hash of the code and authored data that shape the KB (``build_modules`` and ``jalur/data``), so a
    code change triggers a rebuild."""
    h = hashlib.sha256(jalur.__version__.encode())
    root = Path(str(resources.files("jalur")))
    data = [p for p in sorted((root / "data").rglob("*")) if p.is_file()]
    data += [p for p in sorted((root / "ingest").rglob("*")) if p.is_file() and p.suffix == ".toml"]
    for p in [*build_modules(), *data]:
        if p.suffix in {".py", ".toml", ".csv", ".json", ".txt"}:
            h.update(str(p.relative_to(root.parent)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def inputs_fingerprint(data_dir: Path, source_ids: list[str]) -> str:
    h = hashlib.sha256(code_fingerprint().encode())
    for sid in source_ids:
        for f in get_source(sid).files:
            local = data_dir / sid / f.path
            h.update(f"{sid}/{f.path}:{file_sha256(local) if local.is_file() else '-'}".encode())
    return h.hexdigest()


def is_up_to_date(kb: Path, data_dir: Path) -> bool:
    mp = manifest_path(kb)
    if not kb.is_file() or not mp.is_file():
        return False
    try:
        manifest = json.loads(mp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(
        manifest.get("inputs_fingerprint") == inputs_fingerprint(data_dir, required_sources())
        and manifest.get("kb_sha256") == file_sha256(kb)
    )


def build(
    kb: Path,
    data_dir: Path,
    *,
    accept_changed: bool = False,
    force: bool = False,
    progress: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Build the KB at ``kb`` from ``data_dir``; return the manifest. Skips work when up to date."""
    sources = required_sources()
    missing = missing_files(data_dir, sources)
    if missing:
        raise DataMissing("error.data_missing", details=missing, data_dir=str(data_dir))
    if not force and is_up_to_date(kb, data_dir):
        manifest: dict[str, Any] = json.loads(manifest_path(kb).read_text(encoding="utf-8"))
        manifest["skipped"] = True
        return manifest

    started = time.perf_counter()
    kb.parent.mkdir(parents=True, exist_ok=True)
    tmp = kb.with_name(kb.name + ".building")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    ctx = BuildContext(conn=conn, data_dir=data_dir, accept_changed=accept_changed)
    timings: dict[str, float] = {}
    try:
        conn.executescript(CORE_SCHEMA)
        for name in STEPS:
            t0 = time.perf_counter()
            if progress:
                progress(name)
            mod = step_module(name)
            conn.executescript(mod.SCHEMA)
            mod.load(ctx)
            conn.commit()
            timings[name] = round(time.perf_counter() - t0, 2)
            log.info("step %s done in %.1fs", name, timings[name])
        used = sorted(ctx._files)
        ctx.insert(
            "source",
            ["id", "title", "publisher", "version", "licence", "attribution", "official"],
            [
                (s.id, s.title, s.publisher, s.version, s.licence, s.attribution, s.official)
                for s in (get_source(sid) for sid in used)
            ],
        )
        ctx.insert(
            "meta",
            ["key", "value"],
            [
                ("schema_version", str(SCHEMA_VERSION)),
                ("jalur_version", jalur.__version__),
                ("stats", json.dumps(ctx.stats, sort_keys=True)),
                ("artefacts", json.dumps(artefact_sha256(), sort_keys=True)),
            ],
        )
        conn.commit()
        conn.execute("VACUUM")
        conn.close()
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(kb)

    manifest = {
        "kb": kb.name,
        "kb_sha256": file_sha256(kb),
        "kb_bytes": kb.stat().st_size,
        "schema_version": SCHEMA_VERSION,
        "jalur_version": jalur.__version__,
        "code_fingerprint": code_fingerprint(),
        "artefacts": artefact_sha256(),
        "inputs_fingerprint": inputs_fingerprint(data_dir, sources),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "build_seconds": round(time.perf_counter() - started, 1),
        "step_seconds": timings,
        "embedding_seconds": round(ctx.embedding_seconds, 1),
        "data_dir": str(data_dir),
        "sources": [
            {
                "id": s.id,
                "version": s.version,
                "licence": s.licence,
                "official": s.official,
                "files": [
                    {
                        "path": f.path,
                        "sha256": ctx._files[s.id].accepted.get(f.path, f.sha256),
                        "accepted_change": f.path in ctx._files[s.id].accepted,
                    }
                    for f in s.files
                ],
            }
            for s in (registry()[sid] for sid in sorted(ctx._files))
        ],
        "stats": ctx.stats,
    }
    manifest_path(kb).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
    return manifest
