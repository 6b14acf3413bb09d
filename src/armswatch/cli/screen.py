"""`armswatch screen NAME`, `armswatch screen pairs FILE`, `armswatch screen decide NAME ENTITY DECISION`."""

from __future__ import annotations

from pathlib import Path

import typer

from armswatch.cli.common import console, open_store_from, print_json


def register(app: typer.Typer) -> None:
    app.command("screen", help="Screen a name against the loaded sanctions lists. "
                "Modes: screen NAME | screen pairs FILE.csv | screen decide NAME ENTITY_ID confirmed|dismissed")(
        screen_cmd)


def screen_cmd(
    ctx: typer.Context,
    args: list[str] = typer.Argument(..., help="NAME, or: pairs FILE.csv, or: decide NAME ENTITY_ID DECISION"),
    schema: str = typer.Option(None, "--schema", help="Person | Organization | Vessel | Airplane"),
    country: str = typer.Option(None, "--country", help="ISO2 country of the party (e.g. KP)."),
    birth_date: str = typer.Option(None, "--birth-date", help="YYYY[-MM[-DD]] for persons."),
    limit: int = typer.Option(10, "--limit"),
    by: str = typer.Option(None, "--by", help="decide: the analyst's name."),
    reason: str = typer.Option("", "--reason", help="decide: why."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Screen a name; explain each candidate's score."""
    if args[0] == "pairs" and len(args) == 2:
        return _pairs(Path(args[1]), as_json)
    if args[0] == "decide" and len(args) == 4:
        return _decide(ctx, args[1], args[2], args[3], by or "", reason, as_json)
    from armswatch.screening.core import screen

    name = " ".join(args)
    if schema and schema not in ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane"):
        raise typer.BadParameter(f"unknown schema {schema!r}", param_hint="--schema")
    store = open_store_from(ctx)
    matches = screen(name, schema, country, store=store, birth_date=birth_date, limit=limit)
    if as_json:
        print_json({"query": {"name": name, "schema": schema, "country": country},
                    "matches": [m.to_dict() for m in matches]})
        return
    out = console()
    if not matches:
        out.print(f"no candidate for {name!r}", markup=False)
    for m in matches:
        flag = "MATCH" if m.match else "     "
        out.print(f"{flag} {m.score:.3f}  {m.caption}  [{m.schema}; {m.list} {m.reference or ''}; "
                  f"{', '.join(m.programs)}]  id={m.entity_id}", markup=False)
        for feat, ex in m.explanations.items():
            out.print(f"        {feat}: {ex['score']}  {ex['detail']}", markup=False)


def _pairs(path: Path, as_json: bool) -> None:
    from armswatch.screening.pairs import prf, read_pairs, score_pairs

    scored = score_pairs(read_pairs(path))
    metrics = prf(scored) if any(s["is_match"] is not None for s in scored) else []
    if as_json:
        print_json({"pairs": scored, "metrics": metrics})
        return
    out = console()
    for s in scored:
        label = "" if s["is_match"] is None else (" (match)" if s["is_match"] else " (non-match)")
        out.print(f"{s['score']:.3f}  {s['name1']} | {s['name2']}{label}", markup=False)
    for m in metrics:
        out.print(f"threshold {m['threshold']:.2f}: P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f}"
                  f" (tp {m['tp']} fp {m['fp']} fn {m['fn']})", markup=False)


def _decide(ctx: typer.Context, name: str, entity_id: str, decision: str, by: str, reason: str,
            as_json: bool) -> None:
    from armswatch.screening.stage import name_key
    from armswatch.store import screening

    with open_store_from(ctx).begin() as conn:
        screening.decide(conn, name_key(name), entity_id, decision, by, reason)
    if as_json:
        print_json({"name": name, "entity_id": entity_id, "decision": decision, "by": by})
    else:
        console().print(f"{decision}: {name!r} ↔ {entity_id} by {by}", markup=False)
