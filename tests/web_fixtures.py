"""The web application for tests: the real knowledge base (``config.kb_path()``), a temporary SQLite store and
files folder, and two organisations with an API key each. Test modules open one with ``web_env`` in a
module-scoped fixture (the application warms the matcher and the task scorer at start-up: seconds)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from jalur import config
from jalur.app.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
BANK = SAMPLES / "bank-nusantara.csv"
API = "/api/v1"


@dataclass
class WebEnv:
    app: FastAPI
    client: TestClient
    settings: Settings
    org_a: str
    key_id_a: str
    key_a: str
    org_b: str
    key_id_b: str
    key_b: str

    def auth(self, which: str = "a") -> dict[str, str]:
        return {"X-API-Key": self.key_a if which == "a" else self.key_b}

    @property
    def files_dir(self) -> Path:
        return Path(self.settings.files_dir)


def settings_for(tmp: Path, **overrides: Any) -> Settings:
    kb = Path(overrides.pop("kb", None) or config.kb_path())
    if not kb.is_file():
        pytest.skip(f"knowledge base not built at {kb}")
    values: dict[str, Any] = {
        "database_url": f"sqlite:///{tmp / 'web.sqlite'}",
        "files_dir": tmp / "files",
        "kb": kb,
        "secret_key": "test-secret",
        "rate_per_minute": 0,
        "address_rate_per_minute": 0,
        "auth_failures_per_minute": 0,
        "job_workers": 1,
    }
    values.update(overrides)
    return Settings(**values)


@contextmanager
def web_env(tmp: Path, **overrides: Any) -> Iterator[WebEnv]:
    """A running application (lifespan entered) with organisations A and B."""
    from jalur.faces.web.app import create_app

    settings = settings_for(tmp, **overrides)
    app = create_app(settings)
    with TestClient(app) as client:
        store = app.state.store
        org_a, key_id_a, key_a = store.create_org("Bank Nusantara (test)")
        org_b, key_id_b, key_b = store.create_org("Pabrik Mobil (test)")
        yield WebEnv(app, client, settings, org_a, key_id_a, key_a, org_b, key_id_b, key_b)


def sample_personal_values(path: Path = BANK) -> dict[str, set[str]]:
    """The personal values of a sample roster (NIK, names, e-mails, phones) — what must never be kept."""
    wanted = {"NIK": "nik", "Nama": "name", "Email": "email", "No HP": "phone"}
    out: dict[str, set[str]] = {kind: set() for kind in wanted.values()}
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for row in csv.DictReader(fh):
            for header, kind in wanted.items():
                value = (row.get(header) or "").strip()
                if value:
                    out[kind].add(value)
    return out


def cli_json(kb: Path, *args: str) -> Any:
    """``jalur ARGS --json --kb KB``, parsed; the command must succeed."""
    import json

    from typer.testing import CliRunner

    from jalur.faces.cli.main import app as cli

    r = CliRunner().invoke(cli, [*args, "--json", "--kb", str(kb)])
    assert r.exit_code == 0, r.stderr[-500:] if r.stderr else r.stdout[-500:]
    return json.loads(r.stdout)


def cli_report(kb: Path, roster: Path, out: Path) -> dict[str, Any]:
    """``jalur report ROSTER --format json --lang en`` into ``out``; the report document."""
    import json

    from typer.testing import CliRunner

    from jalur.faces.cli.main import app as cli

    args = ["report", str(roster), "--out", str(out), "--format", "json", "--lang", "en", "--kb", str(kb)]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.stderr[-500:] if r.stderr else r.stdout[-500:]
    report: dict[str, Any] = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return report


def api_json(env: WebEnv, path: str, **params: str) -> Any:
    """``GET /api/v1{path}``, parsed; it must answer 200."""
    r = env.client.get(f"{API}{path}", params=params)
    assert r.status_code == 200, r.text[:300]
    return r.json()


def page_text(env: WebEnv, url: str, **params: str) -> str:
    """A web page in English, HTML entities decoded (the query goes in ``params``: httpx replaces a query
    string written in the URL when params are given)."""
    import html

    r = env.client.get(url, params={**params, "lang": "en"})
    assert r.status_code == 200, r.text[:300]
    return html.unescape(r.text)


def report_from_job(env: WebEnv, roster: Path, timeout: float = 300) -> dict[str, Any]:
    """Upload ``roster`` as organisation A (English), wait for the job, and return its ``report.json``."""
    import json

    up = env.client.post(
        f"{API}/reports",
        headers=env.auth("a"),
        files={"file": (roster.name, roster.read_bytes())},
        data={"lang": "en"},
    )
    assert up.status_code == 202, up.text
    job = up.json()["job_id"]
    assert env.app.state.jobs.wait(job, timeout)
    got = env.client.get(f"{API}/reports/{job}/files/report.json", headers=env.auth("a"))
    assert got.status_code == 200
    report: dict[str, Any] = json.loads(got.content)
    return report


#: the parts of a report the CLI and a web job must agree on
REPORT_PARTS = ("totals", "roles", "units", "scenarios", "review_queue", "rows_rejected")
