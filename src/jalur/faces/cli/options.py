"""Options more than one command group shares (one place for their names and help)."""

from __future__ import annotations

from typing import Annotated

import typer

EngineOpt = Annotated[
    str,
    typer.Option("--engine", help="local (this machine, DuckDB) or spark (a Spark cluster; docs/scale.md)."),
]
MasterOpt = Annotated[
    str | None,
    typer.Option(
        "--master", help="--engine spark: the Spark master URL (default local[2] or JALUR_SPARK_MASTER)."
    ),
]
