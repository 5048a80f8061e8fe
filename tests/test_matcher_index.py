"""The matcher's stored index (table ``match_index``, issue 14 "fast start"): computed once by the build,
loaded by every new process, and the same as computing it from the documents again."""

from __future__ import annotations

import math
import random
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase
from jalur.match.matcher import INDEX_FORMAT, Matcher, build_index, content_tokens, pack, rank_mask, unpack


def _bare_kb(path: Path, *, with_index_table: bool) -> Path:
    """A knowledge-base file with a valid schema version but no stored match index (an older build)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    if with_index_table:
        conn.execute(
            "CREATE TABLE match_index (name TEXT PRIMARY KEY, dtype TEXT NOT NULL, data BLOB NOT NULL)"
        )
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("with_index_table", [False, True])
def test_a_knowledge_base_without_the_stored_index_asks_for_a_rebuild(
    tmp_path: Path, with_index_table: bool
) -> None:
    path = _bare_kb(tmp_path / "old.sqlite", with_index_table=with_index_table)
    with KnowledgeBase(path) as kb, pytest.raises(JalurError) as err:
        Matcher(kb)
    assert err.value.key == "error.kb_invalid"
    for lang in ("id", "en"):
        assert "jalur kb build" in err.value.message(lang)
        assert str(path) in err.value.message(lang)


def test_stored_values_round_trip() -> None:
    for arr in (
        np.array([3, -1, 7], dtype=np.int32),
        np.array([0.25, 1e-9], dtype=np.float64),
        np.zeros(0, dtype=np.int8),
    ):
        dtype, data = pack(arr)
        back = unpack(dtype, data)
        assert back.dtype == arr.dtype
        assert np.array_equal(back, arr)
    assert unpack(*pack(["teller bank", "kasir"])) == ["teller bank", "kasir"]
    assert unpack(*pack([])) == []
    assert unpack(*pack([INDEX_FORMAT])) == [INDEX_FORMAT]
    with pytest.raises(ValueError):
        pack(["two\nlines"])


@pytest.mark.slow
def test_the_stored_index_equals_one_computed_again_from_the_documents(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        stored = {r[0]: (r[1], bytes(r[2])) for r in kb.rows("SELECT name, dtype, data FROM match_index")}
        fresh = build_index(kb)
    assert sorted(stored) == sorted(fresh)
    differing = [name for name in fresh if stored[name] != fresh[name]]
    assert differing == []


@pytest.mark.slow
def test_the_loaded_index_agrees_with_the_documents_for_a_sample(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        m = Matcher(kb)
        docs = kb.rows("SELECT doc_id, text, display, kind, origin FROM match_doc ORDER BY doc_id")
        n = len(docs)
        assert [r[1] for r in docs] == m.text
        assert [r[3] for r in docs] == m.kind
        by_text: dict[str, list[int]] = {}
        for i, r in enumerate(docs):
            by_text.setdefault(r[1], []).append(i)
        rng = random.Random(14)
        for row in rng.sample(range(n), 300):
            text = docs[row][1]
            toks = content_tokens(text)
            assert m.doc_tokens(row) == tuple(toks)
            assert int(m.doc_rank[row]) == rank_mask(toks)
            assert m.named(text) == by_text[text]
            assert row in m.by_origin[docs[row][4]]
            for tok in toks:
                rows = m._postings(tok)
                assert row in rows
                assert m.idf[tok] == math.log(1 + n / rows.size)
            assert float(m.doc_norm[row]) == np.float32(sum(m.idf[t] for t in toks) or 1.0)
        assert m.named("zzqx qqq") == []
        # the documents' vectors are read on first use, each beside its document
        if m.vectors is not None:
            first = kb.one("SELECT doc_id, vector FROM match_vector ORDER BY doc_id")
            assert first is not None
            assert int(m.doc_ids[m.vec_rows[0]]) == int(first[0])
            assert np.array_equal(m.vectors[0], np.frombuffer(first[1], dtype=np.float32))
