"""The JSON API under /api/: the same core functions as the CLI and the pages."""

from __future__ import annotations

from fastapi import APIRouter


def router() -> APIRouter:
    from armswatch.serve.api import actions, lists, misc, reports

    api = APIRouter(prefix="/api")
    for module in (lists, actions, misc, reports):
        api.include_router(module.router)
    return api
