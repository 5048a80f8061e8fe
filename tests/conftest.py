"""Shared fixtures. Tests never touch the internet; HF hubs are off."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from jalur import config


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The real public data folder (../shared/data/raw in a development checkout)."""
    d = config.data_dir()
    if not d.is_dir():
        pytest.skip(f"public data folder not found at {d}")
    return d


@pytest.fixture(scope="session")
def kb_path(data_dir: Path) -> Path:
    """The full knowledge base, built once (or reused when its manifest says it is up to date)."""
    from jalur.ingest.build import build

    path = config.kb_path()
    build(path, data_dir)
    return path


@pytest.fixture(scope="session")
def kb(kb_path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the full knowledge base."""
    conn = sqlite3.connect(f"file:{kb_path}?mode=ro", uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()
