"""``jalur data status`` and ``jalur data download``: check and fetch the public raw data.

Mounted by :mod:`jalur.faces.cli.main` as ``app.add_typer(data_app, name="data")``. Exit codes: 0 when every
selected file is present with an acceptable checksum, 1 when something is missing, changed, refused or
failed, 2 on usage errors (unknown source, bad language, bad option). See ``docs/data.md``.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TaskID, TextColumn
from rich.table import Table

from jalur import config
from jalur.app.data import (
    DEFAULT_TIMEOUT,
    DownloadResult,
    FileState,
    Outcome,
    Source,
    SourceState,
    SourceStatus,
    data_status,
    download,
    registry,
)
from jalur.errors import JalurError, parse_lang
from jalur.i18n import DEFAULT_LANG, Lang, t

data_app = typer.Typer(
    help="Check and fetch the public raw data / Periksa dan unduh data mentah publik.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

DataDirOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", help="Raw data folder (default: $JALUR_DATA_DIR, else ../shared/data/raw)."),
]
LangOpt = Annotated[str, typer.Option("--lang", "-l", help="id (Bahasa Indonesia) or en.")]
JsonOpt = Annotated[bool, typer.Option("--json", help="Machine-readable output (docs/data.md).")]

#: Catalogue key of each file state (ok / missing / changed) and source state (present / partial / missing).
_STATE_KEYS = {
    "ok": "status.ok",
    "missing": "status.missing",
    "changed": "status.changed",
    "present": "status.present",
    "partial": "status.partial",
}
_STATE_STYLE = {"ok": "green", "present": "green", "partial": "yellow", "changed": "yellow", "missing": "red"}
_OUTCOME_STYLE = {
    Outcome.FETCHED: "green",
    Outcome.SKIPPED: "green",
    Outcome.ACCEPTED: "yellow",
    Outcome.CHANGED: "yellow",
    Outcome.REJECTED: "red",
    Outcome.MANUAL: "red",
    Outcome.FAILED: "red",
}


def available_sources() -> list[Source]:
    """Every registered source, in registry order (the seam tests replace with a fake registry)."""
    return list(registry().values())


def select_sources(ids: list[str] | None, known: list[Source]) -> list[Source]:
    """The sources named by ``ids`` (all when empty), in the order given, without repeats."""
    if not ids:
        return known
    by_id = {s.id: s for s in known}
    chosen: dict[str, Source] = {}
    for sid in ids:
        if sid not in by_id:
            raise JalurError("error.unknown_source", source=sid, known=", ".join(by_id))
        chosen.setdefault(sid, by_id[sid])
    return list(chosen.values())


@contextmanager
def _cli_errors(lang_arg: str) -> Iterator[Lang]:
    """Parse ``--lang`` and turn domain and file errors into a translated message and an exit code."""
    err = Console(stderr=True)
    try:
        lang = parse_lang(lang_arg)
    except JalurError as exc:
        err.print(f"[red]{escape(exc.message(DEFAULT_LANG))} / {escape(exc.message('en'))}[/red]")
        raise typer.Exit(exc.exit_code) from None
    try:
        yield lang
    except JalurError as exc:
        err.print(f"[red]{escape(exc.message(lang))}[/red]")
        for detail in exc.details:
            err.print(f"  - {escape(detail)}")
        raise typer.Exit(exc.exit_code) from None
    except OSError as exc:
        err.print(f"[red]{escape(t('data.error.io', lang, detail=str(exc)))}[/red]")
        raise typer.Exit(1) from None


def _label(state: FileState | SourceState, lang: Lang) -> str:
    text = t(_STATE_KEYS[state.value], lang)
    return f"[{_STATE_STYLE.get(state.value, 'white')}]{escape(text)}[/]"


def _emit_json(payload: dict[str, Any]) -> None:
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))


# --------------------------------------------------------------------------------------------------
# status


def status_payload(statuses: list[SourceStatus], data_dir: Path) -> dict[str, Any]:
    """The ``jalur data status --json`` document (stable; see docs/data.md)."""
    return {
        "data_dir": str(data_dir),
        "ok": all(s.ok for s in statuses),
        "sources": [s.as_dict() for s in statuses],
    }


def _print_status(statuses: list[SourceStatus], data_dir: Path, lang: Lang) -> None:
    out = Console()
    sources = Table(title=escape(t("data.status.title", lang, data_dir=str(data_dir))), show_lines=True)
    sources.add_column(t("data.col.source", lang), no_wrap=True)
    for key in ("data.col.state", "data.col.files"):
        sources.add_column(t(key, lang), no_wrap=True)
    heading = f"{t('data.col.version', lang)} / [dim]{t('data.col.licence', lang)}[/dim]"
    sources.add_column(heading, ratio=1, overflow="fold")
    files = Table(title=t("data.status.files_title", lang))
    files.add_column(t("data.col.source", lang), no_wrap=True)
    for key in ("data.col.file", "data.col.checksum"):
        files.add_column(t(key, lang), overflow="fold")
    for st in statuses:
        ok = sum(f.state is FileState.OK for f in st.files)
        sources.add_row(
            escape(st.source.id),
            _label(st.state, lang),
            escape(t("data.status.files_count", lang, ok=ok, total=len(st.files))),
            f"{escape(st.source.version)}\n[dim]{escape(st.source.licence)}[/dim]",
        )
        for i, f in enumerate(st.files):
            label = _label(f.state, lang)
            if st.is_accepted(f):
                label = t("data.status.accepted", lang, state=label)
            first = escape(st.source.id) if i == 0 else ""
            files.add_row(first, escape(f.file.path), label, end_section=i == len(st.files) - 1)
    out.print(sources)
    out.print(files)
    counts = Counter(f.state for st in statuses for f in st.files)
    if all(st.ok for st in statuses):
        all_ok = t("data.status.all_ok", lang, sources=len(statuses), files=counts[FileState.OK])
        out.print(escape(all_ok), soft_wrap=True)
    else:
        problems = t(
            "data.status.problems",
            lang,
            missing=counts[FileState.MISSING],
            changed=counts[FileState.CHANGED],
            data_dir=str(data_dir),
        )
        out.print(f"[yellow]{escape(problems)}[/yellow]", soft_wrap=True)


@data_app.command("status")
def status_command(data_dir: DataDirOpt = None, lang: LangOpt = "id", as_json: JsonOpt = False) -> None:
    """Show every registered source: present / partial / missing, version, licence, checksum per file.

    Exit 0 when every file is present with its reviewed checksum, 1 otherwise, 2 on usage errors.
    """
    with _cli_errors(lang) as lg:
        folder = config.data_dir(data_dir)
        statuses = data_status(available_sources(), folder)
        if as_json:
            _emit_json(status_payload(statuses, folder))
        else:
            _print_status(statuses, folder, lg)
        code = 0 if all(s.ok for s in statuses) else 1
    raise typer.Exit(code)


# --------------------------------------------------------------------------------------------------
# download


def download_payload(results: list[DownloadResult], data_dir: Path, lang: Lang) -> dict[str, Any]:
    """The ``jalur data download --json`` document (stable; see docs/data.md)."""
    return {
        "data_dir": str(data_dir),
        "ok": all(r.ok for r in results),
        "results": [r.as_dict(lang) for r in results],
    }


def _print_download(results: list[DownloadResult], lang: Lang) -> None:
    out = Console()
    table = Table()
    for key in ("data.col.source", "data.col.file", "data.col.outcome"):
        table.add_column(t(key, lang), overflow="fold")
    for r in results:
        outcome = f"[{_OUTCOME_STYLE[r.outcome]}]{escape(t(f'download.outcome.{r.outcome.value}', lang))}[/]"
        table.add_row(escape(r.source), escape(r.path), outcome)
    out.print(table)
    for r in results:
        if r.outcome not in (Outcome.FETCHED, Outcome.SKIPPED):
            where = f"{escape(r.source)}/{escape(r.path)}"
            out.print(f"- [bold]{where}[/bold]: {escape(r.text(lang))}", soft_wrap=True)
    n = Counter(r.outcome for r in results)
    out.print(
        escape(
            t(
                "data.download.summary",
                lang,
                fetched=n[Outcome.FETCHED],
                skipped=n[Outcome.SKIPPED],
                accepted=n[Outcome.ACCEPTED],
                problems=sum(not r.ok for r in results),
            )
        ),
        soft_wrap=True,
    )


@contextmanager
def _progress_bar(enabled: bool) -> Iterator[Callable[[str, str, int, int], None] | None]:
    """A transient byte-progress bar on stderr when it is a terminal; ``None`` otherwise."""
    err = Console(stderr=True)
    if not enabled or not err.is_terminal:
        yield None
        return
    tasks: dict[tuple[str, str], TaskID] = {}
    with Progress(
        TextColumn("{task.description}"), BarColumn(), DownloadColumn(), console=err, transient=True
    ) as bar:

        def update(source: str, path: str, received: int, total: int) -> None:
            key = (source, path)
            if key not in tasks:
                tasks[key] = bar.add_task(escape(f"{source}/{path}"), total=total)
            bar.update(tasks[key], completed=received)

        yield update


@data_app.command("download")
def download_command(
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", help="Source id to fetch (repeatable; default: all)."),
    ] = None,
    accept_changed: Annotated[
        bool,
        typer.Option(
            "--accept-changed",
            help="Keep files whose checksum differs from the reviewed one and record the acceptance.",
        ),
    ] = False,
    replace_changed: Annotated[
        bool,
        typer.Option("--replace-changed", help="Fetch the reviewed version over local files that differ."),
    ] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0.1, help="Seconds without data before a download is abandoned.")
    ] = DEFAULT_TIMEOUT,
    data_dir: DataDirOpt = None,
    lang: LangOpt = "id",
    as_json: JsonOpt = False,
) -> None:
    """Fetch every missing file from its registry URL, verifying size and SHA-256 before saving it.

    Exit 0 when every selected file ends up present with an acceptable checksum, else 1; 2 on usage errors.
    """
    with _cli_errors(lang) as lg:
        folder = config.data_dir(data_dir)
        chosen = select_sources(source, available_sources())
        with _progress_bar(not as_json) as progress:
            results = download(
                chosen,
                folder,
                accept_changed=accept_changed,
                replace_changed=replace_changed,
                timeout=timeout,
                progress=progress,
            )
        if as_json:
            _emit_json(download_payload(results, folder, lg))
        else:
            _print_download(results, lg)
        code = 0 if all(r.ok for r in results) else 1
    raise typer.Exit(code)
