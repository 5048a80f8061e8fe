"""Readers for SKKNI, Indonesia's national competency standards (Standar Kompetensi Kerja Nasional Indonesia).

Two sources:

- ``skkni-catalog-scraped``: a SQLite cache of the Kemnaker SKKNI portal — 250 standards (title, decree
  number) and the competency units of 10 of them;
- ``skkni-tik-documents``: markdown transcriptions of five ICT/AI decrees, each unit with its
  ``**Kode Unit:**`` and ``**Judul Unit:**``, and a ``manifest.json`` listing the same units.

A standard is identified by its decree, ``<number>/<year>`` (``264/2023`` for "Nomor 264 Tahun 2023"):
decree numbers restart every year, and the two sources name decrees the same way. Unit codes are checked
against the published shape (sector letter, field code, unit number, version: ``K.62AIN00.015.1``); a
code missing the dot after its sector letter (``M74DKV13.015.3`` in one transcription, where the decree's
own unit table prints ``M.74DKV13.015.3``) is normalised and the published spelling kept.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jalur.ingest.sources.tables import require
from jalur.taxonomy.codes import normalise_unit_code

CATALOGUE = "skkni-catalog-scraped"
TIK = "skkni-tik-documents"
CATALOGUE_FILE = "skkni_cache.db"
TIK_MANIFEST = "manifest.json"
TIK_FILES: tuple[str, ...] = (
    "skkni-2016-321-jaringan-komputer.md",
    "skkni-2018-056-pengoperasian-komputer.md",
    "skkni-2020-299-data-science.md",
    "skkni-2023-126-desain-grafis-dkv.md",
    "skkni-2026-103-ai-kbs.md",
)

#: "Nomor 264 Tahun 2023" (catalogue) or "Kepmenaker Nomor 321 Tahun 2016" (transcriptions)
_DECREE = re.compile(r"Nomor\s+([0-9]{1,4})\s+Tahun\s+([0-9]{4})", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.DOTALL)
_UNIT_BLOCK = re.compile(r"^\*\*Kode Unit:\*\*\s*`([^`]+)`\s*\n\*\*Judul Unit:\*\*\s*(.+?)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Standard:
    """One SKKNI standard as a source lists it."""

    number: int
    year: int
    title: str
    sector: str  # KBLI section name, when the source gives it ('' otherwise)
    field: str  # bidang
    subfield: str  # subbidang
    source: str

    @property
    def id(self) -> str:
        return standard_id(self.number, self.year)


@dataclass(frozen=True)
class Unit:
    """One competency unit of a standard."""

    code: str  # normalised
    title: str
    standard: str  # standard id
    source: str
    published_code: str  # as the source spells it (differs from ``code`` only when normalised)


def standard_id(number: int, year: int) -> str:
    return f"{number}/{year}"


def parse_decree(text: str) -> tuple[int, int] | None:
    """(number, year) of "Nomor 264 Tahun 2023"; None when the text names no decree."""
    m = _DECREE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _clean(text: str) -> str:
    return " ".join(text.split())


def read_catalogue(path: Path) -> tuple[list[Standard], list[Unit]]:
    """``skkni_cache.db``: every standard (table ``documents``) and the units listed for some (``units``)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        docs = conn.execute(
            "SELECT uuid, judul_skkni, nomor_skkni, sektor, bidang, sub_bidang FROM documents ORDER BY uuid"
        ).fetchall()
        units = conn.execute(
            "SELECT doc_uuid, kode_unit, judul_unit FROM units ORDER BY doc_uuid, kode_unit"
        ).fetchall()
    except sqlite3.DatabaseError as exc:
        require(False, path, CATALOGUE, f"not the expected SQLite cache: {exc}")
        raise  # unreachable: require raised
    finally:
        conn.close()
    standards: list[Standard] = []
    id_of: dict[str, str] = {}
    for uuid, title, decree, sector, field, subfield in docs:
        parsed = parse_decree(str(decree))
        require(parsed is not None, path, CATALOGUE, f"no decree number in {decree!r}")
        assert parsed is not None
        std = Standard(
            parsed[0],
            parsed[1],
            _clean(str(title)),
            _clean(sector),
            _clean(field),
            _clean(subfield),
            CATALOGUE,
        )
        require(std.id not in id_of.values(), path, CATALOGUE, f"decree {std.id} listed twice")
        require(bool(std.title), path, CATALOGUE, f"standard {std.id} has no title")
        id_of[str(uuid)] = std.id
        standards.append(std)
    require(len(standards) >= 200, path, CATALOGUE, f"only {len(standards)} standards")
    out_units: list[Unit] = []
    seen: set[str] = set()
    for doc, raw_code, title in units:
        require(str(doc) in id_of, path, CATALOGUE, f"unit {raw_code!r} of an unknown document")
        c = normalise_unit_code(str(raw_code))
        require(c is not None, path, CATALOGUE, f"bad unit code {raw_code!r}")
        assert c is not None
        require(c not in seen, path, CATALOGUE, f"unit {c} listed twice")
        seen.add(c)
        out_units.append(Unit(c, _clean(str(title)), id_of[str(doc)], CATALOGUE, str(raw_code).strip()))
    return standards, out_units


def _front_matter(text: str, path: Path) -> dict[str, str]:
    m = _FRONT_MATTER.match(text)
    require(m is not None, path, TIK, "no front matter")
    assert m is not None
    out: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            out[key.strip()] = value.strip().strip('"')
    return out


def parse_tik_document(text: str, path: Path) -> tuple[Standard, list[Unit]]:
    """One transcribed decree: its standard (from the front matter) and its units (code and title)."""
    meta = _front_matter(text, path)
    try:
        number, year = int(meta["decree_number"]), int(meta["decree_year"])
    except (KeyError, ValueError):
        require(False, path, TIK, "front matter lacks decree_number / decree_year")
        raise  # unreachable
    field, subfield = _clean(meta.get("field", "")), _clean(meta.get("subfield", ""))
    require(bool(field), path, TIK, "front matter lacks field")
    title = f"{field} Subbidang {subfield}" if subfield else field
    std = Standard(number, year, title, "", field, subfield, TIK)
    units: list[Unit] = []
    seen: set[str] = set()
    for raw_code, raw_title in _UNIT_BLOCK.findall(text):
        c = normalise_unit_code(raw_code)
        require(c is not None, path, TIK, f"bad unit code {raw_code!r}")
        assert c is not None
        require(c not in seen, path, TIK, f"unit {c} listed twice")
        seen.add(c)
        units.append(Unit(c, _clean(raw_title), std.id, TIK, raw_code.strip()))
    require(bool(units), path, TIK, "no units found")
    return std, units


def read_tik_manifest(path: Path) -> dict[str, list[str]]:
    """``manifest.json``: file name -> the unit codes (normalised) it lists, for cross-checking."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        out: dict[str, list[str]] = {}
        for d in doc["documents"]:
            codes = [normalise_unit_code(str(u["code"])) for u in d["units"]]
            require(all(codes), path, TIK, f"bad unit code in {d['file']}")
            require(len(codes) == int(d["unit_count"]), path, TIK, f"unit_count of {d['file']} disagrees")
            out[str(d["file"])] = [c for c in codes if c]
    except (ValueError, KeyError, TypeError) as exc:
        require(False, path, TIK, f"unexpected manifest: {exc}")
        raise  # unreachable
    return out


def read_tik(manifest: Path, documents: list[Path]) -> tuple[list[Standard], list[Unit]]:
    """All transcribed decrees; each document's units must be exactly those its manifest entry lists."""
    listed = read_tik_manifest(manifest)
    standards: list[Standard] = []
    units: list[Unit] = []
    for p in documents:
        std, us = parse_tik_document(p.read_text(encoding="utf-8"), p)
        require(p.name in listed, manifest, TIK, f"{p.name} is not in the manifest")
        require([u.code for u in us] == listed[p.name], p, TIK, "units differ from the manifest")
        standards.append(std)
        units.extend(us)
    return standards, units


def merge(
    standards: list[Standard], units: list[Unit]
) -> tuple[dict[str, tuple[Standard, tuple[str, ...]]], dict[str, Unit]]:
    """Standards by id with the sources that list them (the first listing wins for title and taxonomy;
    pass the catalogue first), and units by code (first listing wins)."""
    by_id: dict[str, tuple[Standard, tuple[str, ...]]] = {}
    for s in standards:
        if s.id in by_id:
            first, srcs = by_id[s.id]
            merged = Standard(
                first.number,
                first.year,
                first.title,
                first.sector or s.sector,
                first.field or s.field,
                first.subfield or s.subfield,
                first.source,
            )
            by_id[s.id] = (merged, srcs if s.source in srcs else (*srcs, s.source))
        else:
            by_id[s.id] = (s, (s.source,))
    by_code: dict[str, Unit] = {}
    for u in units:
        by_code.setdefault(u.code, u)
    return by_id, by_code


def match_title(title: str) -> str:
    """The part of a standard's title that names the work, for the title matcher: without the "SKKNI"
    prefix, the amendment wording ("Perubahan SKKNI 2016-113 …", "Perubahan Atas Keputusan Menteri …
    Jabatan Kerja …") and the word "Keahlian" (expertise); of "<field> Subbidang <subfield>", the
    subfield."""
    t = _clean(title)
    if " Jabatan Kerja " in t:
        t = t.rsplit(" Jabatan Kerja ", 1)[1]
    t = re.sub(r"^Perubahan\s+(Atas\s+)?.*?Nomor\s+[0-9]+\s+Tahun\s+[0-9]{4}\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"^Perubahan\s+SKKNI\s+[0-9]{4}-[0-9]+\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"^SKKNI\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"^Keahlian\s+", "", t, flags=re.IGNORECASE)
    if " Subbidang " in t:
        t = t.rsplit(" Subbidang ", 1)[1]
    return t.strip()
