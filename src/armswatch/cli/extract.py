"""`armswatch extract`, `armswatch eval` and `armswatch claims list`."""

from __future__ import annotations

import typer

from armswatch.cli.common import console, open_store_from, print_json, settings_from

claims_app = typer.Typer(help="Claims extracted from stored articles.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)
    app.add_typer(claims_app, name="claims")


def extract_cmd(
    ctx: typer.Context,
    targets: list[str] = typer.Argument(..., help="Article files, folders or http(s) URLs ('-' for stdin)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per article."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching private addresses."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Only the hand-written rules' claims, without "
                                    "the learned fallback's (rule 'learned:<type>')."),
) -> None:
    """Print the entities and claims of each article (nothing is stored)."""
    from armswatch.exc import ArmswatchError
    from armswatch.extraction.core import extract
    from armswatch.ingestion.build import build_document
    from armswatch.ingestion.sources import read_sources, skipped_files, skipped_note

    settings = settings_from(ctx, allow_private=allow_private or None)
    out, err = console(), console(stderr=True)
    failed = 0
    for item in read_sources(targets, settings):
        try:
            if isinstance(item, ArmswatchError):
                raise item
            doc = build_document(item)
        except ArmswatchError as exc:
            failed += 1
            err.print(f"error {exc.code}: {exc}", markup=False)  # the message names the file (and line)
            continue
        result = extract(doc, learned=not rules_only)
        if as_json:
            print_json({"document": doc.to_dict(), **result.to_dict()})
            continue
        out.print(f"[bold]{doc.title or doc.origin}[/bold]  ({doc.published or 'no date'})")
        for label, values in result.entities.items():
            if values:
                out.print(f"  {label}: " + ", ".join(values), markup=False)
        for c in result.claims:
            out.print(f"  - {c.type} {c.actor or '?'} → {c.recipient or '-'} [{c.item}] {c.status}"
                      f" {c.date or ''} {('src: ' + c.source) if c.source else ''}", markup=False)
            out.print(f"      “{c.evidence[:160]}”", markup=False, style="dim")
    if note := skipped_note(skipped_files(targets)):
        err.print(f"note: {note}", markup=False)
    if failed:
        raise typer.Exit(1)


def eval_cmd(
    corpus_dir: str = typer.Argument(..., help="Folder of gold articles (devNN.txt)."),
    gold: str = typer.Argument(..., help="Gold annotations (JSON lines)."),
    as_json: bool = typer.Option(False, "--json"),
    only: list[str] = typer.Option(None, "--only", help="Score only these files (repeatable)."),
    rules_only: bool = typer.Option(False, "--rules-only", help="Score the hand-written rules alone."),
) -> None:
    """Precision/recall/F1 for claims and entity lists, and per-field agreement on matched claims."""
    from rich.table import Table

    from armswatch.extraction.evaluate import evaluate

    result = evaluate(corpus_dir, gold, set(only) if only else None, learned=not rules_only)
    if as_json:
        print_json(result)
        return
    table = Table("measure", "P", "R", "F1", "tp", "fp", "fn", title=f"{result['articles']} articles")
    rows = [("claims", result["claims"]), *result["entities"].items()]
    for name, r in rows:
        table.add_row(name, f"{r['precision']:.3f}", f"{r['recall']:.3f}", f"{r['f1']:.3f}",
                      str(r["tp"]), str(r["fp"]), str(r["fn"]))
    out = console()
    out.print(table)
    fields = Table("field (matched claims)", "agree", "total", "accuracy")
    for name, r in result["fields"].items():
        fields.add_row(name, str(r["agree"]), str(r["total"]), f"{r['accuracy']:.3f}" if r["accuracy"] is not None
                       else "-")
    out.print(fields)


@claims_app.command("list")
def claims_list_cmd(
    ctx: typer.Context,
    type: str = typer.Option(None, "--type", help="transfer, production, test, evasion, enforcement, ..."),
    country: str = typer.Option(None, "--country", help="ISO2 code as actor or recipient."),
    status: str = typer.Option(None, "--status"),
    since: str = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD."),
    limit: int = typer.Option(50, "--limit", min=1, max=10000),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """List stored claims, newest first."""
    from armswatch.exc import InvalidRequest as ArmswatchError
    from armswatch.model import CLAIM_TYPES, STATUSES
    from armswatch.store.claims import list_claims

    if type and type not in CLAIM_TYPES:
        raise ArmswatchError(f"unknown claim type {type!r} (one of {', '.join(CLAIM_TYPES)})")
    if status and status not in STATUSES:
        raise ArmswatchError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    store = open_store_from(ctx)
    with store.connect() as conn:
        rows = list_claims(conn, type=type, country=country, status=status, since=since, limit=limit)
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("id", "type", "actor", "recipient", "item", "status", "date", "source", "document")
    for r in rows:
        table.add_row(str(r["id"]), r["type"], r["actor"] or "", r["recipient"] or "", r["item"] or "",
                      r["status"], r["date"] or "", r["source"] or "", r["document_id"])
    console().print(table)
