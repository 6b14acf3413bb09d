"""The dossier as one self-contained HTML page: inline CSS and SVG, no external assets, all text escaped."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from armswatch.export.dossier import Dossier, party_name
from armswatch.export.stix_objects import safe_url
from armswatch.export.svg import network_svg


@lru_cache(maxsize=1)
def _env() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("armswatch.export", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["safe_url"] = safe_url
    return env


def render_html(d: Dossier) -> str:
    from markupsafe import Markup

    names = {p: party_name(p) for a, r, _, _ in d.edges for p in (a, r) if p}
    svg = Markup(network_svg(d.edges, names))  # built by svg.py, which escapes every label itself
    return _env().get_template("dossier.html").render(d=d, svg=svg)
