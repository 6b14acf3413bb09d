"""A small, readable network picture as inline SVG: parties on a circle, one arrow per party pair.

Arrow width grows with the number of events between the pair; its colour shows the best STIX
confidence.  Every label is XML-escaped (party names come from untrusted articles).
"""

from __future__ import annotations

import math
from collections import Counter
from html import escape

WIDTH, HEIGHT, RADIUS = 720, 380, 140
MAX_NODES = 24
COLOURS = ((70, "#1b5e20"), (50, "#f9a825"), (0, "#9e9e9e"))


def _colour(conf: int | None) -> str:
    return next(c for floor, c in COLOURS if (conf or 0) >= floor)


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def network_svg(edges: list[tuple[str | None, str | None, str, int | None]],
                names: dict[str, str] | None = None) -> str:
    """``edges``: (actor, recipient, type, confidence); a missing party draws the node without an arrow."""
    names = names or {}
    weight = Counter(p for a, r, _, _ in edges for p in (a, r) if p)
    nodes = [p for p, _ in weight.most_common(MAX_NODES)]
    if not nodes:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="40" role="img" '
                'aria-label="no network"><text x="10" y="25" font-size="14">No parties.</text></svg>')
    cx, cy = WIDTH / 2, HEIGHT / 2
    pos = {p: (cx + RADIUS * 1.45 * math.cos(2 * math.pi * i / len(nodes) + math.pi),
               cy + RADIUS * math.sin(2 * math.pi * i / len(nodes) + math.pi)) for i, p in enumerate(nodes)}
    pairs: dict[tuple[str | None, str | None], list[int | None]] = {}
    for a, r, _, conf in edges:
        if a in pos and r in pos and a != r:
            pairs.setdefault((a, r), []).append(conf)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
           f'height="{HEIGHT * 0.8:.0f}" role="img" '
           'aria-label="network of parties">',
           '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="14" markerHeight="14" '
           'markerUnits="userSpaceOnUse" '
           'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>']
    for (a, r), confs in sorted(pairs.items()):
        (x1, y1), (x2, y2) = pos[a], pos[r]
        d = math.hypot(x2 - x1, y2 - y1) or 1
        x2, y2 = x2 - (x2 - x1) * 22 / d, y2 - (y2 - y1) * 22 / d  # stop at the node's edge
        best = max((c for c in confs if c is not None), default=None)
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{_colour(best)}" '
                   f'stroke-width="{min(1.5 + len(confs), 8):.1f}" marker-end="url(#arrow)" opacity="0.8">'
                   f'<title>{escape(a)} → {escape(r)}: {len(confs)} event(s)</title></line>')
    for p in nodes:
        x, y = pos[p]
        label = escape(_short(names.get(p, p)))
        anchor = "middle" if abs(x - cx) < 40 else ("start" if x > cx else "end")
        tx = x + (0 if anchor == "middle" else (24 if anchor == "start" else -24))
        ty = y + (34 if y > cy + 10 else -26 if anchor == "middle" else 5)
        out.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="18" fill="#e3f2fd" stroke="#0d47a1" stroke-width="2">'
                   f'<title>{escape(names.get(p, p))}</title></circle>')
        out.append(f'<text x="{x:.1f}" y="{y + 5:.1f}" font-size="12" text-anchor="middle" font-weight="bold">'
                   f'{weight[p]}</text>')
        out.append(f'<text x="{tx:.1f}" y="{ty:.1f}" font-size="13" text-anchor="{anchor}">{label}</text>')
    legend = [("≥ 70 probably true or better", "#1b5e20"), ("50 possibly true", "#f9a825"),
              ("≤ 30 / ungraded", "#9e9e9e")]
    for i, (text, colour) in enumerate(legend):
        out.append(f'<line x1="10" y1="{HEIGHT - 50 + i * 16}" x2="34" y2="{HEIGHT - 50 + i * 16}" '
                   f'stroke="{colour}" stroke-width="4"/><text x="40" y="{HEIGHT - 46 + i * 16}" font-size="11">'
                   f'{escape(text)}</text>')
    out.append("</svg>")
    return "\n".join(out)
