"""Security: response headers (CSP), write authorisation (token, session), CSRF, trusted hosts, URLs."""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from urllib.parse import urlsplit

from starlette.requests import Request

from armswatch.exc import Forbidden, Unauthorized

CSRF_COOKIE = "aw_csrf"
CSRF_HEADER = "x-csrf-token"
CSRF_FIELD = "csrf_token"
SESSION_COOKIE = "aw_session"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",  # no-referrer would make browsers send "Origin: null" on form posts
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


def is_loopback(host: str) -> bool:
    name = host.strip("[]")
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def session_value(token: str) -> str:
    """The session cookie for a token: a keyed hash, so the cookie never holds the token itself."""
    return hmac.new(token.encode(), b"armswatch-session-v1", hashlib.sha256).hexdigest()


def new_csrf() -> str:
    return secrets.token_urlsafe(24)


def safe_url(value: object) -> str | None:
    """The URL if it is http(s) with a host, else None: only those become links."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(c in text for c in "\r\n\t "):
        return text
    return None


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip()
    return None


def is_browser(request: Request) -> bool:
    """Browsers send cookies, Origin or Sec-Fetch-* on writes; bare API clients (curl, httpx) do not."""
    h = request.headers
    return bool(request.cookies or h.get("origin") or h.get("sec-fetch-site") or h.get("referer"))


def check_origin(request: Request) -> None:
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = urlsplit(origin).netloc
        if host.lower() != request.headers.get("host", "").lower():
            raise Forbidden(f"cross-origin write from {origin} refused")
    elif origin == "null":
        raise Forbidden("write from an opaque origin refused")
    if request.headers.get("sec-fetch-site") == "cross-site":
        raise Forbidden("cross-site write refused")


def check_write(request: Request, token: str | None, form_csrf: str | None = None) -> str:
    """Authorise an unsafe request; returns how ("token", "session", "local").

    With a token configured, a write needs ``Authorization: Bearer <token>`` or the session cookie set by
    /login.  Without one (only allowed on loopback) writes are open to local clients.  Any request that
    does not carry the bearer token must pass the double-submit CSRF check when it comes from a browser.
    """
    check_origin(request)
    given = bearer(request)
    if given is not None:
        if token and hmac.compare_digest(given, token):
            return "token"
        raise Unauthorized("invalid token")
    how = "local"
    if token:
        cookie = request.cookies.get(SESSION_COOKIE, "")
        if not cookie or not hmac.compare_digest(cookie, session_value(token)):
            raise Unauthorized("this server needs a token for changes: log in or send Authorization: Bearer")
        how = "session"
    if how == "session" or is_browser(request):
        cookie = request.cookies.get(CSRF_COOKIE, "")
        sent = request.headers.get(CSRF_HEADER) or form_csrf or ""
        if not cookie or not sent or not hmac.compare_digest(cookie, sent):
            raise Forbidden("missing or wrong CSRF token; reload the page and try again")
    return how


def host_allowed(request: Request, allowed: set[str] | None) -> bool:
    if not allowed:
        return True
    host = request.headers.get("host", "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    return name.lower() in allowed
