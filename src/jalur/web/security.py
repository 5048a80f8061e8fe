"""Security of the web application: the organisation API key, security headers, the request body limit,
rate limiting and an access log without personal data.

All middleware here is plain ASGI (no ``BaseHTTPMiddleware``: it would buffer bodies and cost latency).
Order, outermost first (``install``): access log → security headers → catch-all (500 envelope) → rate limit
→ body limit → the application.
"""

from __future__ import annotations

import hashlib
import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import FastAPI, Request, Security
from fastapi.security import APIKeyHeader
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jalur.web.db import split_key
from jalur.web.errors import ApiError, CatchAll, envelope, message, route_template, scope_lang
from jalur.web.settings import Settings

access_log = logging.getLogger("jalur.web.access")

API_PREFIX = "/api/v1"
#: a body that is not a multipart upload may be at most this big (JSON and form posts)
MAX_PLAIN_BODY = 1024 * 1024
#: room for the multipart envelope around an upload of ``max_upload_bytes``
MULTIPART_OVERHEAD = 1024 * 1024
#: longest API key looked up (longer ones are refused without touching the store)
MAX_KEY_LENGTH = 256

CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
#: the interactive API docs load Swagger UI from its CDN and start it with an inline script
CSP_DOCS = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' https://cdn.jsdelivr.net; img-src 'self' data: https://fastapi.tiangolo.com; "
    "object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
)
#: a downloaded report opened in the browser: its own inline styles and images, no script, sandboxed
CSP_REPORT_FILE = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; sandbox"
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"
#: responses under these paths are never stored by a browser or a proxy (organisation data)
NO_STORE_PREFIXES = (f"{API_PREFIX}/reports", f"{API_PREFIX}/audit", "/employer", "/pemberi-kerja")
#: not rate limited: static files and the health check
RATE_EXEMPT_PREFIXES = ("/static/", f"{API_PREFIX}/health")


# ------------------------------------------------------------------------------------------------ API key
api_key_header = APIKeyHeader(
    name="X-API-Key",
    auto_error=False,
    scheme_name="ApiKey",
    description="The organisation's API key (`jalur org create` / `jalur org key`).",
)


@dataclass(frozen=True)
class Caller:
    """The organisation behind a request's API key; ``actor`` is the key id (public), never the key."""

    org_id: str
    actor: str


def key_fingerprint(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8", "replace")).hexdigest()[:16]


def require_org(request: Request, key: str | None = Security(api_key_header)) -> Caller:
    """The API-key dependency: 401 without a key, 403 for a malformed, unknown or revoked one."""
    if not key:
        raise ApiError(401, "unauthorized", headers={"WWW-Authenticate": "ApiKey"})
    if len(key) > MAX_KEY_LENGTH:
        raise ApiError(403, "forbidden")
    parts = split_key(key)
    org_id = request.app.state.store.org_for_key(key) if parts is not None else None
    if org_id is None or parts is None:
        raise ApiError(403, "forbidden")
    return Caller(str(org_id), f"key:{parts[0]}")


# ---------------------------------------------------------------------------------------------- helpers
def _path(scope: Scope) -> str:
    return str(scope.get("path", ""))


def _header(scope: Scope, name: bytes) -> str | None:
    for k, v in scope.get("headers", ()):
        if k == name:
            return bytes(v).decode("latin-1")
    return None


def _human_size(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"


# -------------------------------------------------------------------------------------- security headers
class SecurityHeaders:
    """Adds the security headers to every response (those the application set itself are kept)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = _path(scope)
        if path.startswith(f"{API_PREFIX}/docs"):
            csp = CSP_DOCS
        elif path.startswith(f"{API_PREFIX}/reports/") and "/files/" in path:
            csp = CSP_REPORT_FILE
        else:
            csp = CSP
        no_store = path.startswith(NO_STORE_PREFIXES) or _header(scope, b"x-api-key") is not None

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("Content-Security-Policy", csp)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("X-Frame-Options", "DENY")
                headers.setdefault("Referrer-Policy", "no-referrer")
                headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
                headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
                headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
                if no_store:
                    headers["Cache-Control"] = "no-store"
                    headers.setdefault("Pragma", "no-cache")
            await send(message)

        await self.app(scope, receive, send_with_headers)


# ---------------------------------------------------------------------------------------------- body limit
class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuses request bodies over the limit with 413 (the JSON envelope), whether the size is announced
    (Content-Length) or only seen while reading (chunked). Multipart uploads may carry
    ``max_upload_bytes`` plus the envelope; other bodies ``MAX_PLAIN_BODY``."""

    def __init__(self, app: ASGIApp, max_upload_bytes: int) -> None:
        self.app = app
        self.max_upload = max_upload_bytes + MULTIPART_OVERHEAD

    def limit_for(self, scope: Scope) -> int:
        ctype = (_header(scope, b"content-type") or "").casefold()
        return self.max_upload if ctype.startswith("multipart/form-data") else MAX_PLAIN_BODY

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        lang = scope_lang(scope)
        text = message("too_large", lang, limit=_human_size(limit))
        await envelope(413, "too_large", text, lang, headers={"Connection": "close"})(scope, receive, send)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope)
        declared = _header(scope, b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                too_big = False
            if too_big:
                await self._refuse(scope, receive, send, limit)
                return
        received = 0
        exceeded = False
        answered = False

        async def limited_receive() -> Message:
            nonlocal received, exceeded
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    exceeded = True
                    raise _TooLarge
            return msg

        async def guarded_send(msg: Message) -> None:
            nonlocal answered
            if exceeded:  # whatever the application made of the cut body, the answer is 413
                if not answered:
                    answered = True
                    await self._refuse(scope, receive, send, limit)
                return
            answered = answered or msg["type"] == "http.response.start"
            await send(msg)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not exceeded:
                raise
            if not answered:
                answered = True
                await self._refuse(scope, receive, send, limit)


# ---------------------------------------------------------------------------------------------- rate limit
class TokenBucket:
    """Per-client token buckets: ``rate_per_minute`` tokens a minute, a burst of as many."""

    MAX_CLIENTS = 50_000

    def __init__(self, rate_per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(rate_per_minute)
        self.rate = rate_per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when the request may go ahead (a token is taken), else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(client, (self.capacity, now))
            tokens = min(self.capacity, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > self.MAX_CLIENTS:
                    self._prune(now)
                return 0.0
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / self.rate

    def _prune(self, now: float) -> None:
        full_after = self.capacity / self.rate
        for key, (_, last) in list(self._buckets.items()):
            if now - last >= full_after:
                del self._buckets[key]


def client_key(scope: Scope) -> str:
    """Whom a request counts against: its API key (hashed) when it has one, else the client address."""
    key = _header(scope, b"x-api-key")
    if key:
        return f"key:{key_fingerprint(key)}"
    client = scope.get("client")
    return f"addr:{client[0] if client else 'unknown'}"


class RateLimit:
    def __init__(self, app: ASGIApp, rate_per_minute: int) -> None:
        self.app = app
        self.bucket = TokenBucket(rate_per_minute) if rate_per_minute > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.bucket is None or scope["type"] != "http" or _path(scope).startswith(RATE_EXEMPT_PREFIXES):
            await self.app(scope, receive, send)
            return
        wait = self.bucket.take(client_key(scope))
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        seconds = max(1, math.ceil(wait))
        lang = scope_lang(scope)
        response = envelope(
            429,
            "rate_limited",
            message("rate_limited", lang, seconds=seconds),
            lang,
            headers={"Retry-After": str(seconds)},
        )
        await response(scope, receive, send)


# ---------------------------------------------------------------------------------------------- access log
class AccessLog:
    """One line per request: method, route template (``/api/v1/occupations/{query}``, never the path as
    sent nor its query string), status and duration. Nothing a user typed reaches the log."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 0

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        finally:
            route = route_template(scope)
            access_log.info(
                "%s %s %d %.1fms",
                scope.get("method", "?"),
                route,
                status,
                (time.perf_counter() - start) * 1000,
            )


def install(app: FastAPI, settings: Settings) -> None:
    """The middleware stack (last added runs first)."""
    app.add_middleware(BodyLimit, max_upload_bytes=settings.max_upload_bytes)
    app.add_middleware(RateLimit, rate_per_minute=settings.rate_per_minute)
    app.add_middleware(CatchAll)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AccessLog)
