"""Timeline and network pages (vis-timeline, Cytoscape.js from node_modules) and the vendor files."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import FileResponse, HTMLResponse

from armswatch.exc import NotFound
from armswatch.model import CLAIM_TYPES
from armswatch.serve.web.render import render

router = APIRouter()
MEDIA = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request) -> HTMLResponse:
    return render(request, "graph.html", nav="timeline", view="timeline", types=CLAIM_TYPES)


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    return render(request, "graph.html", nav="network", view="network", types=CLAIM_TYPES)


@router.get("/vendor/{name}")
def vendor(request: Request, name: str) -> FileResponse:
    from armswatch.serve.app import VENDOR

    rel = VENDOR.get(name)
    path = request.app.state.frontend / rel if rel else None
    if path is None or not path.is_file():
        raise NotFound(f"{name} is not installed: run npm ci in src/armswatch/serve/frontend")
    suffix = "." + name.rsplit(".", 1)[-1]
    return FileResponse(path, media_type=MEDIA[suffix], headers={"Cache-Control": "public, max-age=86400"})
