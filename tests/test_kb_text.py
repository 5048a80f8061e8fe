"""What the user reads: each unit group its own description and tasks, no mis-decoded characters, and an
Indonesian text for the tasks KBJI described under another group (issue 16)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jalur.ingest.sources.kbji import KbjiEntry, drop_copied_definitions
from jalur.ingest.sources.tables import repaired
from jalur.kb.read import KnowledgeBase

#: characters that mark UTF-8 read as Mac Roman or cp1252 ("‚Äô", "â€™", "Ã©")
MOJIBAKE = re.compile("‚Ä|â€|Ã[\u0080-\u00bf]|Â[\u0080-\u00bf]")


def test_a_definition_copied_from_an_earlier_group_is_dropped() -> None:
    text = "Tenaga tata usaha perjalanan menyediakan informasi perjalanan."
    entries = [
        KbjiEntry("4221", 4, "Tenaga Tata Usaha Perjalanan", text),
        KbjiEntry("4221.01", 6, "Agen perjalanan", text),  # a job may repeat its group's words
        KbjiEntry("4222", 4, "Tenaga Tata Usaha Informasi Pusat Kontak", "  " + text.upper()),
        KbjiEntry("4223", 4, "Operator Telepon", "Operator telepon menyambungkan panggilan."),
    ]
    out, dropped = drop_copied_definitions(entries)
    assert dropped == ["4222"]
    assert [e.description_id for e in out] == [text, text, "", "Operator telepon menyambungkan panggilan."]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Monitoring children\u201a\u00c4\u00f4s progress", "Monitoring children's progress"),
        ("Promoting the establishment\u00e2\u20ac\u2122s goods", "Promoting the establishment's goods"),
        ("Menjual sayur di pasar", "Menjual sayur di pasar"),
        ("  Café  au lait ", "Café au lait"),
    ],
)
def test_mis_decoded_text_is_repaired_and_clean_text_kept(raw: str, clean: str) -> None:
    assert repaired(raw) == clean
    assert not MOJIBAKE.search(repaired(raw))


def test_no_two_unit_groups_share_a_description(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        for col in ("description_id", "description_en"):
            shared = kb.rows(
                f"SELECT {col}, group_concat(code) FROM isco_group WHERE level = 4 AND {col} IS NOT NULL "
                f"GROUP BY {col} HAVING count(*) > 1"
            )
            assert not list(shared), col


def test_no_mis_decoded_text_is_left(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        texts = [r[0] for r in kb.rows("SELECT text_en FROM task WHERE text_en IS NOT NULL")]
        texts += [r[0] for r in kb.rows("SELECT text_id FROM task WHERE text_id IS NOT NULL")]
        texts += [r[0] for r in kb.rows("SELECT title_en FROM ilo_occupation")]
        assert len(texts) > 6000
        bad = [t for t in texts if MOJIBAKE.search(t)]
        assert bad == []


def test_contact_centre_clerks_read_as_contact_centre_clerks(kb_path: Path) -> None:
    with KnowledgeBase(kb_path) as kb:
        (desc,) = next(iter(kb.rows("SELECT description_id FROM isco_group WHERE code = '4222'")))
        tasks = [r[0] for r in kb.rows("SELECT text_id FROM task WHERE isco = '4222' ORDER BY seq")]
    assert "pusat kontak" in desc.lower() and "perjalanan" not in desc.lower()
    assert tasks and all(tasks)
    assert not any("visa" in t.lower() or "wisata" in t.lower() for t in tasks)
    assert any("panggilan" in t.lower() for t in tasks)
