"""The three faces agree on the toy knowledge base too (unit layer: no public data). The same checks as
tests/test_three_faces.py (acceptance, full knowledge base), with queries the toy groups answer: the
command line's ``--json``, the REST API and the web pages all call ``jalur.app.lookups``."""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jalur.faces.cli.main import app as cli
from tests.web_fixtures import API, WebEnv, web_env

TOY = Path(__file__).parent / "toykb"


@pytest.fixture(scope="module")
def env(toy_kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("toy-faces"), kb=toy_kb_path, job_workers=1) as e:
        yield e


def _cli(kb: Path, *args: str) -> Any:
    r = CliRunner().invoke(cli, [*args, "--json", "--kb", str(kb)])
    assert r.exit_code == 0, r.stderr[-500:] if r.stderr else r.stdout[-500:]
    return json.loads(r.stdout)


def _api(env: WebEnv, path: str, **params: str) -> Any:
    r = env.client.get(f"{API}{path}", params=params)
    assert r.status_code == 200, r.text[:300]
    return r.json()


def _page(env: WebEnv, url: str, **params: str) -> str:
    r = env.client.get(url, params={**params, "lang": "en"})
    assert r.status_code == 200, r.text[:300]
    return html.unescape(r.text)


@pytest.mark.parametrize("text", ["driver ojol", "teller bank", "menjual sayur di pasar", "zzqx wibble"])
def test_match(env: WebEnv, toy_kb_path: Path, text: str) -> None:
    c, a = _cli(toy_kb_path, "match", text), _api(env, "/match", text=text)
    assert [(x["isco"], x["confidence"]) for x in c["candidates"]] == [
        (x["isco"], x["confidence"]) for x in a["candidates"]
    ]
    assert c["abstained"] == a["abstained"]
    page = _page(env, "/check", q=text)
    for x in a["candidates"][:3]:
        assert x["isco"] in page


@pytest.mark.parametrize("code", ["4211", "8321", "9313"])
def test_exposure_and_paths(env: WebEnv, toy_kb_path: Path, code: str) -> None:
    assert _cli(toy_kb_path, "exposure", code) == _api(env, "/exposure", query=code)
    c = _cli(toy_kb_path, "paths", code)
    assert c == _api(env, "/paths", query=code)
    page = _page(env, f"/occupation/{code}/paths")
    targets = [t["target"] for t in c["transitions"]]
    positions = [page.find(t) for t in targets if t in page]
    assert len(positions) >= len(targets) - 1 and positions == sorted(positions)


@pytest.mark.parametrize(("origin", "target"), [("8321", "8331"), ("4132", "data_annotator")])
def test_plan(env: WebEnv, toy_kb_path: Path, origin: str, target: str) -> None:
    c = _cli(toy_kb_path, "plan", origin, target)
    assert c == _api(env, "/plan", origin=origin, target=target)
    assert c["steps"]


def test_roles(env: WebEnv, toy_kb_path: Path) -> None:
    assert _cli(toy_kb_path, "roles") == _api(env, "/roles")
    assert _cli(toy_kb_path, "roles", "data_annotator") == _api(env, "/roles/data_annotator")


def test_report(env: WebEnv, toy_kb_path: Path, tmp_path: Path) -> None:
    roster = TOY / "roster.csv"
    r = CliRunner().invoke(
        cli,
        [
            "report",
            str(roster),
            "--out",
            str(tmp_path),
            "--format",
            "json",
            "--lang",
            "en",
            "--kb",
            str(toy_kb_path),
        ],
    )
    assert r.exit_code == 0, r.stderr[-500:] if r.stderr else ""
    from_cli = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    up = env.client.post(
        f"{API}/reports",
        headers=env.auth("a"),
        files={"file": (roster.name, roster.read_bytes())},
        data={"lang": "en"},
    )
    assert up.status_code == 202, up.text
    job = up.json()["job_id"]
    assert env.app.state.jobs.wait(job, 120)
    got = env.client.get(f"{API}/reports/{job}/files/report.json", headers=env.auth("a"))
    assert got.status_code == 200
    from_job = json.loads(got.content)
    for key in ("totals", "roles", "units", "scenarios", "review_queue", "rows_rejected"):
        assert from_cli[key] == from_job[key], key
