"""Build step 'indices' (placeholder until implemented)."""

from __future__ import annotations

from jalur.kb.build import BuildContext

SOURCES: tuple[str, ...] = ()
SCHEMA = ""


def load(ctx: BuildContext) -> None:
    return None
