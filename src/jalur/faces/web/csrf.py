"""Signed cookies of the web UI: the employer session and the CSRF token, both keyed with
``settings.secret_key`` (HMAC-SHA256); nothing here keeps server-side state.

**Session.** ``jalur_session`` holds ``<org id, base64url>.<expiry, unix seconds>.<signature>``: the
organisation's id only — never its API key — signed so that it cannot be forged or altered, with an expiry
inside the signature. The cookie is HttpOnly and SameSite=Strict (Secure when the request came over HTTPS).

**CSRF.** A signed token tied to the session: ``jalur_csrf`` (HttpOnly, SameSite=Strict) holds a random
nonce; every POST form carries ``csrf_token = HMAC(secret, "csrf|" + nonce + "|" + org id or "")`` in a hidden
field (or the ``X-CSRF-Token`` header). A request is accepted only when the field matches the token computed
from its own cookie and its own session: another site can neither read the cookie nor compute the token, and a
token issued before signing in stops working after it (and the nonce is renewed at sign-in and sign-out).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import time

SESSION_COOKIE = "jalur_session"
CSRF_COOKIE = "jalur_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
#: a session lasts 8 hours (a working day), then the employer signs in again
SESSION_SECONDS = 8 * 3600


def _sign(secret: str, message: str) -> str:
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def new_nonce() -> str:
    return secrets.token_urlsafe(32)


# ------------------------------------------------------------------------------------------------ session
def make_session(secret: str, subject: str, now: float | None = None) -> str:
    """A session cookie value for ``subject`` (the UI keeps ``<org id>:<key id>`` there; the key id is public,
    the key itself is never in the cookie)."""
    expires = int((time.time() if now is None else now) + SESSION_SECONDS)
    org = base64.urlsafe_b64encode(subject.encode()).decode().rstrip("=")
    return f"{org}.{expires}.{_sign(secret, f'session|{org}|{expires}')}"


def read_session(secret: str, value: str | None, now: float | None = None) -> str | None:
    """The subject of a session cookie, or None when it is missing, altered, or expired."""
    if not value or value.count(".") != 2:
        return None
    org, expires, sig = value.split(".")
    if not hmac.compare_digest(sig.encode(), _sign(secret, f"session|{org}|{expires}").encode()):
        return None
    if not expires.isdigit() or int(expires) < (time.time() if now is None else now):
        return None
    try:
        return base64.urlsafe_b64decode(org + "=" * (-len(org) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None


# ------------------------------------------------------------------------------------------------ CSRF
def csrf_token(secret: str, nonce: str, subject: str | None) -> str:
    return _sign(secret, f"csrf|{nonce}|{subject or ''}")


def csrf_ok(secret: str, nonce: str | None, subject: str | None, given: str | None) -> bool:
    """Whether ``given`` (the form field or header) is the token of this cookie nonce and session."""
    if not nonce or not given:
        return False
    return hmac.compare_digest(given.encode(), csrf_token(secret, nonce, subject).encode())
