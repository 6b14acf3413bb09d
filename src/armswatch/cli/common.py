"""Helpers shared by command modules: settings, store, output."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer

from armswatch.settings import Settings


def settings_from(ctx: typer.Context, **overrides: object) -> Settings:
    db = (ctx.find_root().obj or {}).get("db")
    return Settings.from_env(db_url=db, **overrides)


def open_store_from(ctx: typer.Context, settings: Settings | None = None):  # noqa: ANN201
    from armswatch.store.db import open_store

    return open_store(settings or settings_from(ctx))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str) + "\n")


def console(stderr: bool = False):  # noqa: ANN201
    """A Rich console; when output is not a terminal, tables get 160 columns (or $COLUMNS), not 80."""
    import os

    from rich.console import Console

    out = Console(stderr=stderr, highlight=False, soft_wrap=True)
    if not out.is_terminal and "COLUMNS" not in os.environ:
        out.width = 160
    return out


def fail(message: str, code: int = 1) -> None:
    console(stderr=True).print(f"[red]error:[/red] {message}", markup=True)
    raise typer.Exit(code)
