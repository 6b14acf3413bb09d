"""Jinja2 environment (autoescape always on) and the page renderer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import HTMLResponse

from armswatch.serve.security import safe_url

TEMPLATES = Path(__file__).parents[1] / "templates"
TYPE_COLOURS = {"transfer": "#c0392b", "production": "#8e44ad", "test": "#d35400", "evasion": "#2c3e50",
                "enforcement": "#16a085", "agreement": "#2980b9", "deployment": "#7f8c2d"}


def json_script(value: Any) -> Markup:
    """JSON safe inside a <script type="application/json"> element: <, >, & and ' are \\u-escaped."""
    text = json.dumps(value, ensure_ascii=False, default=str)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(text)  # noqa: S704 - escaped above for the only context it is used in


def make_templates() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["safe_url"] = safe_url
    env.filters["json_script"] = json_script
    env.filters["urlpart"] = lambda v: quote(str(v), safe="")
    env.filters["short"] = lambda v, n=80: (str(v)[: n - 1] + "…") if v and len(str(v)) > n else (v or "")
    env.filters["date"] = lambda v: (str(v)[:10] if v else "")
    env.globals["TYPE_COLOURS"] = TYPE_COLOURS
    return env


def query_with(request: Request, **changes: Any) -> str:
    """The current query string with some parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return "?" + urlencode(params) if params else "?"


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    app = request.app
    settings = app.state.settings
    base = {"request": request, "csrf": getattr(request.state, "csrf", ""), "nav": context.pop("nav", ""),
            "needs_login": bool(settings.token), "logged_in": _logged_in(request),
            "query_with": lambda **kw: query_with(request, **kw), "params": dict(request.query_params),
            "vendor_ok": vendor_available(request)}
    html = app.state.templates.get_template(name).render(**base, **context)
    return HTMLResponse(html, status_code=status_code)


def vendor_available(request: Request) -> bool:
    from armswatch.serve.app import VENDOR

    root = request.app.state.frontend
    return all((root / path).is_file() for path in VENDOR.values())


def _logged_in(request: Request) -> bool:
    import hmac

    from armswatch.serve.security import SESSION_COOKIE, session_value

    token = request.app.state.settings.token
    cookie = request.cookies.get(SESSION_COOKIE, "")
    return bool(token and cookie and hmac.compare_digest(cookie, session_value(token)))
