"""Data we write ourselves (``src/jalur/data/*.csv``): read-only access for the build and the core."""

from __future__ import annotations

import csv
from importlib import resources


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of an authored CSV file shipped in the package, as dicts of strings."""
    text = resources.files("jalur").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))
