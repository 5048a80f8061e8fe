"""Skills a job ad asks for, each with its evidence (issue 19; rules in benchmarks/market_eval/RUBRIC.md,
section "Skills in an ad").

An authored lexicon (``data/market/skills_lexicon.csv``: canonical skill, surface form, kind, guard, ESCO
skill URI, O*NET technology example) is compiled once into a token-level Aho–Corasick automaton; an ad's
title and the job's own sections (duties, requirements, unheaded text — never the company text or the
benefits, found by :func:`jalur.market.ai.sections`) are scanned in one pass each.

Matching rules:

- *whole words*: the text is cut into tokens (letters and digits; ``c++``, ``c#`` and ``.net`` are tokens
  of their own); words glued together when a board lost the line breaks ("ExcelExperienced",
  "SQLProven") are cut at the case change, and a surface written in camel case ("JavaScript") matches both
  "javascript" and "Java Script";
- *case*: a surface token with a capital letter must be written exactly so ("R", "SAP", "ML", "Go", "IG"),
  so "sap"/"siap", "go", "ml" in running text are not skills; a surface in lower case matches any case;
- *longest match*: a hit inside a longer hit is dropped ("java" inside "java script", "excel" inside
  "excel macro"); ``exclude`` rows are longer phrases that are not the skill ("East Java", "R&D",
  "excel in", "grade C", "go to market") and drop what they contain;
- *guards*: ``list`` — a short or ambiguous name (R, C, Go, Rust, Maya, Liquid) counts only beside another
  tool (within four tokens: "SQL, R or Python"); ``edu`` — not right after a degree or major ("S1
  Statistika", "Bachelor's degree in Accounting").

Pure but for reading the lexicon once (cached).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: sections of an ad whose skills count (the company text and the benefits do not)
JOB_SECTIONS = frozenset({"title", "duties", "requirements", "intro"})
#: longest evidence snippet kept
EVIDENCE_CHARS = 80
#: tokens either side within which a ``list``-guarded name needs another tool
_LIST_WINDOW = 4
#: tokens before a hit in which a degree or major word voids an ``edu``-guarded hit
_EDU_WINDOW = 6
_EDU_WORDS = frozenset(
    {
        "degree", "degrees", "bachelor", "bachelors", "master", "masters", "s1", "s2", "s3", "d3", "d4",
        "jurusan", "major", "majoring", "majors", "lulusan", "pendidikan", "gelar", "sarjana", "diploma",
        "phd", "bsc", "msc", "bs", "ba", "mba", "prodi", "fakultas", "faculty",
    }
)  # fmt: skip

# a board that lost the line breaks glues words ("RequirementBachelor", "SQLProven", "3.00Proficient")
_GLUE = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_TOKEN = re.compile(r"c\+\+|c#|\.net(?![^\W_])|[^\W_]+", re.I)


@dataclass(frozen=True, slots=True)
class Entry:
    """One surface form of the lexicon."""

    skill: str
    kind: str  # tool, skill, language, exclude
    tokens: tuple[str, ...]  # lower case
    cased: tuple[str | None, ...]  # the token as it must be written, or None (any case)
    strict: bool  # any token must be written so
    guard: frozenset[str]
    esco: str | None
    onet: str | None


@dataclass(frozen=True, slots=True)
class SkillHit:
    """A skill an ad asks for, where it was found and the words around it."""

    skill: str
    kind: str  # tool, skill, language
    section: str  # title, duties, requirements, intro
    evidence: str
    esco: str | None
    onet: str | None

    def as_dict(self) -> dict[str, Any]:
        """The record written per ad (``skills`` field of ``jalur market classify``)."""
        return {
            "skill": self.skill,
            "kind": self.kind,
            "section": self.section,
            "evidence": self.evidence,
            "esco": self.esco,
            "onet": self.onet,
        }


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(token as written, start, end) of a text, glued words cut at the case change first (the offsets are
    those of the cut text, :func:`unglue`)."""
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def unglue(text: str) -> str:
    """The text with a space at every case change ("SkillsExcel" → "Skills Excel", "SQLProven" → "SQL
    Proven", "MySQL" → "My SQL"); the lexicon's camel-case surfaces are cut the same way."""
    return _GLUE.sub(" ", text)


class Automaton:
    """A token-level Aho–Corasick automaton: every pattern (a tuple of tokens) found in one pass."""

    def __init__(self, patterns: Sequence[tuple[str, ...]]) -> None:
        goto: list[dict[str, int]] = [{}]
        out: list[list[int]] = [[]]
        for index, pattern in enumerate(patterns):
            state = 0
            for token in pattern:
                nxt = goto[state].get(token)
                if nxt is None:
                    nxt = len(goto)
                    goto[state][token] = nxt
                    goto.append({})
                    out.append([])
                state = nxt
            out[state].append(index)
        fail = [0] * len(goto)
        queue = list(goto[0].values())
        head = 0
        while head < len(queue):
            state = queue[head]
            head += 1
            for token, nxt in goto[state].items():
                queue.append(nxt)
                f = fail[state]
                while f and token not in goto[f]:
                    f = fail[f]
                fail[nxt] = goto[f].get(token, 0) if goto[f].get(token, 0) != nxt else 0
                out[nxt].extend(out[fail[nxt]])
        self._goto = goto
        self._fail = fail
        self._out = [tuple(o) for o in out]
        self._lengths = [len(p) for p in patterns]

    def find(self, words: Sequence[str]) -> list[tuple[int, int, int]]:
        """(first token, last token + 1, pattern index) of every pattern in ``words``."""
        goto, fail, out, lengths = self._goto, self._fail, self._out, self._lengths
        hits: list[tuple[int, int, int]] = []
        state = 0
        for i, word in enumerate(words):
            while state and word not in goto[state]:
                state = fail[state]
            state = goto[state].get(word, 0)
            if out[state]:
                for index in out[state]:
                    hits.append((i + 1 - lengths[index], i + 1, index))
        return hits


def _entries(rows: Iterable[dict[str, str]]) -> list[Entry]:
    out: list[Entry] = []
    for r in rows:
        surface = r["surface"].strip()
        guard = frozenset(r.get("guard", "").split())
        # camel case ("JavaScript") also matches in any case when written as one word; other capitals
        # ("R", "SAP", "Go") must be written so
        camel = unglue(surface) != surface
        variants = [(surface.lower(), False), (unglue(surface), True)] if camel else [(surface, True)]
        for variant, strict in variants:
            words = [w for w, _, _ in tokens(variant)]
            if not words:
                continue
            cased = tuple(w if strict and w != w.lower() else None for w in words)
            out.append(
                Entry(
                    r["skill"].strip(),
                    r["kind"].strip(),
                    tuple(w.lower() for w in words),
                    cased,
                    any(c is not None for c in cased),
                    guard,
                    r.get("esco_uri") or None,
                    r.get("onet_example") or None,
                )
            )
    return out


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[Entry, ...], Automaton]:
    """The authored lexicon and its automaton, built once."""
    from jalur.authored import read_csv

    entries = tuple(_entries(read_csv("market/skills_lexicon.csv")))
    return entries, Automaton([e.tokens for e in entries])


def _snippet(text: str, words: Sequence[str]) -> str:
    """About ``EVIDENCE_CHARS`` characters of ``text`` around the first written word of a hit (personal
    values redacted)."""
    from jalur.workforce.roster import redact

    low = text.lower()
    start = -1
    for first in (" ".join(words).lower(), words[0].lower()):  # the phrase as written, else its first word
        start = low.find(first)
        while start > 0 and (low[start - 1].isalnum() or not _boundary(low, start + len(first))):
            start = low.find(first, start + 1)
        if start >= 0:
            break
    start = max(start, 0)
    end = start + sum(len(w) + 1 for w in words) - 1
    room = max(0, (EVIDENCE_CHARS - (end - start)) // 2)
    a, b = max(0, start - room), min(len(text), end + room)
    return " ".join(redact(text[a:b]).split())[:EVIDENCE_CHARS]


def _boundary(text: str, i: int) -> bool:
    return i >= len(text) or not text[i].isalnum()


def _section_hits(text: str, entries: Sequence[Entry], automaton: Automaton) -> list[tuple[Entry, list[str]]]:
    """(entry, the words as written) of every hit of one section's (unglued) text, after the rules."""
    written = _TOKEN.findall(text)
    if not written:
        return []
    lowered = " ".join(written).lower().split(" ")  # tokens hold no space: one lower() for all
    words = lowered if len(lowered) == len(written) else [w.lower() for w in written]
    found = automaton.find(words)
    if not found:
        return []
    # case rules
    kept = []
    for a, b, index in found:
        entry = entries[index]
        if entry.strict and any(c is not None and written[a + k] != c for k, c in enumerate(entry.cased)):
            continue
        kept.append((a, b, index))
    # longest match: drop a hit strictly inside a longer one (exclude rows included)
    kept.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    longest: list[tuple[int, int, int]] = []
    for a, b, index in kept:
        if any(x <= a and b <= y and (y - x) > (b - a) for x, y, _ in longest):
            continue
        longest.append((a, b, index))
    live = [h for h in longest if entries[h[2]].kind != "exclude"]
    tools = [(a, b) for a, b, i in live if entries[i].kind == "tool"]
    out: list[tuple[Entry, list[str]]] = []
    for a, b, index in live:
        entry = entries[index]
        if "list" in entry.guard and not any(
            (x, y) != (a, b) and x - b <= _LIST_WINDOW and a - y <= _LIST_WINDOW for x, y in tools
        ):
            continue
        if "edu" in entry.guard and any(w in _EDU_WORDS for w in words[max(0, a - _EDU_WINDOW) : a]):
            continue
        out.append((entry, written[a:b]))
    return out


def skills_of(title: str, description: str = "") -> list[SkillHit]:
    """The skills an ad asks for (see the module), each once, in the order first found (title first), with
    the section and a short redacted snippet as evidence."""
    from jalur.market.ai import sections

    entries, automaton = lexicon()
    seen: dict[str, SkillHit] = {}
    parts: list[tuple[str, str]] = [("title", title or "")]
    for name, text in sections(description or ""):
        if name not in JOB_SECTIONS:
            parts.append(("", ""))
        elif parts[-1][0] == name:  # sentences of one section read together ("Ms." + "Office")
            parts[-1] = (name, f"{parts[-1][1]} {text}")
        else:
            parts.append((name, text))
    for name, text in parts:
        if not name:
            continue
        text = unglue(text)
        for entry, words in _section_hits(text, entries, automaton):
            if entry.skill not in seen:  # the evidence of the first hit only
                snippet = _snippet(text, words)
                seen[entry.skill] = SkillHit(entry.skill, entry.kind, name, snippet, entry.esco, entry.onet)
    return list(seen.values())


def skill_records(title: str, description: str = "") -> list[dict[str, Any]]:
    """:func:`skills_of` as plain records (``skill``, ``kind``, ``section``, ``evidence``, ``esco``, ``onet``)."""
    return [h.as_dict() for h in skills_of(title, description)]
