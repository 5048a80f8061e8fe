"""The same answers on one machine and on Spark (issue 20): every batch function run through the local
engine and through ``local[2]`` Spark (one session for the whole run, UI off, bound to 127.0.0.1) must
give row-for-row identical tables — codes, confidences, candidates, classes, FTE."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from jalur.batch import functions as fn

pytestmark = [
    pytest.mark.spark,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas"),
]

#: survey-style answers as respondents and field staff write them (authored), with edge cases
ANSWERS = [
    "MENJUAL SAYUR DI PASAR", "menjual sayur di pasar", "BURUH TANI PADI", "MENGAJAR DI SD NEGERI",
    "SUPIR ANGKOT", "SOPIR ANGKOT", "OJEK ONLINE", "ojol", "PNS DI KANTOR KECAMATAN", "KULI BANGUNAN",
    "MEMBANTU ORANG TUA DI WARUNG", "BERTERNAK AYAM", "NELAYAN TANGKAP IKAN DI LAUT", "PENJAHIT BAJU",
    "GURU HONORER SD", "KARYAWAN PABRIK GARMEN BAGIAN JAHIT", "IBU RUMAH TANGGA", "TIDAK BEKERJA",
    "KARYAWAN PT MAJU JAYA", "-", "", None, "   ", "4211", "4211.01", "2512", "teller bank", "Teller Bank",
    "perawat di puskesmas", "bidan desa", "tukang cukur", "SPG", "admin olshop", "kasir indomaret",
    "satpam", "petani kelapa sawit", "operator mesin penyangrai kopi", "data annotator", "prompt engineer",
    "=HYPERLINK(\"x\",\"Teller\")", "Программист", "a" * 400,
    "Mengelola keuangan koperasi simpan pinjam dan membuat laporan bulanan untuk anggota dan pengurus",
]  # fmt: skip
TASKS = ["", "menjual", "mengajar murid", None, "menjahit", "mengemudi mobil penumpang"]


@pytest.fixture(scope="module")
def survey() -> pa.Table:
    rng = random.Random(20)
    n = 1500
    texts = [rng.choice(ANSWERS) for _ in range(n)]
    return pa.table(
        {
            "id": pa.array(range(n), type=pa.int64()),
            "text": pa.array(texts, type=pa.string()),
            "tugas": pa.array([rng.choice(TASKS) for _ in range(n)], type=pa.string()),
            "province": pa.array(
                [rng.choice(["Jawa Barat", "Bali", "Papua"]) for _ in range(n)], type=pa.string()
            ),
            # what else a survey row knows about the job; "9x" is no KBLI code (left out for that row)
            "kbli": pa.array(
                [rng.choice(["64", "", None, "85", "47", "9x"]) for _ in range(n)], type=pa.string()
            ),
            "employer": pa.array(
                [rng.choice(["Bank BRI", "", None, "SD negeri", "bengkel"]) for _ in range(n)],
                type=pa.string(),
            ),
        }
    )


def _rows(table: pa.Table, key: str) -> list[dict[str, Any]]:
    return table.sort_by(key).to_pylist()


def test_code_texts_local_and_spark_give_identical_rows(
    spark_session: Any, kb_path: Path, survey: pa.Table
) -> None:
    from jalur.app import spark

    local = fn.code_texts(survey, kb=kb_path, context=["tugas"], top=3)
    spec = spark.ship_kb(spark_session, kb_path)
    df = spark_session.createDataFrame(survey.to_pandas())
    remote = pa.Table.from_pylist(
        [
            r.asDict(recursive=True)
            for r in spark.code_frame(df, kb=spec, text="text", context=["tugas"], top=3).collect()
        ]
    )
    assert remote.column_names == local.column_names
    assert _rows(remote, "id") == _rows(local, "id")
    answered = [r for r in local.to_pylist() if not r["abstained"]]
    assert len(answered) > 300  # the comparison covers real answers, not only abstentions
    by_text = {r["text"]: r for r in local.to_pylist()}
    assert by_text["TIDAK BEKERJA"]["isco"] is None  # no work named: the context does not overrule it


def test_the_local_file_engine_and_the_spark_file_engine_write_the_same(
    spark_session: Any, kb_path: Path, survey: pa.Table, tmp_path: Path
) -> None:
    from jalur.app import scale

    src = tmp_path / "survey.parquet"
    pq.write_table(survey, src)
    context = ["tugas", "industry=kbli", "employer=employer"]
    a = scale.code_file(
        src, tmp_path / "local.parquet", kb=kb_path, context=context, by=["province"], top=3, fast=True
    )
    b = scale.code_file(
        src,
        tmp_path / "spark.parquet",
        kb=kb_path,
        context=context,
        by=["province"],
        top=3,
        fast=True,
        engine="spark",
    )
    assert a["rows"] == b["rows"] == survey.num_rows and a["keys"] == b["keys"]
    local = pq.read_table(tmp_path / "local.parquet")
    assert local.column("id").to_pylist() == list(range(survey.num_rows))  # input order kept
    assert _rows(pq.read_table(tmp_path / "spark.parquet"), "id") == local.to_pylist()
    order = [("province", "ascending"), ("isco", "ascending")]
    ca = pq.read_table(a["counts"]).sort_by(order).to_pylist()
    cb = pq.read_table(b["counts"]).sort_by(order).to_pylist()
    assert ca == cb and sum(r["n"] for r in ca) == survey.num_rows
    kasir = [r for r in local.to_pylist() if r["text"] == "kasir indomaret" and r["employer"] == "Bank BRI"]
    assert kasir and all(r["isco"] is not None for r in kasir)  # coded, the bad "9x" rows included


def test_score_tasks_local_and_spark(spark_session: Any, kb_path: Path) -> None:
    from jalur.app import spark

    tasks = ["Mencatat transaksi penjualan ke dalam sistem", "Memanjat pohon kelapa", "Answer customer emails",
             "Menyusun laporan keuangan bulanan", "", None, "Mengemudikan truk ke gudang"] * 20  # fmt: skip
    table = pa.table({"id": list(range(len(tasks))), "text": pa.array(tasks, type=pa.string())})
    local = fn.score_tasks(table, kb=kb_path)
    spec = spark.ship_kb(spark_session, kb_path)
    df = spark_session.createDataFrame(table.to_pandas()).repartition(3)
    remote = pa.Table.from_pylist(
        [r.asDict(recursive=True) for r in spark.apply(df, "score_tasks", fn.TASK_FIELDS, kb=spec).collect()]
    )
    assert _rows(remote, "id") == _rows(local, "id")
    assert {r["class"] for r in local.to_pylist() if r["class"]} >= {"automate", "human"}


def test_classify_ads_local_and_spark(spark_session: Any, kb_path: Path, tmp_path: Path) -> None:
    from jalur.app import scale
    from jalur.app.market import write_synthetic

    src = tmp_path / "ads.parquet"
    write_synthetic(src, 400)
    a = scale.classify_ads_file(src, tmp_path / "local.parquet", kb=kb_path)
    b = scale.classify_ads_file(src, tmp_path / "spark.parquet", kb=kb_path, engine="spark")
    assert a["ads"] == b["ads"] == 400
    local = pq.read_table(tmp_path / "local.parquet")
    remote = pq.read_table(tmp_path / "spark.parquet")
    assert remote.column_names == local.column_names
    assert _rows(remote, "row") == _rows(local, "row")
    rec = json.loads(local.column("record")[0].as_py())
    assert rec["row"] == 1 and local.column("isco")[0].as_py() is not None


def test_place_roster_and_impact_local_and_spark(spark_session: Any, kb_path: Path) -> None:
    from jalur.app import spark
    from jalur.app.reports import read_inputs, read_roster

    roster = read_roster(
        Path("data/samples/bank-nusantara.csv"), read_inputs(None, None, None, None, None).columns
    )
    from jalur.workforce.mapping import title_departments, title_key

    titles = sorted({r.title for r in roster.rows})
    found = title_departments((r.title, r.unit) for r in roster.rows)
    units = [found.get(title_key(t)) for t in titles]
    local = fn.place_roster(
        pa.table({"title": pa.array(titles, type=pa.string()), "unit": pa.array(units, type=pa.string())}),
        kb=kb_path,
        unit="unit",
    ).drop(["unit"])
    remote = spark.place_roster_rows(titles, kb=kb_path, units=units)
    assert _rows(remote, "title") == _rows(local, "title")
    # the units settled some titles, the same ones on both engines ("Staf Pajak" in the finance division)
    assert "department" in local.column("via").to_pylist()
    # the impact by unit and group: Spark SQL sums vs the same sums here
    placed = dict(zip(local.column("title").to_pylist(), local.column("isco").to_pylist(), strict=True))
    sums: dict[tuple[str, str | None], int] = {}
    for r in roster.rows:
        k = (r.unit or "", placed[r.title])
        sums[k] = sums.get(k, 0) + r.headcount
    here = pa.table(
        {"unit": [k[0] for k in sums], "isco": pa.array([k[1] for k in sums], type=pa.string()),
         "headcount": pa.array(list(sums.values()), type=pa.int64())}
    )  # fmt: skip
    mine = fn.impact_table(here, kb=kb_path)
    spec = spark.ship_kb(spark_session, kb_path)
    rows = spark_session.createDataFrame(
        [(r.title, r.unit or "", r.headcount) for r in roster.rows],
        "title string, unit string, headcount long",
    )
    placed_df = spark_session.createDataFrame(
        local.select(["title", "isco"]).to_pylist(), "title string, isco string"
    )
    theirs = spark.impact_frame(
        rows, placed_df, kb=spec, title="title", unit="unit", headcount="headcount"
    ).collect()
    key = [("unit", "ascending"), ("isco", "ascending")]
    assert (
        pa.Table.from_pylist([r.asDict() for r in theirs]).sort_by(key).to_pylist()
        == mine.sort_by(key).to_pylist()
    )


def test_the_spark_submit_entry_point_codes_a_file(
    spark_session: Any, toy_kb_path: Path, tmp_path: Path
) -> None:
    """docs/scale.md's recipe as written: the package as a zip on --py-files, the knowledge base on --files,
    the job file given to spark-submit; its rows equal the local function's."""
    import os
    import subprocess
    import sys

    import pyspark

    from jalur.app.spark_job import package_zip

    src = tmp_path / "answers.parquet"
    table = pa.table(
        {"id": list(range(6)), "text": ["bank teller", "Teller Bank", "perawat", "4211", None, "xyzzy"]}
    )
    pq.write_table(table, src)
    zipped = package_zip(tmp_path / "jalur.zip")
    job = Path(sys.modules["jalur.app.spark_job"].__file__ or "")
    env = {**os.environ, "SPARK_HOME": str(Path(pyspark.__file__).parent), "PYSPARK_PYTHON": sys.executable}
    submit = Path(sys.executable).with_name("spark-submit")
    done = subprocess.run(
        [str(submit), "--master", "local[1]", "--conf", "spark.ui.enabled=false", "--conf",
         "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1", "--py-files", str(zipped),
         "--files", str(toy_kb_path), str(job), "code", "--input", str(src), "--output", str(tmp_path / "coded"),
         "--kb-shipped", toy_kb_path.name],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.strip().splitlines()[-1])["rows"] == 6
    got = pq.read_table(tmp_path / "coded").sort_by("id").to_pylist()
    want = fn.code_texts(table, kb=toy_kb_path, top=3, fast=True).to_pylist()
    assert got == want
