"""The batch functions and the coder state they rest on (issue 20), without Spark: a picklable matcher,
the public coder key, ``workers=`` honoured, a loud error for a missing or mismatched fitted ranker, and
each Arrow function's shape on the toy knowledge base."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pyarrow as pa
import pytest

from jalur.batch import functions as fn
from jalur.batch.runtime import forget, runtime
from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase
from jalur.match import coder_key
from jalur.match import matcher as matcher_module
from jalur.match.calibration import RANKER_FILE, Ranker, artefact_sha256
from jalur.match.matcher import Matcher


@pytest.fixture
def toy(toy_kb_path: Path) -> KnowledgeBase:
    with KnowledgeBase.open(toy_kb_path) as kb:
        yield kb
    forget()


def test_a_matcher_pickles_without_its_connection_and_answers_the_same(toy: KnowledgeBase) -> None:
    m = Matcher(toy)
    queries = ["bank teller", "Teller Bank", "perawat", "4211", "xyzzy", "kasir supermarket"]
    before = [m.match(q).to_dict() for q in queries]
    blob = pickle.dumps(m, protocol=5)
    copy = pickle.loads(blob)
    assert "_kb" in copy.__dict__ and copy.__dict__["_kb"] is None  # no live connection travelled
    assert [copy.match(q).to_dict() for q in queries] == before
    assert copy.kb.path == toy.path  # reopened from its path on demand (a typed code needs the file)


def test_coder_key_is_public_and_folds_what_the_coder_ignores() -> None:
    assert coder_key("Staf  Administrasi") == coder_key("staf administrasi")
    assert coder_key("4211") != coder_key("4211.")
    assert coder_key("teller") != coder_key("perawat")
    # texts whose core is the same but of which only one names the work keep apart: a cached answer for
    # "Helper - Cikarang" must never answer "Helper (Pria/Wanita)", too vague to place
    assert coder_key("Helper - Cikarang") != coder_key("Helper (Pria/Wanita)")
    assert coder_key("Helper (Pria/Wanita)") == coder_key("helper (pria / wanita)")


def test_workers_one_never_forks(toy: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: object) -> None:
        raise AssertionError("forked a pool")

    monkeypatch.setattr(matcher_module, "_match_parallel", boom)
    monkeypatch.setattr(matcher_module, "PARALLEL_MIN", 2)
    m = Matcher(toy)
    texts = [f"teller {i}" for i in range(20)]
    assert len(m.match_many(texts, workers=1)) == 20
    monkeypatch.setenv("JALUR_WORKERS", "1")
    assert matcher_module.default_workers(10_000) == 1


def test_a_missing_ranker_file_is_an_error_not_an_unfitted_ranker(monkeypatch: pytest.MonkeyPatch) -> None:
    from jalur.match import calibration

    monkeypatch.setattr(calibration, "RANKER_FILE", "no_such_ranker.json")
    with pytest.raises(JalurError) as e:
        calibration.Ranker.load()
    assert e.value.key == "error.artefact_missing"


def test_a_ranker_other_than_the_kb_was_built_with_is_an_error() -> None:
    shipped = artefact_sha256()[RANKER_FILE]
    assert Ranker.load(shipped).meta.get("fitted") is True
    with pytest.raises(JalurError) as e:
        Ranker.load("0" * 64)
    assert e.value.key == "error.artefact_mismatch"
    assert Ranker.unfitted().meta == {"fitted": False}


def test_a_fitted_ranker_writes_the_file_it_is_loaded_from() -> None:
    """``benchmarks/match.py --fit`` writes ``Ranker.to_json()``: the text must hold what ``load`` reads
    (the method had slipped inside another function, where no ranker could reach it)."""
    shipped = Ranker.load()
    raw = json.loads(shipped.to_json())
    assert tuple(raw["weights"]) == shipped.weights
    assert raw["threshold"] == shipped.threshold
    assert raw["meta"] == shipped.meta


def test_code_texts_keeps_rows_and_order_and_answers_blanks(toy: KnowledgeBase) -> None:
    t = pa.table({"id": [3, 1, 2, 4], "text": ["bank teller", None, "  ", "Bank Teller"]})
    out = fn.code_texts(t, kb=toy, top=3)
    assert out.column_names == ["id", "text", *fn.CODE_FIELDS.names]
    rows = out.to_pylist()
    assert [r["id"] for r in rows] == [3, 1, 2, 4]
    assert rows[0]["key"] == rows[3]["key"] and rows[0]["isco"] == rows[3]["isco"]
    for blank in rows[1:3]:
        assert blank["abstained"] is True and blank["reason"] == "empty" and blank["candidates"] == []
    # same call twice: the same table (deterministic, the runtime reused)
    assert fn.code_texts(t, kb=toy, top=3).equals(out)


def test_a_missing_column_is_named(toy: KnowledgeBase) -> None:
    with pytest.raises(JalurError) as e:
        fn.code_texts(pa.table({"judul": ["teller"]}), kb=toy)
    assert e.value.key == "error.batch_column"


def test_the_runtime_opens_a_knowledge_base_once_per_process(toy_kb_path: Path) -> None:
    try:
        a, b = runtime(toy_kb_path), runtime(str(toy_kb_path))
        assert a is b and a.matcher(True) is b.matcher(True)
    finally:
        forget()


def test_score_tasks_and_classify_ads_shapes(toy: KnowledgeBase) -> None:
    s = fn.score_tasks(pa.table({"text": ["Menghitung uang tunai nasabah", ""]}), kb=toy)
    assert s.column("flags").to_pylist()[1] == ["empty"]
    ads = pa.table({"judul": ["Data Annotator", ""], "deskripsi": ["Melabeli data gambar untuk AI.", "x"]})
    out = fn.classify_ads(ads, kb=toy)
    rows = out.to_pylist()
    assert rows[0]["ai_class"] in {"A", "B", "C", "D", "E"} and rows[0]["row"] == 1
    assert json.loads(rows[0]["record"])["title"] == "Data Annotator"
    assert rows[1]["ai_class"] is None and rows[1]["row"] == 2  # no title: not an ad, still a row


def test_place_roster_and_impact_table_agree_with_the_report(toy: KnowledgeBase) -> None:
    t = pa.table({"title": ["Teller", "teller", "Staf Umum", None], "unit": ["A", "B", "A", "B"]})
    placed = fn.place_roster(t, kb=toy)
    rows = placed.to_pylist()
    assert rows[0]["title_key"] == rows[1]["title_key"] == "teller"
    assert rows[3]["review_reason"] == "empty"
    placements = fn.placements_of(placed)
    assert set(placements.placed) | set(placements.review) == {"teller", "staf umum"}
    heads = placed.select(["unit", "isco"]).append_column("headcount", pa.array([2, 3, 1, 1]))
    impact = fn.impact_table(heads, kb=toy).to_pylist()
    for r in impact:
        if r["isco"] is None:
            assert r["fte_automatable"] == 0.0 and r["exposure_mean"] is None
        else:
            total = r["share_automate"] + r["share_augment"] + r["share_human"]
            assert total == pytest.approx(1.0, abs=1e-3) or total == 0.0
            assert r["fte_automatable"] == round(r["headcount"] * r["share_automate"], 2)


def test_context_codes_a_vague_answer_but_never_overrules_no_work(toy: KnowledgeBase) -> None:
    t = pa.table(
        {"text": ["TIDAK BEKERJA", "kerja"], "tugas": ["menghitung uang nasabah bank", "teller bank"]}
    )
    rows = fn.code_texts(t, kb=toy, context=["tugas"]).to_pylist()
    assert rows[0]["context_used"] is False
    assert (
        rows[0]["key"] != fn.code_texts(t.select(["text"]), kb=toy).column("key")[0].as_py()
    )  # context in key


EXECUTOR_ONLY = r"""
import importlib.abc, sys
ALLOWED = {%s}
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in sys.stdlib_module_names or top.startswith("_") or top in ALLOWED:
            return None
        raise ImportError(f"not on an executor: {name}")
sys.meta_path.insert(0, Block())
import pyarrow as pa
from jalur.batch import functions as fn
kb = sys.argv[1]
coded = fn.code_texts(pa.table({"text": ["bank teller", "4211", None]}), kb=kb, top=3)
fn.score_tasks(pa.table({"text": ["Menghitung uang tunai"]}), kb=kb)
fn.classify_ads(pa.table({"title": ["Data Annotator"], "description": ["Melabeli data gambar"]}), kb=kb)
placed = fn.place_roster(pa.table({"title": ["Teller"]}), kb=kb)
fn.impact_table(placed.select(["isco"]), kb=kb, headcount=None)
print(coded.column("isco").to_pylist())
"""


def test_the_batch_functions_need_only_the_executor_requirements(toy_kb_path: Path) -> None:
    """An executor with only ``requirements-executor.txt`` (and the package as a zip) runs every batch
    function: a subprocess in which any other third-party import fails."""
    import re
    import subprocess
    import sys

    names = []
    for line in Path("requirements-executor.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)", line.strip())
        if m and not line.startswith("#"):
            names.append(m.group(1))
    modules = {"PySastrawi": "Sastrawi"}
    allowed = {modules.get(n, n.replace("-", "_")) for n in names} | {"jalur"}
    script = EXECUTOR_ONLY % ", ".join(repr(a) for a in sorted(allowed))
    done = subprocess.run(
        [sys.executable, "-c", script, str(toy_kb_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "4211" in done.stdout


def test_ads_files_arrow_cannot_read_get_the_tolerant_reader_or_a_named_error(tmp_path: Path) -> None:
    from jalur.app.scale import ads_table

    latin = tmp_path / "latin.csv"
    latin.write_bytes("title,company\nKasir toko,Warung Bu Sri\xe9\n".encode("cp1252"))
    table = ads_table(latin)  # not UTF-8: read through the ads reader, not lost
    assert table.column("title").to_pylist() == ["Kasir toko"]
    assert table.column("company").to_pylist()[0].startswith("Warung Bu Sri")
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"\x00\x01\x02")
    with pytest.raises(JalurError) as exc:
        ads_table(broken)
    assert exc.value.key == "error.table_unreadable"
    lines = tmp_path / "ads.jsonl"
    lines.write_text('{"title": "Kasir"}\n{"title": "Admin\n{"title": "SPG"}\n', encoding="utf-8")
    with pytest.raises(JalurError) as exc:
        ads_table(lines)
    assert exc.value.key == "error.jsonl_line" and exc.value.params["line"] == 2


def test_the_local_engine_spills_into_a_folder_of_its_own_never_the_working_directory() -> None:
    import tempfile

    from jalur.store import tables

    with tables.connect() as con:
        spill = Path(con.sql("SELECT current_setting('temp_directory')").fetchall()[0][0])
        assert spill.is_dir() and spill.parent == Path(tempfile.gettempdir())
        assert spill.name.startswith("jalur-spill-")
    assert not spill.exists()
