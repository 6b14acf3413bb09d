"""`armswatch sources grade|list`: Admiralty reliability grades of outlets and agencies."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json

sources_app = typer.Typer(help="Source reliability (NATO Admiralty A–F) per outlet or agency.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")


@sources_app.command("grade")
def grade_cmd(ctx: typer.Context, outlet: str = typer.Argument(..., help="Outlet name or domain, e.g. 'Daily NK'."),
              grade: str = typer.Argument(..., help="A–F"), why: str = typer.Option("", "--why"),
              who: str = typer.Option(None, "--who")) -> None:
    """Set an outlet's reliability; events citing it are re-graded (audited)."""
    from armswatch.store.outlets import set_grade

    with open_store_from(ctx).begin() as conn:
        row = set_grade(conn, outlet, grade, why, who)
    console().print(f"{row['name']} ({row['origin']}) graded {row['grade']}", markup=False)


@sources_app.command("list")
def list_cmd(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """Graded sources: analyst grades and the packaged defaults; anything else is F."""
    from rich.table import Table

    from armswatch.store.outlets import list_grades

    with open_store_from(ctx).connect() as conn:
        rows = list_grades(conn)
    if as_json:
        print_json(rows)
        return
    table = Table("grade", "source", "key", "set by", "why")
    for r in rows:
        table.add_row(r["grade"], r["name"], r["origin"],
                      r["set_by"] + (f" ({r['graded_by']})" if r.get("graded_by") else ""), r["why"])
    console().print(table)
