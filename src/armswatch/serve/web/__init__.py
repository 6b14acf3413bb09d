"""Server-rendered pages for analysts (HTML forms; JS only for the graphs and job progress)."""

from __future__ import annotations

from fastapi import APIRouter


def router() -> APIRouter:
    from armswatch.serve.web import actions, auth, graphs, pages

    web = APIRouter(include_in_schema=False)
    for module in (pages, actions, graphs, auth):
        web.include_router(module.router)
    return web
