"""Raw uploads on disk: each in its own private folder under the service's files folder
(``<files>/.incoming/<host>.<pid>-<random>/``, mode 0700, the file 0600, a random name), never in the
system's temporary folder. Whoever received an upload deletes it (``Upload.discard``) as soon as it has
been read, whatever happens; ``sweep`` removes what a crash left behind (at start-up and every few minutes),
so that no raw roster with its names, NIK and salaries outlives the request that brought it. The HTTP side
(streaming a multipart body into such a folder) is ``jalur.faces.web.upload``."""

from __future__ import annotations

import os
import shutil
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path

INCOMING = ".incoming"


def incoming_dir(files_dir: Path) -> Path:
    path = Path(files_dir) / INCOMING
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


@dataclass
class Upload:
    fields: dict[str, str]
    filename: str | None  # as sent, uncleaned
    path: Path | None  # the private copy (None: no file part)
    size: int = 0
    sha256: str = ""
    _folder: Path | None = field(default=None, repr=False)

    def discard(self) -> None:
        """Delete the private copy (idempotent)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None


def new_folder(files_dir: Path) -> Path:
    """A new private folder for one upload, named after this host and process (for ``sweep``)."""
    folder = incoming_dir(files_dir) / f"{_owner()}-{os.urandom(12).hex()}"
    folder.mkdir(mode=0o700)
    return folder


def _owner() -> str:
    """``<host>.<pid>`` of this process, as the incoming folder names it (no dashes inside)."""
    host = "".join(c for c in socket.gethostname() if c.isalnum())[:40] or "host"
    return f"{host}.{os.getpid()}"


def _abandoned(name: str) -> bool:
    """Whether an incoming entry was left by a process of this host that no longer runs."""
    owner = name.split("-", 1)[0]
    host, _, pid = owner.rpartition(".")
    if host != _owner().rpartition(".")[0] or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def sweep(files_dir: Path, older_than_seconds: float = 600.0) -> int:
    """Delete raw uploads left behind: entries of the incoming folder made by a process of this host that
    no longer runs (killed while it read one), and any entry older than ``older_than_seconds``. How many
    were removed."""
    folder = Path(files_dir) / INCOMING
    if not folder.is_dir():
        return 0
    cutoff = time.time() - older_than_seconds
    removed = 0
    for entry in folder.iterdir():
        try:
            if _abandoned(entry.name) or entry.lstat().st_mtime < cutoff:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry, ignore_errors=True)
                else:
                    entry.unlink(missing_ok=True)
                removed += 1
        except OSError:
            continue
    return removed
