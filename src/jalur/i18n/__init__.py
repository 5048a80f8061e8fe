"""Every text a user reads, in Indonesian (default) and English: one catalogue per language.

- :mod:`jalur.i18n.id` and :mod:`jalur.i18n.en`: flat mappings key → text with the same keys and the same
  ``{placeholders}`` per key (tested), so a text missing in one language cannot happen. Plain dict literals
  in Python modules, not data files: importing them costs no parsing or file I/O, mypy checks them, they
  ship without package-data entries, and both languages still read side by side (same key order).
- Keys by owner: domain errors and CLI messages unprefixed (``error.roster_empty``, ``web.<code>`` for the
  API's errors), the employer report's labels under ``report.`` (:func:`jalur.reports.labels.label`), the
  web pages' strings under ``ui.`` (:func:`jalur.faces.web.ui_text.ui`).
- :mod:`jalur.i18n.aliases`: keys that say exactly what another key says (in both languages) point to it,
  so each text is written once.
- :mod:`jalur.i18n.format`: numbers, percentages, rupiah and WIB dates in each language's convention (Babel).

This package is the bottom layer: it imports nothing else of Jalur.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Literal

from jalur.i18n.aliases import ALIASES
from jalur.i18n.en import TEXT as EN
from jalur.i18n.id import TEXT as ID

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")
DEFAULT_LANG: Lang = "id"

#: the catalogue of each language: key → text (aliases not included; see :func:`resolve`)
TEXTS: dict[Lang, dict[str, str]] = {"id": ID, "en": EN}


def check_lang(lang: str) -> Lang:
    """``lang`` as a :data:`Lang`; anything else raises ``ValueError``."""
    if lang == "id":
        return "id"
    if lang == "en":
        return "en"
    raise ValueError(f"language {lang!r} is not supported; choose id or en")


def resolve(key: str) -> str:
    """The catalogue key that holds the text of ``key`` (``key`` itself unless it is an alias)."""
    return ALIASES.get(key, key)


def has(key: str) -> bool:
    """Whether ``key`` (or the key it is an alias of) has a text."""
    return ALIASES.get(key, key) in ID


def t(key: str, lang: Lang = DEFAULT_LANG, /, **params: object) -> str:
    """The text ``key`` in ``lang``, formatted with ``params``. Unknown keys raise ``KeyError``; a language
    other than id/en gets the Indonesian text."""
    text = TEXTS.get(lang, ID)[ALIASES.get(key, key)]
    return text.format(**params) if params else text


class CatalogView(Mapping[str, Mapping[Lang, str]]):
    """The keys starting with ``prefix`` (aliases included), without the prefix, each as
    ``{"id": text, "en": text}``: the shape of the three catalogues this package replaced. Nothing is
    copied; an entry is built when it is read."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix

    def _keys(self) -> Iterator[str]:
        n = len(self.prefix)
        for source in (ID, ALIASES):
            for key in source:
                if key.startswith(self.prefix):
                    yield key[n:]

    def __getitem__(self, key: str) -> Mapping[Lang, str]:
        full = ALIASES.get(self.prefix + key, self.prefix + key)
        return {"id": ID[full], "en": EN[full]}

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and has(self.prefix + key)

    def __iter__(self) -> Iterator[str]:
        return self._keys()

    def __len__(self) -> int:
        return sum(1 for _ in self._keys())


#: every key (aliases included) → ``{"id": text, "en": text}``
CATALOG: Mapping[str, Mapping[Lang, str]] = CatalogView()

__all__ = [
    "CATALOG",
    "DEFAULT_LANG",
    "LANGS",
    "TEXTS",
    "CatalogView",
    "Lang",
    "check_lang",
    "has",
    "resolve",
    "t",
]
