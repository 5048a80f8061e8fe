"""The market monitor as use cases (issue 19), the same for ``jalur market`` and (later) the service:
read an ads file, classify every ad."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase


def classify_file(path: Path, kb: KnowledgeBase | None = None, *, fast: bool = True) -> list[dict[str, Any]]:
    """One record per ad of ``path`` (CSV, XLSX, JSON Lines, Parquet), in input order; the occupation of
    each distinct title from the title coder when a knowledge base is given (``fast``: without the
    embedding stage)."""
    from jalur.app.lookups import match_texts
    from jalur.market.ads import classify, read_ads
    from jalur.pathways.roles import load_roles

    ads = list(read_ads(path))

    def occupations(titles: Sequence[str]) -> Sequence[Any]:
        assert kb is not None
        return match_texts(kb, titles, top=3, fast=fast)

    return classify(ads, load_roles(), occupations if kb is not None else None)
