"""Write endpoints: review claims, merge/split/grade events, confirm/dismiss sanctions matches.

Each calls the same core function as the CLI, in one transaction that also writes the audit log.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, Field

from armswatch.serve.api.auth import writer

router = APIRouter(tags=["review"])


class ClaimReview(BaseModel):
    action: Literal["accept", "reject", "edit", "reset"]
    why: str = Field("", max_length=2000)
    changes: dict[str, str | None] | None = Field(
        None, description="for edit: any of type, actor, recipient, item, status, date")


class Merge(BaseModel):
    event_ids: list[int] = Field(..., min_length=2, max_length=100)
    why: str = Field(..., min_length=1, max_length=2000)


class Split(BaseModel):
    claim_id: int
    why: str = Field(..., min_length=1, max_length=2000)


class Grade(BaseModel):
    credibility: int | None = Field(..., ge=1, le=6, description="1–6, or null to clear the override")
    why: str = Field(..., min_length=1, max_length=2000)


class Decision(BaseModel):
    decision: Literal["confirmed", "dismissed"]
    why: str = Field("", max_length=2000)


def _begin(request: Request) -> Any:
    return request.app.state.store.begin()


@router.post("/claims/{claim_id}/review", summary="Accept, reject, edit or reset a claim")
def review_claim(claim_id: int, body: ClaimReview, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
    from armswatch.store.review import review_claim as core

    with _begin(request) as c:
        return core(c, claim_id, body.action, body.why, body.changes, who)


@router.post("/events/merge", summary="Merge events into the lowest id")
def merge_events(body: Merge, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
    from armswatch.store.event_actions import merge

    with _begin(request) as c:
        return merge(c, body.event_ids, body.why, who)


@router.post("/events/{event_id}/split", summary="Move one claim out of an event into a new event")
def split_event(event_id: int, body: Split, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
    from armswatch.store.event_actions import split

    with _begin(request) as c:
        return split(c, event_id, body.claim_id, body.why, who)


@router.post("/events/{event_id}/grade", summary="Override (or clear) an event's credibility grade")
def grade_event(event_id: int, body: Grade, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
    from armswatch.store.event_actions import grade

    with _begin(request) as c:
        return grade(c, event_id, body.credibility, body.why, who)


@router.post("/matches/{match_id}/decision", summary="Confirm or dismiss a sanctions match")
def decide_match(match_id: int, body: Decision, request: Request, who: str = Depends(writer)) -> dict[str, Any]:
    from armswatch.store.review import decide_match as core

    with _begin(request) as c:
        return core(c, match_id, body.decision, body.why, who)
