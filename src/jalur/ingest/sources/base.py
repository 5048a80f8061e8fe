"""The source registry: what each public source is, where it comes from, and how to check a local copy.

The registry lives in ``registry.toml`` beside this module (reviewed data, not code). A local copy of a
source is a folder ``<data_dir>/<source id>/`` holding the files the entry lists; each file is checked
against its recorded SHA-256 before anything reads it.
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from pathlib import Path

from jalur.errors import ChecksumMismatch, DataMissing, JalurError


@dataclass(frozen=True)
class SourceFile:
    path: str
    sha256: str
    size: int
    url: str


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    version: str
    licence: str
    attribution: str
    official: str
    snapshot: str
    files: tuple[SourceFile, ...]

    def file(self, path: str) -> SourceFile:
        for f in self.files:
            if f.path == path:
                return f
        raise KeyError(f"{self.id} has no file {path!r}")


class FileState(StrEnum):
    OK = "ok"
    MISSING = "missing"
    CHANGED = "changed"


@dataclass(frozen=True)
class FileStatus:
    source: str
    file: SourceFile
    local: Path
    state: FileState
    actual_sha256: str | None


@cache
def registry() -> dict[str, Source]:
    """All sources, keyed by id, in registry order."""
    text = resources.files("jalur.ingest.sources").joinpath("registry.toml").read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    out: dict[str, Source] = {}
    for s in raw["source"]:
        files = tuple(SourceFile(f["path"], f["sha256"], int(f["size"]), f.get("url", "")) for f in s["file"])
        out[s["id"]] = Source(
            id=s["id"],
            title=s["title"],
            publisher=s["publisher"],
            version=s["version"],
            licence=s["licence"],
            attribution=s["attribution"],
            official=s["official"],
            snapshot=s.get("snapshot", ""),
            files=files,
        )
    return out


def get_source(source_id: str) -> Source:
    try:
        return registry()[source_id]
    except KeyError:
        raise JalurError("error.unknown_source", source=source_id, known=", ".join(registry())) from None


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


@cache
def _cached_sha(path: str, size: int, mtime_ns: int) -> str:
    return sha256_file(Path(path))


def file_sha256(path: Path) -> str:
    """SHA-256 of a file, memoised on (path, size, mtime) within one process."""
    st = path.stat()
    return _cached_sha(str(path), st.st_size, st.st_mtime_ns)


def file_status(source: Source, data_dir: Path) -> list[FileStatus]:
    out = []
    for f in source.files:
        local = data_dir / source.id / f.path
        if not local.is_file():
            out.append(FileStatus(source.id, f, local, FileState.MISSING, None))
            continue
        actual = file_sha256(local)
        state = FileState.OK if actual == f.sha256 else FileState.CHANGED
        out.append(FileStatus(source.id, f, local, state, actual))
    return out


class SourceFiles:
    """Checked access to one source's local files. Reading a path verifies its checksum first.

    ``accept_changed`` lets a user take a file whose checksum differs from the reviewed one; the
    knowledge-base manifest then records the actual checksum and the acceptance.
    """

    def __init__(self, source: Source, data_dir: Path, accept_changed: bool = False) -> None:
        self.source = source
        self.data_dir = data_dir
        self.accept_changed = accept_changed
        self.accepted: dict[str, str] = {}

    def path(self, name: str) -> Path:
        f = self.source.file(name)
        local = self.data_dir / self.source.id / f.path
        if not local.is_file():
            raise DataMissing(
                "error.data_missing", details=[f"{self.source.id}/{f.path}"], data_dir=str(self.data_dir)
            )
        actual = file_sha256(local)
        if actual != f.sha256:
            if not self.accept_changed:
                raise ChecksumMismatch(
                    "error.checksum_mismatch",
                    path=str(local),
                    source=self.source.id,
                    actual=actual[:12],
                    expected=f.sha256[:12],
                )
            self.accepted[f.path] = actual
        return local


def missing_files(data_dir: Path, source_ids: list[str] | None = None) -> list[str]:
    """``source/file`` of every registered file absent from ``data_dir``."""
    ids = source_ids or list(registry())
    return [
        f"{sid}/{st.file.path}"
        for sid in ids
        for st in file_status(get_source(sid), data_dir)
        if st.state is FileState.MISSING
    ]
