"""Add reports through the API: pasted text, URLs/feeds, file uploads; poll the job for progress."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, Request, UploadFile
from pydantic import BaseModel, Field

from armswatch.exc import NotFound
from armswatch.serve import reports
from armswatch.serve.api.auth import writer

router = APIRouter(tags=["reports"])


class NewReports(BaseModel):
    text: str | None = Field(None, max_length=5_000_000)
    title: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000, description="the pasted article's original URL")
    published: str | None = Field(None, max_length=40)
    urls: list[str] = Field(default_factory=list, description="article or feed URLs to fetch")


@router.post("/reports", status_code=202, summary="Add pasted text and/or URLs; returns a job to poll")
def add_reports(body: NewReports, request: Request, _who: str = Depends(writer)) -> dict[str, Any]:
    job = reports.start(request.app.state.jobs, body.text, body.title, body.url, body.published, body.urls)
    return job.to_dict()


@router.post("/reports/upload", status_code=202, summary="Upload article files (.txt .html .rss .jsonl …)")
async def upload_reports(request: Request, files: list[UploadFile] = File(...),
                         _who: str = Depends(writer)) -> dict[str, Any]:
    limit = request.app.state.settings.max_bytes
    data = [await reports.read_upload(f, limit) for f in files[: reports.MAX_FILES + 1]]
    job = reports.start(request.app.state.jobs, files=data)
    return job.to_dict()


@router.get("/jobs/{job_id}", summary="Progress of an add-reports job")
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise NotFound(f"no job {job_id!r}")
    return job.to_dict()
