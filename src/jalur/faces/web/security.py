"""Security of the web application: the organisation API key, security headers, the request body limit,
rate limiting and an access log without personal data.

All middleware here is plain ASGI (no ``BaseHTTPMiddleware``: it would buffer bodies and cost latency).
Order, outermost first (``install``): access log → security headers → catch-all (500 envelope) → rate limit
→ body limit → the application.

Rate limits (``Limits``, on ``app.state.limits``): every request but static files and the health check
counts against its client address (``address_rate_per_minute``; IPv6 by /64); a request whose API key was
checked counts against its organisation (``rate_per_minute``, in ``require_org``: every key of one
organisation shares one bucket); each failed key check counts against the address, and an address with
``auth_failures_per_minute`` failures gets 429 for anything presenting a key before the key is looked up.
Buckets live in tables of bounded size (least recently used client evicted, O(1) per request).
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from fastapi import FastAPI, Request, Security
from fastapi.security import APIKeyHeader
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from jalur.app.errors import message
from jalur.app.runtime import key_id_of
from jalur.app.settings import Settings
from jalur.faces.web.errors import ApiError, CatchAll, envelope, route_template, scope_lang

access_log = logging.getLogger("jalur.faces.web.access")

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
#: the interactive API docs: Swagger UI vendored under /static (no CDN, no inline script); it sets inline
#: styles on its own elements
CSP_DOCS = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
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
    """The API-key dependency: 401 without a key, 403 for a malformed, unknown or revoked one (each counts
    as a failed check against the client address); 429 when the address has failed too often (before the
    key is looked up) or the key's organisation is over its rate (after it is checked)."""
    limits: Limits | None = getattr(request.app.state, "limits", None)
    address = limits.address_of(request) if limits is not None else ""
    if key and limits is not None:
        blocked = limits.auth_blocked(address)
        if blocked > 0:
            raise rate_limited(blocked)

    def refuse(status: int, code: str, headers: Mapping[str, str] | None = None) -> ApiError:
        if limits is not None:
            limits.auth_failed(address)
        return ApiError(status, code, headers=headers)

    if not key:
        raise refuse(401, "unauthorized", {"WWW-Authenticate": "ApiKey"})
    if len(key) > MAX_KEY_LENGTH:
        raise refuse(403, "forbidden")
    key_id = key_id_of(key)
    org_id = request.app.state.store.org_for_key(key) if key_id is not None else None
    if org_id is None or key_id is None:
        raise refuse(403, "forbidden")
    if limits is not None:
        wait = limits.org_wait(str(org_id))
        if wait > 0:
            raise rate_limited(wait)
    return Caller(str(org_id), f"key:{key_id}")


def retry_after(wait: float) -> int:
    """Whole seconds for a ``Retry-After`` header (at least 1)."""
    return max(1, math.ceil(wait))


def rate_limited(wait: float) -> ApiError:
    """The 429 error (``rate_limited`` envelope with ``Retry-After``) for a wait of ``wait`` seconds."""
    seconds = retry_after(wait)
    return ApiError(429, "rate_limited", headers={"Retry-After": str(seconds)}, seconds=seconds)


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
#: clients (addresses, organisations) whose buckets are kept per table; beyond it the least recently
#: seen is forgotten (its next request starts with a full bucket)
MAX_CLIENTS = 50_000


class BucketTable:
    """Token buckets for at most ``max_clients`` clients: ``rate_per_minute`` tokens a minute, a burst of
    as many. The table is an LRU (``OrderedDict``): a full table evicts its least recently used client in
    O(1); nothing on the request path scans it. Thread-safe (the API-key check runs in a thread pool)."""

    def __init__(
        self,
        rate_per_minute: int,
        *,
        max_clients: int = MAX_CLIENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate_per_minute <= 0 or max_clients <= 0:
            raise ValueError("rate_per_minute and max_clients must be positive")
        self.capacity = float(rate_per_minute)
        self.rate = rate_per_minute / 60.0
        self.max_clients = max_clients
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def _tokens(self, client: str, now: float) -> float | None:
        """The client's tokens now (None when it has no bucket: a full one); marks it recently used."""
        entry = self._buckets.get(client)
        if entry is None:
            return None
        self._buckets.move_to_end(client)
        tokens, last = entry
        return min(self.capacity, tokens + max(0.0, now - last) * self.rate)

    def _store(self, client: str, tokens: float, now: float) -> None:
        if client not in self._buckets and len(self._buckets) >= self.max_clients:
            self._buckets.popitem(last=False)
        self._buckets[client] = (tokens, now)

    def take(self, client: str) -> float:
        """0 when the request may go ahead (a token is taken), else the seconds until one is available."""
        now = self.clock()
        with self._lock:
            tokens = self._tokens(client, now)
            if tokens is None:
                tokens = self.capacity
            if tokens >= 1.0:
                self._store(client, tokens - 1.0, now)
                return 0.0
            self._store(client, tokens, now)
            return (1.0 - tokens) / self.rate

    def wait(self, client: str) -> float:
        """Seconds until the client has a token (0: it has one now); takes nothing, adds no bucket."""
        now = self.clock()
        with self._lock:
            tokens = self._tokens(client, now)
            if tokens is None or tokens >= 1.0:
                return 0.0
            return (1.0 - tokens) / self.rate


#: an IPv6 client is counted by its /64 (one subscriber's network; it can choose any address in it)
IPV6_GROUP_PREFIX = 64
_IPV6_GROUP_MASK = ((1 << IPV6_GROUP_PREFIX) - 1) << (128 - IPV6_GROUP_PREFIX)
#: longest client address text kept as a key (a non-IP peer name, e.g. a test client)
MAX_ADDRESS_TEXT = 64


def client_group(text: str) -> str | None:
    """The rate-limit key of one address: an IPv4 address as such, an IPv6 address as its /64 (an
    IPv4-mapped IPv6 address as the IPv4 address); None when ``text`` is no IP address. Brackets and a
    port (``[2001:db8::1]:443``, ``192.0.2.1:8080``) are allowed."""
    value = text.strip()
    if value.startswith("["):
        value = value[1:].split("]", 1)[0]
    elif value.count(":") == 1:
        value = value.split(":", 1)[0]
    try:
        ip = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        network = int(ip) & _IPV6_GROUP_MASK  # int(): a zone index (fe80::1%eth0) is dropped
        return f"{ipaddress.IPv6Address(network)}/{IPV6_GROUP_PREFIX}"
    return str(ip)


class Limits:
    """The service's rate limits (``app.state.limits``), shared by the middleware, the API-key check and
    the web UI's signed-in pages. A rate of 0 in the settings turns its limit off."""

    def __init__(
        self,
        settings: Settings,
        *,
        max_clients: int = MAX_CLIENTS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        def table(rate: int) -> BucketTable | None:
            return BucketTable(rate, max_clients=max_clients, clock=clock) if rate > 0 else None

        self.trust_proxy = settings.trust_proxy
        self.addresses = table(settings.address_rate_per_minute)
        self.orgs = table(settings.rate_per_minute)
        self.auth_failures = table(settings.auth_failures_per_minute)

    def address_of(self, source: HTTPConnection | Scope) -> str:
        """Whom a request counts against: the peer address (``scope["client"]``), or the first address of
        ``X-Forwarded-For`` when ``trust_proxy`` is on; IPv6 grouped by /64 (``client_group``)."""
        scope: Scope = source.scope if isinstance(source, HTTPConnection) else source
        if self.trust_proxy:
            forwarded = _header(scope, b"x-forwarded-for")
            if forwarded:
                grouped = client_group(forwarded.split(",", 1)[0])
                if grouped is not None:
                    return grouped
        client = scope.get("client")
        host = str(client[0]) if client else ""
        return client_group(host) or host[:MAX_ADDRESS_TEXT] or "unknown"

    def address_wait(self, address: str) -> float:
        """Takes a request of ``address``: 0 to go ahead, else the seconds to wait."""
        return self.addresses.take(address) if self.addresses is not None else 0.0

    def org_wait(self, org_id: str) -> float:
        """Takes a request of the (authenticated) organisation: 0 to go ahead, else the seconds to wait."""
        return self.orgs.take(org_id) if self.orgs is not None else 0.0

    def auth_blocked(self, address: str) -> float:
        """Seconds until ``address`` may try a key or a sign-in again (0: now); counts nothing."""
        return self.auth_failures.wait(address) if self.auth_failures is not None else 0.0

    def auth_failed(self, address: str) -> None:
        """Counts one failed key check or sign-in of ``address``."""
        if self.auth_failures is not None:
            self.auth_failures.take(address)


class RateLimit:
    """The per-address limit of every request (but static files and the health check), before anything
    else runs: 429 in the JSON envelope with ``Retry-After``."""

    def __init__(self, app: ASGIApp, limits: Limits) -> None:
        self.app = app
        self.limits = limits

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.limits.addresses is None
            or scope["type"] != "http"
            or _path(scope).startswith(RATE_EXEMPT_PREFIXES)
        ):
            await self.app(scope, receive, send)
            return
        wait = self.limits.address_wait(self.limits.address_of(scope))
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        seconds = retry_after(wait)
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
    """The middleware stack (last added runs first) and the rate limits (``app.state.limits``)."""
    limits = Limits(settings)
    app.state.limits = limits
    app.add_middleware(BodyLimit, max_upload_bytes=settings.max_upload_bytes)
    app.add_middleware(RateLimit, limits=limits)
    app.add_middleware(CatchAll)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AccessLog)
