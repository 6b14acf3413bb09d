"""The dossier as Markdown; untrusted text is escaped so it cannot inject links, HTML or formatting."""

from __future__ import annotations

import re
from urllib.parse import quote

from armswatch.export.dossier import Dossier
from armswatch.export.stix_objects import safe_url

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def md(text: object) -> str:
    """Escape Markdown punctuation and HTML; collapse newlines so a value stays on its line."""
    value = " ".join(str(text if text is not None else "").split())
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", value)


def link(label: object, url: str | None) -> str:
    safe = safe_url(url)
    if not safe:
        return md(label)
    return f"[{md(label)}]({quote(safe, safe=':/?&=#%@+,;~')})"


def render_md(d: Dossier) -> str:
    out = [f"# {md(d.title)}", "", f"*Scope: {md(d.scope)} · generated {md(d.generated)} by armswatch · "
           f"{len(d.events)} event(s), {len(d.sources)} article(s).*", "", "## Summary", ""]
    out += [f"- {md(line)}" for line in d.overview]
    out += ["", "## Timeline", ""]
    if d.events:
        out += ["| Date | Event | Status | Sources | Grade | Refs |", "|---|---|---|---|---|---|"]
        for e in d.events:
            ev = e.event
            conf = f" / {ev.confidence}" if ev.confidence is not None else ""
            refs = " ".join(f"\\[{c.n}\\]" for c in e.citations)
            out.append(f"| {md(ev.date_first or 'undated')} | {md(ev.label)} | {md(ev.status)} | {ev.sources} | "
                       f"{md(ev.admiralty)}{conf} | {refs} |")
    else:
        out.append("No events match this selection.")
    out += ["", "## Events", ""]
    for i, e in enumerate(d.events, 1):
        out += [f"### {i}\\. {md(e.event.label)}", "", md(e.summary), "", f"**Admiralty {md(e.grade)}**", ""]
        for c in e.citations:
            check = {True: " · quote verified in the article text", False: " · **quote NOT found at this span**",
                     None: ""}[c.verified]
            out += [f"> \\[{c.n}\\] “{md(c.quote)}”", "",
                    f"{md(c.status)} — {link(c.title, c.url)}, {md(c.outlet)}, {md(c.published)} · document "
                    f"`{c.document_id}`, characters {c.start}–{c.end}{check}", ""]
    out += ["## Sanctions screening hits", ""]
    for h in d.hits:
        why = "; ".join(f"{md(k)}: {md(v.get('detail', v) if isinstance(v, dict) else v)}"
                        for k, v in sorted(h.explanations.items()))
        out.append(f"- {md(h.name)} ~ {md(h.caption)} ({md(h.schema)}), {md(h.list)} "
                   f"{md(h.reference or h.entity_id)}, score {h.score:.2f}, {md(h.status)}; "
                   f"article `{h.document_id}`. Why: {why or '—'}")
    if not d.hits:
        out.append("No screening hits for this selection.")
    out += ["", "## Open questions", ""]
    out += [f"- {md(q)}" for q in d.questions] or ["None recorded."]
    out += ["", "## Sources", ""]
    out += [f"- `{s.id}` {md(s.published or 'undated')}, {md(s.outlet or 'unknown')}: {link(s.title or s.url, s.url)}"
            for s in d.sources]
    return "\n".join(out) + "\n"
