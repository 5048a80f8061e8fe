"""Earlier jobs as input to paths and plans (issue 5: "a worker can add skills and experience they have"):
parsing on hand-made text, and what experience changes on the built knowledge base."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jalur.kb.read import KnowledgeBase
from jalur.pathways.experience import (
    MIN_CREDIT,
    credit,
    parse_experience,
    resolve_experience,
    with_experience,
)
from jalur.pathways.transitions import Exposure, GroupFacts, paths
from jalur.taxonomy.resolve import resolve


@pytest.mark.parametrize(
    "text,title,years",
    [
        ("3 tahun customer service", "customer service", 3.0),
        ("pernah bekerja sebagai kasir selama 2 tahun", "kasir", 2.0),
        ("setahun admin gudang", "admin gudang", 1.0),
        ("18 bulan teller", "teller", 1.5),
        ("worked as a bank teller for two years", "bank teller", 2.0),
        ("data entry 1,5 thn", "data entry", 1.5),
        ("operator produksi (6 bln)", "operator produksi", 0.5),
        ("staf gudang", "staf gudang", None),
        ("1 tahun 6 bulan SPG", "SPG", 1.5),
    ],
)
def test_a_job_and_its_duration_are_read_from_either_language(
    text: str, title: str, years: float | None
) -> None:
    (job,) = parse_experience(text)
    assert job.title == title
    assert job.years == (None if years is None else pytest.approx(years))
    assert job.text == text


def test_several_jobs_are_separated_and_blank_parts_dropped() -> None:
    jobs = parse_experience("3 tahun customer service;\n; 6 bulan admin gudang, kasir | 4222")
    assert [j.title for j in jobs] == ["customer service", "admin gudang", "kasir", "4222"]
    assert parse_experience("") == [] and parse_experience(None) == []


def test_credit_grows_with_years_within_bounds() -> None:
    assert credit(0.1) == MIN_CREDIT
    assert credit(1.0) == 0.5
    assert credit(2.0) == 1.0 and credit(10.0) == 1.0
    assert credit(None) == 0.5  # one year assumed


def _facts(isco: str, skills: dict[str, tuple[float, float]]) -> GroupFacts:
    return GroupFacts(
        isco,
        None,
        isco,
        Exposure(None, None, {"automate": 0.0, "augment": 0.0, "human": 1.0}),
        2.0,
        {
            e: {"element_id": e, "importance": i, "level": lv, "name": e, "name_id": e}
            for e, (i, lv) in skills.items()
        },
    )


def test_earlier_skills_count_at_their_credit_only_where_they_add() -> None:
    now = _facts("4211", {"a": (4.0, 4.0), "b": (2.0, 1.0)})
    before = _facts("4222", {"a": (4.0, 5.0), "b": (4.0, 4.0), "c": (3.0, 3.0)})
    merged = with_experience(now, [(before, 0.5)])
    assert merged.skills["a"]["level"] == 4.0 and "from_experience" not in merged.skills["a"]  # 2.5 < 4
    assert merged.skills["b"]["level"] == pytest.approx(2.0)
    assert merged.skills["b"]["from_experience"] == "4222"
    assert merged.skills["c"]["level"] == pytest.approx(1.5)
    assert now.skills["b"]["level"] == 1.0  # pure: the input is not changed


def test_experience_is_placed_or_refused_with_candidates(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        exp = resolve_experience(kb, "2 tahun 4222; setahun kasir; 3 tahun xqzvw blorpt")
    assert [(j.isco, j.credit) for j in exp.jobs] == [("4222", 1.0), ("5230", 0.5)]
    assert exp.jobs[1].confidence is not None and exp.jobs[1].confidence > 0.5
    (bad,) = exp.unmatched
    assert bad["text"] == "3 tahun xqzvw blorpt" and bad["reason"] == "not_matched"


def test_experience_closes_gaps_and_brings_its_own_moves(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        origin = resolve(kb, "4211")
        plain = paths(kb, origin, top=40, role_slots=0)
        exp = resolve_experience(kb, "3 tahun 4222")
        richer = paths(kb, origin, top=40, role_slots=0, experience=exp)
    before = {t.target: t for t in plain.transitions}
    after = {t.target: t for t in richer.transitions}
    shared = [c for c in before if c in after and before[c].hours is not None]
    # skills of the contact-centre job never add hours, and close some gaps somewhere
    assert all(after[c].hours <= before[c].hours for c in shared)  # type: ignore[operator]
    assert any(after[c].hours < before[c].hours for c in shared)  # type: ignore[operator]
    assert any(s.get("from_experience") == "4222" for t in after.values() for s in t.skills_kept)
    assert "4222" in after and "previous_occupation" in after["4222"].flags
    assert any("via_experience" in t.flags for t in richer.transitions)
    assert richer.to_dict()["origin"]["experience"]["jobs"][0]["isco"] == "4222"
    assert "experience" not in plain.to_dict()["origin"]  # unchanged without the option


def test_cli_reports_unplaced_experience_and_plans_with_it(kb_path: Path) -> None:
    from typer.testing import CliRunner

    from jalur.faces.cli.main import app

    runner = CliRunner()
    r = runner.invoke(
        app, ["paths", "4211", "--experience", "setahun kasir; zzkx qqwv", "--json", "--kb", str(kb_path)]
    )
    assert r.exit_code == 0, r.stderr
    d = json.loads(r.stdout)
    assert "experience_not_matched" in d["flags"]
    assert d["origin"]["experience"]["unmatched"][0]["text"] == "zzkx qqwv"
    r = runner.invoke(
        app, ["paths", "4211", "--experience", "setahun kasir; zzkx qqwv", "--kb", str(kb_path)]
    )
    assert r.exit_code == 0 and "zzkx qqwv" in r.stdout and "5230" in r.stdout
    hours = []
    for extra in ([], ["--experience", "3 tahun 4222"]):
        r = runner.invoke(
            app, ["plan", "4211", "ai_customer_experience_specialist", "--json", *extra, "--kb", str(kb_path)]
        )
        assert r.exit_code == 0, r.stderr
        hours.append(json.loads(r.stdout)["hours"])
    assert hours[1] <= hours[0]


@pytest.mark.parametrize(
    "text",
    ["x" * 5000, "\x00\x1b[31m;;;", "<script>alert(1)</script> 3 tahun", "9" * 400 + " tahun kasir", "; ; ,"],
)
def test_hostile_experience_text_is_refused_or_reported_not_raised(kb_path: Path, text: str) -> None:
    with KnowledgeBase(kb_path) as kb:
        exp = resolve_experience(kb, text)
        p = paths(kb, resolve(kb, "4211"), top=5, experience=exp)
    assert len(exp.jobs) + len(exp.unmatched) == len([j for j in parse_experience(text)][:])
    assert p.transitions
    assert all(0.0 < j.credit <= 1.0 for j in exp.jobs)
