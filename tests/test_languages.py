"""Every page and report says its words in the language asked for (issue 18). The web pages of both
journeys, a finished job's page, the report (HTML, the PDF's HTML, the XLSX cells) and the CLI's profiles,
paths and plans are rendered in Indonesian and in English from the real knowledge base and the bank sample;
a text segment with a word of the other language fails the test unless it is a name or value the roster
brought, a code, a quoted source title, or an element marked with its own ``lang`` (a name given in the
other language on purpose). See tests/language_check.py for the rule."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from jalur import config
from tests.language_check import foreign_segments, visible_text

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "bank-nusantara.csv"
LANGS = ("id", "en")
PAGES = (
    "/",
    "/check?q=teller",
    "/check?q=menjual sayur di pasar",
    "/check?q=ojol",
    "/occupation/4211",
    "/occupation/4211/paths",
    "/occupation/8321/paths?q=ojol",
    "/occupation/8321/plan/8331",
    "/roles",
    "/roles/ai_auditor",
    "/roles/data_annotator",
    "/employer",
    "/no-such-page",
)
#: names every page may carry as they are (the product, the sample organisation, licence names)
NAMES = ("Jalur", "Bank Nusantara", "CC BY 4.0", "O*NET", "OpenAPI")


_CODE = re.compile(r"^[a-z][a-z0-9_]*$")


def _csrf(page: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert m
    return m.group(1)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The application with the bank sample's report finished: the signed-in client, the job's URL, the
    report JSON and the strings the roster brought (allowed in either language)."""
    if not config.kb_path().is_file():
        pytest.skip(f"knowledge base not built at {config.kb_path()}")
    from jalur.app.settings import Settings
    from jalur.faces.web.app import create_app

    d = tmp_path_factory.mktemp("languages")
    app = create_app(
        Settings.from_env(
            database_url=f"sqlite:///{d / 'jalur-web.sqlite'}", files_dir=d / "files", secret_key="l" * 64
        )
    )
    with TestClient(app):
        client = TestClient(app, follow_redirects=False)
        org, _kid, raw = app.state.store.create_org("Bank Nusantara")
        page = client.get("/employer").text
        client.post("/employer/sign-in", data={"api_key": raw, "csrf_token": _csrf(page)})
        page = client.get("/employer").text
        r = client.post(
            "/employer/upload",
            data={"csrf_token": _csrf(page), "lang": "id"},
            files={"file": (SAMPLE.name, SAMPLE.read_bytes(), "text/csv")},
        )
        job_url = r.headers["location"]
        job_id = job_url.rsplit("/", 1)[-1]
        assert app.state.jobs.wait(job_id, 300)
        report = app.state.jobs.report(org, job_id)
        assert report is not None
        yield {"client": client, "job_url": job_url, "report": report, "allowed": _roster_strings(report)}


def _roster_strings(report: dict[str, Any]) -> set[str]:
    """What the roster itself brought: titles, units, locations, its file name and column headers."""
    out: set[str] = set(NAMES)
    for role in report["roles"]:
        out.add(role["title"])
        out.update(role.get("units") or {})
    out.update(u["unit"] for u in report["units"])
    out.update(x["location"] for x in report.get("locations") or [])
    out.update(q["title"] for q in report["review_queue"])
    inp = report["input"]
    out.add(inp["file"])
    out.update(v for v in (inp.get("columns") or {}).values() if v)
    out.update(p["column"] for p in inp.get("personal_columns") or [])
    out.update(inp.get("ignored_columns") or [])
    out.update(s["id"] for s in report["sources"])
    return out


def _check(name: str, segments: list[str], lang: str, allowed: set[str]) -> list[str]:
    return [f"{name}: {s[:160]}" for s in foreign_segments(segments, lang, allowed)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_is_in_one_language(env: dict[str, Any], lang: str) -> None:
    client, allowed = env["client"], env["allowed"]
    bad: list[str] = []
    for url in (*PAGES, env["job_url"]):
        r = client.get(url + ("&" if "?" in url else "?") + f"lang={lang}")
        assert r.status_code in (200, 404), (url, r.status_code)
        segments = visible_text(r.text, lang)
        assert len(segments) > 10, url  # a page with words, not an empty shell
        bad += _check(url, segments, lang, allowed)
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_every_report_file_is_in_one_language(env: dict[str, Any], lang: str) -> None:
    from openpyxl import load_workbook

    from jalur.reports.html import build_page
    from jalur.reports.xlsx import render_xlsx

    report, allowed = env["report"], env["allowed"]
    bad: list[str] = []
    for name, for_print in (("report.html", False), ("report.pdf (its HTML)", True)):
        segments = visible_text(build_page(report, lang, for_print=for_print), lang)
        assert len(segments) > 100
        bad += _check(name, segments, lang, allowed)
    book = load_workbook(io.BytesIO(render_xlsx(report, lang)), read_only=True)
    cells = [ws.title for ws in book.worksheets]
    for ws in book.worksheets:
        # a cell that is a code by its shape (the Scenarios sheet's key column: ``retrained``) is a code
        cells += [
            v
            for row in ws.iter_rows(values_only=True)
            for v in row
            if isinstance(v, str) and not _CODE.match(v)
        ]
    assert len(cells) > 100
    bad += _check("report.xlsx", cells, lang, allowed)
    assert bad == [], "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_the_cli_names_its_flags_in_words(kb_path: Path, lang: str) -> None:
    """The CLI's profiles are bilingual on purpose (each task in Indonesian beside its English source), so
    they are not held to one language; but a flag is said in words, never as its code
    (``crosswalk_split``, ``shares_from_model``)."""
    from jalur.faces.cli.main import app
    from jalur.i18n import CATALOG

    # the codes with an underscore: a one-word code (``truncated``) is also a plain word of a sentence
    codes = {k.removeprefix("report.flag.") for k in CATALOG if k.startswith("report.flag.") and "_" in k}
    runner = CliRunner()
    for args in (
        ["occupation", "4211"],
        ["occupation", "8321"],
        ["exposure", "4211"],
        ["paths", "8321"],
        ["plan", "8321", "8331"],
        ["match", "menjual sayur di pasar"],
    ):
        result = runner.invoke(app, [*args, "--lang", lang, "--kb", str(kb_path)], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (args, result.output[-500:])
        words = set(re.findall(r"[a-z][a-z0-9_]+", result.output))
        assert not words & codes, (args, sorted(words & codes))
    assert len(codes) > 40  # the catalogue names the flags


def test_every_source_of_the_registry_is_said_in_both_languages() -> None:
    """A source added to ``ingest/sources/registry.toml`` needs its title, version and licence in the
    catalogue too, or the Indonesian report's Sources table falls back to English."""
    from jalur.ingest.sources.base import registry
    from jalur.kb.provenance import LICENCE_KIND
    from jalur.reports.labels import has_label, source_text

    for sid, src in registry().items():
        assert has_label(f"src.{sid}.title") and has_label(f"src.{sid}.version"), sid
        assert sid in LICENCE_KIND, sid
        entry = {"id": sid, "title": src.title, "version": src.version, "licence": src.licence}
        texts = {f: source_text(entry, f, "id") for f in ("title", "version", "licence")}
        assert all(texts.values()) and texts["title"] != src.title, sid
