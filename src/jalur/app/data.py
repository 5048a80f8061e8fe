"""Use cases of the public data and the knowledge base, for every face: what is on disk and whether its
checksums hold (``data_status``), fetching what is missing (``download``), building the knowledge base
(``build_kb``). The one door to ``jalur.ingest`` from outside it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jalur.ingest.sources.base import FileState, Source, registry
from jalur.ingest.sources.download import (
    DEFAULT_TIMEOUT,
    DownloadResult,
    Outcome,
    SourceState,
    SourceStatus,
    data_status,
    download,
)

__all__ = [
    "DEFAULT_TIMEOUT",
    "DownloadResult",
    "FileState",
    "Outcome",
    "Source",
    "SourceState",
    "SourceStatus",
    "build_kb",
    "data_status",
    "download",
    "registry",
]


def build_kb(path: Path, data_dir: Path, **options: Any) -> Any:
    """Build the knowledge base at ``path`` from the raw files in ``data_dir`` (skipped when up to date;
    ``jalur.ingest.build.build`` says which options it takes)."""
    from jalur.ingest.build import build

    return build(path, data_dir, **options)
