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

from jalur.faces.cli.options import EngineOpt, MasterOpt
from jalur.i18n import t
from jalur.i18n.format import number

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
    table_out: Annotated[
        Path | None,
        typer.Option("--out", help="Write the classified ads as Parquet here (any size; docs/scale.md)."),
    ] = None,
    engine: EngineOpt = "local",
    master: MasterOpt = None,
) -> None:
    """Classify every ad of a file: AI class A–E with evidence, AI-era role, job desks, occupation, pay."""
    from jalur.app import lookups
    from jalur.app.market import classify_file
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        if table_out is not None:
            from jalur.app import scale

            result = scale.classify_ads_file(file, table_out, kb=kb, engine=engine, master=master)
            if as_json:
                sys.stdout.write(json.dumps(result) + "\n")
            else:
                out.print(t("scale.classified", lg, **{k: str(v) for k, v in result.items()}))
            return
        if engine != "local":
            from jalur.errors import JalurError

            raise JalurError("error.engine_needs_out")
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


def _formats(text: str, layoffs: bool = False) -> list[str]:
    """The formats of a ``--format`` list; an unknown one (for the layoff tracker, the per-ad ``csv`` and
    ``parquet`` too) is an error naming the known ones."""
    from jalur.errors import JalurError
    from jalur.reports.market import FORMATS, LAYOFF_FORMATS

    known = LAYOFF_FORMATS if layoffs else FORMATS
    got = [f.strip().lower() for f in text.split(",") if f.strip()]
    bad = [f for f in got if f not in known]
    if bad or not got:
        raise JalurError("error.market_format", given=", ".join(bad) or "—", known=", ".join(known))
    return got


def _pct(cell: dict[str, Any]) -> str:
    """A share cell as a percent, or a dash when suppressed (too few ads)."""
    return "—" if cell.get("suppressed") else f"{cell['share']:.0%}"


@market_app.command("report")
def report_cmd(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Ad files (CSV, XLSX, JSON Lines, Parquet); or --store.")
    ] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="A store filled by `jalur market ingest`.")
    ] = None,
    live: Annotated[
        bool, typer.Option("--live", help="With --store: only the ads of the latest snapshot.")
    ] = False,
    overrides: Annotated[
        Path | None,
        typer.Option("--overrides", help="A filled-in review queue (title, code): those titles placed so."),
    ] = None,
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Write the report files into this folder.")
    ] = None,
    formats: Annotated[
        str, typer.Option("--format", help="With --out: html, pdf, xlsx, json, csv, parquet (comma list).")
    ] = "html,pdf,xlsx,json",
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The aggregates as JSON (docs/cli.md).")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge base file.")] = None,
) -> None:
    """What the ads show: AI classes with 95% intervals, AI demand by occupation beside its exposure."""
    from jalur.app import lookups
    from jalur.app.market import report_files, report_store, write_market_report_files
    from jalur.errors import JalurError
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        if bool(files) == (store is not None):
            raise JalurError("error.market_input")
        chosen = _formats(formats) if out_dir is not None else []
        records: list[dict[str, Any]] = []
        with lookups.open_kb(kb) as base:
            result = (
                report_store(store, base, live_only=live)
                if store is not None
                else report_files(files or [], base, overrides, records)
            )
            if out_dir is not None:
                for path in write_market_report_files(result, out_dir, chosen, lg, records, base):
                    err.print(str(path))
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


@market_app.command("ingest")
def ingest_cmd(
    files: Annotated[
        list[Path], typer.Argument(help="One snapshot: ad files (CSV, XLSX, JSON Lines, Parquet).")
    ],
    store: Annotated[Path, typer.Option("--store", help="The store file (DuckDB), created when new.")],
    workers: Annotated[
        int, typer.Option("--workers", min=0, max=64, help="Processes classifying ads (0: one per core).")
    ] = 0,
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The counts as JSON.")] = False,
    kb: Annotated[Path | None, typer.Option("--kb", help="Knowledge base file.")] = None,
) -> None:
    """Add a snapshot of ads to a store: new ads kept, ads seen again get their last day seen."""
    from jalur.app import lookups
    from jalur.app.market import ingest_files
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        with lookups.open_kb(kb) as base:
            import os

            counts = ingest_files(files, store, base, workers=workers or os.cpu_count() or 1)
        if as_json:
            sys.stdout.write(json.dumps(counts, sort_keys=True) + "\n")
            return
        out.print(t("market.ingested", lg, **counts))


@market_app.command("synthetic")
def synthetic_cmd(
    n: Annotated[int, typer.Argument(min=1, max=20_000_000, help="How many ads.")],
    out_file: Annotated[Path, typer.Option("--out", help="A .parquet or .jsonl file to write.")],
    months: Annotated[int, typer.Option("--months", min=1, max=120, help="Months the ads span.")] = 6,
    seed: Annotated[int, typer.Option("--seed", help="The generator's seed.")] = 19,
) -> None:
    """A reproducible synthetic corpus of Indonesian job ads (for the trend demo and benchmarks)."""
    from jalur.app.market import write_synthetic

    written = write_synthetic(out_file, n, months=months, seed=seed)
    out.print(f"{written:,} → {out_file}")


layoffs_app = typer.Typer(
    help="Layoff events: who is cutting staff, and whether AI is the stated reason.", no_args_is_help=True
)


@layoffs_app.command("report")
def layoffs_report_cmd(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Event files: layoffs.fyi columns or Jalur's template.")
    ] = None,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="A store filled by `jalur layoffs ingest` (with its decisions)."),
    ] = None,
    decisions: Annotated[
        Path | None,
        typer.Option("--decisions", help="A filled-in review file (`jalur layoffs review --out`)."),
    ] = None,
    official: Annotated[
        Path | None,
        typer.Option("--official", help="Monthly official counts (Kemnaker PHK): shown beside, never added."),
    ] = None,
    country: Annotated[
        str, typer.Option("--country", help="The country of the detailed view.")
    ] = "Indonesia",
    out_dir: Annotated[
        Path | None, typer.Option("--out", help="Write the tracker's files into this folder.")
    ] = None,
    formats: Annotated[
        str, typer.Option("--format", help="With --out: html, pdf, xlsx, json (comma list).")
    ] = "html,pdf,xlsx,json",
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The tracker as JSON (docs/cli.md).")] = False,
) -> None:
    """The layoff tracker: events grouped across sources, by year, the country's events, AI candidates."""
    from jalur.app.market import layoffs_report, write_layoffs_report_files
    from jalur.errors import JalurError
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        if not files and store is None:
            raise JalurError("error.layoffs_input")
        chosen = _formats(formats, layoffs=True) if out_dir is not None else []
        result = layoffs_report(files or [], country, store=store, decisions=decisions, official=official)
        if out_dir is not None:
            for path in write_layoffs_report_files(result, out_dir, chosen, lg):
                err.print(str(path))
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
            return
        table = Table(title=t("layoffs.by_year", lg))
        for col in ("year", "events", "people", "without_count"):
            table.add_column(t(f"layoffs.col.{col}", lg), justify="left" if col == "year" else "right")
        for year, y in result["by_year"].items():
            table.add_row(year, *(number(y[k], lg) for k in ("events", "people", "events_without_count")))
        out.print(table)
        here = Table(title=t("layoffs.country_events", lg, country=country))
        for col in ("date", "company", "people", "attribution"):
            here.add_column(t(f"layoffs.col.{col}", lg))
        for e in result["country_events"]:
            here.add_row(e["date"], e["company"], "—" if e["count"] is None else number(e["count"], lg),
                         t(f"layoffs.grade.{e['attribution']}", lg))  # fmt: skip
        out.print(here)
        err.print(t("layoffs.candidates", lg, n=len(result["ai_candidates_for_review"])))


@layoffs_app.command("ingest")
def layoffs_ingest_cmd(
    files: Annotated[
        list[Path], typer.Argument(help="Event files: layoffs.fyi columns or Jalur's template.")
    ],
    store: Annotated[Path, typer.Option("--store", help="The store file (DuckDB), created when new.")],
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The counts as JSON.")] = False,
) -> None:
    """Add layoff reports to a store: a report already stored is not added twice."""
    from jalur.app.market import layoffs_ingest
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        counts = layoffs_ingest(files, store)
        if as_json:
            sys.stdout.write(json.dumps(counts, sort_keys=True) + "\n")
            return
        out.print(t("layoffs.ingested", lg, **counts))


@layoffs_app.command("review")
def layoffs_review_cmd(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Event files (and/or --store) whose events to review.")
    ] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="A store filled by `jalur layoffs ingest`.")
    ] = None,
    write: Annotated[
        Path | None, typer.Option("--out", help="Write the review file (CSV) of the events to grade here.")
    ] = None,
    record: Annotated[
        Path | None,
        typer.Option("--record", help="Record the decisions of a filled-in review file in --store."),
    ] = None,
    country: Annotated[
        str, typer.Option("--country", help="Also list this country's ungraded events.")
    ] = "Indonesia",
    lang: Annotated[str, typer.Option("--lang", help="id or en.")] = "id",
    as_json: Annotated[bool, typer.Option("--json", help="The counts as JSON.")] = False,
) -> None:
    """Grade AI attribution by hand: write the events to review (--out), fill in a grade with its quote and
    the quote's address, and record the decisions (--record, with --store). The machine never grades."""
    from jalur.app.market import layoffs_record, layoffs_review
    from jalur.errors import JalurError
    from jalur.faces.cli.main import _errors

    with _errors(lang, as_json) as lg:
        if (write is None) == (record is None):
            raise JalurError("error.layoffs_review_mode")
        if record is not None:
            if store is None:
                raise JalurError("error.layoffs_review_mode")
            result = layoffs_record(store, record)
            if as_json:
                sys.stdout.write(json.dumps(result, ensure_ascii=False, sort_keys=True) + "\n")
                return
            out.print(t("layoffs.recorded", lg, recorded=result["recorded"], refused=len(result["refused"])))
            for r in result["refused"]:
                err.print(
                    t(
                        "layoffs.refused_row",
                        lg,
                        row=r["row"],
                        event_id=r["event_id"],
                        reason=t(r["reason"], lg),
                    )
                )
            return
        assert write is not None
        if not files and store is None:
            raise JalurError("error.layoffs_review_mode")
        n = layoffs_review(files or [], write, country, store=store)
        if as_json:
            sys.stdout.write(json.dumps({"written": n, "path": str(write)}) + "\n")
            return
        out.print(t("layoffs.review_written", lg, n=n, path=str(write)))
