"""Errors of the service's use cases that are not the domain's (``jalur.errors``): a refusal with a status
and a code (queue full, busy, file type, disk full, ...), whose message is ``web.<code>`` in the catalogue.
Every face shows them: the REST API as its JSON envelope, the web UI in its pages."""

from __future__ import annotations

from collections.abc import Mapping

from jalur.i18n import CATALOG, Lang, t


class ServiceError(Exception):
    """A refusal of a use case: an HTTP-like ``status``, an error ``key`` (its message: ``web.<key>``),
    headers to send (e.g. Retry-After) and the message's parameters."""

    def __init__(
        self, status: int, key: str, /, headers: Mapping[str, str] | None = None, **params: object
    ) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.params = params
        self.headers = dict(headers or {})


def message(key: str, lang: Lang, /, **params: object) -> str:
    """The message of error code ``key`` (``web.<key>`` in the catalogue of ``jalur.i18n``), else the
    domain message ``key`` itself."""
    web = f"web.{key}"
    return t(web if web in CATALOG else key, lang, **params)
