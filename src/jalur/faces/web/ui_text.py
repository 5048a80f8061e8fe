"""The web UI's words: a thin function over :mod:`jalur.i18n`.

The pages' own strings are the ``ui.`` keys of the one catalogue (:mod:`jalur.i18n.id`,
:mod:`jalur.i18n.en`); messages shared with the CLI are its unprefixed keys and the report's labels (task
classes, review reasons, headline figures) its ``report.`` keys, so the three faces say the same thing.
:func:`ui` looks a key up without the prefix; an unknown key raises ``KeyError`` (tested: every key used by
a template exists, and both languages have the same keys).
"""

from __future__ import annotations

from collections.abc import Mapping

from jalur.i18n import CatalogView, Lang, t

PREFIX = "ui."
#: the UI's strings, key (without ``ui.``) → ``{"id": text, "en": text}``; a view of the catalogue
TEXT: Mapping[str, Mapping[Lang, str]] = CatalogView(PREFIX)


def ui(key: str, lang: Lang, /, **params: object) -> str:
    """The UI string ``key`` (``ui.<key>`` in the catalogue) in ``lang``, formatted with ``params``."""
    return t(PREFIX + key, lang, **params)
