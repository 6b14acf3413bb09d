"""Which index screening uses: active snapshots in the store, else the starter list (cached)."""

from __future__ import annotations

from typing import Any

from armswatch.screening.index import ScreenIndex

_CACHE: dict[str, ScreenIndex] = {}


def starter_index() -> ScreenIndex:
    if "starter" not in _CACHE:
        from armswatch.screening.loaders import load_starter

        _CACHE["starter"] = ScreenIndex(load_starter().entries, label="starter")
    return _CACHE["starter"]


def current_index(store: Any = None) -> ScreenIndex:
    """Index over every active list in the store; the starter list when none is loaded."""
    if store is None:
        return starter_index()
    from armswatch.store import screening

    with store.connect() as conn:
        active = screening.active_snapshots(conn)
        if not active:
            return starter_index()
        key = store.url + "|" + ",".join(str(s["id"]) for s in active)
        if key not in _CACHE:
            entries = screening.active_entries(conn)
            for old in [k for k in _CACHE if k.startswith(store.url + "|")]:
                del _CACHE[old]
            _CACHE[key] = ScreenIndex(entries, label=key)
    return _CACHE[key]
