"""Course catalogues: reading them, and finding courses for the skills a move needs.

Import format (docs/courses.md): a CSV (UTF-8 with or without BOM, Windows-1252 or Latin-1; ``,`` ``;``
or tab) or XLSX file with a header row. Columns, any order, names in
English or Indonesian:

* ``title`` / ``judul`` (required) and ``skills`` / ``keterampilan`` (required: separated by ``;`` or
  ``|`` — use ``|`` in a ``;``-delimited file — or a JSON list) — the skills the course teaches, in plain
  words;
* ``provider`` / ``penyelenggara``, ``url``, ``level`` / ``tingkat``, ``language`` / ``bahasa``;
* ``hours`` / ``jam`` (learning hours) or ``duration`` / ``durasi`` (a text such as "1 - 4 Weeks",
  "3 - 6 Months", "Less Than 2 Hours", "2 minggu", "3 bulan": converted at ``HOURS_PER_WEEK`` hours a
  week at the middle of the range, flag ``hours_from_duration``);
* ``price_idr`` / ``harga`` (optional, rupiah; empty means unknown, ``0`` means free).

The Coursera sample in ``../shared/data/raw/coursera-courses-skills`` (columns ``partner``, ``course``,
``skills``, ``duration``, ``level``, ``rating``) reads as is: ``partner`` and ``course`` are recognised as
provider and title. A national programme's list (e.g. Prakerja) in the same format works the same way.

Matching is by words, in two tiers (docs/courses.md, "Matching courses to skills"):

* **by name**: a needed skill (an O*NET skill or knowledge area, by its English and Indonesian names, or a
  role's skill) matches a course skill when one holds all the content words of the other ("Data analysis"
  in "Exploratory Data Analysis", "Accounting" in "Economics and Accounting"; not "Public Relations" for
  "Public Safety and Security"); the score is the IDF-weighted share of the needed skill's words found
  (words rare among the catalogue's skills weigh more), at least ``MIN_MATCH``;
* **by term**: otherwise, through the skill's extra search terms — our bilingual term table for the O*NET
  elements (``data/skill_terms.toml``) and, for a role's skill linked to ESCO, the ESCO skill's preferred
  and alternative labels from the knowledge base. An authored term matches a course skill containing all
  its words; an ESCO skill matches a course skill all of whose words are among its labels' words and one
  of them in its preferred label. The score is ``TERM_WEIGHT`` x the IDF-weighted share of the course
  skill those terms explain (at least ``TERM_MIN_FIT``), so always below any match by name; the term is
  shown as ``matched_term``. An ESCO match must share two words, or one specific word (in at most
  ``CONCEPT_MAX_DF`` of the courses), with the preferred label: "Business" alone does not stand for
  "business ethics".

Words are compared after light folding (:func:`fold`): British spellings, English plurals ("statistics" ~ "statistic",
"databases" ~ "database") and the Indonesian pe-...-an nouns onto the -an noun ("pelayanan" ~ "layanan",
"pelatihan" ~ "latihan", "penjualan" ~ "jualan"; "pembukuan" stays apart from "buku"). Courses are ranked
by score, then by how well the title names the skill, then by the share of the course's skills that match,
then by rating. A catalogue's word index is built once and reused (:func:`catalogue_index`).
"""

from __future__ import annotations

import json
import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalur import config
from jalur.authored import data_folder
from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase
from jalur.tables.usertable import cell_text, header_and_rows, is_empty

HOURS_PER_WEEK = 5.0
#: least IDF-weighted share of a needed skill's words a course skill must contain
MIN_MATCH = 0.34
_ROLE_HEADERS = {
    "title": ("title", "judul", "course", "nama_kursus", "pelatihan"),
    "skills": ("skills", "keterampilan", "skill", "kompetensi"),
    "provider": ("provider", "penyelenggara", "partner", "lembaga"),
    "url": ("url", "link", "tautan"),
    "level": ("level", "tingkat"),
    "language": ("language", "bahasa"),
    "hours": ("hours", "jam", "durasi_jam"),
    "duration": ("duration", "durasi"),
    "price_idr": ("price_idr", "harga", "biaya", "price"),
    "rating": ("rating", "nilai"),
    "occupations": ("isco", "occupations", "pekerjaan", "kbji"),
    "checked": ("tanggal_cek", "checked", "date_checked"),
}
_STOP = frozenset(
    [
        "and",
        "or",
        "of",
        "the",
        "to",
        "for",
        "in",
        "with",
        "a",
        "an",
        "dan",
        "atau",
        "untuk",
        "dengan",
        "di",
        "ke",
        "yang",
        "serta",
        "skills",
        "skill",
        "keterampilan",
        "pengetahuan",
        "knowledge",
    ]
)
_WORD = re.compile(r"[^\W_]+")
_RANGE = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:-|–|to|sampai|s/d)?\s*(\d+(?:[.,]\d+)?)?\s*([a-z]+)")
_UNIT_WEEKS = {
    "hour": 1 / HOURS_PER_WEEK,
    "hours": 1 / HOURS_PER_WEEK,
    "jam": 1 / HOURS_PER_WEEK,
    "day": 1 / 7,
    "days": 1 / 7,
    "hari": 1 / 7,
    "week": 1.0,
    "weeks": 1.0,
    "minggu": 1.0,
    "pekan": 1.0,
    "month": 52 / 12,
    "months": 52 / 12,
    "bulan": 52 / 12,
}


@dataclass(frozen=True)
class Course:
    title: str
    skills: tuple[str, ...]
    provider: str = ""
    url: str = ""
    level: str = ""
    language: str = ""
    hours: float | None = None
    price_idr: float | None = None
    rating: float | None = None
    flags: tuple[str, ...] = ()
    #: the ISCO-08 unit groups the course prepares a worker for (column ``isco``): when given, the course is
    #: offered only for moves into one of them — a catalogue that says whom a course serves
    occupations: tuple[str, ...] = ()
    checked: str = ""  # when the catalogue's author last checked the course (``tanggal_cek``)


def content_words(text: str) -> frozenset[str]:
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return frozenset(w for w in words if w not in _STOP and len(w) > 1)


def hours_from_duration(text: str) -> float | None:
    """Learning hours from a duration text at ``HOURS_PER_WEEK`` a week, middle of a range ("1 - 4 Weeks"
    → 12.5; "Less Than 2 Hours" → 2)."""
    t = text.casefold().strip()
    if not t:
        return None
    m = _RANGE.search(t.replace(",", "."))
    if not m or m.group(3) not in _UNIT_WEEKS:
        return None
    lo = float(m.group(1))
    hi = float(m.group(2)) if m.group(2) else lo
    mid = hi if ("less" in t or "kurang" in t) else (lo + hi) / 2
    return round(mid * _UNIT_WEEKS[m.group(3)] * HOURS_PER_WEEK, 1)


def _number(text: str) -> float | None:
    t = text.strip().replace("Rp", "").replace("rp", "").replace(" ", "")
    if not t:
        return None
    t = (
        t.replace(".", "").replace(",", ".")
        if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t)
        else t.replace(",", "")
    )
    try:
        return float(t)
    except ValueError:
        return None


def _skills(text: str) -> tuple[str, ...]:
    t = text.strip()
    if t.startswith("["):
        try:
            items = json.loads(t)
        except json.JSONDecodeError:
            items = t.strip("[]").split(",")
    else:
        items = re.split(r"[;|]", t)
    return tuple(s for s in (" ".join(str(i).split()) for i in items) if s)


def read_catalogue(path: Path) -> tuple[list[Course], list[tuple[int, str]]]:
    """Courses and rejected rows (row number, reason) of a catalogue file (CSV in any usual encoding and
    delimiter, or XLSX: ``jalur.tables.usertable``); nothing dropped silently."""
    header, rows = header_and_rows(path)
    col = {
        role: next((header.index(n) for n in names if n in header), None)
        for role, names in _ROLE_HEADERS.items()
    }
    missing = [r for r in ("title", "skills") if col[r] is None]
    if missing:
        raise JalurError("error.catalogue_columns", path=str(path), missing=", ".join(missing))

    def get(row: Sequence[object], role: str) -> str:
        j = col[role]
        return cell_text(row[j]) if j is not None and j < len(row) else ""

    courses, rejected = [], []
    for n, row in rows:
        if all(is_empty(c) for c in row):
            continue
        title, skills = get(row, "title"), _skills(get(row, "skills"))
        if not title or not skills:
            rejected.append((n, "no_title" if not title else "no_skills"))
            continue
        hours = _number(get(row, "hours"))
        flags: list[str] = []
        if hours is None and get(row, "duration"):
            hours = hours_from_duration(get(row, "duration"))
            flags.append("hours_from_duration" if hours is not None else "duration_not_understood")
        courses.append(
            Course(
                title=title,
                skills=skills,
                provider=get(row, "provider"),
                url=get(row, "url"),
                level=get(row, "level"),
                language=get(row, "language"),
                hours=hours,
                price_idr=_number(get(row, "price_idr")),
                rating=_number(get(row, "rating")),
                flags=tuple(flags),
                occupations=tuple(c for c in re.split(r"[|;, ]+", get(row, "occupations")) if c),
                checked=get(row, "checked"),
            )
        )
    return courses, rejected


@dataclass
class CourseMatch:
    course: Course
    score: float
    matched: list[str] = field(default_factory=list)
    term: str | None = None  # the extra term that matched (None: matched by the skill's own name)


@dataclass(frozen=True)
class Concept:
    """An ESCO skill as search terms: its preferred label and the words of all its labels."""

    label: str
    label_words: frozenset[str]
    words: frozenset[str]


@dataclass(frozen=True)
class Need:
    """A skill to find courses for: its names (matched by name) and extra terms (matched below names)."""

    names: tuple[str, ...]
    terms: tuple[str, ...] = ()
    concepts: tuple[Concept, ...] = ()


# ----------------------------------------------------------------------------------------- normalising

#: words that say what to do with a skill, not which skill (ESCO labels start with them)
_GENERIC_WORDS = (
    "apply use using perform performing execute ensure promote provide show handle analyse analyze "
    "present deliver engage draft implement abide carry out conduct manage develop create prepare "
    "maintain follow work adapt adopt operate undertake complete achieve build identify assess evaluate "
    "monitor support guide help act demonstrate exhibit display treat principles techniques methods "
    "knowledge by"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
#: an ESCO match shares two words with the preferred label, or one found in at most this share of the courses
CONCEPT_MAX_DF = 0.1
_PE_AN = re.compile(r"^(?:pe(?=[lr])|pen(?=[dcj])|peng(?=[aeiou])|pem(?=b))([a-z]{4,}an)$")


#: British spellings onto American ones (catalogues use both): "visualisation", "analyse", "behaviour"
_AMERICAN = {
    "isation": "ization",
    "iour": "ior",
    "yse": "yze",
    "ise": "ize",
    "ised": "ized",
    "ising": "izing",
}
_BRITISH = re.compile(r"isation|iour|(?:yse|ise|ised|ising)$")


def fold(word: str) -> str:
    """A word's matching form: British spelling as American ("visualisation" → "visualization"), English
    plural folded ("statistics" → "statistic", "categories" → "category"; not "business", "analysis",
    "status"), an Indonesian pe-...-an noun onto its -an noun ("pelayanan" → "layanan", "penjualan" →
    "jualan"; "pembukuan" → "bukuan", never "buku")."""
    m = _PE_AN.match(word)
    if m and len(word) >= 8:
        return m.group(1)
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ys")):
        word = word[:-1]
    return _BRITISH.sub(lambda x: _AMERICAN[x.group(0)], word)


def match_words(text: str) -> frozenset[str]:
    """Content words of a text in their matching form (:func:`fold`)."""
    return frozenset(fold(w) for w in content_words(text))


# ----------------------------------------------------------------------------------------- extra terms


@lru_cache(maxsize=1)
def element_terms() -> dict[str, dict[str, Any]]:
    """Our term table (``data/skill_terms.toml``): O*NET element id → ``name``, ``en`` and ``id`` terms."""
    text = data_folder().joinpath("skill_terms.toml").read_text(encoding="utf-8")
    table: dict[str, dict[str, Any]] = tomllib.loads(text)["elements"]
    return table


def esco_concepts(kb: KnowledgeBase, uris: Iterable[str]) -> list[Concept]:
    """ESCO skills as :class:`Concept` search terms, from the knowledge base: the preferred label, and the
    words of the alternative labels (the run of text after the preferred label, up to the description,
    which starts with a capital letter)."""
    out = []
    for uri in uris:
        skill = kb.repo.esco_skill(uri)
        if skill is None or not skill.label:
            continue
        label, text = str(skill.label), " ".join(str(skill.text).split())
        rest = text[len(label) :] if text.casefold().startswith(label.casefold()) else ""
        alt = []
        for token in rest.split():
            if token[:1].isupper() and token[1:2].islower():
                break
            alt.append(token)
        label_words = match_words(label) - _GENERIC
        if label_words:
            words = label_words | (match_words(" ".join(alt)) - _GENERIC)
            out.append(Concept(label, label_words, words))
    return out


@lru_cache(maxsize=4)
def _role_concepts(kb_file: str, mtime: float) -> dict[str, tuple[Concept, ...]]:
    """ESCO concepts of every AI-era role skill, by its English name (case-folded)."""
    from jalur.pathways.roles import load_roles

    links: dict[str, list[str]] = {}
    for role in load_roles():
        for k in role.skills:
            links.setdefault(k.name_en.casefold(), []).extend(k.esco)
    with KnowledgeBase(Path(kb_file)) as kb:
        if not kb.has_table("esco_skill"):
            return {}
        return {name: tuple(esco_concepts(kb, dict.fromkeys(uris))) for name, uris in links.items()}


def role_concepts(kb: KnowledgeBase | None = None) -> dict[str, tuple[Concept, ...]]:
    """ESCO concepts of the AI-era role skills from ``kb`` (default: the configured knowledge base; none
    when it does not exist — matching then goes by names and the term table only)."""
    path = kb.path if kb is not None else config.kb_path()
    try:
        return _role_concepts(str(path), path.stat().st_mtime)
    except (OSError, JalurError):
        return {}


def skill_need(skill: Mapping[str, Any], kb: KnowledgeBase | None = None) -> Need:
    """What to search a catalogue for, for one skill to learn (a dict as in a plan's steps): its English and
    Indonesian names; the term table's terms of its O*NET element (``element_id``); for a role's skill, the
    ESCO skills it links to (by its English name, from ``kb`` or the configured knowledge base)."""
    names = tuple(n for n in (str(skill.get("name") or ""), str(skill.get("name_id") or "")) if n)
    terms: tuple[str, ...] = ()
    concepts: tuple[Concept, ...] = ()
    eid = skill.get("element_id")
    if eid:
        entry = element_terms().get(str(eid), {})
        terms = tuple(entry.get("en", [])) + tuple(entry.get("id", []))
    elif names:
        concepts = role_concepts(kb).get(names[0].casefold(), ())
    return Need(names, terms, concepts)


# ------------------------------------------------------------------------------------------- matching

#: a match through an extra term scores TERM_WEIGHT x the share of the course skill it explains (< MIN_MATCH)
TERM_WEIGHT = 0.33
#: least IDF-weighted share of a course skill that the matching terms must explain
TERM_MIN_FIT = 0.5


@dataclass(frozen=True)
class CatalogueIndex:
    """A catalogue's course skills as matching words, their IDF and a word → course-skill posting list."""

    entries: tuple[tuple[int, str, frozenset[str]], ...]  # (course number, course skill, its words)
    idf: dict[str, float]
    default_idf: float
    postings: dict[str, tuple[int, ...]]
    titles: tuple[frozenset[str], ...]  # the words of each course's title
    specific: frozenset[str]  # words in at most CONCEPT_MAX_DF of the courses (or 3)

    def weight(self, words: Iterable[str]) -> float:
        return sum(self.idf.get(w, self.default_idf) for w in words)


_INDEXES: dict[int, tuple[Sequence[Course], CatalogueIndex]] = {}


def catalogue_index(courses: Sequence[Course]) -> CatalogueIndex:
    """The index of a catalogue, built once per catalogue object (the last few are kept)."""
    hit = _INDEXES.get(id(courses))
    if hit is not None and hit[0] is courses:
        return hit[1]
    entries = tuple((i, s, match_words(s)) for i, c in enumerate(courses) for s in c.skills)
    df: dict[str, int] = {}
    for c in courses:
        for w in {w for s in c.skills for w in match_words(s)}:
            df[w] = df.get(w, 0) + 1
    n = len(courses)
    idf = {w: math.log((n + 1) / (d + 1)) + 1.0 for w, d in df.items()}
    postings: dict[str, list[int]] = {}
    for j, (_, _, words) in enumerate(entries):
        for w in words:
            postings.setdefault(w, []).append(j)
    index = CatalogueIndex(
        entries,
        idf,
        max(idf.values(), default=1.0),
        {w: tuple(js) for w, js in postings.items()},
        tuple(match_words(c.title) for c in courses),
        frozenset(w for w, d in df.items() if d <= max(3.0, CONCEPT_MAX_DF * n)),
    )
    if len(_INDEXES) >= 8:
        _INDEXES.pop(next(iter(_INDEXES)))
    _INDEXES[id(courses)] = (courses, index)
    return index


def courses_for(
    need: Need | Iterable[str], courses: Sequence[Course], top: int = 3, min_score: float = MIN_MATCH
) -> list[CourseMatch]:
    """Courses teaching a needed skill: a :class:`Need` (names and extra terms, see :func:`skill_need`) or
    just one or more names (e.g. English and Indonesian). A word counts by its rarity among the catalogue's
    skills (IDF), so "management" or "analysis" alone match little and "negotiation" or "accounting" match
    much. Matches by name score ``min_score`` to 1; matches through a term score below ``TERM_WEIGHT``. Equal
    scores: the course whose title names the skill, then the one with the larger share of its skills matching,
    then by rating."""
    if not isinstance(need, Need):
        need = Need(tuple(need))
    wants = [w for w in (match_words(n) for n in need.names) if w]
    terms = [(t, w) for t, w in ((t, match_words(t)) for t in need.terms) if w]
    if not (wants or terms or need.concepts) or not courses:
        return []
    index = catalogue_index(courses)
    vocabulary = set().union(*wants, *(w for _, w in terms), *(c.label_words for c in need.concepts))
    candidates = sorted({j for w in vocabulary for j in index.postings.get(w, ())})
    best: dict[int, CourseMatch] = {}
    hits: dict[int, int] = {}
    for j in candidates:
        i, skill, words = index.entries[j]
        score, term = _score(words, wants, terms, need.concepts, index, min_score)
        if score <= 0:
            continue
        hits[i] = hits.get(i, 0) + 1
        m = best.get(i)
        if m is None or score > m.score:
            best[i] = CourseMatch(courses[i], score, [skill], term)
        elif score == m.score and skill not in m.matched:
            m.matched.append(skill)
    # ties: the course whose title names the skill, then the one more about it (share of its skills that
    # match), then the better rated
    out = sorted(
        best.items(),
        key=lambda im: (
            -im[1].score,
            -_title_fit(index.titles[im[0]], wants, terms, index),
            -hits[im[0]] / len(im[1].course.skills),
            -(im[1].course.rating or 0.0),
            im[1].course.title,
        ),
    )
    return [m for _, m in out[:top]]


def _title_fit(
    title: frozenset[str],
    wants: Sequence[frozenset[str]],
    terms: Sequence[tuple[str, frozenset[str]]],
    index: CatalogueIndex,
) -> float:
    """How well a course title names the skill: the best share of a name's words in it, 1 for a whole term."""
    if any(w <= title for _, w in terms):
        return 1.0
    return max((index.weight(w & title) / index.weight(w) for w in wants), default=0.0)


def _score(
    words: frozenset[str],
    wants: Sequence[frozenset[str]],
    terms: Sequence[tuple[str, frozenset[str]]],
    concepts: Sequence[Concept],
    index: CatalogueIndex,
    min_score: float,
) -> tuple[float, str | None]:
    """(score, matched term) of one course skill: by name when the name's share reaches ``min_score``,
    else through the terms; (0, None) when neither."""
    # by name: the name's words all in the course skill, or the course skill's words all in the name; a
    # crossing overlap ("Public Safety" / "Public Relations") is not a match
    direct = max(
        (index.weight(w & words) / index.weight(w) for w in wants if w <= words or words <= w), default=0.0
    )
    if direct >= min_score:
        return round(direct, 3), None
    total = index.weight(words)
    if not total:
        return 0.0, None
    found = [(t, w) for t, w in terms if w <= words]
    explained = frozenset().union(*(w for _, w in found))
    fit, term = index.weight(explained) / total, None
    if found:
        term = max(found, key=lambda tw: (index.weight(tw[1]), tw[0]))[0]
    for c in concepts:
        shared = words & c.label_words
        if words <= c.words and (len(shared) >= 2 or shared & index.specific):
            share = index.weight(words & c.label_words) / total
            if share > fit or term is None:
                fit, term = max(fit, share), c.label
    if term is None or fit < TERM_MIN_FIT:
        return 0.0, None
    return round(TERM_WEIGHT * fit, 3), term
