"""The Spark engine (issue 20; docs/scale.md): the batch functions of ``jalur.batch.functions`` on each
partition with ``mapInArrow``, keys de-duplicated before the heavy step and the answers joined back.

Nothing here is a scheduler: it is a Spark application like any other, for ``local[N]``, a standalone
master, YARN, Kubernetes, Databricks, EMR or Dataproc. The knowledge-base file travels to the executors with
``SparkContext.addFile`` (each opens its own copy: SQLite reads local files only); on a cluster master the
package travels as a zip with ``addPyFile`` unless the executors have it installed (``ship_package``). The
Python workers import ``jalur.batch.arrowmap`` and keep their knowledge base and coder between tasks.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from jalur import config
from jalur.batch import functions as fn
from jalur.batch.runtime import SPARK_FILE
from jalur.errors import JalurError

#: Spark settings for a session started here: no UI, bound to this machine for local masters, Arrow on,
#: Python workers reused (they keep the coder between tasks)
SESSION_CONF: dict[str, str] = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.python.worker.reuse": "true",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.adaptive.enabled": "true",
    # the coder's keys are few and heavy: a partition of 2,000 keys is a few seconds of work
    "spark.sql.execution.arrow.maxRecordsPerBatch": "2000",
}


def session(master: str | None = None, *, app_name: str = "jalur", conf: dict[str, str] | None = None) -> Any:
    """A Spark session (the active one when there is one and no ``master`` is asked). A local master
    (default ``local[2]``) is bound to 127.0.0.1 and its Python workers run this interpreter."""
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None and master is None:
        return active
    master = master or os.environ.get("JALUR_SPARK_MASTER") or "local[2]"
    builder = SparkSession.builder.appName(app_name).master(master)
    settings = dict(SESSION_CONF)
    if master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        settings |= {"spark.driver.host": "127.0.0.1", "spark.driver.bindAddress": "127.0.0.1"}
    for k, v in (settings | (conf or {})).items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


#: the knowledge-base files sent to each application's executors: (application, file name) -> path
_SHIPPED: dict[tuple[str, str], Path] = {}


def ship_kb(spark: Any, kb: str | Path | None = None) -> str:
    """Send the knowledge-base file to every executor (once per session); the spec the batch functions
    open it by there (``spark:<name>``)."""
    path = config.kb_path(kb)
    from jalur.kb.read import KnowledgeBase

    with KnowledgeBase.open(path) as base:  # a missing or broken file fails here, not on an executor
        base.artefacts()
    sc = spark.sparkContext
    key = (sc.applicationId, path.name)
    shipped = _SHIPPED.get(key)
    if shipped is None:
        sc.addFile(str(path))
        _SHIPPED[key] = path
    elif shipped != path:  # one name per application: the executors would keep the first file
        raise JalurError("error.kb_shipped", path=str(path), shipped=str(shipped))
    return SPARK_FILE + path.name


def ship_package(spark: Any) -> Path:
    """Send this Jalur package to the executors as a zip (``addPyFile``; a wheel on ``--py-files`` is not
    put on the path, a zip is): for clusters whose executors do not have it installed. The zip's path."""
    import jalur

    root = Path(jalur.__file__).parent
    folder = Path(tempfile.mkdtemp(prefix="jalur-pyfiles-"))
    archive = shutil.make_archive(str(folder / "jalur"), "zip", root.parent, root.name)
    spark.sparkContext.addPyFile(archive)
    return Path(archive)


def _spark_schema(schema: pa.Schema) -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(schema)


def _arrow_schema(df: Any) -> pa.Schema:
    from pyspark.sql.pandas.types import to_arrow_schema

    return to_arrow_schema(df.schema)


def apply(df: Any, name: str, fields: pa.Schema, *, drops: Sequence[str] = (), **kwargs: Any) -> Any:
    """``df`` through the batch function ``name`` on every partition (``mapInArrow``): its columns (less
    ``drops``, those the function consumes) followed by ``fields``."""
    from jalur.batch.arrowmap import map_batches

    kept = _arrow_schema(df)
    for d in drops:
        kept = kept.remove(kept.get_field_index(d))
    out = fn.output_schema(kept, fields)
    return df.mapInArrow(functools.partial(map_batches, name=name, kwargs=kwargs), _spark_schema(out))


def read(spark: Any, path: str | Path) -> Any:
    """A CSV (header row, every column as text), Parquet file or folder of Parquet parts, or JSON Lines: a
    local path or any URL Spark reads (``hdfs://``, ``s3a://`` ...)."""
    text = str(path)
    suffix = Path(text.rstrip("/")).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return spark.read.json(text)
    if suffix == ".csv":
        return spark.read.option("header", "true").option("multiLine", "true").option("escape", '"').csv(text)
    return spark.read.parquet(text)


def partitions_for(spark: Any, partitions: int | None) -> int:
    """Partitions for the heavy step: ``partitions`` or three per core of the cluster (Spark's adaptive
    execution would otherwise fold a few thousand small keys into one partition and one core)."""
    return partitions or max(2, 3 * int(spark.sparkContext.defaultParallelism))


# ---------------------------------------------------------------------------------------------- coding
def code_frame(
    df: Any,
    *,
    kb: str,
    text: str,
    context: Sequence[str] = (),
    lang: str = "auto",
    top: int = 5,
    fast: bool = False,
    partitions: int | None = None,
) -> Any:
    """``df`` with the coder's answer on each row (``jalur.batch.functions.code_texts`` columns): the
    distinct texts keyed (``key_texts``), each distinct key coded once on a repartitioned frame, the
    answers joined back (null-safe on the text). ``kb``: the executors' spec (``ship_kb``)."""
    from pyspark.sql import functions as F

    spark = df.sparkSession
    cols = [text, *(c for c in fn.context_columns(context) if c != text)]
    texts = df.select(*[F.col(c).cast("string").alias(c) for c in cols]).distinct()
    keyed = apply(texts, "key_texts", pa.schema([("key", pa.string())]), text=text, context=list(context))
    reps = keyed.groupBy("key").agg(*[F.min(c).alias(c) for c in cols])
    reps = reps.repartition(partitions_for(spark, partitions), "key")
    coded = apply(
        reps, "code_texts", fn.CODE_FIELDS, kb=kb, text=text, context=list(context), lang=lang, top=top,
        fast=fast, workers=1,
    )  # fmt: skip
    answers = coded.drop(*cols)
    match = None
    for c in cols:
        cond = df[c].cast("string").eqNullSafe(keyed[c])
        match = cond if match is None else match & cond
    joined = df.join(keyed, match, "left").select(*[df[c] for c in df.columns], keyed["key"])
    return joined.join(answers, "key", "left").select(*df.columns, *fn.CODE_FIELDS.names)


def code_file(
    src: Path,
    out: Path,
    *,
    kb: str | Path | None = None,
    text: str,
    context: Sequence[str] = (),
    by: Sequence[str] = (),
    lang: str = "auto",
    top: int = 5,
    fast: bool = False,
    master: str | None = None,
    partitions: int | None = None,
    package: bool = False,
) -> dict[str, Any]:
    """Code the texts of a file on Spark: ``out`` a folder of Parquet parts (the input's columns and the
    answers), with ``by`` the counts by those columns × occupation beside it (``<out>.counts``, Spark
    SQL). Counts of rows, distinct texts and keys."""
    spark = session(master)
    if package:
        ship_package(spark)
    spec = ship_kb(spark, kb)
    df = read(spark, src)
    coded = code_frame(
        df, kb=spec, text=text, context=context, lang=lang, top=top, fast=fast, partitions=partitions
    ).cache()
    coded.write.mode("overwrite").parquet(str(out))
    result: dict[str, Any] = {"rows": coded.count(), "out": str(out)}
    result["keys"] = coded.select("key").distinct().count()
    if by:
        counts_path = out.with_name(out.name + ".counts")
        coded.groupBy(*by, "isco").count().withColumnRenamed("count", "n").write.mode("overwrite").parquet(
            str(counts_path)
        )
        result["counts"] = str(counts_path)
    coded.unpersist()
    return result


# ---------------------------------------------------------------------------------------------- ads
def classify_frame(df: Any, *, kb: str, fast: bool = True, partitions: int | None = None) -> Any:
    """Each ad classified (``classify_ads`` without the coder, partition by partition), the distinct titles
    of the whole corpus coded once (``code_texts``, top 3) and joined back (``finish_ad_isco``)."""
    from pyspark.sql import functions as F

    spark = df.sparkSession
    if "row" not in df.columns:  # ads are numbered by their place in the input where it does not number them
        from pyspark.sql.types import LongType, StructField, StructType

        numbered = df.rdd.zipWithIndex().map(lambda pair: (*pair[0], pair[1] + 1))
        df = df.sparkSession.createDataFrame(
            numbered, StructType([*df.schema.fields, StructField("row", LongType())])
        )
    n = partitions_for(spark, partitions)
    classified = apply(df.repartition(n), "classify_ads", fn.AD_FIELDS, kb=kb, occupations=False)
    titles = (
        classified.groupBy("title_key")
        .agg(F.min("ad_title").alias("title"), F.min("ad_department").alias("department"))
        .repartition(n, "title_key")
    )
    coded = apply(
        titles,
        "code_texts",
        fn.CODE_FIELDS,
        kb=kb,
        text="title",
        context=fn.AD_CODE_CONTEXT,
        top=3,
        fast=fast,
        workers=1,
    )
    answers = coded.select(
        F.col("key").alias("title_key"),
        F.col("isco").alias("coded_isco"),
        F.col("confidence").alias("coded_confidence"),
        F.col("abstained").alias("coded_abstained"),
    )
    joined = classified.join(answers, "title_key", "left").select(*classified.columns, *fn.CODED)
    return apply(joined, "finish_ad_isco", fn.AD_ISCO_FIELDS, drops=fn.CODED)


def classify_file(
    src: Path,
    out: Path,
    *,
    kb: str | Path | None = None,
    fast: bool = True,
    master: str | None = None,
    partitions: int | None = None,
    package: bool = False,
) -> dict[str, Any]:
    """Classify the ads of a file on Spark into ``out`` (a folder of Parquet parts)."""
    spark = session(master)
    if package:
        ship_package(spark)
    spec = ship_kb(spark, kb)
    done = classify_frame(read(spark, src), kb=spec, fast=fast, partitions=partitions)
    done.write.mode("overwrite").parquet(str(out))
    return {"ads": spark.read.parquet(str(out)).count(), "out": str(out)}


# ---------------------------------------------------------------------------------------------- roster
def place_frame(
    df: Any,
    *,
    kb: str,
    title: str,
    overrides: dict[str, str] | None = None,
    remembered: dict[str, str] | None = None,
    partitions: int | None = None,
    unit: str | None = None,
) -> Any:
    """The distinct titles of a roster frame placed (``place_roster``): one row per title as spelled.
    ``unit``: a column holding each title's department (one value per title, ``title_departments``), the
    coder's context for a title it is unsure of alone."""
    from pyspark.sql import functions as F

    cols = [F.col(title).cast("string").alias("title")]
    if unit:
        cols.append(F.col(unit).cast("string").alias("unit"))
    titles = df.select(*cols).distinct()
    titles = titles.repartition(partitions_for(df.sparkSession, partitions))
    return apply(
        titles, "place_roster", fn.ROSTER_FIELDS, kb=kb, title="title", overrides=overrides,
        remembered=remembered, workers=1, unit="unit" if unit else None,
    )  # fmt: skip


def impact_frame(
    df: Any,
    placed: Any,
    *,
    kb: str,
    title: str,
    unit: str | None,
    headcount: str | None = None,
    partitions: int | None = None,
) -> Any:
    """Headcount by unit (when the roster has one) and unit group — one per row, or the sum of a
    ``headcount`` column —, with each group's exposure and FTE (``impact_table``): the unit table of a
    national roster, counted with Spark SQL."""
    from pyspark.sql import functions as F

    keys = placed.select(F.col("title").alias("_t"), "isco")
    heads = F.col(headcount).cast("long") if headcount else F.lit(1).cast("long")
    cols = [F.col(title).cast("string").alias("_t"), heads.alias("_n")]
    rows = df.select(*cols, *([F.col(unit).alias("unit")] if unit else []))
    joined = rows.join(keys, "_t", "left")
    groups = ["unit", "isco"] if unit else ["isco"]
    counts = joined.groupBy(*groups).agg(F.sum("_n").alias("headcount"))
    counts = counts.repartition(partitions_for(df.sparkSession, partitions))
    return apply(counts, "impact_table", fn.IMPACT_FIELDS, kb=kb, headcount="headcount")


def place_roster_rows(
    rows: Sequence[str],
    *,
    kb: str | Path | None = None,
    overrides: dict[str, str] | None = None,
    remembered: dict[str, str] | None = None,
    master: str | None = None,
    partitions: int | None = None,
    units: Sequence[str | None] | None = None,
) -> pa.Table:
    """The roster's titles (one per row) placed on Spark, collected: the table ``placements_of`` reads
    (for the employer report, built in this process from it). ``units``: each title's department
    (``jalur.workforce.mapping.title_departments``), or None."""
    spark = session(master)
    spec = ship_kb(spark, kb)
    unit_of = list(units) if units is not None else [None] * len(rows)
    df = spark.createDataFrame(list(zip(rows, unit_of, strict=True)), "title string, unit string")
    placed = place_frame(df, kb=spec, title="title", overrides=overrides, remembered=remembered,
                         partitions=partitions, unit="unit")  # fmt: skip
    placed = placed.drop("unit")
    schema = fn.output_schema(pa.schema([("title", pa.string())]), fn.ROSTER_FIELDS)
    return pa.Table.from_pylist([r.asDict(recursive=True) for r in placed.collect()], schema=schema)


def write_roster_tables(
    placed: pa.Table,
    roster: Any,
    out: Path,
    *,
    kb: str | Path | None = None,
    master: str | None = None,
    partitions: int | None = None,
) -> dict[str, str]:
    """``placements.parquet`` (one row per distinct title) and ``impact_units.parquet`` (headcount by unit
    and unit group with exposure and FTE, ``impact_frame``) in ``out``."""
    import pyarrow.parquet as pq

    spark = session(master)
    spec = ship_kb(spark, kb)
    out.mkdir(parents=True, exist_ok=True)
    pq.write_table(placed, out / "placements.parquet")
    rows = spark.createDataFrame(
        [(r.title, r.unit or "", r.headcount) for r in roster.rows],
        "title string, unit string, headcount long",
    )
    placed_df = spark.createDataFrame(
        placed.select(["title", "isco"]).to_pylist(), "title string, isco string"
    )
    impact = impact_frame(
        rows, placed_df, kb=spec, title="title", unit="unit", headcount="headcount", partitions=partitions
    )
    impact.write.mode("overwrite").parquet(str(out / "impact_units.parquet"))
    return {"placements": str(out / "placements.parquet"), "impact": str(out / "impact_units.parquet")}
