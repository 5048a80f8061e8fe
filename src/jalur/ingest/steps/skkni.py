"""Build step 'skkni': Indonesia's national competency standards (SKKNI), their units, and the ISCO-08
unit groups each standard certifies for.

Standards and units come from the scraped Kemnaker catalogue and the five transcribed ICT/AI decrees
(``jalur.ingest.sources.skkni``), merged by decree (``264/2023``) and unit code. A standard is linked to ISCO
unit groups by Jalur's own title matcher run on the part of its title that names the work
(``match_title``): the link is kept only when the matcher answers with at least ``MIN_CONFIDENCE`` (the
ranker's fitted 0.90-precision threshold: a certification link is shown without candidates beside it,
so it needs more certainty than the 0.72 at which the matcher answers a person), with the matcher's
confidence as ``score``. Standards named after an industry or a topic rather than an
occupation ("Industri Molds and Dies", "Kriptografi") usually stay unlinked — by design.

Linking by unit titles (each matched alone, the standard going to the group most confident matches
agree on) was measured and left out (benchmarks/skkni.py): on the 15 standards whose units are known it
links 9, 2 of them correctly (the title links 3, all correct); all units as one description did no
better.

Runs after 'match' (it needs the matcher's documents). One matcher, in this process: deterministic.
"""

from __future__ import annotations

from jalur.ingest.build import BuildContext
from jalur.ingest.sources import skkni as src
from jalur.kb.read import KnowledgeBase

SOURCES: tuple[str, ...] = (src.CATALOGUE, src.TIK)
#: least matcher confidence for a standard-to-group link (the ranker's fitted threshold, see the docstring)
MIN_CONFIDENCE = 0.818633

SCHEMA = """
CREATE TABLE skkni_standard (
    id TEXT PRIMARY KEY, decree TEXT NOT NULL, number INTEGER NOT NULL, year INTEGER NOT NULL,
    title TEXT NOT NULL, sector TEXT, field TEXT, subfield TEXT, unit_count INTEGER NOT NULL,
    source TEXT NOT NULL
);
CREATE TABLE skkni_unit (
    code TEXT PRIMARY KEY, title TEXT NOT NULL, standard TEXT NOT NULL REFERENCES skkni_standard(id),
    source TEXT NOT NULL, published_code TEXT
);
CREATE INDEX skkni_unit_by_standard ON skkni_unit(standard);
CREATE TABLE skkni_occupation (
    standard TEXT NOT NULL REFERENCES skkni_standard(id), isco TEXT NOT NULL, score REAL NOT NULL,
    method TEXT NOT NULL, query TEXT NOT NULL, PRIMARY KEY (standard, isco)
);
CREATE INDEX skkni_occupation_by_isco ON skkni_occupation(isco);
"""

#: how a standard was linked to a unit group (the only method kept; see the module docstring)
METHOD_TITLE = "title"


def decree(number: int, year: int) -> str:
    """The decree as the role catalogue cites it: ``Kepmenaker 264/2023``."""
    return f"Kepmenaker {number}/{year}"


def load(ctx: BuildContext) -> None:
    cat = ctx.files(src.CATALOGUE)
    tik = ctx.files(src.TIK)
    c_std, c_units = src.read_catalogue(cat.path(src.CATALOGUE_FILE))
    t_std, t_units = src.read_tik(tik.path(src.TIK_MANIFEST), [tik.path(f) for f in src.TIK_FILES])
    standards, units = src.merge(c_std + t_std, c_units + t_units)

    per_standard: dict[str, int] = {}
    for u in units.values():
        per_standard[u.standard] = per_standard.get(u.standard, 0) + 1
    ctx.insert(
        "skkni_standard",
        ["id", "decree", "number", "year", "title", "sector", "field", "subfield", "unit_count", "source"],
        [
            (
                sid,
                decree(s.number, s.year),
                s.number,
                s.year,
                s.title,
                s.sector or None,
                s.field or None,
                s.subfield or None,
                per_standard.get(sid, 0),
                ";".join(srcs),
            )
            for sid, (s, srcs) in standards.items()
        ],
    )
    ctx.insert(
        "skkni_unit",
        ["code", "title", "standard", "source", "published_code"],
        [
            (u.code, u.title, u.standard, u.source, u.published_code if u.published_code != u.code else None)
            for u in units.values()
        ],
    )

    from jalur.match.matcher import Matcher

    matcher = Matcher(KnowledgeBase.from_connection(ctx.conn))
    ids = sorted(standards)
    queries = [src.match_title(standards[sid][0].title) for sid in ids]
    results = matcher.match_many(queries, lang="id", workers=1)
    rows = []
    for sid, query, result in zip(ids, queries, results, strict=True):
        if result.abstained or not result.candidates or result.candidates[0].confidence < MIN_CONFIDENCE:
            continue
        best = result.candidates[0]
        rows.append((sid, best.isco, round(best.confidence, 4), METHOD_TITLE, query))
    ctx.insert("skkni_occupation", ["standard", "isco", "score", "method", "query"], rows)

    catalogue_ids = {s.id for s in c_std}
    mapped = {r[0] for r in rows}
    ctx.stats["skkni"] = {
        "standards": len(standards),
        "catalogue_standards": len(catalogue_ids),
        "units": len(units),
        "standards_with_units": len(per_standard),
        "mapped_standards": len(mapped),
        "mapped_catalogue_standards": len(mapped & catalogue_ids),
        "isco_groups_reached": len({r[1] for r in rows}),
        "normalised_unit_codes": sum(1 for u in units.values() if u.published_code != u.code),
    }
