"""The ``jalur`` command line. It calls the core and holds no domain logic.

What it prints that came from input or data goes through ``jalur.faces.cli.render.printable`` inside a Rich ``Text``
(no control sequences, no markup); ``--json`` output escapes control and bidirectional characters
(``_json``)."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jalur import config
from jalur.errors import DataMissing, JalurError, UnknownOccupation, parse_lang
from jalur.faces.cli.data import data_app
from jalur.faces.cli.options import EngineOpt, MasterOpt
from jalur.i18n import Lang, has, t

app = typer.Typer(
    help="Jalur: AI and work in Indonesia / AI dan pekerjaan di Indonesia.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
kb_app = typer.Typer(help="Build and inspect the knowledge base.", no_args_is_help=True)
app.add_typer(kb_app, name="kb")
app.add_typer(data_app, name="data")


def _mount_market() -> None:
    """``jalur market ...``: job ads (issue 19)."""
    from jalur.faces.cli.market import layoffs_app, market_app

    app.add_typer(market_app, name="market")
    app.add_typer(layoffs_app, name="layoffs")


_mount_market()

out = Console(soft_wrap=False)
err = Console(stderr=True)

LangOpt = Annotated[str, typer.Option("--lang", "-l", help="id (Bahasa Indonesia) or en")]


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split(",") if n.strip()]


JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output (docs/cli.md).")]
SkillsOpt = Annotated[
    str | None, typer.Option("--skills", help="Skills you have, comma separated, either language.")
]
ExperienceOpt = Annotated[
    str | None,
    typer.Option(
        "--experience",
        help='Earlier jobs with their duration, ";" separated ("3 tahun customer service; 6 bulan admin").',
    ),
]
KbOpt = Annotated[
    Path | None,
    typer.Option("--kb", help="Knowledge-base file (default: $JALUR_KB or the user data folder)."),
]
DataOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Raw data folder (default: $JALUR_DATA_DIR or ../shared/data/raw)."),
]


def _plain(value: object, style: str = "") -> Text:
    """A value from input or data, safe for the terminal (``jalur.faces.cli.render.plain``; imported when used)."""
    from jalur.faces.cli.render import plain

    return plain(value, style)


def _message(key: str, lang: Lang, /, **params: object) -> str:
    """A catalogue message whose text parameters are ``printable`` (``jalur.faces.cli.render.message``)."""
    from jalur.faces.cli.render import message

    return message(key, lang, **params)


def _error_text(exc: JalurError, lang: Lang) -> Text:
    return Text(_message(exc.key, lang, **exc.params), style="red")


#: characters that ``json.dumps(ensure_ascii=False)`` leaves raw but a terminal may act on: DEL, C1
#: controls, bidirectional marks, overrides and isolates, line/paragraph separators, lone surrogates
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _json(doc: Any, **kwargs: Any) -> str:
    """``json.dumps`` for the terminal: readable UTF-8, with C0 controls (json.dumps' own escapes) and the
    characters of ``_JSON_UNSAFE`` written as ``\\uXXXX`` escapes — the same JSON value, nothing a terminal
    would execute."""
    text = json.dumps(doc, ensure_ascii=False, **kwargs)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


@contextmanager
def _errors(lang: str, as_json: bool = False) -> Iterator[Lang]:
    """Show domain errors as a message in the user's language and exit 2; never a traceback. Values in a
    message (a query, a file name, a rejected cell) are shown as plain text (``jalur.faces.cli.render.printable``).
    With ``as_json`` the error is also written to stdout as ``{"error": {code, message, details,
    candidates}}`` (the REST API's envelope), so that a script reading stdout sees it, not nothing."""
    try:
        lg = parse_lang(lang)
    except JalurError as exc:
        err.print(_error_text(exc, "en"))
        raise typer.Exit(2) from None
    try:
        yield lg
    except UnknownOccupation as exc:
        if as_json:
            _json_error(exc, lg)
        err.print(_error_text(exc, lg))
        if exc.candidates:
            err.print(t("error.unknown_occupation.candidates", lg))
            for code, label in exc.candidates:
                err.print(_plain(f"  {code}  {label}"))
        err.print(t("error.unknown_occupation.hint", lg))
        raise typer.Exit(exc.exit_code) from None
    except DataMissing as exc:
        if as_json:
            _json_error(exc, lg)
        err.print(_error_text(exc, lg))
        for d in exc.details:
            err.print(_plain(f"  - {d}"))
        err.print(Text(_message("error.data_missing.hint", lg, data_dir=str(exc.params.get("data_dir", "")))))
        raise typer.Exit(exc.exit_code) from None
    except JalurError as exc:
        if as_json:
            _json_error(exc, lg)
        err.print(_error_text(exc, lg))
        for d in exc.details:
            err.print(_plain(f"  - {d}"))
        if has(exc.key + ".cli"):
            err.print(t(exc.key + ".cli", lg))  # what only the command line offers (a flag)
        raise typer.Exit(exc.exit_code) from None


def _json_error(exc: JalurError, lg: Lang) -> None:
    """The error as one JSON line on stdout (code without the ``error.`` prefix, message in ``lg``)."""
    body: dict[str, Any] = {
        "code": exc.key.removeprefix("error."),
        "message": _message(exc.key, lg, **exc.params),
        "details": [str(d) for d in exc.details],
    }
    if isinstance(exc, UnknownOccupation):
        body["candidates"] = [{"code": c, "title": label} for c, label in exc.candidates]
    sys.stdout.write(_json({"error": body}) + "\n")


def _human_size(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


@kb_app.command("build")
def kb_build(
    data_dir: DataOpt = None,
    kb: KbOpt = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild even when up to date.")] = False,
    accept_changed: Annotated[
        bool,
        typer.Option(
            "--accept-changed",
            help="Use source files whose checksum differs from the reviewed one (recorded in the manifest).",
        ),
    ] = False,
    lang: LangOpt = "id",
) -> None:
    """Build the knowledge base from the public raw data (skipped when already up to date)."""
    from jalur.app.data import build_kb as build

    with _errors(lang) as lg:
        path = config.kb_path(kb)
        with err.status("kb build") as status:
            manifest = build(
                path,
                config.data_dir(data_dir),
                accept_changed=accept_changed,
                force=force,
                progress=lambda step: status.update(f"kb build: {step}"),
            )
        if manifest.get("skipped"):
            out.print(Text(_message("kb.up_to_date", lg, path=str(path))))
        else:
            out.print(
                Text(
                    _message(
                        "kb.built",
                        lg,
                        path=str(path),
                        size=_human_size(manifest["kb_bytes"]),
                        seconds=manifest["build_seconds"],
                    )
                )
            )


@kb_app.command("info")
def kb_info(kb: KbOpt = None, lang: LangOpt = "id", as_json: JsonOpt = False) -> None:
    """Counts, coverage and sources of the knowledge base."""
    from jalur.kb.read import KnowledgeBase

    with _errors(lang, as_json) as lg, KnowledgeBase.open(kb) as base:
        manifest_file = config.manifest_path(base.path)
        manifest = json.loads(manifest_file.read_text(encoding="utf-8")) if manifest_file.is_file() else {}
        info: dict[str, Any] = {
            "kb": str(base.path),
            "kb_bytes": base.path.stat().st_size,
            "built_at": manifest.get("built_at"),
            "build_seconds": manifest.get("build_seconds"),
            "counts": base.counts(),
            "coverage": {
                r["metric"]: {
                    "n": r["numerator"],
                    "of": r["denominator"],
                    "share": r["share"],
                    "floor": r["floor"],
                }
                for r in base.coverage()
            },
            "stats": base.stats(),
            "sources": [
                {"id": r["id"], "version": r["version"], "licence": r["licence"]} for r in base.sources()
            ],
        }
        if as_json:
            sys.stdout.write(_json(info, indent=2) + "\n")
            return
        out.print(
            Text.assemble(
                _plain(info["kb"], "bold"),
                f"  {_human_size(info['kb_bytes'])}  ",
                _plain(info["built_at"] or ""),
            )
        )
        cov = Table(title=t("kb.coverage", lg))
        for col in ("metric", "n", "share", "floor"):
            cov.add_column(col, justify="left" if col == "metric" else "right")
        for m, c in info["coverage"].items():
            ok = c["floor"] is None or c["share"] >= c["floor"]
            cov.add_row(
                _plain(m),
                f"{c['n']}/{c['of']}",
                Text(f"{c['share']:.1%}", style="green" if ok else "red"),
                "" if c["floor"] is None else f"{c['floor']:.0%}",
            )
        out.print(cov)
        al = info["stats"].get("alignment", {})
        if al:
            out.print(
                _plain(
                    f"task alignment EN-ID: {al['ilo_tasks_aligned']}/{al['ilo_tasks']} ILO tasks "
                    f"({al['alignment_rate']:.1%}); {al['alignment_rate_where_kbji_lists_tasks']:.1%} where KBJI "
                    "lists tasks"
                )
            )
        counts = Table(title=t("kb.counts", lg))
        counts.add_column("table")
        counts.add_column("rows", justify="right")
        for name, n in info["counts"].items():
            counts.add_row(_plain(name), f"{n:,}")
        out.print(counts)


@app.command("occupation")
def occupation(
    query: Annotated[
        str, typer.Argument(help="ISCO/KBJI code (4211), KBJI job code (4211.01), O*NET code or title.")
    ],
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
) -> None:
    """A bilingual occupation profile: tasks with AI exposure, skills, links and every index with its source."""
    from jalur.app import lookups

    with _errors(lang, as_json) as lg, lookups.open_kb(kb) as base:
        p = lookups.occupation(base, query)
        if as_json:
            sys.stdout.write(_json(p.to_dict(), indent=2) + "\n")
            return
        from jalur.faces.cli.render import print_profile

        print_profile(out, p, lg)


@app.command("exposure")
def exposure(
    query: Annotated[
        str | None,
        typer.Argument(
            help="ISCO/KBJI code, KBJI job code, O*NET code, ESCO occupation URI, or a job title in your own "
            "words (matched; refused with candidates when the match is not confident)."
        ),
    ] = None,
    tasks: Annotated[
        Path | None,
        typer.Option(
            "--tasks",
            help="Score new task text instead: a UTF-8 file, one task per line, Indonesian or English "
            "(docs/model-card-exposure.md).",
        ),
    ] = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
    weights: Annotated[
        Path | None,
        typer.Option(
            "--weights",
            help="With QUERY 'summary': an employment table (CSV or XLSX: ISCO/KBJI code and workers per row; "
            "optional sex, province, sector columns).",
        ),
    ] = None,
    by: Annotated[
        list[str] | None,
        typer.Option(
            "--by",
            help="Summary: break down by this column (repeatable; default: sex, province, sector if present).",
        ),
    ] = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Summary: write an SVG chart to this file.")
    ] = None,
    skip_bad_rows: Annotated[
        bool,
        typer.Option(
            "--skip-bad-rows", help="Summary: exclude rejected rows (still listed) instead of failing."
        ),
    ] = False,
    code_column: Annotated[
        str | None, typer.Option("--code-column", help="Summary: the code column.")
    ] = None,
    workers_column: Annotated[
        str | None, typer.Option("--workers-column", help="Summary: the workers column.")
    ] = None,
    scheme: Annotated[
        str,
        typer.Option(
            "--scheme", help="Summary: classification that 1-3 digit codes are spread in: kbji or isco."
        ),
    ] = "kbji",
) -> None:
    """Which tasks of a job AI could take over (automate), speed up (augment) or leave to people (human).

    `jalur exposure summary --weights FILE`: the employment-weighted view of a workforce (docs/cli.md)."""
    from jalur.app import lookups

    if tasks is not None:
        _exposure_tasks(query, tasks, lang, as_json, kb)
        return
    if query is None:
        with _errors(lang):
            raise JalurError("error.exposure_query_required")
        return
    if weights is not None or query.strip().casefold() == "summary":
        _exposure_summary(
            query, weights, by, chart, skip_bad_rows, code_column, workers_column, scheme, lang, as_json, kb
        )
        return
    with _errors(lang, as_json) as lg, lookups.open_kb(kb) as base:
        p = lookups.exposure(base, query)
        if as_json:
            sys.stdout.write(_json(p.to_dict(), indent=2) + "\n")
            return
        from jalur.faces.cli.render import print_exposure

        print_exposure(out, p, lg)


def _exposure_tasks(query: str | None, path: Path, lang: str, as_json: bool, kb: Path | None) -> None:
    from jalur.app import lookups
    from jalur.faces.cli.render import print_task_scores

    with _errors(lang, as_json) as lg:
        if query is not None:
            raise JalurError("error.tasks_with_query")
        lines = _read_text_lines(path)
        numbered = [(i + 1, line) for i, line in enumerate(lines) if line]
        empty = [i + 1 for i, line in enumerate(lines) if not line]
        if not numbered:
            raise JalurError("error.tasks_empty", path=str(path))
        with lookups.open_kb(kb) as base:
            results = lookups.task_scorer(base).score([line for _, line in numbered])
        if empty:
            # never silent: blank lines are named, the tasks keep their line numbers
            shown = ", ".join(str(n) for n in empty[:50]) + (" …" if len(empty) > 50 else "")
            err.print(Text(t("exposure.tasks.empty_lines", lg, n=len(empty), lines=shown)))
        if as_json:
            for (n, _), r in zip(numbered, results, strict=True):
                sys.stdout.write(_json({"line": n, **r.to_dict()}) + "\n")
            return
        print_task_scores(out, [n for n, _ in numbered], results, lg)


def _exposure_summary(
    query: str,
    weights: Path | None,
    by: list[str] | None,
    chart: Path | None,
    skip_bad_rows: bool,
    code_column: str | None,
    workers_column: str | None,
    scheme: str,
    lang: str,
    as_json: bool,
    kb: Path | None,
) -> None:
    from jalur.exposure.summary import MAX_LISTED_BAD_ROWS, BadEmploymentRows, summarise_file
    from jalur.faces.cli.render import bad_row_message, exposure_summary_svg, print_exposure_summary
    from jalur.kb.read import KnowledgeBase

    with _errors(lang, as_json) as lg:
        if query.strip().casefold() != "summary":
            raise JalurError("error.summary.weights_without_summary", path=str(weights))
        if weights is None:
            raise JalurError("error.summary.weights_required")
        with KnowledgeBase.open(kb) as base:
            try:
                s = summarise_file(
                    base,
                    weights,
                    scheme=scheme,
                    code_column=code_column,
                    workers_column=workers_column,
                    by=by,
                    skip_bad_rows=skip_bad_rows,
                )
            except BadEmploymentRows as exc:
                details = [bad_row_message(b, lg, scheme) for b in exc.bad[:MAX_LISTED_BAD_ROWS]]
                if len(exc.bad) > MAX_LISTED_BAD_ROWS:
                    details.append(t("error.summary.more_bad_rows", lg, n=len(exc.bad) - MAX_LISTED_BAD_ROWS))
                raise JalurError(exc.key, details=details, **exc.params) from None
        if chart is not None:
            try:
                chart.write_text(exposure_summary_svg(s, lg), encoding="utf-8")
            except OSError as exc:
                raise JalurError("data.error.io", detail=str(exc)) from None
        if as_json:
            sys.stdout.write(_json(s.to_dict(), indent=2) + "\n")
        else:
            print_exposure_summary(out, s, lg)
        if chart is not None:
            (err if as_json else out).print(Text(_message("summary.chart_written", lg, path=str(chart))))


@app.command("match")
def match_cmd(
    text: Annotated[
        str | None, typer.Argument(help="A job title or description, Indonesian or English.")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="A UTF-8 text file: one title per line.")
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, max=20, help="Candidates to show.")] = 5,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast",
            help="Skip the embedding stage: several times faster on large files, slightly less accurate "
            "(docs/benchmarks.md).",
        ),
    ] = False,
    table_out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="With --file as a table (CSV or Parquet, any size): write its rows with the codes to this "
            "Parquet file (docs/scale.md).",
        ),
    ] = None,
    column: Annotated[
        str | None,
        typer.Option("--column", help="--out: the text column (default: text, jawaban, title ...)."),
    ] = None,
    context: Annotated[
        str | None,
        typer.Option(
            "--context",
            help="--out: comma-separated columns of further text about the job; industry=COL, product=COL, "
            "employer=COL, department=COL name what else is known about it (as --industry, --product, "
            "--employer, --department).",
        ),
    ] = None,
    by: Annotated[
        str | None, typer.Option("--by", help="--out: comma-separated columns to count occupations by.")
    ] = None,
    industry: Annotated[
        str | None,
        typer.Option(
            "--industry",
            help="What else is known about the job: its industry, KBLI 2020 codes (64) or words (bank).",
        ),
    ] = None,
    product: Annotated[
        str | None, typer.Option("--product", help="What is made, sold, grown or served (kopi).")
    ] = None,
    employer: Annotated[
        str | None, typer.Option("--employer", help="The employer or workplace (Bank BRI, bengkel).")
    ] = None,
    department: Annotated[
        str | None,
        typer.Option(
            "--department",
            help="The job's department or function (Finance & Accounting, IT, SDM): settles a title the "
            "coder is unsure of among the groups of that function.",
        ),
    ] = None,
    engine: EngineOpt = "local",
    master: MasterOpt = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, max=64, help="--out, local engine: processes.")
    ] = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
) -> None:
    """Which occupation is this? Ranked ISCO-08 / KBJI unit groups with confidence, or an honest abstention."""
    from jalur.app import lookups
    from jalur.faces.cli.render import print_match

    with _errors(lang, as_json) as lg:
        if table_out is not None:
            from jalur.app import scale

            if file is None or text is not None:
                raise JalurError("error.match_input")
            if industry or product or employer or department:
                raise JalurError("error.context_with_out")
            result = scale.code_file(
                file, table_out, kb=kb, text=column, context=_names(context), by=_names(by), top=top,
                fast=fast, engine=engine, master=master, workers=workers,
            )  # fmt: skip
            if as_json:
                sys.stdout.write(_json(result) + "\n")
            else:
                out.print(Text(_message("scale.coded", lg, **{k: str(v) for k, v in result.items()})))
            return
        if engine != "local":
            raise JalurError("error.engine_needs_out")
        if (text is None) == (file is None):
            raise JalurError("error.match_input")
        queries = [text] if text is not None else _read_lines(file)  # type: ignore[arg-type]
        with lookups.open_kb(kb) as base:
            # a file is matched as one batch: repeats once, embeddings computed together
            found = lookups.match_texts(
                base, queries, top=top, fast=fast, industry=industry, product=product, employer=employer,
                department=department,
            )  # fmt: skip
            for result in found:
                if as_json:
                    sys.stdout.write(_json(result.to_dict()) + "\n")
                else:
                    print_match(out, result, lg)


@app.command("paths")
def paths_cmd(
    query: Annotated[str, typer.Argument(help="The job now: code, title, or your own words (matched).")],
    top: Annotated[int, typer.Option("--top", min=1, max=40, help="Moves to show.")] = 10,
    safer: Annotated[bool, typer.Option("--safer", help="Only moves to less exposed work.")] = False,
    to_roles: Annotated[bool, typer.Option("--to-roles", help="Only moves into AI-era roles.")] = False,
    skills: SkillsOpt = None,
    experience: ExperienceOpt = None,
    wages: Annotated[
        Path | None, typer.Option("--wages", help="A wage table (CSV: code, wage) to judge pay.")
    ] = None,
    industry: Annotated[
        str | None,
        typer.Option(
            "--industry",
            help="The worker's industry, KBLI 2020 codes (e.g. 29 or 29100,45); "
            "default: read from the words of the query.",
        ),
    ] = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
) -> None:
    """Where can I go from this job? Viable, safer and growing moves with what they take."""
    from jalur.app import lookups
    from jalur.faces.cli.render import print_paths

    with _errors(lang, as_json) as lg:
        table = lookups.wage_table(wages) if wages is not None else None
        with lookups.open_kb(kb) as base:
            p = lookups.paths(
                base,
                query,
                top=top,
                safer=safer,
                to_roles=to_roles,
                skills=skills,
                experience=experience,
                wages=table,
                industry=industry,
            )
        if as_json:
            sys.stdout.write(_json(p.to_dict(), indent=2) + "\n")
            return
        print_paths(out, p, lg)


def _say_rejected_courses(catalogue: Any, lg: Lang) -> None:
    """Tell the user (stderr) which rows of their course catalogue were refused, the first 20 by number."""
    if catalogue.rejected:
        rows = ", ".join(str(r) for r, _ in catalogue.rejected[:20])
        err.print(Text(_message("plan.catalogue_rejected", lg, n=len(catalogue.rejected), rows=rows)))


@app.command("plan")
def plan_cmd(
    origin: Annotated[str, typer.Argument(help="The job now: code, title, or your own words.")],
    target: Annotated[
        str, typer.Argument(help="Where to go: a code, a title, or an AI-era role id (jalur roles).")
    ],
    courses: Annotated[
        Path | None,
        typer.Option(
            "--courses", help="A course catalogue (docs/courses.md); default: the Coursera sample if present."
        ),
    ] = None,
    skills: SkillsOpt = None,
    experience: ExperienceOpt = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
    data_dir: DataOpt = None,
) -> None:
    """A learning plan for one move: skills to learn, courses, hours and cost."""
    from jalur.app import lookups
    from jalur.faces.cli.render import print_plan

    with _errors(lang, as_json) as lg:
        catalogue = lookups.course_catalogue(courses, data_dir)
        _say_rejected_courses(catalogue, lg)
        with lookups.open_kb(kb) as base:
            result = lookups.plan(
                base, origin, target, catalogue=catalogue, skills=skills, experience=experience
            )
        if as_json:
            sys.stdout.write(_json(result.to_dict(), indent=2) + "\n")
            return
        print_plan(out, result, lg)


@app.command("roles")
def roles_cmd(
    role_id: Annotated[
        str | None,
        typer.Argument(help="Show this role in full (e.g. prompt_designer); all roles without it."),
    ] = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
) -> None:
    """AI-era roles: job desks, growing professions and AI-augmented roles, with exposure computed from
    their tasks."""
    from jalur.app import lookups
    from jalur.faces.cli.render import print_role, print_roles

    with _errors(lang, as_json) as lg:
        with lookups.open_kb(kb) as base:
            scored = lookups.roles(lookups.task_scorer(base), role_id)
        if as_json:
            doc = lookups.roles_document(scored) if role_id is None else lookups.role_document(*scored[0])
            sys.stdout.write(_json(doc, indent=2) + "\n")
            return
        if role_id is None:
            print_roles(out, scored, lg)
        else:
            print_role(out, *scored[0], lg)


#: a file of titles larger than this is refused (a title list, not a data dump)
MAX_MATCH_FILE_BYTES = 20_000_000


def _read_lines(path: Path) -> list[str]:
    """Non-empty lines of a UTF-8 (or UTF-8 with BOM) text file; anything else is a clear error."""
    return [line for line in _read_text_lines(path) if line]


def _read_text_lines(path: Path) -> list[str]:
    """Every line, stripped, of a UTF-8 (or UTF-8 with BOM) text file of at most 20 MB."""
    if not path.is_file():
        raise JalurError("error.file_missing", path=str(path))
    if path.stat().st_size > MAX_MATCH_FILE_BYTES:
        raise JalurError(
            "error.file_too_large", path=str(path), limit=f"{MAX_MATCH_FILE_BYTES // 1_000_000} MB"
        )
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JalurError("error.file_encoding", path=str(path), detail=f"byte {exc.start}") from None
    return [line.strip() for line in content.splitlines()]


@app.command("report")
def report_cmd(
    roster: Annotated[
        Path, typer.Argument(help="The roster: CSV or XLSX, one row per employee or per role.")
    ],
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the report files (created).")] = Path(
        "jalur-report"
    ),
    formats: Annotated[
        str, typer.Option("--format", help="Comma-separated: html,pdf,xlsx,json.")
    ] = "html,pdf,xlsx,json",
    scenario: Annotated[
        Path | None, typer.Option("--scenario", help="YAML file overriding scenario assumptions.")
    ] = None,
    overrides: Annotated[
        Path | None,
        typer.Option(
            "--overrides", help="Confirmed codes: the review_queue.csv with its code column filled."
        ),
    ] = None,
    columns: Annotated[
        Path | None,
        typer.Option("--columns", help="Column mapping (meaning: header), when headers are not recognised."),
    ] = None,
    courses: Annotated[
        Path | None, typer.Option("--courses", help="A course catalogue with prices (docs/courses.md).")
    ] = None,
    sheet: Annotated[
        str | None,
        typer.Option("--sheet", help="XLSX: the sheet to read (default: the first with a roster)."),
    ] = None,
    industry: Annotated[
        str | None,
        typer.Option(
            "--industry",
            help="The employer's industry, KBLI 2020 codes (e.g. 29 for motor vehicles, 64 for banks): "
            "moves within it come first.",
        ),
    ] = None,
    wages: Annotated[
        Path | None,
        typer.Option(
            "--wages",
            help="Wage table (CSV/XLSX): monthly pay by title, grade (golongan) or ISCO code, for rows "
            "without a salary and for the pay of moves.",
        ),
    ] = None,
    engine: EngineOpt = "local",
    master: MasterOpt = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
    kb: KbOpt = None,
) -> None:
    """An employer's workforce report: exposure per role and unit, reskilling plan and cost, scenarios."""
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from jalur.app import lookups, reports

    with _errors(lang, as_json) as lg:
        wanted = [f.strip().casefold() for f in formats.split(",") if f.strip()]
        unknown = [f for f in wanted if f not in reports.FORMATS]
        if unknown or not wanted:
            raise JalurError("error.report_format", given=formats, known=",".join(reports.FORMATS))
        inputs = reports.read_inputs(columns, overrides, scenario, industry, wages)
        table = reports.read_roster(roster, inputs.columns, sheet=sheet)
        catalogue = lookups.course_catalogue(courses) if courses is not None else None
        if catalogue is not None:
            _say_rejected_courses(catalogue, lg)
        bar = Progress(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
            TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal,
        )  # fmt: skip
        tasks: dict[str, Any] = {}

        def step(name: str, done: int, total: int) -> None:
            if name not in tasks:
                tasks[name] = bar.add_task(t(f"report.step.{name}", lg), total=max(total, 1))
            bar.update(tasks[name], completed=done, total=max(total, 1))

        placements = None
        if engine != "local":
            from jalur.app import scale

            placements = scale.place_roster(table, inputs, kb=kb, engine=engine, master=master, out=out_dir)
        with bar, lookups.open_kb(kb) as base:
            report = reports.build(
                base, table, lang=lg, inputs=inputs, catalogue=catalogue, progress=step, placements=placements
            )
            try:
                written = reports.write(
                    report, out_dir, wanted, lg, confirmed=inputs.confirmed, progress=step
                )
            except OSError as exc:
                raise JalurError("error.report_write", path=str(out_dir), reason=type(exc).__name__) from None
        if as_json:
            sys.stdout.write(
                json.dumps({"files": [str(p) for p in written], "totals": report["totals"]}) + "\n"
            )
            return
        from jalur.faces.cli.render import print_report_summary

        print_report_summary(out, report, written, lg)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="Port.")] = 8000,
    kb: KbOpt = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=0,
            max=64,
            help="Report-job worker processes to start (default 2, or JALUR_JOB_WORKERS; 0: none here).",
        ),
    ] = None,
    allow_new_database: Annotated[
        bool,
        typer.Option(
            "--allow-new-database",
            help="Start even though the files folder belongs to an earlier database (docs/security.md).",
        ),
    ] = False,
) -> None:
    """The web app and REST API (/api/v1): the worker journey, the AI-era roles and the employer reports."""
    from jalur.app.settings import Settings
    from jalur.faces.web.app import serve

    overrides: dict[str, object] = {}
    if kb is not None:
        overrides["kb"] = kb
    if workers is not None:
        overrides["job_workers"] = workers
    if allow_new_database:
        overrides["allow_new_database"] = True
    with _errors("id"):
        serve(host, port, Settings.from_env(**overrides))


@app.command("worker")
def worker_cmd() -> None:
    """One report-job worker process, with the settings of the environment (JALUR_DATABASE_URL,
    JALUR_WEB_FILES, ...): to run jobs on another host than the web server (docs/security.md)."""
    from jalur.app.worker import main as worker_main

    raise typer.Exit(worker_main())


def _mount_admin() -> None:
    """``jalur org ...``: organisations and their API keys for the employer endpoints (docs/storage.md)."""
    try:
        from jalur.faces.cli.org import app as admin_app
    except ImportError:  # pragma: no cover - the web extras are part of the base install
        return
    app.add_typer(admin_app, name="org", help="Organisations and API keys for the web app's employer pages.")


@app.command("demo")
def demo(
    codes: Annotated[list[str] | None, typer.Argument(help="Occupations to show.")] = None,
    lang: LangOpt = "id",
    data_dir: DataOpt = None,
    kb: KbOpt = None,
) -> None:
    """The main job for now: build the knowledge base if needed, then show a few occupation profiles."""
    from jalur.app.data import build_kb as build
    from jalur.faces.cli.render import print_profile
    from jalur.kb.read import KnowledgeBase
    from jalur.taxonomy.profile import profile
    from jalur.taxonomy.resolve import resolve

    with _errors(lang) as lg:
        path = config.kb_path(kb)
        with err.status("kb build"):
            build(path, config.data_dir(data_dir))
        with KnowledgeBase.open(path) as base:
            for code in codes or ["4211", "4132", "5230", "8321"]:
                print_profile(out, profile(base, resolve(base, code)), lg)


def main() -> None:
    # the organisation commands import the store (SQLAlchemy) and the job modules: about 0.2 s that every
    # other command would pay at start; they are mounted when asked for, or when help lists the commands
    args = sys.argv[1:]
    if not args or "org" in args or any(a in ("--help", "-h") for a in args):
        _mount_admin()
    logging.basicConfig(
        level=os.environ.get("JALUR_LOG", "WARNING"), format="%(levelname)s %(name)s: %(message)s"
    )
    app()


if __name__ == "__main__":
    main()
