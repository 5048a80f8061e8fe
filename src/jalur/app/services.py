"""What the API and the web UI both ask of Jalur, in one place: each function returns the same JSON-ready
dict as the matching CLI ``--json`` output (docs/cli.md), so the three faces agree.

One ``Services`` per application holds the open knowledge base (read-only, shared by request threads), the
matcher and the task scorer (built once), and an LRU cache of answers to the lookups that repeat.
Domain errors (``JalurError``, ``UnknownOccupation`` with candidates) pass through to the caller.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from jalur.errors import JalurError
from jalur.kb.read import KnowledgeBase

#: longest free text accepted in one field (a title or a task)
MAX_TEXT = 2_000
#: most task lines scored in one request
MAX_TASKS = 200


def _text(value: str, field: str) -> str:
    if len(str(value)) > MAX_TEXT:  # as sent: the documented maxLength
        raise JalurError("error.text_too_long", field=field, limit=MAX_TEXT)
    text = " ".join(str(value).split())
    if not text:
        raise JalurError("error.empty_query")
    if len(text) > MAX_TEXT:
        raise JalurError("error.text_too_long", field=field, limit=MAX_TEXT)
    return text


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

    # ------------------------------------------------------------------ look-ups
    def match(self, text: str, lang: str = "auto", top: int = 5) -> dict[str, Any]:
        from jalur.match.resolve import matcher_for

        result: dict[str, Any] = matcher_for(self.kb).match(_text(text, "text"), lang=lang, top=top).to_dict()
        return result

    def _occupation(self, query: str) -> dict[str, Any]:
        from jalur.match.resolve import resolve_any
        from jalur.taxonomy.profile import profile

        p: dict[str, Any] = profile(self.kb, resolve_any(self.kb, _text(query, "query"))).to_dict()
        return p

    def _exposure(self, query: str) -> dict[str, Any]:
        from jalur.exposure import exposure_profile
        from jalur.match.resolve import resolve_any

        p = exposure_profile(self.kb, resolve_any(self.kb, _text(query, "query")), self.scorer())
        out: dict[str, Any] = p.to_dict()
        return out

    def exposure_tasks(self, lines: Sequence[str]) -> list[dict[str, Any]]:
        tasks = [" ".join(str(x).split()) for x in lines]
        numbered = [(i + 1, t) for i, t in enumerate(tasks) if t]
        if not numbered:
            raise JalurError("error.empty_query")
        if len(numbered) > MAX_TASKS:
            raise JalurError("error.too_many_tasks", limit=MAX_TASKS)
        for _, t in numbered:
            _text(t, "tasks")
        scored = self.scorer().score([t for _, t in numbered])
        return [{"line": n, **r.to_dict()} for (n, _), r in zip(numbered, scored, strict=True)]

    def _paths(
        self,
        query: str,
        top: int = 10,
        safer: bool = False,
        to_roles: bool = False,
        skills: str | None = None,
        experience: str | None = None,
    ) -> dict[str, Any]:
        from jalur.match.resolve import resolve_any
        from jalur.pathways.experience import resolve_experience
        from jalur.pathways.transitions import paths

        exp = resolve_experience(self.kb, _text(experience, "experience")) if experience else None
        p = paths(
            self.kb,
            resolve_any(self.kb, _text(query, "query")),
            top=top,
            safer_only=safer,
            to_roles=to_roles,
            own_skills=_text(skills, "skills") if skills else None,
            experience=exp,
        )
        return p.to_dict()

    def plan(
        self,
        origin: str,
        target: str,
        skills: str | None = None,
        experience: str | None = None,
        courses: Sequence[Any] = (),
        catalogue_name: str = "",
    ) -> dict[str, Any]:
        from jalur.match.resolve import resolve_any
        from jalur.pathways.experience import resolve_experience
        from jalur.pathways.plan import plan_to

        start = resolve_any(self.kb, _text(origin, "origin"))
        exp = resolve_experience(self.kb, _text(experience, "experience")) if experience else None
        own = _text(skills, "skills") if skills else None
        result = plan_to(
            self.kb, start, _text(target, "target"), courses,
            catalogue_name=catalogue_name, own_skills=own, experience=exp,
        )  # fmt: skip
        return result.to_dict()

    def _roles(self) -> list[dict[str, Any]]:
        from jalur.pathways.roles import load_roles, role_exposure

        scorer = self.scorer()
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "name_id": r.name_id,
                "name_en": r.name_en,
                "job_zone": r.job_zone,
                "isco": [g.code for g in r.isco],
                "exposure": role_exposure(r, scorer).summary(),
            }
            for r in load_roles()
        ]

    def role(self, role_id: str) -> dict[str, Any]:
        from jalur.pathways.roles import find_role, load_roles, role_exposure

        r = find_role(load_roles(), _text(role_id, "role"))
        return {**r.to_dict(), "exposure": role_exposure(r, self.scorer()).to_dict()}
