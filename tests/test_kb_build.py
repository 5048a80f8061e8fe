"""The knowledge-base build: complete, deterministic, refusing unreviewed inputs, clear when data is missing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jalur.config import manifest_path
from jalur.errors import ChecksumMismatch, DataMissing
from jalur.ingest.build import build, required_sources
from jalur.ingest.sources.base import file_sha256, get_source
from jalur.kb.read import KnowledgeBase


def _mirror(data_dir: Path, dest: Path, except_file: tuple[str, str] | None = None) -> None:
    """A data folder of symlinks to the real files, with one file copied so that it can be changed."""
    for sid in required_sources():
        for f in get_source(sid).files:
            target = dest / sid / f.path
            target.parent.mkdir(parents=True, exist_ok=True)
            if except_file == (sid, f.path):
                shutil.copyfile(data_dir / sid / f.path, target)
            else:
                target.symlink_to(data_dir / sid / f.path)


def test_manifest_records_every_source_version_checksum_and_build_time(kb_path: Path) -> None:
    manifest = json.loads(manifest_path(kb_path).read_text(encoding="utf-8"))
    assert manifest["kb_sha256"] == file_sha256(kb_path)
    assert {s["id"] for s in manifest["sources"]} == set(required_sources())
    for s in manifest["sources"]:
        assert s["version"] and s["licence"]
        assert all(len(f["sha256"]) == 64 and f["accepted_change"] is False for f in s["files"])
    assert manifest["built_at"] and manifest["jalur_version"]


def test_kb_build_takes_under_five_minutes(kb_path: Path) -> None:
    # issue 2: under five minutes on 2 cores; "optional slow steps such as embeddings are cached by content
    # hash and can be skipped" -- the one-off filling of that cache on a new machine is recorded apart
    manifest = json.loads(manifest_path(kb_path).read_text(encoding="utf-8"))
    assert 0 <= manifest["embedding_seconds"] <= manifest["build_seconds"]
    assert manifest["build_seconds"] - manifest["embedding_seconds"] < 300


def test_the_kb_lists_its_sources_with_licence_and_attribution(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        rows = kb.sources()
    assert {r["id"] for r in rows} == set(required_sources())
    assert all(r["licence"] and r["attribution"] and r["official"].startswith("http") for r in rows)


@pytest.mark.slow
def test_building_twice_from_the_same_inputs_gives_identical_files(
    data_dir: Path, kb_path: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.sqlite"
    manifest = build(again, data_dir, force=True)
    assert manifest["kb_sha256"] == file_sha256(kb_path)


@pytest.mark.slow
def test_build_refuses_a_source_file_whose_checksum_changed_unless_accepted(
    data_dir: Path, tmp_path: Path
) -> None:
    mirror = tmp_path / "raw"
    _mirror(data_dir, mirror, except_file=("kbji-2014-kbli-2020", "kbji2014.csv"))
    changed = mirror / "kbji-2014-kbli-2020" / "kbji2014.csv"
    changed.write_bytes(changed.read_bytes() + b"\n")
    kb = tmp_path / "kb.sqlite"
    with pytest.raises(ChecksumMismatch) as exc:
        build(kb, mirror)
    assert "kbji2014.csv" in exc.value.message("en") and "--accept-changed" in exc.value.message("en")
    assert not kb.exists()
    manifest = build(kb, mirror, accept_changed=True)
    kbji = next(s for s in manifest["sources"] if s["id"] == "kbji-2014-kbli-2020")
    entry = next(f for f in kbji["files"] if f["path"] == "kbji2014.csv")
    assert entry["accepted_change"] is True and entry["sha256"] == file_sha256(changed)


def test_a_missing_data_folder_lists_every_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DataMissing) as exc:
        build(tmp_path / "kb.sqlite", tmp_path / "nowhere")
    details = exc.value.details
    assert "ilo-genai-exposure-2025/Final_Scores_ISCO08_Gmyrek_et_al_2025.xlsx" in details
    assert len(details) == sum(len(get_source(s).files) for s in required_sources())
    assert not (tmp_path / "kb.sqlite").exists()


def test_a_failed_build_leaves_the_previous_kb_in_place(
    data_dir: Path, kb_path: Path, tmp_path: Path
) -> None:
    kb = tmp_path / "kb.sqlite"
    shutil.copyfile(kb_path, kb)
    mirror = tmp_path / "raw"
    _mirror(data_dir, mirror, except_file=("isco-08", "struct08.xls"))
    (mirror / "isco-08" / "struct08.xls").write_bytes(b"not a workbook")
    with pytest.raises(ChecksumMismatch):
        build(kb, mirror, force=True)
    assert file_sha256(kb) == file_sha256(kb_path)
