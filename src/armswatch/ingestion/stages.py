"""Stages that run on each new document during ingest.

A stage splits its work in two so the write lock is held only briefly and the
pure part can run anywhere (a process pool, a distributed engine):

* ``compute(doc, context)`` — pure: returns a payload from the document and
  the payloads of earlier stages (``context[stage.name]``);
* ``write(conn, doc, payload)`` — stores the payload inside the document's
  transaction, so an article is stored whole or not at all.

A stage may also define ``after_batch(store, doc_ids)``, run once per batch
(e.g. re-clustering events).
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol

from sqlalchemy.engine import Connection

from armswatch.model import Document
from armswatch.settings import Settings


class Stage(Protocol):
    name: str

    def compute(self, doc: Document, context: dict[str, Any]) -> Any: ...

    def write(self, conn: Connection, doc: Document, payload: Any) -> None: ...


# (settings flag, "module:factory"); a factory takes Settings and returns a Stage.
STAGES: tuple[tuple[str, str], ...] = (
    ("extract", "armswatch.extraction.stage:ExtractStage"),
    ("screen", "armswatch.screening.stage:ScreenStage"),
    ("assess", "armswatch.assessment.stage:AssessStage"),
)


def default_stages(settings: Settings) -> list[Stage]:
    stages = []
    for flag, target in STAGES:
        if not getattr(settings, flag, True):
            continue
        module_name, attr = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name and module_name.startswith(exc.name):
                continue  # that stage is not part of this build
            raise
        stages.append(getattr(module, attr)(settings))
    return stages
