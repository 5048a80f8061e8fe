"""The market monitor as use cases (issue 19), the same for ``jalur market`` and (later) the service:
read an ads file, classify every ad."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase


def classify_file(
    path: Path, kb: KnowledgeBase | None = None, *, fast: bool = True, dedupe: bool = False
) -> list[dict[str, Any]]:
    """One record per ad of ``path`` (CSV, XLSX, JSON Lines, Parquet), in input order; the occupation of
    each distinct title from the title coder when a knowledge base is given (``fast``: without the
    embedding stage)."""
    from jalur.app.lookups import match_texts
    from jalur.market.ads import classify, dedupe_exact, read_ads
    from jalur.pathways.roles import load_roles

    ads = list(read_ads(path))
    if dedupe:
        ads, _ = dedupe_exact(ads)

    def occupations(titles: Sequence[str]) -> Sequence[Any]:
        assert kb is not None
        return match_texts(kb, titles, top=3, fast=fast)

    return classify(ads, load_roles(), occupations if kb is not None else None)


def report_files(paths: Sequence[Path], kb: KnowledgeBase) -> dict[str, Any]:
    """The market aggregates (``jalur.market.aggregate.summarise``) of the ads of ``paths`` together, with
    each occupation's exposure beside its AI demand; ``input`` names the files and their ad counts."""
    from jalur.app.lookups import match_texts
    from jalur.market.ads import classify, dedupe_exact, read_ads
    from jalur.market.aggregate import exposure_lookup, summarise
    from jalur.pathways.roles import load_roles

    files = []
    ads = []
    for p in paths:
        got = list(read_ads(p))
        files.append({"file": p.name, "ads": len(got)})
        ads += got
    unique, repeats = dedupe_exact(ads)  # across the files too: one ad on two boards scraped alike
    records = classify(unique, load_roles(), lambda titles: match_texts(kb, titles, top=3, fast=True))
    out = summarise(records, exposure_lookup(kb))
    out["input"] = {"files": files, "ads_read": len(ads), "exact_repeats_removed": repeats}
    return out
