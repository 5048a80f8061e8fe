"""Unit tests of every engine on the toy knowledge base (tests/toykb: 25 unit groups, invented content):
matching, exposure, pathways, plans, roles, occupation profiles and the employer report, through the use
cases every face calls (``jalur.app.lookups``) and the command line's public JSON. No public data needed;
the expected answers follow from the fixture (e.g. the toy bank tellers have task scores 0.60, 0.66 and
0.48, so two of three tasks are "automate")."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jalur.app import lookups
from jalur.exposure.classes import task_class
from jalur.kb.read import KnowledgeBase
from tests.web_fixtures import cli_json, cli_report

TOY = Path(__file__).parent / "toykb"


@pytest.fixture(scope="module")
def kb(toy_kb_path: Path) -> Iterator[KnowledgeBase]:
    with KnowledgeBase(toy_kb_path) as k:
        yield k


@pytest.fixture(scope="module")
def scorer(kb: KnowledgeBase) -> Any:
    return lookups.task_scorer(kb)


def run(toy_kb_path: Path, *args: str) -> Any:
    return cli_json(toy_kb_path, *args)


# ------------------------------------------------------------------------------------------ the build
def test_the_toy_kb_says_it_is_a_fixture(kb: KnowledgeBase) -> None:
    sources = kb.repo.sources()
    assert {s.id for s in sources} >= {"isco-08", "ilo-genai-exposure-2025", "onet-29.2-xlsx", "esco-1.2.0"}
    assert all(s.version.startswith("toy fixture") for s in sources)
    assert len(kb.repo.unit_groups()) == 25
    assert {g.code[0] for g in kb.repo.unit_groups()} == set("0123456789")  # every major group


def test_the_toy_kb_builds_in_seconds_and_the_same_each_time(tmp_path: Path, toy_kb_path: Path) -> None:
    import sqlite3
    import time

    from tests.toykb.build import build_toy

    t0 = time.perf_counter()
    again = build_toy(tmp_path / "again.sqlite")
    assert (
        time.perf_counter() - t0 < 60
    )  # seconds with a warm embedding cache; the first build embeds ~1,800 texts

    def dump(p: Path) -> list[tuple[str, int, str]]:
        c = sqlite3.connect(p)
        tables = [
            r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        out = []
        for t in tables:
            rows = c.execute(f"SELECT * FROM {t}").fetchall()
            out.append((t, len(rows), repr(sorted(map(repr, rows)))[:2000]))
        c.close()
        return out

    assert dump(again) == dump(toy_kb_path)


def test_every_table_the_engines_read_is_filled(toy_kb: Any) -> None:
    empty_by_design = {
        "skkni_standard",
        "skkni_unit",
        "skkni_occupation",
        "soc_occupation",
        "kbli",
        "occupation_related",
        "onet_emerging_task",
        "esco_skill_collection",
        "esco_skill_group",
        "esco_skill_broader",
        "onet_task_ai_use",  # observed AI use: read by benchmarks/task_mode.py only, no engine yet
    }
    tables = [r[0] for r in toy_kb.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    empty = {t for t in tables if toy_kb.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] == 0}
    assert empty <= empty_by_design, empty - empty_by_design


# ------------------------------------------------------------------------------------------- matching
@pytest.mark.parametrize(
    ("text", "isco"),
    [
        ("teller bank", "4211"),
        ("bank teller", "4211"),
        ("ojol", "8321"),
        ("kuli bangunan", "9313"),
        ("menjual sayur di pasar", "5211"),
        ("Software Developer", "2512"),
        ("sopir bus", "8331"),
    ],
)
def test_the_matcher_finds_the_toy_group(kb: KnowledgeBase, text: str, isco: str) -> None:
    [result] = lookups.match_texts(kb, [text])
    assert not result.abstained
    assert result.candidates[0].isco == isco


def test_the_matcher_abstains_on_nonsense(kb: KnowledgeBase) -> None:
    [result] = lookups.match_texts(kb, ["zzqx wibble"])
    assert result.abstained
    assert result.reason


def test_a_batch_answers_like_single_queries(kb: KnowledgeBase) -> None:
    texts = ["teller bank", "kasir", "satpam", "teller bank", "zzqx wibble", "petani sayur"]
    batch = lookups.match_texts(kb, texts)
    single = [lookups.match_texts(kb, [t])[0] for t in texts]
    assert [(r.abstained, [c.isco for c in r.candidates]) for r in batch] == [
        (r.abstained, [c.isco for c in r.candidates]) for r in single
    ]


def test_match_json_is_the_documented_shape(toy_kb_path: Path) -> None:
    out = run(toy_kb_path, "match", "driver ojol")
    assert set(out) >= {"query", "lang", "abstained", "candidates"}
    top = out["candidates"][0]
    assert top["isco"] == "8321" and 0 < top["confidence"] <= 1
    assert top["evidence"]


# ------------------------------------------------------------------------------------------- exposure
def test_exposure_classes_follow_the_task_scores_and_modes(kb: KnowledgeBase) -> None:
    p = lookups.exposure(kb, "4211").to_dict()
    assert p["isco"] == "4211" and p["mean"] == pytest.approx(0.58)
    # exposure from the ILO score, automate vs augment from the stored model mode (not the legacy cut-off:
    # the third task, 0.48, would be "augment" by exposure alone whatever its mode)
    assert [t["score"] for t in p["tasks"]] == [0.6, 0.66, 0.48]
    assert all(
        t["mode_source"] == "model" and t["mode_range"][0] <= t["mode"] <= t["mode_range"][1]
        for t in p["tasks"]
    )
    assert [t["class"] for t in p["tasks"]] == [task_class(t["score"], t["mode"]) for t in p["tasks"]]
    classes = [t["class"] for t in p["tasks"]]
    assert set(classes) <= {"automate", "augment"}  # every teller task is exposed (score >= 0.40)
    assert classes[2] == task_class(0.48, p["tasks"][2]["mode"])
    shares = {c: classes.count(c) / 3 for c in ("automate", "augment", "human")}
    assert p["shares"] == pytest.approx(shares, abs=1e-4)  # shares are rounded to four places
    assert p["mode"]["source"] == "model" and p["mode"]["n_tasks"] == 3
    assert p["mode"]["observed"]["value"] == 0.6 and p["mode"]["observed"]["observed_tasks"] == 3
    assert "few_observed_tasks" in p["mode"]["observed"]["flags"]
    assert {s["id"] for s in p["sources"]} >= {"ilo-genai-exposure-2025"}
    assert all(s["version"].startswith("toy fixture") for s in p["sources"])


def test_a_manual_job_stays_human(kb: KnowledgeBase) -> None:
    p = lookups.exposure(kb, "kuli bangunan").to_dict()
    assert p["isco"] == "9313"
    assert p["shares"]["human"] == 1.0


def test_new_task_lines_are_scored_with_evidence(scorer: Any) -> None:
    scored = lookups.score_tasks(
        ["Memasukkan data dari formulir ke komputer", "", "Patrol buildings"], scorer
    )
    assert [s["line"] for s in scored] == [1, 3]
    assert scored[0]["score"] > scored[1]["score"]  # data entry is more exposed than patrolling


# ------------------------------------------------------------------------------------------- pathways
def test_paths_from_a_driver_lead_to_other_driving_jobs(kb: KnowledgeBase) -> None:
    p = lookups.paths(kb, "8321", top=5).to_dict()
    targets = [t["target"] for t in p["transitions"]]
    assert targets and "8321" not in targets
    assert {"8322", "8331"} & set(targets[:3])
    sims = [t["similarity"] for t in p["transitions"]]
    assert all(0 < s <= 1 for s in sims)


def test_safer_paths_lower_exposure(kb: KnowledgeBase) -> None:
    p = lookups.paths(kb, "4132", top=10, safer=True).to_dict()
    assert p["transitions"]
    for t in p["transitions"]:
        assert t["exposure_after"]["mean"] < t["exposure_before"]["mean"]


def test_a_plan_uses_the_catalogue_and_adds_up(kb: KnowledgeBase) -> None:
    catalogue = lookups.course_catalogue(TOY / "courses.csv")
    assert len(catalogue.courses) == 5 and not catalogue.rejected
    p = lookups.plan(kb, "8321", "8331", catalogue=catalogue).to_dict()
    assert p["origin"]["isco"] == "8321" and p["target"]["isco"] == "8331"
    assert p["steps"]
    assert p["hours"] == pytest.approx(sum(s["hours"] for s in p["steps"]), abs=0.5)
    titles = {c["title"] for s in p["steps"] for c in s["courses"]}
    assert "Layanan Pelanggan untuk Pengemudi" in titles
    assert p["catalogue"]["name"] == "courses.csv"


def test_a_plan_without_a_catalogue_says_so(kb: KnowledgeBase) -> None:
    p = lookups.plan(kb, "8321", "8331", catalogue=lookups.Catalogue()).to_dict()
    assert all(not s["courses"] for s in p["steps"])
    assert "no_course_catalogue" in p["flags"]


# ------------------------------------------------------------------------------------------ roles
def test_roles_carry_exposure_computed_from_their_tasks(scorer: Any) -> None:
    scored = lookups.roles(scorer)
    assert len(scored) >= 20
    for _role, e in scored:
        assert sum(e.shares.values()) == pytest.approx(1.0, abs=1e-3)  # shares are rounded to 4 places
    doc = lookups.roles_document(scored)
    assert {r["id"] for r in doc["roles"]} >= {"data_annotator", "ai_output_reviewer"}


def test_paths_can_lead_to_ai_era_roles(kb: KnowledgeBase) -> None:
    p = lookups.paths(kb, "4132", top=5, to_roles=True).to_dict()
    assert any(t.get("target_type") == "role" for t in p["transitions"])


# ------------------------------------------------------------------------------------------ taxonomy
def test_an_occupation_profile_is_bilingual(toy_kb_path: Path) -> None:
    out = run(toy_kb_path, "occupation", "4211")
    text = json.dumps(out, ensure_ascii=False)
    assert "Teller Bank dan YBDI" in text and "Bank tellers and related clerks" in text


# ------------------------------------------------------------------------------------------ the report
def test_an_employer_report_from_a_small_roster(toy_kb_path: Path, tmp_path: Path) -> None:
    report = cli_report(toy_kb_path, TOY / "roster.csv", tmp_path)
    assert report["totals"]["headcount"] == 10
    assert report["totals"]["headcount_placed"] == 9 and report["totals"]["headcount_in_review"] == 1
    placed = {u["title"]: u["placement"]["isco"] for u in report["roles"] if u.get("placement")}
    assert placed["teller bank"] == placed["teller"] == "4211"
    assert placed["kasir"] == "5230" and placed["satpam"] == "5414" and placed["driver ojol"] == "8321"
    queue = " ".join(json.dumps(x, ensure_ascii=False) for x in report["review_queue"])
    assert "zzqx wibble" in queue  # an unknown title goes to the review queue, not to a guess
