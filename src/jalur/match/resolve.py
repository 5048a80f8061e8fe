"""Any text to one ISCO-08 unit group: codes and exact names through ``jalur.taxonomy.resolve``, other text
through the matcher, which must be confident (an abstention fails with its candidates, never a guess)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from jalur.errors import UnknownOccupation
from jalur.kb.read import KnowledgeBase
from jalur.taxonomy.resolve import CODE_LIKE, ESCO_OCCUPATION, Resolution, resolve

if TYPE_CHECKING:
    from jalur.match.matcher import Matcher


@lru_cache(maxsize=2)
def matcher_for(kb: KnowledgeBase) -> Matcher:
    """One matcher per open knowledge base (building one takes seconds; ``jalur plan`` may match twice)."""
    from jalur.match.matcher import Matcher

    return Matcher(kb)


def resolve_any(kb: KnowledgeBase, query: str, lang: str = "auto") -> Resolution:
    """``resolve`` for codes and exact titles; other text goes through the matcher, which must be
    confident: when it abstains, the error lists its candidates (never a guess)."""
    try:
        return resolve(kb, query, candidates=False)
    except UnknownOccupation:
        q = " ".join(query.split())
        if CODE_LIKE.match(q) or q.startswith(ESCO_OCCUPATION) or len(q) > 300:
            resolve(kb, query)  # not text for the matcher: fail again, now with the closest titles
            raise
    result = matcher_for(kb).match(q, lang=lang)
    cands = result.candidates
    if result.abstained or not cands:
        raise UnknownOccupation(
            q, [(c.isco, f"{c.title_id or c.title_en} / {c.title_en} ({c.confidence:.0%})") for c in cands]
        )
    best = cands[0]
    return Resolution(
        best.isco,
        "match",
        q,
        best.title_id or best.title_en,
        ("matched_from_free_text",),
        tuple(c.isco for c in cands[1:]),
        best.confidence,
    )
