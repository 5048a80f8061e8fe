"""Free-text job titles and descriptions (Indonesian and English) -> ISCO-08 unit groups.

``match(text)`` and ``match_many(texts)`` use a process-wide :class:`Matcher` on the default knowledge
base; build your own ``Matcher(KnowledgeBase.open(path))`` to choose the file."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from jalur.kb.read import KnowledgeBase
from jalur.match.matcher import Candidate, Exclusion, Matcher, MatchResult, coder_key

__all__ = ["Candidate", "Exclusion", "MatchResult", "Matcher", "coder_key", "match", "match_many"]


@cache
def _default() -> Matcher:
    return Matcher(KnowledgeBase.open())


def match(text: str, lang: str = "auto", top: int = 5) -> MatchResult:
    return _default().match(text, lang=lang, top=top)


def match_many(
    texts: Iterable[str], lang: str = "auto", top: int = 5, *, workers: int | None = None
) -> list[MatchResult]:
    """``Matcher.match_many`` on the default knowledge base; ``workers=1`` keeps the work in this process
    (inside a Spark or other pool worker, where forking a pool of its own would oversubscribe the cores)."""
    return _default().match_many(texts, lang=lang, top=top, workers=workers)
