"""The error envelope of the web API: every error is JSON

    {"error": {"code": "...", "message": "...", "lang": "id|en", "candidates": [...]}}

with the message in the language the request asked for (``lang`` query or form parameter, else the first of
``id``/``en`` in ``Accept-Language``, else Indonesian). ``candidates`` is present only for an unknown
occupation. Handlers never put a traceback, an exception's text or an input value into a body or a log line:
unexpected exceptions are logged by type and route only.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jalur.app.errors import ServiceError, message
from jalur.errors import JalurError, KnowledgeBaseMissing, UnknownOccupation
from jalur.i18n import DEFAULT_LANG, LANGS, Lang

log = logging.getLogger("jalur.faces.web")

#: domain message keys whose errors are the uploaded file's content (422), or its size (413)
_UNPROCESSABLE_PREFIXES = (
    "error.roster_",
    "error.file_",
    "error.overrides_",
    "error.scenario_",
    "error.table_",
    "error.workbook_",
    "error.market_",
    "error.ads_",
    "error.layoffs_",
)
_TOO_LARGE = {"error.roster_too_large", "error.file_too_large", "error.market_too_many"}
_NOT_FOUND = {"error.unknown_role"}


def _accept_language(header: str) -> Lang | None:
    """The preferred of ``id``/``en`` in an Accept-Language header (quality values honoured)."""
    best: tuple[float, int, Lang] | None = None
    for i, part in enumerate(header.split(",")[:20]):
        bits = part.strip().split(";")
        tag = bits[0].strip().casefold().split("-")[0]
        q = 1.0
        for b in bits[1:]:
            b = b.strip()
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        if tag in LANGS and q > 0 and (best is None or (q, -i) > (best[0], best[1])):
            best = (q, -i, tag)
    return best[2] if best else None


def lang_from(query_lang: str | None, accept_language: str | None) -> Lang:
    if query_lang in LANGS:
        return query_lang
    if accept_language:
        found = _accept_language(accept_language)
        if found:
            return found
    return DEFAULT_LANG


def request_lang(request: Request) -> Lang:
    """The language of a request's messages: an endpoint's own choice (``request.state.lang``, e.g. the
    ``lang`` form field of an upload), the ``lang`` query parameter, ``Accept-Language``, Indonesian."""
    chosen = getattr(request.state, "lang", None)
    if chosen in LANGS:
        return chosen  # type: ignore[no-any-return]
    return lang_from(request.query_params.get("lang"), request.headers.get("accept-language"))


# --------------------------------------------------------------------------------------- the envelope
class Candidate(BaseModel):
    code: str = Field(description="ISCO-08 unit group", examples=["4211"])
    label: str = Field(description="titles and the matcher's confidence")


class ErrorBody(BaseModel):
    code: str = Field(description="stable error code", examples=["unknown_occupation"])
    message: str = Field(description="the message in the requested language")
    lang: str = Field(description="language of the message", examples=["id"])
    candidates: list[Candidate] | None = Field(
        default=None, description="occupations the query may have meant (unknown occupation only)"
    )
    fields: list[dict[str, str]] | None = Field(
        default=None, description="invalid request fields: location and error type (validation only)"
    )
    details: list[str] | None = Field(
        default=None, description="further lines of the message, when it has any"
    )


class ErrorEnvelope(BaseModel):
    error: ErrorBody

    model_config = {
        "json_schema_extra": {
            "examples": [
                {
                    "error": {
                        "code": "unknown_occupation",
                        "message": "Pekerjaan 'xyz' tidak ditemukan di basis pengetahuan.",
                        "lang": "id",
                        "candidates": [
                            {"code": "4211", "label": "Teller Bank dan YBDI / Bank tellers (62%)"}
                        ],
                    }
                }
            ]
        }
    }


def envelope(
    status: int,
    code: str,
    text: str,
    lang: Lang,
    *,
    candidates: Sequence[tuple[str, str]] | None = None,
    fields: list[dict[str, str]] | None = None,
    details: Sequence[str] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": text, "lang": lang}
    if candidates is not None:
        body["candidates"] = [{"code": c, "label": label} for c, label in candidates]
    if fields is not None:
        body["fields"] = fields
    if details:
        body["details"] = [str(d) for d in details[:50]]
    return JSONResponse({"error": body}, status_code=status, headers=dict(headers or {}))


#: the use cases' refusals, as the web layer raises them too
ApiError = ServiceError


def error_status(exc: JalurError) -> int:
    if isinstance(exc, UnknownOccupation):
        return 404
    if isinstance(exc, KnowledgeBaseMissing):
        return 503
    if exc.key in _NOT_FOUND:
        return 404
    if exc.key in _TOO_LARGE:
        return 413
    if exc.key.startswith(_UNPROCESSABLE_PREFIXES):
        return 422
    return 400


def error_code(key: str) -> str:
    return key.removeprefix("error.")


def jalur_error_response(exc: JalurError, lang: Lang) -> JSONResponse:
    candidates = exc.candidates if isinstance(exc, UnknownOccupation) else None
    return envelope(
        error_status(exc),
        error_code(exc.key),
        exc.message(lang),
        lang,
        candidates=candidates,
        details=exc.details,
    )


# ------------------------------------------------------------------------------------------- handlers
async def _on_api_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    lang = request_lang(request)
    return envelope(exc.status, exc.key, message(exc.key, lang, **exc.params), lang, headers=exc.headers)


async def _on_jalur_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, JalurError)
    return jalur_error_response(exc, request_lang(request))


def _field_errors(errors: Sequence[Any]) -> list[dict[str, str]]:
    out = []
    for e in list(errors)[:20]:
        loc = e.get("loc", ()) if isinstance(e, Mapping) else ()
        out.append(
            {
                "field": ".".join(str(x) for x in loc) or "body",
                "type": str(e.get("type", "invalid")) if isinstance(e, Mapping) else "invalid",
            }
        )
    return out


async def _on_validation(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    lang = request_lang(request)
    fields = _field_errors(exc.errors())
    names = ", ".join(sorted({f["field"] for f in fields})) or "body"
    return envelope(422, "validation", message("validation", lang, fields=names), lang, fields=fields)


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if not request.url.path.startswith("/api"):
        # a person's browser, not an integrator: the bilingual error page of the web UI
        try:
            from jalur.faces.web.ui import error_page
        except ImportError:  # pragma: no cover - the UI ships with the package
            pass
        else:
            return error_page(request, exc.status_code)
    lang = request_lang(request)
    code = _HTTP_CODES.get(exc.status_code, "http_error")
    if code == "too_large":
        text = message("http_error", lang, status=exc.status_code)
    else:
        text = message(code, lang, status=exc.status_code)
    return envelope(exc.status_code, code, text, lang, headers=getattr(exc, "headers", None))


def route_template(scope: Scope) -> str:
    """The matched route's template (``/api/v1/occupations/{query}``), never the path as sent."""
    route = scope.get("route")
    template = getattr(route, "path_format", None) or getattr(route, "path", None)
    return str(template) if template else "(unrouted)"


def scope_lang(scope: Scope) -> Lang:
    """``request_lang`` from a raw ASGI scope (for middleware that answers before the application)."""
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    accept = None
    for name, value in scope.get("headers", ()):
        if name == b"accept-language":
            accept = value.decode("latin-1")
    langs = query.get("lang")
    return lang_from(langs[0] if langs else None, accept)


class CatchAll:
    """Turns an exception no handler took into the ``internal`` envelope (500) and logs its type and route
    only — an exception's text may quote user input (a roster cell, a query), and a traceback in the log is
    what this layer promises not to write. The exception is not re-raised (the server would log it whole)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            route = route_template(scope)
            status, code = _status_of(exc)
            if status == 500:
                log.error("internal error %s in %s %s", type(exc).__name__, scope.get("method", "?"), route)
            else:
                from jalur.app.worker import _db_reason

                log.error("%s in %s %s: %s", code, scope.get("method", "?"), route, _db_reason(exc))
            if started:  # nothing more can be said to the client
                return
            lang = scope_lang(scope)
            response = envelope(status, code, message(code, lang), lang)
            await response(scope, receive, send)


def _status_of(exc: BaseException) -> tuple[int, str]:
    """A database that cannot be written or reached is 503 ``db_unavailable``; a full disk 507
    ``disk_full``; another failing file operation 503 ``storage_unavailable``; anything else 500."""
    import errno

    from sqlalchemy.exc import DBAPIError, OperationalError

    if isinstance(exc, OperationalError | DBAPIError):
        return 503, "db_unavailable"
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return 507, "disk_full"
        return 503, "storage_unavailable"
    return 500, "internal"


def install(app: FastAPI) -> None:
    """The exception handlers (the catch-all is middleware: see ``CatchAll``)."""
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(JalurError, _on_jalur_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
