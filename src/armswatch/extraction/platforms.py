"""The state goods are for when a report names only the weapon they go into: 'engines for Iranian drones',
'components for the Garpiya-3', 'parts for Iran's missile programme', 'sights for Russian tanks'."""

from __future__ import annotations

from typing import Any

from armswatch.extraction.actors import origin_of
from armswatch.extraction.gazetteer import weapon_category
from armswatch.extraction.parties import Context, _prep_objects

PLATFORMS = {"drone", "uav", "missile", "rocket", "programme", "program", "aircraft", "jet", "fighter", "helicopter",
             "tank", "launcher", "weapon", "warship", "submarine", "satellite", "munition", "shell", "airframe",
             "system", "industry", "arsenal"}


def platform_owner(trigger: Any, ctx: Context, exclude: set[str]) -> list[str]:
    """The state whose weapon a 'for' phrase on the supply or its goods names: by demonym or possessive, else by
    the designation's maker ('for the Garpiya-3 drones': Russia's)."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for head in [trigger, *objects]:
        for pobj in _prep_objects(head, {"for"}):
            if pobj.lemma_.lower() not in PLATFORMS:
                continue
            owners = [v for v in origin_of(list(pobj.subtree), ctx, states_only=True) if v not in exclude]
            if owners:
                return owners[:1]
            made = [o for t in pobj.subtree if (e := ctx.by_token.get(t.i)) is not None and e.label == "WEAPON"
                    and (o := weapon_category(e.canonical)[1]) and o not in exclude]
            if made:
                return made[:1]
    return []
