"""Form posts from the pages: review claims, merge/split/grade events, decide matches, add reports.

Each checks the write token/session and the CSRF token, calls the same core function as the API,
and redirects back (post/redirect/get).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.datastructures import FormData, UploadFile
from starlette.responses import HTMLResponse, RedirectResponse

from armswatch.exc import InvalidRequest, NotFound
from armswatch.serve import reports
from armswatch.serve.security import CSRF_FIELD, check_write
from armswatch.serve.web.render import render

router = APIRouter()
MAX_FIELD = 100_000


async def _form(request: Request, files: int = 0) -> tuple[FormData, str]:
    form = await request.form(max_files=files, max_fields=200, max_part_size=6 * 1024 * 1024)
    how = check_write(request, request.app.state.settings.token, str(form.get(CSRF_FIELD) or ""))
    name = str(form.get("analyst") or "").strip()[:80]
    return form, name or f"web:{how}"


def _text(form: FormData, key: str, limit: int = 2000) -> str:
    value = form.get(key)
    if value is None or isinstance(value, UploadFile):
        return ""
    return str(value)[:limit]


def back(form: FormData, default: str) -> RedirectResponse:
    target = _text(form, "next", 2000)
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = default
    return RedirectResponse(target, status_code=303)


@router.post("/claims/{claim_id}/review")
async def review_claim(request: Request, claim_id: int) -> RedirectResponse:
    from armswatch.store.review import EDITABLE
    from armswatch.store.review import review_claim as core

    form, who = await _form(request)
    action = _text(form, "action", 20)
    changes: dict[str, Any] | None = None
    if action == "edit":
        changes = {k: _text(form, k, 300) for k in EDITABLE if k in form}
    with request.app.state.store.begin() as c:
        core(c, claim_id, action, _text(form, "why"), changes, who)
    return back(form, f"/claims?document_id=&q=#claim-{claim_id}")


@router.post("/events/merge")
async def merge_events(request: Request) -> RedirectResponse:
    from armswatch.store.event_actions import merge

    form, who = await _form(request)
    raw = ",".join(str(v) for v in form.getlist("event_ids"))
    try:
        ids = [int(x) for x in raw.replace(" ", ",").split(",") if x.strip()]
    except ValueError as exc:
        raise InvalidRequest("event ids must be numbers") from exc
    with request.app.state.store.begin() as c:
        event = merge(c, ids, _text(form, "why"), who)
    return RedirectResponse(f"/events/{event['id']}", status_code=303)


@router.post("/events/{event_id}/split")
async def split_event(request: Request, event_id: int) -> RedirectResponse:
    from armswatch.store.event_actions import split

    form, who = await _form(request)
    try:
        claim_id = int(_text(form, "claim_id", 20))
    except ValueError as exc:
        raise InvalidRequest("choose the claim to split out") from exc
    with request.app.state.store.begin() as c:
        event = split(c, event_id, claim_id, _text(form, "why"), who)
    return RedirectResponse(f"/events/{event['id']}", status_code=303)


@router.post("/events/{event_id}/grade")
async def grade_event(request: Request, event_id: int) -> RedirectResponse:
    from armswatch.store.event_actions import grade

    form, who = await _form(request)
    value = _text(form, "credibility", 2).strip()
    if value and not value.isdigit():
        raise InvalidRequest("credibility must be 1–6")
    with request.app.state.store.begin() as c:
        grade(c, event_id, int(value) if value else None, _text(form, "why"), who)
    return RedirectResponse(f"/events/{event_id}", status_code=303)


@router.post("/matches/{match_id}/decision")
async def decide_match(request: Request, match_id: int) -> RedirectResponse:
    from armswatch.store.review import decide_match as core

    form, who = await _form(request)
    with request.app.state.store.begin() as c:
        core(c, match_id, _text(form, "decision", 20), _text(form, "why"), who)
    return back(form, "/matches")


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request) -> HTMLResponse:
    return render(request, "reports.html", nav="reports", max_bytes=request.app.state.settings.max_bytes,
                  max_files=reports.MAX_FILES)


@router.post("/reports")
async def add_reports(request: Request) -> RedirectResponse:
    form, _who = await _form(request, files=reports.MAX_FILES)
    limit = request.app.state.settings.max_bytes
    uploads = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if len(uploads) > reports.MAX_FILES:
        raise InvalidRequest(f"at most {reports.MAX_FILES} files at a time")
    files = [await reports.read_upload(f, limit) for f in uploads]
    urls = _text(form, "urls", 50_000).split()
    job = reports.start(request.app.state.jobs, _text(form, "text", limit), _text(form, "title", 500),
                        _text(form, "url"), _text(form, "published", 40), urls, files)
    return RedirectResponse(f"/reports/jobs/{job.id}", status_code=303)


@router.get("/reports/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> HTMLResponse:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r}")
    return render(request, "job.html", nav="reports", job=job.to_dict())
