"""Domain errors. Each carries a message key and parameters so that every face (CLI, API, web) can
show it in the user's language; ``str(error)`` gives the Indonesian text."""

from __future__ import annotations

from jalur.i18n import LANGS, Lang, t


class JalurError(Exception):
    """Base of all errors that are the user's to fix. ``exit_code`` is what the CLI returns."""

    exit_code = 2

    def __init__(self, key: str, /, details: list[str] | None = None, **params: object) -> None:
        self.key = key
        self.params = params
        self.details = details or []
        super().__init__(t(key, "id", **params))

    def message(self, lang: Lang) -> str:
        return t(self.key, lang, **self.params)


class UnknownOccupation(JalurError):
    def __init__(self, query: str, candidates: list[tuple[str, str]] | None = None) -> None:
        super().__init__("error.unknown_occupation", query=query)
        self.query = query
        self.candidates = candidates or []


class KnowledgeBaseMissing(JalurError):
    pass


class DataMissing(JalurError):
    """Source files are missing; ``details`` lists ``source/file`` entries."""


class ChecksumMismatch(JalurError):
    pass


class BadSourceContent(JalurError):
    """A source file parsed but does not hold what its registry entry promises."""


class DownloadFailed(JalurError):
    pass


def unreadable(path: object, exc: BaseException) -> JalurError:
    """A reader's complaint about a user's file (Arrow, DuckDB, csv) as the user's error naming the file:
    the reader's own words on one line, cut to 300 characters."""
    return JalurError("error.table_unreadable", path=str(path), detail=" ".join(str(exc).split())[:300])


def parse_lang(lang: str) -> Lang:
    """Validate a language code coming from a user."""
    if lang not in LANGS:
        raise JalurError("error.bad_lang", lang=lang)
    return lang
