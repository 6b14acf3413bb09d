"""`armswatch docs list|show`."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json

docs_app = typer.Typer(help="Stored articles.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(docs_app, name="docs")


@docs_app.command("list")
def list_cmd(
    ctx: typer.Context,
    limit: int = typer.Option(100, "--limit"),
    offset: int = typer.Option(0, "--offset"),
    outlet: str = typer.Option(None, "--outlet"),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """What is stored: id, outlet, date, title, status."""
    from armswatch.store import documents

    store = open_store_from(ctx)
    with store.connect() as conn:
        rows = documents.list_documents(conn, limit=limit, offset=offset, outlet=outlet)
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("id", "outlet", "date", "title", "status", box=None, show_edge=False)
    for row in rows:
        status = row["status"] + (f" (copy of {row['duplicate_of']})" if row["duplicate_of"] else "")
        table.add_row(row["id"], row["outlet"] or "", (row["published"] or "")[:10], row["title"] or "", status)
    console().print(table)


@docs_app.command("show")
def show_cmd(
    ctx: typer.Context,
    doc_id: str = typer.Argument(..., help="Document id (or a unique prefix)."),
    as_json: bool = typer.Option(False, "--json"),
    raw: bool = typer.Option(False, "--raw", help="Print the raw source as received."),
) -> None:
    """Text and metadata of one article."""
    from armswatch.store import documents

    store = open_store_from(ctx)
    with store.connect() as conn:
        doc = documents.get(conn, doc_id)
    if as_json:
        print_json(doc.to_dict(with_raw=raw))
        return
    out = console()
    meta = doc.to_dict()
    for key in ("id", "title", "outlet", "url", "author", "published", "date_precision", "fetched_at",
                "language", "content_type", "origin", "duplicate_of"):
        if meta.get(key):
            out.print(f"{key + ':':<16}{meta[key]}", markup=False)
    out.print("")
    out.print(doc.raw if raw else doc.text, markup=False)
