"""Unit tests of the definition parser and the task aligner, on text written for these tests."""

from __future__ import annotations

from jalur.taxonomy.align import align, learn_lexicon, similarity
from jalur.taxonomy.definitions import parse_definition

KBJI_LIKE = """Penjaga toko melayani pembeli di toko kecil.
Tugasnya meliputi:
a) menyambut pembeli dan menawarkan barang;
b) menghitung harga dan menerima
   pembayaran tunai;
c) menata rak barang.
Contoh pekerjaan yang diklasifikasikan di sini:
- Penjaga toko
- Pramuniaga
Beberapa pekerjaan terkait diklasifikasikan di tempat lain:
- Kasir - 5230"""

ISCO_LIKE = """Shop keepers serve buyers in small shops.
Tasks include -
(a)  greeting buyers and offering goods;
(b)  calculating prices and receiving cash payments;
(c)  arranging goods on shelves.
Examples of the occupations classified here:
- Shop keeper
Some related occupations classified elsewhere:
- Cashier - 5230
"""


def test_kbji_definition_splits_into_lead_tasks_examples_and_related() -> None:
    d = parse_definition(KBJI_LIKE)
    assert d.lead == "Penjaga toko melayani pembeli di toko kecil."
    assert d.tasks == [
        "menyambut pembeli dan menawarkan barang",
        "menghitung harga dan menerima pembayaran tunai",
        "menata rak barang",
    ]
    assert d.examples == ["Penjaga toko", "Pramuniaga"]
    assert d.related == [("Kasir", "5230")]


def test_isco_definition_with_parenthesised_items_parses_the_same_way() -> None:
    d = parse_definition(ISCO_LIKE)
    assert d.lead.startswith("Shop keepers serve")
    assert len(d.tasks) == 3 and d.tasks[1] == "calculating prices and receiving cash payments"
    assert d.examples == ["Shop keeper"]
    assert d.related == [("Cashier", "5230")]


def test_task_items_without_a_task_header_are_still_tasks() -> None:
    d = parse_definition(
        "Pekerja ini menyapu jalan. Tugasnya meliputi:\na) menyapu jalan;\nb) membuang sampah."
    )
    assert d.lead == "Pekerja ini menyapu jalan."
    assert d.tasks == ["menyapu jalan", "membuang sampah"]


def test_empty_or_plain_text_gives_no_tasks() -> None:
    assert parse_definition("").tasks == []
    assert parse_definition("Just a sentence.").lead == "Just a sentence."


PAIRS = [
    ("repair engines of cars", "memperbaiki mesin mobil"),
    ("repair brakes of cars", "memperbaiki rem mobil"),
    ("clean engines", "membersihkan mesin"),
    ("clean floors of offices", "membersihkan lantai kantor"),
    ("repair engines of trucks", "memperbaiki mesin truk"),
    ("clean cars", "membersihkan mobil"),
]


def test_lexicon_learns_word_translations_from_paired_tasks() -> None:
    lex = learn_lexicon(PAIRS, min_count=2, min_dice=0.3)
    assert lex[("repair", "memperbaiki")] == 1.0
    assert lex[("clean", "membersihkan")] == 1.0
    assert ("repair", "membersihkan") not in lex


def test_similarity_is_higher_for_translations_than_for_other_tasks() -> None:
    lex = learn_lexicon(PAIRS, min_count=2, min_dice=0.3)
    assert similarity("repair engines", "memperbaiki mesin", lex) > similarity(
        "repair engines", "membersihkan lantai", lex
    )


def test_equal_length_lists_are_paired_in_order() -> None:
    pairs = align(["a task", "b task"], ["tugas a", "tugas b"], {})
    assert [(p.en, p.id, p.method) for p in pairs] == [(0, 0, "order"), (1, 1, "order")]


def test_unequal_lists_pair_by_content_and_keep_every_item() -> None:
    lex = learn_lexicon(PAIRS, min_count=2, min_dice=0.3)
    en = ["repair engines of cars", "polish the chrome", "clean floors of offices"]
    id_ = ["memperbaiki mesin mobil", "membersihkan lantai kantor"]
    pairs = align(en, id_, lex)
    matched = {(p.en, p.id) for p in pairs if p.en is not None and p.id is not None}
    assert matched == {(0, 0), (2, 1)}
    assert sorted(p.en for p in pairs if p.en is not None) == [0, 1, 2]
    assert sorted(p.id for p in pairs if p.id is not None) == [0, 1]
    assert all(p.method == "lexical" for p in pairs if p.en is not None and p.id is not None)


def test_one_empty_side_leaves_all_items_unaligned() -> None:
    pairs = align(["x", "y"], [], {})
    assert [(p.en, p.id, p.method) for p in pairs] == [(0, None, "none"), (1, None, "none")]
