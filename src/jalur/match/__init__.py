"""Free-text job titles and descriptions (Indonesian and English) -> ISCO-08 unit groups.

``match(text)`` and ``match_many(texts)`` use a process-wide :class:`Matcher` on the default knowledge
base; build your own ``Matcher(KnowledgeBase.open(path))`` to choose the file."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from jalur.kb.read import KnowledgeBase
from jalur.match.matcher import Candidate, Exclusion, Matcher, MatchResult

__all__ = ["Candidate", "Exclusion", "MatchResult", "Matcher", "match", "match_many"]


@cache
def _default() -> Matcher:
    return Matcher(KnowledgeBase.open())


def match(text: str, lang: str = "auto", top: int = 5) -> MatchResult:
    return _default().match(text, lang=lang, top=top)


def match_many(texts: Iterable[str], lang: str = "auto", top: int = 5) -> list[MatchResult]:
    return _default().match_many(texts, lang=lang, top=top)
