"""The language identifier's unpacked model is kept in Jalur's cache folder (issue 14, fast start): the
cached copy gives the same answers, and a damaged or cut-short copy is unpacked again, never an error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jalur.text import normalise

TEXTS = ["teller bank", "menjual sayur di pasar", "software engineer", "guru", "data entry clerk"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("JALUR_HOME", str(tmp_path))
    normalise._langid.cache_clear()
    yield tmp_path
    normalise._langid.cache_clear()


def _answers() -> list[str]:
    normalise._langid.cache_clear()
    return [normalise._langid().classify(t)[0] for t in TEXTS]


def test_the_cached_model_answers_as_the_packed_one(home: Path) -> None:
    first = _answers()  # unpacks and writes the cache
    cached = list((home / "cache").glob("langid-*.npz"))
    assert len(cached) == 1
    assert _answers() == first  # read back from the cache
    assert set(first) <= {"id", "en"} and "id" in first and "en" in first


@pytest.mark.parametrize("damage", [b"", b"not a zip", b"PK\x03\x04cut short"])
def test_a_damaged_cache_is_unpacked_again(home: Path, damage: bytes) -> None:
    first = _answers()
    (cached,) = (home / "cache").glob("langid-*.npz")
    cached.write_bytes(damage)
    assert _answers() == first
    assert cached.stat().st_size > 1_000_000  # written anew
