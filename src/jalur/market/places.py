"""Where an ad is, from its location text: the place, its province (BPS code) and the country, from an
authored gazetteer (``data/market/gazetteer.csv``: the provinces, the larger cities and regencies, and
the foreign places Indonesian boards carry — Kalibrr's Philippine ads among them). Names are matched as
whole words, longest first ("Jakarta Selatan" before "Jakarta"; "Baliwag" is not "Bali"); "Kota",
"Kabupaten", "Regency", "City" are ignored. Pure but for reading the gazetteer once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NOISE = re.compile(
    r"\b(?:kota|kab(?:upaten)?\.?|regency|city|daerah\s+khusus\s+ibukota|prov(?:insi)?\.?|province)\b", re.I
)


@dataclass(frozen=True, slots=True)
class Place:
    place: str | None  # the most specific name found, as the gazetteer writes it
    province: str | None
    province_code: str | None
    country: str | None  # ISO 3166 alpha-2; None when nothing was recognised


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[list[tuple[re.Pattern[str], dict[str, str]]], dict[str, int]]:
    from jalur.authored import read_csv

    rows = read_csv("market/gazetteer.csv")
    rows.sort(key=lambda r: -len(r["name"]))
    rank = {"city": 0, "regency": 0, "island": 1, "province": 2, "country": 3}
    pats = [(re.compile(rf"(?<![A-Za-z]){re.escape(r['name'])}(?![A-Za-z])", re.I), r) for r in rows]
    return pats, rank


#: Indonesian administrative words: a location naming a regency the gazetteer lacks is still in Indonesia
_INDONESIAN_UNIT = re.compile(r"\b(?:kabupaten|regency|kecamatan|kelurahan|desa)\b|\bkab\.", re.I)


@lru_cache(maxsize=65_536)
def place_of(text: str) -> Place:
    """The place, province and country a location text names (see the module); the most specific
    recognised name wins, a foreign country anywhere in the text wins over an Indonesian look-alike; a
    name the gazetteer lacks with an Indonesian administrative word ("Sukoharjo Regency", "Kab. X") is
    in Indonesia, province unknown. Remembered per text: ads repeat their locations, and each new one is
    read against every name of the gazetteer (about 0.35 ms)."""
    t = _NOISE.sub(" ", text or "")
    if not t.strip():
        return Place(None, None, None, None)
    found_place = _place_of(t)
    if found_place.country is None and _INDONESIAN_UNIT.search(text or ""):
        return Place(None, None, None, "ID")
    return found_place


def _place_of(t: str) -> Place:
    pats, rank = _gazetteer()
    found: list[tuple[int, dict[str, str]]] = []
    taken: list[tuple[int, int]] = []
    for pattern, row in pats:
        for m in pattern.finditer(t):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue  # inside a longer name already found
            taken.append((m.start(), m.end()))
            found.append((m.start(), row))
    if not found:
        return Place(None, None, None, None)
    foreign = [(at, r) for at, r in found if r["country"] != "ID"]
    ranked = sorted(foreign or found, key=lambda x: (rank.get(x[1]["kind"], 9), x[0]))  # specific, then first
    pool = [r for _, r in ranked]
    best = pool[0]
    province = best["province"] or next((r["province"] for r in pool if r["province"]), "")
    code = best["province_code"] or next(
        (r["province_code"] for r in pool if r["province"] == province and r["province_code"]), ""
    )
    return Place(
        best["name"] if best["kind"] != "country" else None, province or None, code or None, best["country"]
    )


#: a title that says where the job is, whatever the board's location: "(Bangkok based, relocation
#: provided)", "Based in Singapore", "Kuala Lumpur-based"
_BASED = re.compile(
    r"\bbased\s+in\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})|([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)[-\s]based\b",
    re.I,
)


def based_abroad(title: str) -> Place | None:
    """The foreign place a title says the job is based in ("Data Engineer (Bangkok based, relocation
    provided)" → Bangkok, TH), None when it names none or an Indonesian one."""
    for m in _BASED.finditer(title or ""):
        where = place_of(m.group(1) or m.group(2) or "")
        if where.country not in (None, "ID"):
            return where
    return None
