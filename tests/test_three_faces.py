"""The same questions through the three faces — the command line (`--json`), the REST API and the web UI —
give the same numbers: they all call `jalur.app.lookups` (acceptance: the full knowledge base).

Before issue 14 they did not: the REST plan ignored the course catalogue that the CLI and the web plan
used (an ojol driver moving to bus driver: 414 h in `jalur plan`, 455.2 h from `GET /api/v1/plan`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import (
    REPORT_PARTS,
    SAMPLES,
    WebEnv,
    api_json,
    cli_json,
    cli_report,
    page_text,
    report_from_job,
    web_env,
)

pytestmark = pytest.mark.acceptance


@pytest.fixture(scope="module")
def env(kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("three-faces"), job_workers=1) as e:
        yield e


MATCHES = ["driver ojol", "teller bank", "admin olshop", "perawat puskesmas", "software engineer"]


@pytest.mark.parametrize("text", MATCHES)
def test_a_match_is_the_same_in_every_face(env: WebEnv, kb_path: Path, text: str) -> None:
    cli_out = cli_json(kb_path, "match", text)
    api_out = api_json(env, "/match", text=text)
    assert [(c["isco"], c["confidence"]) for c in cli_out["candidates"]] == [
        (c["isco"], c["confidence"]) for c in api_out["candidates"]
    ]
    assert cli_out["abstained"] == api_out["abstained"]
    page = page_text(env, "/check", q=text)
    for c in api_out["candidates"][:3]:
        assert c["isco"] in page


@pytest.mark.parametrize("code", ["4211", "8321", "2512", "9112"])
def test_an_exposure_profile_is_the_same_in_every_face(env: WebEnv, kb_path: Path, code: str) -> None:
    cli_out = cli_json(kb_path, "exposure", code)
    api_out = api_json(env, "/exposure", query=code)
    assert cli_out == api_out
    page = page_text(env, f"/occupation/{code}")
    shown = [t for t in api_out["tasks"] if t.get("text_en")][:3]
    for task in shown:
        assert task["text_en"][:40] in page


@pytest.mark.parametrize("code", ["4211", "8321", "5230"])
def test_paths_are_the_same_in_every_face(env: WebEnv, kb_path: Path, code: str) -> None:
    cli_out = cli_json(kb_path, "paths", code)
    api_out = api_json(env, "/paths", query=code)
    assert cli_out == api_out
    page = page_text(env, f"/occupation/{code}/paths")
    targets = [t["target"] for t in api_out["transitions"]]
    positions = [page.find(t) for t in targets if t in page]
    assert len(positions) >= len(targets) - 1 and positions == sorted(positions)  # same moves, same order


@pytest.mark.parametrize(
    ("origin", "target"), [("8321", "8322"), ("4211", "data_annotator"), ("5230", "4222")]
)
def test_a_plan_is_the_same_in_every_face(env: WebEnv, kb_path: Path, origin: str, target: str) -> None:
    cli_out = cli_json(kb_path, "plan", origin, target)
    api_out = api_json(env, "/plan", origin=origin, target=target)
    assert cli_out == api_out  # the REST plan uses the same course catalogue as the CLI (it did not)
    page = page_text(env, f"/occupation/{origin}/plan/{target}")
    shown = {float(x.replace(",", "")) for x in re.findall(r"\d[\d,]*(?:\.\d+)?", page)}
    # the one planning estimate (issue 17): its range is on the page; the total with courses when any
    e = api_out["effort"]
    assert e is None or not e["hours"] or {float(e["range"][0]), float(e["range"][1])} <= shown
    if any(s["courses"] for s in api_out["steps"]):
        assert round(api_out["hours"]) in {round(x) for x in shown}


def test_roles_are_the_same_in_every_face(env: WebEnv, kb_path: Path) -> None:
    cli_out = cli_json(kb_path, "roles")
    api_out = api_json(env, "/roles")
    assert cli_out == api_out
    one_cli = cli_json(kb_path, "roles", "data_annotator")
    one_api = api_json(env, "/roles/data_annotator")
    assert one_cli == one_api
    page = page_text(env, "/roles")
    for r in api_out["roles"]:
        assert r["name_en"] in page


def test_a_report_is_the_same_from_the_cli_and_from_a_job(env: WebEnv, kb_path: Path, tmp_path: Path) -> None:
    roster = SAMPLES / "toko-kecil.csv"
    from_cli = cli_report(kb_path, roster, tmp_path)
    from_job = report_from_job(env, roster, 300)
    for key in REPORT_PARTS:
        assert from_cli[key] == from_job[key], key
