"""What a process needs to run the batch functions, opened once per process and knowledge base (issue 20).

A Spark executor's Python worker, a pool worker and the command line each call ``runtime(kb)``: the first
call opens the knowledge base and the next ones get the same objects (the matcher, the task scorer, the
role catalogue, each built on first use). Nothing here holds a connection across a fork or a pickle: a
matcher sent from elsewhere (a Spark broadcast) is ``adopt``ed and attached to this process's file.

Where the file is: a path, or ``spark:<name>`` for a file shipped with ``SparkContext.addFile`` (each
executor has its own copy; SQLite cannot read from object storage).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jalur.kb.read import KnowledgeBase

#: the prefix of a knowledge base shipped to the executors with ``SparkContext.addFile``
SPARK_FILE = "spark:"

_LOCK = threading.Lock()
_RUNTIMES: dict[str, Runtime] = {}


def kb_location(spec: str | Path | None) -> Path | None:
    """The file ``spec`` names in this process: ``spark:<name>`` through ``SparkFiles``, a path as given,
    None for the default knowledge base (``JALUR_KB`` / ``JALUR_HOME``)."""
    if spec is None:
        return None
    text = str(spec)
    if text.startswith(SPARK_FILE):
        from pyspark import SparkFiles  # only on an executor, where pyspark is

        return Path(SparkFiles.get(text[len(SPARK_FILE) :]))
    return Path(text)


@dataclass
class Runtime:
    """One process's knowledge base and the heavy objects over it, each built on first use."""

    kb: KnowledgeBase
    _matchers: dict[bool, Any] = field(default_factory=dict)
    _scorer: Any = None
    _roles: tuple[Any, ...] | None = None

    def matcher(self, fast: bool = False) -> Any:
        """The title coder (``jalur.match.Matcher``); ``fast``: without the embedding stage. Building it checks
        the fitted ranker against the knowledge base (an error, never a silent stand-in)."""
        with _LOCK:
            m = self._matchers.get(fast)
            if m is None:
                from jalur.match.matcher import Matcher

                m = self._matchers[fast] = Matcher(self.kb, embeddings=not fast)
            return m

    def adopt(self, matcher: Any, fast: bool) -> None:
        """Use a matcher built elsewhere (unpickled from a broadcast) for ``fast``; attached to this file."""
        matcher.attach(self.kb)
        with _LOCK:
            self._matchers.setdefault(fast, matcher)

    def scorer(self) -> Any:
        """The task scorer fitted into the knowledge base (``jalur.exposure.scorer.TaskScorer``)."""
        with _LOCK:
            if self._scorer is None:
                from jalur.exposure.scorer import TaskScorer

                self._scorer = TaskScorer.for_kb(self.kb)
            return self._scorer

    def roles(self) -> tuple[Any, ...]:
        """The AI-era role catalogue (authored, in the package)."""
        with _LOCK:
            if self._roles is None:
                from jalur.pathways.roles import load_roles

                self._roles = tuple(load_roles())
            return self._roles


def runtime(kb: str | Path | KnowledgeBase | None = None) -> Runtime:
    """This process's runtime for the knowledge base ``kb`` (a path, ``spark:<name>``, an open
    ``KnowledgeBase`` or None for the default), opened on the first call and reused after it."""
    if isinstance(kb, KnowledgeBase):
        key = f"open:{id(kb)}"
        with _LOCK:
            rt = _RUNTIMES.get(key)
            if rt is None or rt.kb is not kb:
                rt = _RUNTIMES[key] = Runtime(kb)
            return rt
    path = kb_location(kb)
    key = f"{os.getpid()}:{path}"
    with _LOCK:
        rt = _RUNTIMES.get(key)
        if rt is None:
            rt = _RUNTIMES[key] = Runtime(KnowledgeBase.open(path))
        return rt


def forget() -> None:
    """Close and drop every runtime of this process (tests; a long-lived worker switching builds)."""
    with _LOCK:
        for key, rt in list(_RUNTIMES.items()):
            if not key.startswith("open:"):
                rt.kb.close()
        _RUNTIMES.clear()
