"""Where Jalur finds its inputs and keeps its outputs.

Resolution order, for each location: explicit argument (CLI flag) > environment variable > default.
Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_cache_dir, user_data_dir

DATA_DIR_ENV = "JALUR_DATA_DIR"
HOME_ENV = "JALUR_HOME"
KB_ENV = "JALUR_KB"

#: Relative to the working directory: a checkout of this repository with ``shared/`` beside it.
SHARED_RAW = Path("..") / "shared" / "data" / "raw"


def data_dir(explicit: str | Path | None = None) -> Path:
    """The folder holding one sub-folder per public source (``<data_dir>/<source id>/<file>``).

    Defaults to ``../shared/data/raw`` when that exists (a development checkout), else a per-user
    cache folder where ``jalur data download`` puts what it fetches.
    """
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    here = Path.cwd()
    repo_root = Path(__file__).resolve().parents[2]  # src/jalur/config.py -> checkout root
    for base in (here, *here.parents[:2], repo_root):
        candidate = base / SHARED_RAW
        if candidate.is_dir():
            return candidate.resolve()
    return Path(user_cache_dir("jalur")) / "raw"


def home_dir() -> Path:
    """Where Jalur keeps what it builds (the knowledge base) unless told otherwise."""
    env = os.environ.get(HOME_ENV)
    return Path(env).expanduser().resolve() if env else Path(user_data_dir("jalur"))


def kb_path(explicit: str | Path | None = None) -> Path:
    """The knowledge-base SQLite file; its manifest sits beside it as ``<name>.manifest.json``."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(KB_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return home_dir() / "kb" / "jalur-kb.sqlite"


def manifest_path(kb: Path) -> Path:
    return kb.with_name(kb.stem + ".manifest.json")
