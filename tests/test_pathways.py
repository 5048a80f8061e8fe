"""Occupation similarity and transitions: the arithmetic on hand-made examples, and spot checks on the
built knowledge base (issue 5: 4211, 4132, 4222, 5230 have safer moves with real skill overlap)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from jalur.kb.read import KnowledgeBase
from jalur.match.resolve import resolve_any
from jalur.pathways.similarity import combine, skill_coverage, tfidf_counts
from jalur.pathways.transitions import MIN_GAP, Exposure, is_safer, paths
from jalur.taxonomy.resolve import resolve


def test_combine_averages_only_the_views_a_pair_has() -> None:
    a = np.array([[1.0, 0.2], [0.2, 1.0]])
    b = np.array([[1.0, 0.8], [0.8, 1.0]])
    both = np.array([True, True])
    only_first = np.array([True, False])
    out = combine(
        {"tasks": a, "skills": b}, {"tasks": both, "skills": only_first}, {"tasks": 3.0, "skills": 1.0}
    )
    assert out[0, 1] == pytest.approx(0.2)  # skills missing for occupation 1: tasks alone
    out = combine({"tasks": a, "skills": b}, {"tasks": both, "skills": both}, {"tasks": 3.0, "skills": 1.0})
    assert out[0, 1] == pytest.approx((3 * 0.2 + 0.8) / 4)


def test_tfidf_rows_are_unit_length_and_rare_keys_weigh_more() -> None:
    m = tfidf_counts([{"a": 1, "b": 1}, {"a": 1}, {"a": 1, "c": 1}])
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0)
    assert m[0, 1] > m[0, 0]  # 'b' (one bag) outweighs 'a' (every bag)


def test_skill_coverage_is_asymmetric() -> None:
    imp = np.array([4.0, 4.0])
    senior, junior = np.array([5.0, 5.0]), np.array([2.0, 5.0])
    assert skill_coverage(senior, junior, imp) == pytest.approx(1.0)
    assert skill_coverage(junior, senior, imp) == pytest.approx((2 + 5) / 10)


def test_safer_means_a_drop_in_exposure_of_at_least_the_margin() -> None:
    before = Exposure(0.6, "g4", {"automate": 0.5, "augment": 0.5, "human": 0.0})
    assert is_safer(before, Exposure(0.5, "g3", {"automate": 0.5, "augment": 0.5, "human": 0.0}))
    assert is_safer(before, Exposure(0.55, "g3", {"automate": 0.5, "augment": 0.5, "human": 0.0}))
    # since issue 17 fewer automate tasks on a nearly equal mean is not "safer" (cashier → shop assistant,
    # 0.01 lower, was badged safer)
    assert not is_safer(before, Exposure(0.58, "g3", {"automate": 0.1, "augment": 0.6, "human": 0.3}))
    assert not is_safer(before, Exposure(0.62, "g4", {"automate": 0.1, "augment": 0.6, "human": 0.3}))
    assert not is_safer(before, Exposure(0.59, "g3", {"automate": 0.6, "augment": 0.2, "human": 0.2}))


def test_the_viability_threshold_is_calibrated_on_curated_moves(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        meta = {r[0]: r[1] for r in kb.rows("SELECT key, value FROM pathways_meta")}
        n = kb.one("SELECT COUNT(DISTINCT origin) FROM isco_neighbour")[0]
    assert 0.05 < meta["viable_threshold"] < 0.5
    assert meta["curated_pairs"] > 1000
    assert meta["share_of_all_pairs_passing"] < 0.2  # selective: most group pairs are not viable moves
    assert n >= 420


@pytest.mark.parametrize("code", ["4211", "4132", "4222", "5230"])
def test_exposed_clerical_and_service_jobs_have_safer_moves_with_real_skill_overlap(
    kb_path: Path, code: str
) -> None:
    with KnowledgeBase(kb_path) as kb:
        p = paths(kb, resolve(kb, code), top=10)
        # "safer" is a real drop in exposure (issue 17): asked for, such moves exist with real overlap
        only = paths(kb, resolve(kb, code), top=10, safer_only=True)
    assert len(p.transitions) == 10
    assert all(t.target != code for t in p.transitions)
    safer = [
        t
        for t in only.transitions
        if t.target_type == "occupation"
        and "viable" in t.kind
        and t.coverage >= 0.8
        and t.exposure_before.mean - t.exposure_after.mean >= 0.05
    ]
    assert safer, [(t.target, t.kind, t.coverage) for t in only.transitions]
    safer = [
        t
        for t in p.transitions
        if "viable" in t.kind
        and "safer" in t.kind
        and t.coverage >= 0.8
        and t.exposure_after.mean is not None
        and t.exposure_before.mean is not None
        and t.exposure_after.mean < t.exposure_before.mean
    ]
    if code != "4222":  # contact-centre clerks' ten nearest moves are all about as exposed as they are
        assert safer, [(t.target, t.kind, t.coverage) for t in p.transitions]
    for t in p.transitions:
        if t.target_type == "role":
            imps = [s["importance"] for s in t.skills_to_learn]
            assert imps == sorted(imps, reverse=True)
            continue
        assert all(s["gap"] >= MIN_GAP for s in t.skills_to_learn)
        gaps = [s["importance"] * s["gap"] for s in t.skills_to_learn]
        assert gaps == sorted(gaps, reverse=True)
        assert "pay_unknown" in t.flags  # no wage table given
        assert t.hours is None or t.hours >= 0


def test_bank_tellers_neighbours_are_cash_and_accounting_work(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        top = [
            r[0]
            for r in kb.rows("SELECT target FROM isco_neighbour WHERE origin = '4211' ORDER BY rank LIMIT 10")
        ]
    assert {"5230", "4311", "3313"} <= set(top)


def test_a_wage_table_marks_desirable_moves_and_falling_pay(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        first = paths(kb, resolve(kb, "4211"), top=3, role_slots=0)
        wages = {"4211": 5_000_000.0}
        wages.update({t.target: 6_000_000.0 for t in first.transitions[:2]})
        wages[first.transitions[2].target] = 3_000_000.0
        p = paths(kb, resolve(kb, "4211"), top=3, role_slots=0, wages=wages)
    kinds = {t.target: (t.kind, t.flags) for t in p.transitions}
    assert "desirable" in kinds[first.transitions[0].target][0]
    assert "pay_falls" in kinds[first.transitions[2].target][1]


@pytest.mark.parametrize(
    "code,role",
    [
        ("4211", None),
        ("4132", "data_annotator"),
        ("4222", "ai_customer_experience_specialist"),
        ("5230", None),
        ("7543", "ai_quality_inspection_supervisor"),
    ],
)
def test_the_default_list_includes_a_viable_ai_era_role(kb_path: Path, code: str, role: str | None) -> None:
    with KnowledgeBase(kb_path) as kb:
        p = paths(kb, resolve(kb, code), top=10)
        only = paths(kb, resolve(kb, code), top=5, to_roles=True)
    roles = [t for t in p.transitions if t.target_type == "role"]
    assert roles and all("growing" in t.kind and "viable" in t.kind for t in roles)
    assert all(t.target_type == "role" for t in only.transitions) and len(only.transitions) == 5
    if role:
        assert role in {t.target for t in roles}
    for t in roles:
        assert t.exposure_after.mean is not None  # computed by the task scorer at build time
        assert t.hours is not None and t.hours >= 0


def _cli(kb_path: Path, *args: str) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from jalur.faces.cli.main import app

    r = CliRunner().invoke(app, [*args, "--kb", str(kb_path)])
    return r.exit_code, r.stdout, r.stderr


def test_paths_json_has_the_documented_fields(kb_path: Path) -> None:
    import json

    code, out, _ = _cli(kb_path, "paths", "4211", "--json", "--skills", "matematika")
    assert code == 0
    d = json.loads(out)
    assert d["origin"]["isco"] == "4211" and len(d["transitions"]) == 10
    for t in d["transitions"]:
        for key in (
            "target",
            "target_title_id",
            "target_title_en",
            "kind",
            "similarity",
            "exposure_before",
            "exposure_after",
            "skills_to_learn",
            "hours",
            "flags",
            "target_type",
        ):
            assert key in t
        assert "personalised" in t["flags"]
        assert all(s["name"] != "Mathematics" for s in t["skills_to_learn"])


@pytest.mark.parametrize("lang,word", [("id", "lebih"), ("en", "safer")])
def test_paths_and_plan_speak_both_languages(kb_path: Path, lang: str, word: str) -> None:
    code, out, _ = _cli(kb_path, "paths", "4132", "--lang", lang)
    assert code == 0 and word in out
    code, out, _ = _cli(kb_path, "plan", "4132", "data_annotator", "--lang", lang)
    assert code == 0 and "SKKNI" in out


def test_plan_to_a_role_names_skkni_targets_and_to_an_occupation_uses_the_catalogue(
    kb_path: Path, tmp_path: Path
) -> None:
    import json

    catalogue = tmp_path / "c.csv"
    catalogue.write_text("title,skills,hours,price_idr\nAkuntansi,Accounting,20,250000\n", encoding="utf-8")
    code, out, _ = _cli(
        kb_path, "plan", "4211", "ai_relationship_manager_banking", "--json", "--courses", str(catalogue)
    )
    assert code == 0
    d = json.loads(out)
    assert d["target"]["role"] == "ai_relationship_manager_banking" and d["certifications"]
    code, out, _ = _cli(kb_path, "plan", "4211", "3313", "--json", "--courses", str(catalogue))
    d = json.loads(out)
    steps = {s["skill"]["name"]: s for s in d["steps"]}
    assert steps["Economics and Accounting"]["courses"][0]["title"] == "Akuntansi"
    assert d["catalogue"] == {"name": "c.csv", "courses": 1}


def test_paths_refuses_a_bad_wage_table_with_the_rows(kb_path: Path, tmp_path: Path) -> None:
    wages = tmp_path / "w.csv"
    wages.write_text("kode,upah\n4211,5000000\n3313,-1\n,7\n", encoding="utf-8")
    code, out, err = _cli(kb_path, "paths", "4211", "--wages", str(wages), "--lang", "en")
    assert code == 2 and "3, 4" in out + err


def test_onet_and_esco_occupations_have_their_own_nearest_occupations(kb_path: Path) -> None:
    from jalur.pathways.transitions import similar_occupations

    with KnowledgeBase(kb_path) as kb:
        curated = {
            r[0]
            for r in kb.rows(
                "SELECT related_code FROM onet_related WHERE onet_code = '43-3071.00' AND tier LIKE 'Primary%'"
            )
        }
        tellers = similar_occupations(kb, "43-3071.00")
        uri = kb.one("SELECT uri FROM esco_occupation WHERE label = 'bank teller'")[0]
        esco = similar_occupations(kb, uri)
        p = paths(kb, resolve(kb, uri), top=3)
    assert len(tellers) == 10 and len(curated & {t["code"] for t in tellers}) >= 5
    assert len(esco) == 10 and all(e["code"] != uri for e in esco)
    assert (
        sum(e["isco"].startswith(("3", "4")) for e in esco) >= 8
    )  # clerical and associate-professional work
    assert p.origin["similar_occupations"][0]["code"] == esco[0]["code"]


def test_moves_and_plans_name_the_skkni_standards_of_the_destination(kb_path: Path) -> None:
    import json

    from jalur.pathways.skkni import standards_for_isco

    with KnowledgeBase(kb_path) as kb:
        p = paths(kb, resolve(kb, "4211"), top=40, role_slots=0)
        expected = {t.target: [s.decree for s in standards_for_isco(kb, t.target)] for t in p.transitions}
    assert all(t.certifications == expected[t.target] for t in p.transitions)
    linked = [t for t in p.transitions if t.certifications]
    assert linked, "some neighbour of bank tellers has an SKKNI standard"
    target = linked[0]
    assert all(
        d["kind"] == "standard" and d["title"].startswith("SKKNI") for d in target.certification_details
    )
    code, out, _ = _cli(kb_path, "plan", "4211", target.target, "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["certifications"] == target.certifications
    assert plan["certification_details"][0]["score"] > 0.5
    code, out, _ = _cli(kb_path, "plan", "4132", "data_annotator", "--json")
    units = json.loads(out)["certification_details"]
    assert any(u["code"] == "K.62AIN00.010.2" and u["title"] for u in units)


def test_a_motorbike_driver_moving_to_bus_driving_is_offered_the_bus_licence_course(kb_path: Path) -> None:
    """Issue 17: the default catalogue is Jalur's Indonesian sample, whose courses name the jobs they serve."""
    from jalur.app import lookups

    with KnowledgeBase(kb_path) as kb:
        p = lookups.plan(kb, "8321", "8331", catalogue=lookups.course_catalogue())
    offered = {c["title"] for s in p.steps for c in s.courses}
    assert any("SIM B" in t for t in offered), offered
    assert "sample_catalogue" in p.flags


def test_a_nurse_sees_doctor_and_midwife_as_long_routes_never_as_short_moves(kb_path: Path) -> None:
    """Issue 17: a nurse could become a specialist in 171 h; now such moves are long routes with years."""
    with KnowledgeBase(kb_path) as kb:
        nurse = paths(kb, resolve(kb, "2221"), top=10)
        creator = paths(kb, resolve(kb, "2656"), top=10)
    short = {t.target for t in nurse.transitions}
    assert not short & {"2211", "2212", "2222", "2262", "3221"}
    routes = {t.target: t for t in nurse.long_routes}
    assert {"2222", "2212"} <= set(routes)
    assert all(t.hours is None and t.route and t.route["years"][0] >= 2 for t in routes.values())
    # only close moves become long routes: no legislator or air-traffic controller for a content creator
    assert not {t.target for t in creator.long_routes} & {"1111", "3154", "3355"}
    # a diploma nurse's or midwife's job is no long route for a nurse or midwife who already holds more
    # (it had asked a registered midwife with a degree for a D3 in midwifery); nor is it a move
    with KnowledgeBase(kb_path) as kb:
        midwife = paths(kb, resolve(kb, "2222"), top=10)
    assert "3221" not in routes and "lower_rung_of_own_profession_removed" in nurse.flags
    assert "3222" not in {t.target for t in [*midwife.transitions, *midwife.long_routes]}


def test_a_car_plant_painter_sees_metal_and_vehicle_work_before_wood_processing(kb_path: Path) -> None:
    """Issue 17: the industry counts — 'tukang cat mobil' (KBLI 29/45 read from "mobil") or a painter
    with ``industries=("29",)`` is offered metal coating and welding, not wood processing, first."""
    wood = {"8172", "7521", "7523"}
    with KnowledgeBase(kb_path) as kb:
        words = paths(kb, resolve_any(kb, "tukang cat mobil"), top=10)
        given = paths(kb, resolve(kb, "7132"), top=10, industries=("29",))
        plain = paths(kb, resolve(kb, "7132"), top=10)
    assert words.origin["industry"] == {"kbli": ["29", "45"], "source": "query"}
    assert given.origin["industry"] == {"kbli": ["29"], "source": "given"}
    assert "industry" not in plain.origin
    for p in (words, given):
        first = [t.target for t in p.transitions if t.target_type == "occupation"][:5]
        assert not wood & set(first), first
        # the painter's career step (manufacturing supervisor, data/career_ladders.csv), then metal coating
        assert first[:2] == ["3122", "8122"] and "7212" in first
        assert all("other_industry" in t.flags for t in p.transitions if t.target in wood)
    # without an industry the similarity order stands (ISCO 7132 also covers furniture varnishers)
    assert wood & {t.target for t in plain.transitions[:5]}


def test_ai_era_roles_are_offered_only_within_reach(kb_path: Path) -> None:
    """A primary teacher was offered "AI researcher" as viable with 200-410 hours, a midwife the same on
    the web page: the research degree is a gate with years, never hours. An ojol driver, far from every
    role's skills, is still shown the entry-level desks (data annotation) as open to beginners; a midwife
    is not (it would be a step down)."""
    with KnowledgeBase(kb_path) as kb:
        teacher = paths(kb, resolve(kb, "2341"), top=10, to_roles=True)
        driver = paths(kb, resolve(kb, "8321"), top=10, to_roles=True)
        midwife = paths(kb, resolve(kb, "2222"), top=10, to_roles=True)
        lecturer = paths(kb, resolve(kb, "2310"), top=40, to_roles=True)
    researcher = next(t for t in teacher.transitions if t.target == "ai_researcher")
    assert "viable" not in researcher.kind and "open_entry" not in researcher.kind
    assert researcher.hours is None and researcher.route and researcher.route["years"][0] >= 1
    assert "needs_degree" in researcher.flags and researcher.to_dict()["route"]["kind"] == "degree"
    assert any("viable" in t.kind for t in teacher.transitions)  # the AI coach stays a move
    open_entry = {t.target for t in driver.transitions if "open_entry" in t.kind}
    assert "data_annotator" in open_entry and not any("viable" in t.kind for t in driver.transitions)
    assert not any("open_entry" in t.kind for t in midwife.transitions)
    mine = next(t for t in lecturer.transitions if t.target == "ai_researcher")
    assert mine.route is None and mine.hours is not None  # a lecturer already meets the gate
    # an earlier job counts: a teacher who was a statistician for years already holds the degree
    with KnowledgeBase(kb_path) as kb:
        from jalur.pathways.transitions import group_facts, role_transitions

        past = role_transitions(kb, group_facts(kb, "2341"), 0.0, [("2120", 0.8)])
    assert next(t for t in past if t.target == "ai_researcher").route is None


def test_a_role_is_within_reach_only_on_a_skill_the_worker_holds(kb_path: Path) -> None:
    """A graphic designer was offered machine learning engineering as viable, 250-500 hours, holding none
    of its skills. A viable role now rests on at least one skill the origin holds; entry-level desks open to
    anyone are listed apart (``roles_within_reach``), for objects and their documents alike."""
    from jalur.pathways.transitions import ROLES_SHOWN, roles_within_reach

    with KnowledgeBase(kb_path) as kb:
        found = {
            code: paths(kb, resolve(kb, code), top=40, to_roles=True).transitions
            for code in ("2166", "8321", "4222", "2514")
        }
    for code, roles in found.items():
        for t in roles:
            if "viable" in t.kind:
                assert t.skills_kept, (code, t.target)
        close, entry = roles_within_reach(roles)
        assert [t.target for t in close] == [t.target for t in roles if "viable" in t.kind][:ROLES_SHOWN]
        assert all("open_entry" in t.kind and "viable" not in t.kind for t in entry)
        docs = [t.to_dict() for t in roles]
        assert [d["target"] for d in roles_within_reach(docs)[0]] == [t.target for t in close]
        assert [d["target"] for d in roles_within_reach(docs)[1]] == [t.target for t in entry]
    assert not roles_within_reach(found["8321"])[0]  # a driver's work is no base for any role
    assert "data_annotator" in {t.target for t in roles_within_reach(found["8321"])[1]}
    assert roles_within_reach(found["4222"])[0]  # a contact-centre agent has roles within reach


def test_a_specialist_role_grows_out_of_its_field_and_an_augmented_job_is_not_open_to_anyone(
    kb_path: Path,
) -> None:
    """A store manager was offered AI governance and AI compliance management as viable, a forklift operator
    an AI-assisted customer-service post as "open to anyone": a specialist role (entry job zone >= 4) is
    viable only within the field of the unit groups it is linked to (associate professionals with the
    professionals of their field), and an AI-augmented role is the old job with AI tools, never open entry."""
    from jalur.pathways.roles import load_roles
    from jalur.pathways.transitions import SPECIALIST_ZONE, in_field
    from jalur.taxonomy.codes import isco_field

    assert isco_field("3313") == isco_field("2411") == "24" and isco_field("3512") == "25"
    assert isco_field("1420") == "14" and isco_field("7212") == "72"
    roles = {r.id: r for r in load_roles()}
    assert roles["ai_governance_specialist"].job_zone >= SPECIALIST_ZONE
    assert not in_field(roles["ai_governance_specialist"], "1420")
    assert in_field(
        roles["ai_integration_accounting"], "3313"
    )  # accounting associates: the accountants' field
    assert in_field(roles["ai_output_reviewer"], "9211")  # an entry-level desk belongs to no field
    # an AI integration role grows out of the business process it automates (or ICT work), not out of the
    # management analysts it is linked to: HR staff are not offered AI integration for customer service
    assert in_field(roles["ai_integration_hr"], "2423") and in_field(roles["ai_integration_hr"], "2512")
    assert not in_field(roles["ai_integration_customer_service"], "2423")
    assert in_field(roles["ai_integration_customer_service"], "4222")
    # a car plant's buyers were offered AI governance and banking relationship management
    assert not in_field(roles["ai_governance_specialist"], "3323")
    assert not in_field(roles["ai_relationship_manager_banking"], "3323")
    assert in_field(roles["ai_integration_logistics"], "3323") and in_field(
        roles["ai_relationship_manager_banking"], "4211"
    )
    with KnowledgeBase(kb_path) as kb:
        for code in ("1420", "8344", "4222", "3313"):
            for t in paths(kb, resolve(kb, code), top=40, to_roles=True).transitions:
                role = roles[t.target]
                if "viable" in t.kind:
                    assert in_field(role, code), (code, t.target)
                if "open_entry" in t.kind:
                    assert role.kind != "ai_augmented", (code, t.target)
        # an earlier job's field counts, as an earlier job's degree does for an entry gate
        from jalur.pathways.transitions import group_facts, role_transitions

        alone = role_transitions(kb, group_facts(kb, "1420"), 0.0)
        was_accountant = role_transitions(kb, group_facts(kb, "1420"), 0.0, [("2411", 0.8)])
    assert "viable" not in next(t for t in alone if t.target == "ai_integration_accounting").kind
    assert not in_field(roles["ai_integration_accounting"], "1420") and in_field(
        roles["ai_integration_accounting"], "2411"
    )
    assert any(t.target == "ai_integration_accounting" and "viable" in t.kind for t in was_accountant)


def test_a_plan_behind_a_licence_gives_years_not_hours(kb_path: Path) -> None:
    """Issue 17: `jalur plan 2221 2211` told a nurse 90-170 hours to become a doctor. A plan into a group
    behind a licence the origin lacks now names it with years and gives no hours; an open move keeps them."""
    from jalur.pathways.plan import plan_to

    with KnowledgeBase(kb_path) as kb:
        doctor = plan_to(kb, resolve(kb, "2221"), "2211")
        researcher = plan_to(kb, resolve(kb, "2341"), "ai_researcher")
        bus = plan_to(kb, resolve(kb, "8321"), "8331")
    assert doctor.route and doctor.route["kind"] == "licence" and doctor.route["years"][0] >= 5
    assert doctor.hours is None and doctor.effort is None and "needs_licence" in doctor.flags
    assert doctor.to_dict()["route"] == doctor.route and doctor.to_dict()["hours"] is None
    assert researcher.route and researcher.hours is None and "needs_degree" in researcher.flags
    assert bus.route is None and bus.hours is not None and bus.effort is not None
