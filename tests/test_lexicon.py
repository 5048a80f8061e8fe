"""The authored job-title lexicon (src/jalur/data/lexicon/*.csv) is consistent across its parts."""

from __future__ import annotations

from collections import defaultdict

from jalur.authored import lexicon_rows
from jalur.text.normalise import core_title


def _first_code(row: dict[str, str]) -> str:
    return row["isco"].split(";")[0].strip()


def test_no_two_rows_share_a_written_title() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for r in lexicon_rows():
        where[" ".join(r["title"].split()).casefold()].append(f"{r['part']}:{r['title']}")
    repeated = {t: places for t, places in where.items() if len(places) > 1}
    assert not repeated, f"titles written more than once: {repeated}"


def test_rows_sharing_a_core_title_agree_on_the_first_code() -> None:
    # the matcher searches a title's core words, and an exact curated name settles a match by its first
    # code: rows that reduce to the same core must not disagree on it
    by_core: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in lexicon_rows():
        by_core[core_title(r["title"])].append(r)
    conflicts = {
        core: [f"{r['part']}:{r['title']}={r['isco']}" for r in rows]
        for core, rows in by_core.items()
        if len({_first_code(r) for r in rows}) > 1
    }
    assert not conflicts, f"core titles whose rows disagree on the first code: {conflicts}"
