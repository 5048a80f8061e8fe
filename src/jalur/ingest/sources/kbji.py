"""KBJI 2014: Indonesia's occupation classification (Indonesian titles and definitions)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import read_delimited, require

SOURCE_ID = "kbji-2014-kbli-2020"


@dataclass(frozen=True)
class KbjiEntry:
    code: str  # '4', '42', '421', '4211' or a six-digit job title '4211.01'
    level: int  # 1..4 for groups, 6 for job titles
    title_id: str
    description_id: str

    @property
    def parent(self) -> str | None:
        if self.level == 6:
            return self.code[:4]
        return self.code[:-1] if self.level > 1 else None


def read_kbji(path: Path) -> list[KbjiEntry]:
    rows = read_delimited(path, ["digit", "kode", "judul", "deskripsi"], source=SOURCE_ID, min_rows=2700)
    out = []
    for r in rows:
        level = int(r["digit"])
        c = r["kode"].strip()
        expected = c.replace(".", "").isdigit() and (len(c) == level if level < 6 else len(c) == 7)
        require(expected, path, SOURCE_ID, f"code {c!r} does not fit level {level}")
        out.append(KbjiEntry(c, level, " ".join(r["judul"].split()), r["deskripsi"].strip()))
    _require_levels(out, {1: 10, 2: 43, 3: 130, 4: 446, 6: 2137}, path)
    return out


def drop_copied_definitions(entries: list[KbjiEntry]) -> tuple[list[KbjiEntry], list[str]]:
    """KBJI 2014 repeats a neighbour's definition for a few unit groups (4222 contact-centre clerks carries
    4221's travel-agent text, 3423 fitness instructors 3422's sports coaches, 8112 mineral processors 8111's
    miners). A unit-group definition that is word for word an earlier group's belongs to that group, not
    this one: it is dropped (the group then has no Indonesian definition from KBJI), and the codes are
    returned so the build can report them."""
    seen: set[str] = set()
    dropped: list[str] = []
    out: list[KbjiEntry] = []
    for e in entries:
        key = " ".join(e.description_id.split()).lower()
        if e.level == 4 and key:
            if key in seen:
                dropped.append(e.code)
                e = KbjiEntry(e.code, e.level, e.title_id, "")
            seen.add(key)
        out.append(e)
    return out, dropped


def _require_levels(entries: list[KbjiEntry] | list[KbliEntry], expected: dict[int, int], path: Path) -> None:
    counts = {n: sum(1 for e in entries if e.level == n) for n in expected}
    require(counts == expected, path, SOURCE_ID, f"entries per level {counts}, expected {expected}")


@dataclass(frozen=True)
class KbliEntry:
    code: str  # 'A' (category), '01', '011', '0111', '01111'
    level: int  # 1 category (letter), 2..5 digits
    category: str
    title_id: str
    description_id: str

    @property
    def parent(self) -> str | None:
        if self.level == 1:
            return None
        return self.category if self.level == 2 else self.code[:-1]


def read_kbli(path: Path) -> list[KbliEntry]:
    """KBLI 2020, Indonesia's industry classification: 21 categories and 88/245/567/1,791 codes below."""
    rows = read_delimited(
        path, ["kategori", "digit", "kode", "judul", "deskripsi"], source=SOURCE_ID, min_rows=2700
    )
    out = []
    for r in rows:
        level = int(r["digit"])
        c = r["kode"].strip()
        ok = (c.isalpha() and len(c) == 1) if level == 1 else (c.isdigit() and len(c) == level)
        require(ok, path, SOURCE_ID, f"KBLI code {c!r} does not fit level {level}")
        out.append(
            KbliEntry(c, level, r["kategori"].strip(), " ".join(r["judul"].split()), r["deskripsi"].strip())
        )
    _require_levels(out, {1: 21, 2: 88, 3: 245, 4: 567, 5: 1791}, path)
    return out
