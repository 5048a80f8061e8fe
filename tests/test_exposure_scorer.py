"""The task scorer: its linear algebra against dense NumPy, and its behaviour on the built knowledge base."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jalur.exposure.classes import TASK_CLASSES
from jalur.exposure.scorer import (
    ELOUNDOU_LABELS,
    MAX_TASK_CHARS,
    Sparse,
    TaskScorer,
    Vocabulary,
    dense_out_of_fold,
    fit_dense_ridge,
    fit_ridge,
    terms,
)
from jalur.kb.read import KnowledgeBase


def test_terms_are_words_and_word_pairs_of_any_script_without_digits() -> None:
    assert terms("Menginput DATA 2x ke sistem!") == [
        "menginput",
        "data",
        "x",
        "ke",
        "sistem",
        "menginput data",
        "data x",
        "x ke",
        "ke sistem",
    ]
    assert terms("") == []
    assert len(terms("kata " * 10_000)) <= MAX_TASK_CHARS


def _dense(x: Sparse) -> np.ndarray:
    out = np.zeros((x.n_rows, x.n_cols))
    for i in range(x.n_rows):
        lo, hi = x.indptr[i], x.indptr[i + 1]
        out[i, x.ind[lo:hi]] = x.val[lo:hi]
    return out


def test_sparse_products_and_ridge_match_dense_numpy() -> None:
    texts = [
        "input data pesanan",
        "kirim data pesanan",
        "pasang pipa air",
        "input data air",
        "pipa air bocor",
    ]
    vocab = Vocabulary.fit(texts, min_df=1)
    x = vocab.transform(texts)
    d = _dense(x)
    assert np.allclose(np.linalg.norm(d, axis=1), 1.0)
    v = np.arange(x.n_cols, dtype=float)
    u = np.arange(x.n_rows, dtype=float)
    assert np.allclose(x.dot(v), d @ v) and np.allclose(x.tdot(u), d.T @ u)
    assert np.allclose(_dense(x.rows(np.array([3, 0]))), d[[3, 0]])
    y = np.array([0.7, 0.6, 0.1, 0.5, 0.2])
    w, b = fit_ridge(x, y, lam=0.5)
    exact = np.linalg.solve(d.T @ d + 0.5 * np.eye(x.n_cols), d.T @ (y - y.mean()))
    assert b == pytest.approx(y.mean())
    assert np.allclose(w, exact, atol=1e-6)


def test_dense_ridge_and_its_folds_follow_the_closed_form() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(40, 6))
    y = x @ np.array([1.0, -2.0, 0.0, 0.5, 0.0, 0.0]) + 0.3
    w, b = fit_dense_ridge(x, y, lam=0.1)
    assert b == pytest.approx(y.mean())
    assert np.allclose(w, np.linalg.solve(x.T @ x + 0.1 * np.eye(6), x.T @ (y - y.mean())))
    groups = [f"g{i % 8}" for i in range(40)]
    oof = dense_out_of_fold(x, y, groups, lam=0.1)
    assert np.corrcoef(oof, y)[0, 1] > 0.9  # a fold's rows are predicted without them, still well


def _fake_embed(words: list[str]) -> np.ndarray:
    """Word vectors that carry the target: words of the 'office' kind point one way, the rest another."""
    office = {"data", "input", "laporan", "entry", "report", "email", "jadwal"}
    rng = np.random.default_rng(0)
    out = np.zeros((len(words), 8))
    for i, w in enumerate(words):
        out[i] = rng.normal(scale=0.2, size=8)
        out[i, 0] += 1.0 if w in office else -1.0
    return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_static_word_vectors_are_blended_in_and_change_only_the_exposure_axes() -> None:
    office = ["input data {}", "laporan data {}", "entry data {}", "email jadwal {}", "report data {}"]
    manual = ["angkat barang {}", "pasang pipa {}", "potong kayu {}", "cat tembok {}", "gali tanah {}"]
    ilo = []
    for g in range(10):  # ten occupations: enough folds for the calibration
        for k, t in enumerate(office + manual):
            ilo.append((f"{g}00{k % 2}", t.format(g), None, 0.75 if t in office else 0.15))
    eloundou = [("11-1011.00", "input data", "E1"), ("11-1011.00", "angkat barang", "E0")] * 3
    plain = TaskScorer.fit(ilo, eloundou)
    both = TaskScorer.fit(ilo, eloundou, embed=_fake_embed)
    assert plain.static is None and both.static is not None
    a0, a1, a2 = both.static.blend
    assert np.isfinite([a0, a1, a2]).all()
    scored = both.score(["input data baru", "angkat barang baru"], lang="id", evidence=0)
    assert scored[0].score is not None and scored[1].score is not None
    assert scored[0].score > scored[1].score
    # the evidence search stays lexical: the same reference tasks with or without the vectors
    x = both.vocab.transform(["input data baru"])
    assert both.nearest(x, 3) == plain.nearest(plain.vocab.transform(["input data baru"]), 3)
    assert {w for w, _ in both.static_rows()} == {w for w in both.vocab.index if " " not in w}


@pytest.fixture(scope="module")
def scorer(kb_path: Path) -> TaskScorer:
    with KnowledgeBase(kb_path) as kb:
        return TaskScorer.load(kb)


def test_a_reference_task_finds_itself_as_evidence_in_both_languages(
    scorer: TaskScorer, kb_path: Path
) -> None:
    with KnowledgeBase(kb_path) as kb:
        en, id_, score = kb.one(
            "SELECT text_en, text_id, score_2025 FROM task WHERE isco = '4132' AND seq = 1"
        )
    a, b = scorer.score([en, id_])
    assert a.evidence[0]["text"] == en and a.evidence[0]["similarity"] > 0.99
    assert b.evidence[0]["text"] == id_ and b.evidence[0]["code"] == "4132"
    assert a.evidence[0]["score"] == score
    # one model reads both languages: the translation scores alike
    assert abs(a.score - b.score) < 0.15
    assert (a.lang, b.lang) == ("en", "id")


def test_clerical_text_scores_above_manual_text_in_each_language(scorer: TaskScorer) -> None:
    clerical = scorer.score(
        [
            "Menginput data pesanan pelanggan ke dalam sistem komputer",
            "Enter customer order data into the computer system",
        ]
    )
    manual = scorer.score(
        ["Memasang dan memperbaiki pipa air di bangunan", "Install and repair water pipes in buildings"]
    )
    for c, m in zip(clerical, manual, strict=True):
        assert c.score > m.score + 0.2
        assert c.cls in TASK_CLASSES and c.eloundou in ELOUNDOU_LABELS
    assert manual[1].cls == "human"


def test_text_the_model_does_not_know_is_flagged_not_scored_with_confidence(scorer: TaskScorer) -> None:
    (r,) = scorer.score(["zzqx vvbn"])
    assert "no_known_words" in r.flags and "few_known_words" in r.flags
    assert r.evidence == [] and r.score is None and r.cls is None and r.eloundou is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gets_a_bounded_score_and_never_crashes(scorer: TaskScorer, text: str) -> None:
    if not text.strip():
        return
    (r,) = scorer.score([text])
    if r.score is None:
        assert "no_known_words" in r.flags and r.cls is None
    else:
        assert 0.0 <= r.score <= 1.0
        assert r.cls in TASK_CLASSES
    assert set(r.to_dict()) >= {"text", "lang", "score", "class", "evidence"}


def _cli(kb_path: Path, *args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from jalur.faces.cli.main import app

    r = CliRunner().invoke(app, [*args, "--kb", str(kb_path)])
    return r.exit_code, r.stdout, r.stderr


def test_tasks_file_gives_one_json_line_per_task_and_names_the_blank_lines(
    kb_path: Path, tmp_path: Path
) -> None:
    import json

    f = tmp_path / "tasks.txt"
    long_line = "Menyusun laporan keuangan bulanan " * 100
    f.write_text(
        "\ufeffMenginput data pesanan ke sistem\n\n<script>alert(1)</script>\n   \n" + long_line + "\n",
        encoding="utf-8",
    )
    code, out, err = _cli(kb_path, "exposure", "--tasks", str(f), "--json", "--lang", "en")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["line"] for r in rows] == [1, 3, 5]
    assert rows[0]["text"] == "Menginput data pesanan ke sistem" and rows[0]["class"] in TASK_CLASSES
    assert {"text", "lang", "score", "class", "evidence"} <= set(rows[0])
    assert "truncated" in rows[2]["flags"]
    assert "2 empty lines skipped (lines 2, 4)" in err


@pytest.mark.parametrize(
    "content,args",
    [
        (b"\xff\xfe bad bytes", []),  # not UTF-8
        (b"\n  \n", []),  # no task at all
        (b"Menginput data", ["4211"]),  # a file and an occupation at once
    ],
)
def test_bad_task_files_are_refused_with_a_message(
    kb_path: Path, tmp_path: Path, content: bytes, args: list[str]
) -> None:
    f = tmp_path / "t.txt"
    f.write_bytes(content)
    code, out, err = _cli(kb_path, "exposure", *args, "--tasks", str(f))
    assert code == 2
    assert "Traceback" not in out + err and (out + err).strip()


def test_exposure_without_a_query_or_a_file_says_what_to_give(kb_path: Path) -> None:
    code, out, err = _cli(kb_path, "exposure", "--lang", "en")
    assert code == 2
    assert "--tasks" in out + err
