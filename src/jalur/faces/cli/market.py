"""``jalur market …``: the market monitor from the command line (issue 19)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

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


def _pct(cell: dict[str, Any]) -> str:
    """A share cell as a percent, or a dash when suppressed (too few ads)."""
    return "—" if cell.get("suppressed") else f"{cell['share']:.0%}"


@market_app.command("report")
def report_cmd(
    files: Annotated[list[Path], typer.Argument(help="Ad files (CSV, XLSX, JSON Lines, Parquet).")],
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The aggregates as JSON (docs/cli.md).")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge base file.")] = None,
) -> None:
    """What the ads show: AI classes with 95% intervals, AI demand by occupation beside its exposure."""
    from jalur.app import lookups
    from jalur.app.market import report_files
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        with lookups.open_kb(kb) as base:
            result = report_files(files, base)
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
            return
        table = Table(title=t("market.classes", lg))
        table.add_column(t("market.col.class", lg))
        table.add_column(t("market.col.ads", lg), justify="right")
        table.add_column(t("market.col.share", lg), justify="right")
        for c, cell in result["classes"].items():
            shown = (
                "—"
                if cell.get("suppressed")
                else f"{cell['share']:.1%} ({cell['ci95'][0]:.1%}–{cell['ci95'][1]:.1%})"
            )
            table.add_row(f"{c} — {t('market.class.' + c, lg)}", str(cell.get("k", cell["n"])), shown)
        out.print(table)
        occ = Table(title=t("market.by_occupation", lg))
        for col in ("isco", "ads", "ai_related", "ai_tools", "exposure"):
            occ.add_column(t(f"market.col.{col}", lg), justify="left" if col == "isco" else "right")
        for o in result["by_occupation"]:
            if o["ads"] < 10:
                continue

            mean = o.get("exposure_mean")
            occ.add_row(
                o["isco"],
                str(o["ads"]),
                _pct(o["ai_related"]),
                _pct(o["ai_tools"]),
                "—" if mean is None else f"{mean:.2f}",
            )
        out.print(occ)
        for s in result["scope"]:
            err.print(t(f"market.scope.{s}", lg))
