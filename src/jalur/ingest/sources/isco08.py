"""ISCO-08: the structure file (codes and English titles) and the unit-group definitions.

The definitions ship in ESCO's ``ISCOGroups_en.csv`` (ESCO republishes the ILO's ISCO-08 text).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import code, read_delimited, read_sheet, require, text

SOURCE_ID = "isco-08"
DEFINITIONS_SOURCE_ID = "esco-1.2.0"


@dataclass(frozen=True)
class IscoCode:
    code: str
    level: int  # 1 major, 2 sub-major, 3 minor, 4 unit group
    title_en: str

    @property
    def parent(self) -> str | None:
        return self.code[:-1] if self.level > 1 else None


def read_structure(path: Path) -> list[IscoCode]:
    """All 619 ISCO-08 codes. Codes of major group 0 keep their leading zero ('0110')."""
    rows = read_sheet(path, ["isco_code", "title"], source=SOURCE_ID, min_rows=600)
    out = []
    for r in rows:
        c = code(r["isco_code"])
        require(c.isdigit() and 1 <= len(c) <= 4, path, SOURCE_ID, f"bad ISCO code {c!r}")
        out.append(IscoCode(c, len(c), text(r["title"])))
    levels = [sum(1 for x in out if x.level == n) for n in (1, 2, 3, 4)]
    require(
        levels == [10, 43, 130, 436], path, SOURCE_ID, f"codes per level {levels}, expected 10/43/130/436"
    )
    return out


def read_definitions(path: Path) -> dict[str, tuple[str, str]]:
    """ISCO-08 code -> (English label, English definition text), all levels, as ESCO republishes them."""
    rows = read_delimited(
        path, ["code", "preferredLabel", "description"], source=DEFINITIONS_SOURCE_ID, min_rows=600
    )
    return {
        r["code"].strip(): (text(r["preferredLabel"]), r["description"]) for r in rows if r["code"].strip()
    }


def fix_duplicate_titles(
    codes: list[IscoCode], labels: dict[str, str]
) -> tuple[list[IscoCode], list[tuple[str, str, str]]]:
    """The ILO structure file repeats one title for two unit groups (3411 carries 3355's "Police inspectors
    and detectives"). Where a title occurs twice at one level, the code whose ESCO label disagrees takes the
    ESCO label. Returns the codes and the corrections made (code, old, new)."""
    seen: dict[tuple[int, str], list[str]] = {}
    for c in codes:
        seen.setdefault((c.level, c.title_en.casefold()), []).append(c.code)
    fixes: dict[str, str] = {}
    for dup in (v for v in seen.values() if len(v) > 1):
        for code_ in dup:
            label = labels.get(code_, "")
            if label and label.casefold() != next(c.title_en for c in codes if c.code == code_).casefold():
                fixes[code_] = label
    out = [IscoCode(c.code, c.level, fixes.get(c.code, c.title_en)) for c in codes]
    return out, [(c.code, c.title_en, fixes[c.code]) for c in codes if c.code in fixes]
