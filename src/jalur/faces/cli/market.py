"""``jalur market …``: the market monitor from the command line (issue 19)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from jalur.i18n import t

market_app = typer.Typer(
    help="Job ads: AI class, AI-era roles, job desks, pay and dates.", no_args_is_help=True
)
out = Console(soft_wrap=False)
err = Console(stderr=True)


@market_app.command("classify")
def classify_cmd(
    file: Annotated[
        Path, typer.Argument(help="Ads: CSV, XLSX, JSON Lines or Parquet (a title column needed).")
    ],
    occupations: Annotated[
        bool, typer.Option("--occupations/--no-occupations", help="Place each distinct title with the coder.")
    ] = True,
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="One JSON line per ad, in input order.")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge base file.")] = None,
) -> None:
    """Classify every ad of a file: AI class A–E with evidence, AI-era role, job desks, occupation, pay."""
    from jalur.app import lookups
    from jalur.app.market import classify_file
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        if occupations:
            with lookups.open_kb(kb) as base:
                records = classify_file(file, base)
        else:
            records = classify_file(file)
        if as_json:
            for r in records:
                sys.stdout.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
            return
        counts = Counter(r["ai_class"] for r in records)
        table = Table(title=t("market.classes", lg))
        table.add_column(t("market.col.class", lg))
        table.add_column(t("market.col.ads", lg), justify="right")
        for c in ("A", "B", "C", "D", "E"):
            table.add_row(f"{c} — {t('market.class.' + c, lg)}", str(counts.get(c, 0)))
        out.print(table)
