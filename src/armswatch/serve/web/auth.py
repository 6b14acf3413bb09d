"""Log in with the server's token (sets an HttpOnly session cookie holding a keyed hash of it)."""

from __future__ import annotations

import hmac

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from armswatch.exc import Unauthorized
from armswatch.serve.security import CSRF_FIELD, SESSION_COOKIE, check_origin, session_value
from armswatch.serve.web.render import render

router = APIRouter()


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> HTMLResponse:
    return render(request, "login.html", nav="login")


@router.post("/login")
async def login(request: Request) -> Response:
    form = await request.form(max_files=0, max_fields=10)
    check_origin(request)
    cookie = request.cookies.get("aw_csrf", "")
    sent = str(form.get(CSRF_FIELD) or "")
    if not cookie or not hmac.compare_digest(cookie, sent):
        raise Unauthorized("missing CSRF token; reload the page")
    token = request.app.state.settings.token
    given = str(form.get("token") or "")
    if not token or not hmac.compare_digest(given, token):
        return render(request, "login.html", status_code=401, nav="login", error="wrong token")
    response = RedirectResponse("/", status_code=303)
    response.set_cookie(SESSION_COOKIE, session_value(token), httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response
