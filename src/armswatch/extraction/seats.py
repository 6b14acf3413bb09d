"""Where the firms an article names sit, read once per article: 'Vladivostok-based Vostok Line Shipping', 'Sahand
Global FZE, a Sharjah company', 'Gulf Meridian General Trading of Dubai', 'Bright Crest Shipping Ltd. (Marshall
Islands)'. A measure that names only the firm ('OFAC designated Sahand Global') targets the state it sits in,
wherever in the article the seat was given."""

from __future__ import annotations

from typing import Any

from armswatch.extraction.parties import Context, party

SEAT_PREPS = {"of", "in", "from"}
BASED = {"based", "registered", "headquartered", "incorporated"}  # '-based', '-registered' after a place
SEAT_WORDS = BASED | {"located"}
GLUE = {"-", "the"} | SEAT_WORDS


def _spans(ctx: Context) -> dict[int, tuple[Any, list[int]]]:
    spans: dict[int, tuple[Any, list[int]]] = {}
    for i, ent in ctx.by_token.items():
        spans.setdefault(id(ent), (ent, []))[1].append(i)
    return spans


def _state_in(tokens: Any, ctx: Context) -> str | None:
    for tok in tokens:
        ent = ctx.by_token.get(tok.i)
        if ent is not None and ent.label == "COUNTRY" and (value := party(ent, "recipient")):
            return value
    return None


def _seat(doc: Any, ent: Any, idx: list[int], ctx: Context) -> str | None:
    first, last = min(idx), max(idx)
    head = next((doc[i] for i in idx if not first <= doc[i].head.i <= last), doc[last])
    i = first - 1  # 'Vladivostok-based Vostok Line Shipping', 'Hong Kong-registered Veyron Electronics'
    while i >= doc[first].sent.start and (doc[i].lower_ in GLUE or i in ctx.by_token):
        if (value := _state_in([doc[i]], ctx)) and any(doc[j].lower_ in SEAT_WORDS for j in range(i + 1, first)):
            return value
        i -= 1
    for child in head.children:
        if child.dep_ == "appos":  # 'Sahand Global FZE, a Sharjah company that ...' (not the clause on it)
            own = [t for t in child.subtree if not any(a.dep_ == "relcl" and t in a.subtree for a in child.children)]
            if value := _state_in(own, ctx):
                return value
        if child.dep_ == "prep" and child.lower_ in SEAT_PREPS and (value := _state_in(child.subtree, ctx)):
            return value  # 'Gulf Meridian General Trading of Dubai'
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.text == "(":  # 'Bright Crest Shipping Ltd. (Marshall Islands)'
        close = next((t.i for t in doc[after.i:min(len(doc), after.i + 6)] if t.text == ")"), None)
        if close is not None:
            return _state_in(doc[after.i + 1:close], ctx)
    return None


def firm_seats(doc: Any, ctx: Context) -> dict[str, str]:
    """Firm name → the state of its seat, from the first mention that gives one."""
    out: dict[str, str] = {}
    for ent, idx in _spans(ctx).values():
        if ent.label != "ORG" or ent.canonical in out or len(party(ent, "actor") or "") <= 2:
            continue
        if (value := _seat(doc, ent, sorted(idx), ctx)) is not None:
            out[ent.canonical] = value
    return out


def seat_of(ent: Any, tok: Any, ctx: Context) -> str | None:
    """The state a named firm sits in, as the article tells it anywhere (None if it does not)."""
    return ctx.fact("firm seats", lambda: firm_seats(tok.doc, ctx)).get(ent.canonical)
