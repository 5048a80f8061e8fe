"""Coding with what else is known about the job (issue 15): industry, product, employer — the pure parts,
the answers on the full knowledge base, and the same through the command line and the REST API. Also the
confidence that must not depend on how many candidates are shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jalur.errors import JalurError
from jalur.faces.cli.main import app as cli
from jalur.kb.read import KnowledgeBase
from jalur.match.context import MAX_CONTEXT, JobContext, match_in_context
from jalur.match.matcher import Matcher, MatchResult
from tests.web_fixtures import API, WebEnv, cli_json, web_env


# ------------------------------------------------------------------------------------------------ pure
def test_nothing_given_is_no_context() -> None:
    assert JobContext.of() is None
    assert JobContext.of("", "  ", None) is None


def test_codes_and_words_give_divisions() -> None:
    assert JobContext.of(industry="64").divisions() == ("64",)  # type: ignore[union-attr]
    assert JobContext.of(industry="10, 11100;10").divisions() == ("10", "11")  # type: ignore[union-attr]
    ctx = JobContext.of(employer="Bank BRI")
    assert ctx is not None and ctx.divisions() == ("64",)
    # codes are not words added to the job's text; words are
    assert JobContext.of(industry="64", employer="Bank  BRI").words() == "Bank BRI"  # type: ignore[union-attr]
    assert JobContext.of(industry="rumah sakit", product="obat").words() == "obat rumah sakit"  # type: ignore[union-attr]


@pytest.mark.parametrize("industry", ["999999", "6", "1,2,3"])
def test_a_bad_industry_code_is_refused_by_name(industry: str) -> None:
    with pytest.raises(JalurError) as e:
        JobContext.of(industry=industry)
    assert e.value.key == "error.industry_code"


def test_words_with_a_digit_are_words_not_codes() -> None:
    ctx = JobContext.of(industry="64 abc1")
    assert ctx is not None and ctx.words() == "64 abc1" and ctx.divisions() == ()


@pytest.mark.parametrize("value", ["١٢٣", "６４", "<script>alert(1)</script>", "😀 😀", "x\x00y", "  \t "])
def test_hostile_context_is_words_or_nothing_never_a_code(value: str) -> None:
    ctx = JobContext.of(industry=value, product=value, employer=value)
    if ctx is None:
        assert not value.strip()
        return
    assert ctx.divisions() == () and ctx.words()


def test_too_many_codes_and_too_long_fields_are_refused() -> None:
    with pytest.raises(JalurError) as e:
        JobContext.of(industry="10 11 13 14 15 16")
    assert e.value.key == "error.too_many_industries"
    with pytest.raises(JalurError) as e:
        JobContext.of(employer="x" * (MAX_CONTEXT + 1))
    assert e.value.key == "error.text_too_long"


# --------------------------------------------------------------------------------- full knowledge base
@pytest.fixture(scope="module")
def matcher(kb_path: Path) -> Iterator[Matcher]:
    with KnowledgeBase(kb_path) as kb:
        yield Matcher(kb)


@pytest.mark.parametrize(
    ("text", "industry", "product", "employer", "alone", "with_context"),
    [
        # the context settles what the text leaves open (benchmarks/coding/context_answers.csv)
        ("kasir", "64", None, "Bank BRI", "5230", "4211"),
        ("guru", "85", None, "SD negeri", "2330", "2341"),
        ("sopir", "49", "truk", "ekspedisi", "8322", "8332"),
        ("penjaga", "47", None, "toko", "9629", "5223"),
    ],
)
def test_the_context_settles_what_the_text_leaves_open(
    matcher: Matcher,
    text: str,
    industry: str | None,
    product: str | None,
    employer: str | None,
    alone: str,
    with_context: str,
) -> None:
    plain = matcher.match(text)
    assert plain.candidates[0].isco == alone
    r = match_in_context(matcher, text, JobContext.of(industry, product, employer))
    assert not r.abstained and r.candidates[0].isco == with_context
    assert r.query == text and r.context is not None and r.context["used"] == ["words"]


def test_a_text_that_names_its_work_keeps_its_answer(matcher: Matcher) -> None:
    r = match_in_context(matcher, "dosen", JobContext.of("85", None, "universitas"))
    assert not r.abstained and r.candidates[0].isco == "2310"
    assert r.context is not None and r.context["used"] == [] and r.context["divisions"] == ["85"]


@pytest.mark.parametrize("text", ["KARYAWAN", "SWASTA", "KARYAWAN PT. SASA", "4211"])
def test_a_context_never_names_an_occupation_nor_changes_a_code(matcher: Matcher, text: str) -> None:
    r = match_in_context(matcher, text, JobContext.of("64", None, "PT Bank Mandiri"))
    alone = matcher.match(text)
    assert r.abstained == alone.abstained and r.reason == alone.reason
    assert [c.isco for c in r.candidates] == [c.isco for c in alone.candidates]
    assert r.context is not None and r.context["used"] == []


def test_a_labourer_is_placed_by_what_the_context_says_they_work_at(matcher: Matcher) -> None:
    assert matcher.match("buruh").reason == "no_occupation"
    r = match_in_context(matcher, "buruh", JobContext.of("01", "sawit", "perkebunan"))
    assert not r.abstained and r.candidates[0].isco == "9211"
    # a status word is not a labourer's: "SWASTA" at a shop stays no occupation
    r = match_in_context(matcher, "SWASTA", JobContext.of("47", None, "toko"))
    assert r.abstained and r.reason == "no_occupation"


def test_a_text_too_vague_is_placed_by_what_the_context_says_is_sold(matcher: Matcher) -> None:
    assert matcher.match("dagang").reason == "too_vague"
    r = match_in_context(matcher, "dagang", JobContext.of("47", "sayur", "pasar"))
    assert r.context is not None and r.context["used"] == ["words"]
    assert r.candidates[0].isco in {"5211", "5221"}


def test_no_context_gives_the_plain_answer(matcher: Matcher) -> None:
    r = match_in_context(matcher, "kasir", None)
    assert r.context is None and "context" not in r.to_dict()


@pytest.mark.parametrize("top", [1, 2, 5, 8])
def test_confidence_does_not_depend_on_how_many_candidates_are_shown(matcher: Matcher, top: int) -> None:
    # with one candidate shown its share of itself was 1.0, and an unsure "teknisi" was answered
    five = matcher.match("teknisi", top=5)
    r = matcher.match("teknisi", top=top)
    assert five.abstained and r.abstained and r.reason == five.reason == "too_vague"  # a trade word alone
    assert len(r.candidates) == top
    assert r.candidates[0].confidence == five.candidates[0].confidence < 0.9


def test_a_table_codes_each_row_with_its_own_context(kb_path: Path) -> None:
    import pyarrow as pa

    from jalur.batch import functions as fn

    t = pa.table(
        {
            "text": ["kasir", "kasir", "kasir", "guru", "buruh", "kasir"],
            "kbli": ["64", "47", None, "85", "01", "999999"],
            "produk": [None, None, None, None, "sawit", None],
            "employer": ["Bank BRI", "Indomaret", None, "SD negeri", "perkebunan", "Bank BRI"],
        }
    )
    spec = ["industry=kbli", "product=produk", "employer=employer"]
    rows = fn.code_texts(t, kb=kb_path, context=spec).to_pylist()
    assert [r["isco"] for r in rows] == ["4211", "5230", "5230", "2341", "9211", "4211"]
    assert [r["context_used"] for r in rows] == [True, False, False, True, True, True]
    assert len({r["key"] for r in rows}) == 6  # the context is part of the key
    assert fn.context_columns(["tugas", "industry=kbli", "product = produk", "other=x"]) == [
        "tugas",
        "other=x",
        "kbli",
        "produk",
    ]


# ------------------------------------------------------------------------------------------- faces
def test_the_command_line_takes_the_context(kb_path: Path) -> None:
    d = cli_json(kb_path, "match", "kasir", "--industry", "64", "--employer", "Bank BRI")
    assert d["candidates"][0]["isco"] == "4211" and not d["abstained"]
    assert d["context"] == {
        "industry": "64",
        "product": None,
        "employer": "Bank BRI",
        "department": None,
        "divisions": ["64"],
        "function": None,
        "used": ["words"],
    }
    plain = cli_json(kb_path, "match", "kasir")
    assert "context" not in plain and plain["candidates"][0]["isco"] == "5230"


def test_the_command_line_refuses_a_bad_code_and_context_with_out(kb_path: Path, tmp_path: Path) -> None:
    r = CliRunner().invoke(cli, ["match", "kasir", "--industry", "999999", "--kb", str(kb_path)])
    assert r.exit_code == 2 and "999999" in r.output
    src = tmp_path / "t.csv"
    src.write_text("text\nkasir\n", encoding="utf-8")
    r = CliRunner().invoke(
        cli,
        [
            "match",
            "--file",
            str(src),
            "--out",
            str(tmp_path / "o.parquet"),
            "--product",
            "kopi",
            "--kb",
            str(kb_path),
        ],
    )
    assert r.exit_code == 2 and "--context" in r.output
    assert not (tmp_path / "o.parquet").exists()


@pytest.fixture(scope="module")
def env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("ctx"), kb=kb_path) as e:
        yield e


def test_the_api_takes_the_context(env: WebEnv) -> None:
    r = env.client.get(f"{API}/match", params={"text": "guru", "industry": "85", "employer": "SD negeri"})
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["candidates"][0]["isco"] == "2341" and d["context"]["used"] == ["words"]
    assert "context" not in env.client.get(f"{API}/match", params={"text": "guru"}).json()


@pytest.mark.parametrize(
    ("params", "key"),
    [
        ({"text": "kasir", "industry": "999999"}, "error.industry_code"),
        ({"text": "kasir", "employer": "x" * (MAX_CONTEXT + 1)}, None),
    ],
)
def test_the_api_refuses_bad_context_clearly(env: WebEnv, params: dict[str, str], key: str | None) -> None:
    r = env.client.get(f"{API}/match", params=params)
    assert r.status_code in (400, 422), r.text
    if key is not None:
        assert "999999" in r.text


# ------------------------------------------------------------------------------------------ department
def test_a_department_reads_as_a_job_function() -> None:
    from jalur.taxonomy.functions import job_function

    fin = job_function("Finance & Accounting")
    assert fin is not None and fin.id == "finance" and fin.holds("2411") and not fin.holds("3352")
    assert job_function("Divisi Keuangan") == job_function("keuangan")  # a name inside a longer one
    tech = job_function("Technology - Product")
    assert tech is not None and tech.id == "data_product"
    assert job_function("N/A") is None and job_function("") is None
    assert job_function("SBU Everpro") is None  # a unit's name says no function
    assert job_function("kata " * 20) is None  # a sentence, not a department


def _result(shares: list[tuple[str, float]]) -> MatchResult:
    from jalur.match.matcher import Candidate

    cands = [Candidate(code, None, code, share, share) for code, share in shares]
    return MatchResult("tax staff", "en", "tax staff", True, cands, "low_confidence")


def test_a_department_settles_only_among_its_own_groups() -> None:
    from jalur.match.context import _within_function
    from jalur.taxonomy.functions import job_function

    fin = job_function("finance")
    assert fin is not None
    settled = _within_function(_result([("2411", 0.6), ("3352", 0.38), ("2413", 0.02)]), fin, 0.72)
    assert settled is not None and not settled.abstained and settled.reason == "department"
    assert [c.isco for c in settled.candidates] == ["2411", "2413", "3352"]
    assert settled.candidates[0].confidence == pytest.approx(0.6 / 0.62, abs=1e-3)
    assert settled.candidates[-1].confidence == 0.0  # ruled out by the department, still shown
    # two groups of the function split the confidence: still unsure, its groups offered first
    split = _within_function(_result([("2411", 0.4), ("3313", 0.35), ("3352", 0.25)]), fin, 0.72)
    assert split is not None and split.abstained and split.reason == "low_confidence"
    # the function's groups hold too little of the confidence: the department says nothing
    assert _within_function(_result([("3352", 0.9), ("2411", 0.1)]), fin, 0.72) is None
    assert _within_function(_result([("5230", 1.0)]), fin, 0.72) is None


def test_a_department_never_changes_a_sure_answer_nor_names_an_occupation(matcher: Matcher) -> None:
    sure = matcher.match("kasir")
    r = match_in_context(matcher, "kasir", JobContext.of(department="IT"))
    assert r.abstained == sure.abstained and r.candidates[0].isco == sure.candidates[0].isco
    assert r.context is not None and r.context["function"] == "it_engineering" and r.context["used"] == []
    none = match_in_context(matcher, "KARYAWAN PT. SASA", JobContext.of(department="Finance"))
    assert none.abstained and none.reason == "no_occupation"


def test_mixed_farming_answers_with_shares_that_still_sum_to_one(matcher: Matcher) -> None:
    r = matcher.match("petani sawah dan ternak bebek")
    assert not r.abstained and r.reason == "mixed_farming" and r.candidates[0].isco == "6130"
    shares = [c.confidence for c in r.candidates]
    assert all(0.0 <= s <= 1.0 for s in shares) and sum(shares) <= 1.0 + 1e-6
    trade = matcher.match("jual sayur dan ayam kampung")
    assert trade.reason != "mixed_farming"  # selling is trade, not farming


def test_a_workshop_that_names_the_work_keeps_it(matcher: Matcher) -> None:
    # "bengkel" after a dash says where the job is, but the context's lathe workshop says what the
    # machine operator does (a workshop word inside the text once left the bare operator, 8189)
    r = match_in_context(matcher, "operator mesin", JobContext.of(industry="25", employer="bengkel bubut"))
    assert not r.abstained and r.candidates[0].isco == "7223"
