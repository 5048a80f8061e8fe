"""The three faces agree on the toy knowledge base too (unit layer: no public data). The same checks as
tests/test_three_faces.py (acceptance, full knowledge base), with queries the toy groups answer: the
command line's ``--json``, the REST API and the web pages all call ``jalur.app.lookups``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.web_fixtures import (
    REPORT_PARTS,
    WebEnv,
    api_json,
    cli_json,
    cli_report,
    page_text,
    report_from_job,
    web_env,
)

TOY = Path(__file__).parent / "toykb"


@pytest.fixture(scope="module")
def env(toy_kb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebEnv]:
    with web_env(tmp_path_factory.mktemp("toy-faces"), kb=toy_kb_path, job_workers=1) as e:
        yield e


@pytest.mark.parametrize("text", ["driver ojol", "teller bank", "menjual sayur di pasar", "zzqx wibble"])
def test_match(env: WebEnv, toy_kb_path: Path, text: str) -> None:
    c, a = cli_json(toy_kb_path, "match", text), api_json(env, "/match", text=text)
    assert [(x["isco"], x["confidence"]) for x in c["candidates"]] == [
        (x["isco"], x["confidence"]) for x in a["candidates"]
    ]
    assert c["abstained"] == a["abstained"]
    page = page_text(env, "/check", q=text)
    for x in a["candidates"][:3]:
        assert x["isco"] in page


@pytest.mark.parametrize("code", ["4211", "8321", "9313"])
def test_exposure_and_paths(env: WebEnv, toy_kb_path: Path, code: str) -> None:
    assert cli_json(toy_kb_path, "exposure", code) == api_json(env, "/exposure", query=code)
    c = cli_json(toy_kb_path, "paths", code)
    assert c == api_json(env, "/paths", query=code)
    page = page_text(env, f"/occupation/{code}/paths")
    targets = [t["target"] for t in c["transitions"]]
    positions = [page.find(t) for t in targets if t in page]
    assert len(positions) >= len(targets) - 1 and positions == sorted(positions)


@pytest.mark.parametrize(("origin", "target"), [("8321", "8331"), ("4132", "data_annotator")])
def test_plan(env: WebEnv, toy_kb_path: Path, origin: str, target: str) -> None:
    c = cli_json(toy_kb_path, "plan", origin, target)
    assert c == api_json(env, "/plan", origin=origin, target=target)
    assert c["steps"]


def test_roles(env: WebEnv, toy_kb_path: Path) -> None:
    assert cli_json(toy_kb_path, "roles") == api_json(env, "/roles")
    assert cli_json(toy_kb_path, "roles", "data_annotator") == api_json(env, "/roles/data_annotator")


def test_report(env: WebEnv, toy_kb_path: Path, tmp_path: Path) -> None:
    roster = TOY / "roster.csv"
    from_cli = cli_report(toy_kb_path, roster, tmp_path)
    from_job = report_from_job(env, roster, 120)
    for key in REPORT_PARTS:
        assert from_cli[key] == from_job[key], key


def test_a_move_has_one_learning_estimate_in_every_face(
    env: WebEnv, toy_kb_path: Path, tmp_path: Path
) -> None:
    """Issue 17: ojol → bus driver was 455 h in one face, 413.7 in another, 414 and 455.2 in two more. The
    planning estimate is computed once (``Transition.effort``) and every face shows that figure."""
    paths_cli = cli_json(toy_kb_path, "paths", "8321")
    move = next(t for t in paths_cli["transitions"] if t["target"] == "8331")
    e = move["effort"]
    assert e["hours"] == move["hours"] and e["range"][0] <= e["hours"] <= e["range"][1]
    assert 1 <= e["months"][0] <= e["months"][1]
    assert len(move["skills_to_learn"]) <= 5
    # the REST API and the plan (CLI and API) carry the same estimate
    api_move = next(t for t in api_json(env, "/paths", query="8321")["transitions"] if t["target"] == "8331")
    assert api_move["effort"] == e
    plan = cli_json(toy_kb_path, "plan", "8321", "8331")
    assert plan["effort"] == e == api_json(env, "/plan", origin="8321", target="8331")["effort"]
    assert [s["skill"]["name"] for s in plan["steps"]] == [s["name"] for s in move["skills_to_learn"]]
    # the web page shows the range
    page = page_text(env, "/occupation/8321/paths")
    assert f"{e['range'][0]}–{e['range'][1]}" in page
    # and the employer report's move for the drivers carries the same hours
    report = cli_report(toy_kb_path, TOY / "roster.csv", tmp_path)
    moves = [
        m for r in report["roles"] for m in r["pathways"] if (r.get("placement") or {}).get("isco") == "8321"
    ]
    for m in moves:
        ref = next(t for t in paths_cli["transitions"] if t["target"] == m["target"])
        assert m["hours"] == ref["hours"] and m["effort"] == ref["effort"]
    assert moves
