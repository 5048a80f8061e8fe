"""What the REST API and the web UI ask of Jalur, with caches: the look-ups of ``jalur.app.lookups`` (the
same functions the command line calls, so that the three faces agree) as the JSON-ready dicts of the CLI's
``--json`` outputs (docs/cli.md).

One ``Services`` per application holds the open knowledge base (read-only, shared by request threads), the
matcher and the task scorer (built once), the default course catalogue (read once), and LRU caches of the
answers that repeat. Domain errors (``JalurError``, ``UnknownOccupation`` with candidates) pass through.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalur.app import lookups
from jalur.app.lookups import MAX_TASKS, MAX_TEXT, clean_text
from jalur.kb.read import KnowledgeBase
from jalur.match.context import MAX_CONTEXT

__all__ = ["MAX_CONTEXT", "MAX_TASKS", "MAX_TEXT", "Services"]


class Services:
    def __init__(self, kb_path: Path | None = None) -> None:
        self.kb = KnowledgeBase.open(kb_path)
        self._lock = threading.Lock()
        self._scorer: Any = None
        # per-instance caches of the answers that do not depend on anything but their arguments
        self.occupation = lru_cache(maxsize=2048)(self._occupation)
        self.exposure = lru_cache(maxsize=2048)(self._exposure)
        self.paths = lru_cache(maxsize=1024)(self._paths)
        self.roles = lru_cache(maxsize=4)(self._roles)
        self._catalogue: lookups.Catalogue | None = None

    def close(self) -> None:
        self.kb.close()

    def warm(self) -> None:
        """Build the matcher and load the task scorer now (seconds) rather than on the first request."""
        from jalur.match.resolve import matcher_for

        # one real query each: the matcher and the roles build their lazy parts on first use (seconds)
        matcher_for(self.kb).match("teller bank", top=1)
        self.scorer()
        self.roles()

    def scorer(self) -> Any:
        with self._lock:
            if self._scorer is None:
                from jalur.exposure.scorer import TaskScorer

                self._scorer = TaskScorer.for_kb(self.kb)
            return self._scorer

    def catalogue(self) -> lookups.Catalogue:
        """The default course catalogue of every face (``lookups.course_catalogue``), read once."""
        with self._lock:
            if self._catalogue is None:
                self._catalogue = lookups.course_catalogue()
            return self._catalogue

    # ------------------------------------------------------------------ look-ups
    def match(
        self,
        text: str,
        lang: str = "auto",
        top: int = 5,
        industry: str | None = None,
        product: str | None = None,
        employer: str | None = None,
        department: str | None = None,
    ) -> dict[str, Any]:
        found = lookups.match_texts(
            self.kb,
            [clean_text(text, "text")],
            lang=lang,
            top=top,
            industry=industry,
            product=product,
            employer=employer,
            department=department,
        )
        result: dict[str, Any] = found[0].to_dict()
        return result

    def _occupation(self, query: str) -> dict[str, Any]:
        p: dict[str, Any] = lookups.occupation(self.kb, query).to_dict()
        return p

    def _exposure(self, query: str) -> dict[str, Any]:
        p: dict[str, Any] = lookups.exposure(self.kb, query).to_dict()
        return p

    def exposure_tasks(self, lines: Sequence[str]) -> list[dict[str, Any]]:
        return lookups.score_tasks(lines, self.scorer())

    def _paths(
        self,
        query: str,
        top: int = 10,
        safer: bool = False,
        to_roles: bool = False,
        skills: str | None = None,
        experience: str | None = None,
        industry: str | None = None,
        words: str | None = None,
    ) -> dict[str, Any]:
        p = lookups.paths(
            self.kb,
            query,
            top=top,
            safer=safer,
            to_roles=to_roles,
            skills=skills,
            experience=experience,
            industry=industry,
            words=words,
        )
        out: dict[str, Any] = p.to_dict()
        return out

    def plan(
        self,
        origin: str,
        target: str,
        skills: str | None = None,
        experience: str | None = None,
        catalogue: lookups.Catalogue | None = None,
    ) -> dict[str, Any]:
        """A learning plan with the default catalogue (or the one given)."""
        result = lookups.plan(
            self.kb,
            origin,
            target,
            catalogue=catalogue if catalogue is not None else self.catalogue(),
            skills=skills,
            experience=experience,
        )
        out: dict[str, Any] = result.to_dict()
        return out

    def _roles(self) -> list[dict[str, Any]]:
        roles: list[dict[str, Any]] = lookups.roles_document(lookups.roles(self.scorer()))["roles"]
        return roles

    def role(self, role_id: str) -> dict[str, Any]:
        return lookups.role_document(*lookups.roles(self.scorer(), role_id)[0])
