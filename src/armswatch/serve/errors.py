"""One error shape for the API — ``{"error": {"code", "message", "status"}}`` — and error pages for the UI."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from armswatch.exc import ArmswatchError, InvalidRequest, NotFound

HTTP_CODES = {400: "AW600", 401: "AW601", 403: "AW603", 404: NotFound.code, 405: "AW605", 406: "AW606",
              413: "AW103", 415: "AW105", 422: InvalidRequest.code, 429: "AW629"}


def error_body(code: str, message: str, status: int) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "status": status}}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def respond(request: Request, code: str, message: str, status: int) -> Response:
    if wants_json(request):
        return JSONResponse(error_body(code, message, status), status_code=status)
    from armswatch.serve.web.render import render

    try:
        return render(request, "error.html", status_code=status, status=status, code=code, message=message)
    except Exception:  # noqa: BLE001 - never fail while reporting a failure
        return HTMLResponse(f"error {code}", status_code=status)


def validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:5]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path"))
        parts.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI) -> None:
    @app.exception_handler(ArmswatchError)
    async def _armswatch(request: Request, exc: ArmswatchError) -> Response:
        data = exc.to_dict()
        return respond(request, str(data["code"]), str(data["message"]), int(data["status"]))  # type: ignore[arg-type]

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, InvalidRequest.code, validation_message(exc), InvalidRequest.status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        code = HTTP_CODES.get(status, f"AW6{status % 100:02d}" if 400 <= status < 500 else "AW000")
        message = "not found" if status == 404 else str(exc.detail)
        return respond(request, code, message, status)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        return respond(request, "AW000", f"internal error ({exc.__class__.__name__})", 500)
