"""The synthetic national corpora for the scale benchmarks (issue 20): reproducible from a seed, streamed in
row groups, shaped like survey answers (Zipf-like repetition, a few answers naming no occupation), rosters
without personal columns, and the job-ad generator's rows as they are."""

from __future__ import annotations

import collections
import csv
import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jalur.authored import data_folder
from jalur.batch import synthetic
from jalur.batch.synthetic import (
    ROSTER_SCHEMA,
    SURVEY_SCHEMA,
    main,
    survey_batches,
    write_ads,
    write_roster,
    write_survey,
)
from jalur.market.synthetic import ads

SECTIONS = set("ABCDEFGHIJKLMNOPQRSTU")
Survey = tuple[pa.Table, dict[str, int | float]]


def _csv(name: str) -> list[dict[str, str]]:
    text = data_folder("synthetic").joinpath(name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@pytest.fixture(scope="module")
def survey_50k(tmp_path_factory: pytest.TempPathFactory) -> Survey:
    path = tmp_path_factory.mktemp("survey") / "survey.parquet"
    counts = write_survey(path, 50_000)
    return pq.read_table(path), counts


# ------------------------------------------------------------------------------------------ vocabulary


def test_the_vocabulary_is_broad_and_well_formed() -> None:
    bases = _csv("survey_bases.csv")
    occupied = [b for b in bases if b["kbli"]]
    assert len(occupied) >= 150
    assert {b["kbli"] for b in occupied} <= SECTIONS
    # every broad field of work is there
    assert {"A", "C", "F", "G", "H", "I", "O", "P", "Q", "S", "T"} <= {b["kbli"] for b in occupied}
    assert len({b["text"] for b in bases}) == len(bases)
    provinces = _csv("provinces.csv")
    assert len(provinces) == len({p["province"] for p in provinces}) == 38
    assert all(float(p["weight"]) > 0 for p in provinces)
    titles = _csv("roster_titles.csv")
    assert 90 <= len({t["title"] for t in titles}) <= 130
    # the loader checks every slot group, share, variant and section, and builds thousands of units
    vocab = synthetic._survey_vocab()
    assert len(vocab.bases.items) == len(bases)
    assert len(synthetic._roster_vocab().units) >= 2000


# ------------------------------------------------------------------------------------------- survey


def test_survey_same_seed_same_rows_other_seed_other_rows(tmp_path: Path) -> None:
    a, b, c = (tmp_path / f"{name}.parquet" for name in "abc")
    write_survey(a, 5_000, seed=20)
    write_survey(b, 5_000, seed=20)
    write_survey(c, 5_000, seed=21)
    first = pq.read_table(a)
    assert first.equals(pq.read_table(b))
    other = pq.read_table(c)
    assert not first.equals(other)
    assert first.column("text").to_pylist() != other.column("text").to_pylist()


def test_survey_rows_do_not_depend_on_the_chunk_size_or_the_total(tmp_path: Path) -> None:
    small, whole = tmp_path / "small.parquet", tmp_path / "whole.parquet"
    write_survey(small, 5_000, chunk_rows=777)
    write_survey(whole, 8_000)
    assert pq.ParquetFile(small).num_row_groups == 7  # ceil(5000 / 777), streamed one group at a time
    assert pq.ParquetFile(whole).num_row_groups == 1
    assert pq.read_table(small).equals(pq.read_table(whole).slice(0, 5_000))
    batches = list(survey_batches(5_000, chunk_rows=2_000))
    assert [b.num_rows for b in batches] == [2_000, 2_000, 1_000]
    assert pa.Table.from_batches(batches).equals(pq.read_table(small))


def test_survey_columns_types_and_exact_row_count(survey_50k: Survey) -> None:
    table, counts = survey_50k
    assert table.schema.equals(SURVEY_SCHEMA)
    assert table.num_rows == counts["rows"] == 50_000
    assert table.column("id").to_pylist() == list(range(50_000))
    provinces = {p["province"] for p in _csv("provinces.csv")}
    seen = collections.Counter(table.column("province").to_pylist())
    assert set(seen) <= provinces and len(seen) >= 30
    assert seen.most_common(1)[0][0] == "Jawa Barat"  # the most populous province
    assert all(re.fullmatch(r"20\d\d-(02|08)", r) for r in set(table.column("round").to_pylist()))
    assert set(table.column("kbli").drop_null().to_pylist()) <= SECTIONS
    texts = table.column("text").to_pylist()
    assert all(isinstance(t, str) and t for t in texts)
    assert sum(t == t.upper() for t in texts) / len(texts) > 0.85  # mostly upper case


def test_survey_repeats_like_real_answers(survey_50k: Survey) -> None:
    table, counts = survey_50k
    texts = collections.Counter(table.column("text").to_pylist())
    n = table.num_rows
    assert counts["distinct"] == len(texts)
    top100 = sum(c for _, c in texts.most_common(100)) / n
    assert 0.3 < top100 < 0.6
    assert len(texts) / n < 0.2
    assert len(texts) > 2_000  # and still a long tail
    # everyday spellings, abbreviations and lower case are all there
    for written in ("SOPIR", "SUPIR", "KARYAWATI", "ART", "PNS", "BURUH TANI", "OJEK ONLINE", "buruh tani"):
        assert any(written in t.split(" ") or t.startswith(written) for t in texts), written


def test_some_answers_name_no_occupation_but_few(survey_50k: Survey) -> None:
    table, _ = survey_50k
    rows = table.select(["text", "kbli"]).to_pylist()
    none = [r["text"] for r in rows if r["kbli"] is None]
    assert 0.01 < len(none) / len(rows) < 0.10
    assert {"IBU RUMAH TANGGA", "TIDAK BEKERJA", "-"} <= set(none)
    assert any(t.startswith("KARYAWAN PT ") for t in none)


def test_survey_sections_follow_the_activity(survey_50k: Survey) -> None:
    table, _ = survey_50k
    by_text: dict[str, set[str | None]] = collections.defaultdict(set)
    for r in table.select(["text", "kbli"]).to_pylist():
        by_text[r["text"]].add(r["kbli"])
    expected = {"PETANI": "A", "BURUH TANI": "A", "KULI BANGUNAN": "F", "GURU": "P", "OJEK ONLINE": "H",
                "MENJUAL SAYUR DI PASAR": "G", "PENJAHIT": "C", "PERAWAT": "Q", "PNS DI PUSKESMAS": "Q",
                "MEMBANTU ORANG TUA DI WARUNG": "G", "PEDAGANG BAKSO": "I"}  # fmt: skip
    for text, section in expected.items():
        assert by_text[text] == {section}, text


# ------------------------------------------------------------------------------------------- roster


def test_roster_is_reproducible_has_no_personal_columns_and_many_units(tmp_path: Path) -> None:
    a, b = tmp_path / "a.parquet", tmp_path / "b.parquet"
    counts = write_roster(a, 50_000)
    write_roster(b, 50_000)
    table = pq.read_table(a)
    assert table.equals(pq.read_table(b))
    assert table.schema.equals(ROSTER_SCHEMA)
    assert table.column_names == ["No", "NIK", "Jabatan", "Unit Kerja", "Lokasi", "Gaji Pokok"]
    assert not [c for c in table.column_names if re.search(r"nama|name|mail|hp|phone|telp|telepon", c, re.I)]
    assert table.num_rows == counts["rows"] == 50_000
    assert table.column("No").to_pylist() == list(range(1, 50_001))
    niks = table.column("NIK").to_pylist()
    assert all(re.fullmatch(r"00\d{14}", k) for k in niks) and len(set(niks)) == len(niks)
    units = set(table.column("Unit Kerja").to_pylist())
    assert len(units) > 1_000
    assert any(re.fullmatch(r"Kanwil .+ - Cabang .+ - Unit \d+", u) for u in units)
    titles = collections.Counter(table.column("Jabatan").to_pylist())
    assert counts["distinct"] == len(titles) and 80 <= len(titles) <= 130
    assert titles.most_common(1)[0][1] / table.num_rows > 0.05  # a Zipf head
    pay = table.column("Gaji Pokok").to_pylist()
    assert all(2_000_000 <= p <= 250_000_000 and p % 50_000 == 0 for p in pay)
    write_roster(b, 1_000)
    assert pq.read_table(b).equals(table.slice(0, 1_000))  # the first rows do not depend on the total
    write_roster(b, 1_000, seed=22)
    assert not pq.read_table(b).equals(table.slice(0, 1_000))  # another seed, another roster


# ---------------------------------------------------------------------------------------------- ads


def test_ads_are_the_market_generator_rows_streamed(tmp_path: Path) -> None:
    path = tmp_path / "ads.parquet"
    counts = write_ads(path, 300, chunk_rows=128)
    table = pq.read_table(path)
    expected = list(ads(300, seed=19))
    assert table.column_names == list(expected[0])
    assert {"title", "description", "location", "salary", "posted"} <= set(table.column_names)
    assert pq.ParquetFile(path).num_row_groups == 3
    assert table.to_pylist() == expected
    assert counts["rows"] == 300 and counts["distinct"] == len({a["title"] for a in expected})


# ------------------------------------------------------------------------------------ edges and the CLI


def test_zero_rows_write_an_empty_file_with_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_survey(path, 0)["rows"] == 0
    empty = pq.read_table(path)
    assert empty.num_rows == 0 and empty.schema.equals(SURVEY_SCHEMA)
    with pytest.raises(ValueError):
        write_survey(path, -1)


def test_the_command_line_prints_the_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "cli.parquet"
    assert main(["survey", str(path), "--rows", "1200", "--seed", "5"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["rows"] == 1200 and out["corpus"] == "survey" and 0 < out["distinct"] <= 1200
    assert out["seconds"] >= 0
    assert pq.read_table(path).equals(pq.read_table(_again(tmp_path, 1200, 5)))


def _again(tmp_path: Path, n: int, seed: int) -> Path:
    path = tmp_path / "again.parquet"
    write_survey(path, n, seed)
    return path


def test_the_generator_refuses_an_output_name_that_is_not_parquet(tmp_path: Path) -> None:
    from jalur.batch.synthetic import main

    with pytest.raises(SystemExit) as exc:
        main(["survey", str(tmp_path / "survey.csv"), "--rows", "10"])
    assert exc.value.code == 2
    assert not (tmp_path / "survey.csv").exists()
