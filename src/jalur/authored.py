"""Data we write ourselves (``src/jalur/data/*.csv``): read-only access for the build and the core."""

from __future__ import annotations

import csv
from importlib import resources
from importlib.resources.abc import Traversable


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of an authored CSV file shipped in the package, as dicts of strings."""
    text = resources.files("jalur").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def data_folder(*parts: str) -> Traversable:
    """A folder of authored files shipped in the package (``data/<parts>``), e.g. ``data_folder("roles")``."""
    return resources.files("jalur").joinpath("data", *parts)


LEXICON_COLUMNS = ("title", "isco", "lang", "kind", "note")


def lexicon_rows() -> list[dict[str, str]]:
    """All rows of the Indonesian job-title lexicon (``data/lexicon/*.csv``), with the part they come from."""
    folder = resources.files("jalur").joinpath("data", "lexicon")
    rows: list[dict[str, str]] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.endswith(".csv"):
            for r in csv.DictReader(entry.read_text(encoding="utf-8").splitlines()):
                rows.append(
                    {k: (r.get(k) or "").strip() for k in LEXICON_COLUMNS} | {"part": entry.name[:-4]}
                )
    return rows
