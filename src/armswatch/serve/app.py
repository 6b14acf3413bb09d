"""``create_app(settings)``: the FastAPI application behind ``armswatch serve``."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response
from starlette.staticfiles import StaticFiles

from armswatch.exc import Forbidden, TooLarge
from armswatch.serve import errors, security
from armswatch.serve.jobs import Jobs
from armswatch.settings import Settings
from armswatch.store.db import Store, open_store

HERE = Path(__file__).parent
FRONTEND = HERE / "frontend" / "node_modules"
# Third-party browser files served from node_modules (installed by `npm ci`, never committed).
VENDOR = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    # the "peer" build: no <style> injection (blocked by our CSP); needs moment and vis-data loaded first
    "moment.min.js": "moment/min/moment.min.js",
    "vis-data.min.js": "vis-data/peer/umd/vis-data.min.js",
    "vis-timeline.min.js": "vis-timeline/peer/umd/vis-timeline-graph2d.min.js",
    "vis-timeline.min.css": "vis-timeline/styles/vis-timeline-graph2d.min.css",
}
UPLOAD_OVERHEAD = 1024 * 1024


def create_app(settings: Settings | None = None, store: Store | None = None, host: str = "127.0.0.1",
               allowed_hosts: set[str] | None = None, frontend: Path | None = None) -> FastAPI:
    """Build the app.  Refuses a non-loopback ``host`` without ``settings.token``.

    ``allowed_hosts`` are the Host header names accepted (defaults to the loopback names when bound to
    loopback, which defeats DNS rebinding; anything goes otherwise, since the token guards writes).
    """
    settings = settings or Settings.from_env()
    if not security.is_loopback(host) and not settings.token:
        raise Forbidden(f"refusing to serve on {host} without a token: set ARMSWATCH_TOKEN")
    app = FastAPI(title="armswatch", version=_version(), docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Evidence-backed, sanctions-screened ledger of arms transfers. "
                              'Errors: {"error": {"code", "message", "status"}}.')
    app.state.settings = settings
    app.state.store = store or open_store(settings)
    app.state.jobs = Jobs(app.state.store, settings)
    app.state.frontend = frontend if frontend is not None else FRONTEND
    if allowed_hosts is None and security.is_loopback(host):
        allowed_hosts = set(security.LOOPBACK_NAMES)
    app.state.allowed_hosts = allowed_hosts
    from armswatch.serve.web.render import make_templates

    app.state.templates = make_templates()
    errors.install(app)
    _middleware(app, settings)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    from armswatch.serve.api import router as api_router
    from armswatch.serve.web import router as web_router

    app.include_router(api_router())
    app.include_router(web_router())
    return app


def _version() -> str:
    from armswatch import __version__

    return __version__


def _middleware(app: FastAPI, settings: Settings) -> None:
    max_body = settings.max_bytes * 20 + UPLOAD_OVERHEAD

    @app.middleware("http")
    async def guard(request: Request, call_next):  # noqa: ANN001, ANN202
        if not security.host_allowed(request, app.state.allowed_hosts):
            response: Response = errors.respond(request, "AW603", "host not allowed", 403)
        elif int(request.headers.get("content-length") or 0) > max_body:
            err = TooLarge(f"request body over {max_body} bytes")
            response = errors.respond(request, err.code, str(err), err.status)
        else:
            csrf = request.cookies.get(security.CSRF_COOKIE)
            request.state.csrf = csrf if csrf and len(csrf) < 100 else security.new_csrf()
            response = await call_next(request)
            if request.state.csrf != csrf and not request.url.path.startswith("/api/"):
                response.set_cookie(security.CSRF_COOKIE, request.state.csrf, httponly=True, samesite="strict",
                                    secure=request.url.scheme == "https", path="/")
        for key, value in security.HEADERS.items():
            response.headers.setdefault(key, value)
        if request.url.path.startswith("/api/") or request.method != "GET":
            response.headers.setdefault("Cache-Control", "no-store")
        return response
