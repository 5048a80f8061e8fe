"""The ``spark-submit`` entry point (issue 20; docs/scale.md): the Spark engine as a plain Spark application.

    python -m jalur.app.spark_job zip jalur.zip          # the package for --py-files (a zip: a wheel is not
                                                         # put on the executors' path)
    spark-submit --master yarn --py-files jalur.zip --files /data/jalur-kb.sqlite \\
        "$(python -m jalur.app.spark_job path)" code \\
        --input hdfs:///sakernas/2025-08/answers.parquet --output hdfs:///jalur/coded \\
        --text jawaban --context tugas --by provinsi --kb-shipped jalur-kb.sqlite

Subcommands: ``code`` (texts to occupations), ``classify`` (job ads), ``path`` (this file's path, for
``spark-submit``), ``zip OUT`` (the package as a zip). ``--kb PATH`` ships a file the driver can read
(``addFile``); ``--kb-shipped NAME`` uses one already sent with ``--files``. Paths may be any URL Spark
reads (``hdfs://``, ``s3a://``, ``gs://``, ``abfss://``, ``dbfs:/``).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def package_zip(out: Path) -> Path:
    """The installed Jalur package as a zip for ``--py-files``."""
    import jalur

    root = Path(jalur.__file__).parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = shutil.make_archive(str(Path(tmp) / "jalur"), "zip", root.parent, root.name)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(archive, out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="jalur.app.spark_job", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sub.add_parser("path", help="print this file's path (for spark-submit)")
    z = sub.add_parser("zip", help="write the package as a zip for --py-files")
    z.add_argument("out", type=Path)
    for name in ("code", "classify"):
        p = sub.add_parser(name)
        p.add_argument("--input", required=True)
        p.add_argument("--output", required=True)
        kb = p.add_mutually_exclusive_group()
        kb.add_argument("--kb", help="the knowledge-base file on the driver (shipped with addFile)")
        kb.add_argument("--kb-shipped", help="the name of a knowledge base sent with --files")
        p.add_argument("--partitions", type=int)
        p.add_argument("--full", action="store_true", help="with the embedding stage (slower)")
        if name == "code":
            p.add_argument("--text", default="text")
            p.add_argument("--context")
            p.add_argument("--by")
            p.add_argument("--top", type=int, default=3)
    args = ap.parse_args(argv)
    if args.command == "path":
        print(Path(__file__).resolve())
        return 0
    if args.command == "zip":
        print(package_zip(args.out))
        return 0
    from jalur.app import spark
    from jalur.batch.runtime import SPARK_FILE

    s = spark.session()
    spec = SPARK_FILE + args.kb_shipped if args.kb_shipped else spark.ship_kb(s, args.kb)
    df = spark.read(s, args.input)
    if args.command == "code":
        done = spark.code_frame(df, kb=spec, text=args.text, context=_names(args.context), top=args.top,
                                fast=not args.full, partitions=args.partitions)  # fmt: skip
        done.write.mode("overwrite").parquet(args.output)
        if args.by:
            counts = done.groupBy(*_names(args.by), "isco").count().withColumnRenamed("count", "n")
            counts.write.mode("overwrite").parquet(args.output.rstrip("/") + ".counts")
    else:
        spark.classify_frame(df, kb=spec, fast=not args.full, partitions=args.partitions).write.mode(
            "overwrite"
        ).parquet(args.output)
    written = s.read.parquet(args.output).count()
    print(json.dumps({"command": args.command, "rows": written, "output": args.output}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
