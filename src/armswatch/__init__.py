"""armswatch: an evidence-backed, sanctions-screened ledger of arms transfers.

The Python API is the same core the CLI and the HTTP API call::

    from armswatch import extract, screen, ingest, open_store

Names are resolved lazily so ``import armswatch`` stays cheap (no model or
list is loaded until used).
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_API: dict[str, str] = {
    "Settings": "armswatch.settings:Settings",
    "Document": "armswatch.model:Document",
    "open_store": "armswatch.store.db:open_store",
    "ingest": "armswatch.ingestion.pipeline:ingest",
    "read_source": "armswatch.ingestion.sources:read_source",
    "extract": "armswatch.extraction.core:extract",
    "evaluate": "armswatch.extraction.evaluate:evaluate",
    "screen": "armswatch.screening.core:screen",
    "load_list": "armswatch.screening.loaders:load_list",
    "assess": "armswatch.assessment.core:assess",
    "export_stix": "armswatch.export.stix:export_stix",
    "export_ftm": "armswatch.export.ftm:export_ftm",
    "export_csv": "armswatch.export.register:export_csv",
    "export_dossier": "armswatch.export.dossier:export_dossier",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str) -> Any:
    target = _API.get(name)
    if target is None:
        raise AttributeError(f"module 'armswatch' has no attribute {name!r}")
    module_name, attr = target.split(":")
    value = getattr(importlib.import_module(module_name), attr)
    globals()[name] = value
    return value
