"""Background ingest jobs for "Add reports": run the real pipeline in a thread, poll for progress."""

from __future__ import annotations

import shutil
import tempfile
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from armswatch.settings import Settings
from armswatch.store.db import Store

MAX_JOBS = 200


@dataclass
class Job:
    id: str
    label: str
    total: int
    state: str = "queued"  # queued | running | done | failed
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for o in self.outcomes:
            counts[o["status"]] = counts.get(o["status"], 0) + 1
        return {"id": self.id, "label": self.label, "state": self.state, "total": self.total,
                "done": len(self.outcomes), "counts": counts, "outcomes": list(self.outcomes), "error": self.error}


class Jobs:
    """In-memory registry; each job ingests its targets with ``armswatch.ingestion.pipeline.ingest``."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store, self.settings = store, settings
        self.jobs: dict[str, Job] = {}
        self.lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self.lock:
            return self.jobs.get(job_id)

    def start(self, label: str, targets: list[str], total: int, workdir: Path | None = None) -> Job:
        job = Job(uuid.uuid4().hex[:12], label, total)
        with self.lock:
            if len(self.jobs) >= MAX_JOBS:
                for old in [j for j in self.jobs.values() if j.state in ("done", "failed")][: MAX_JOBS // 2]:
                    self.jobs.pop(old.id, None)
            self.jobs[job.id] = job
        thread = threading.Thread(target=self._run, args=(job, targets, workdir), daemon=True,
                                  name=f"armswatch-job-{job.id}")
        thread.start()
        return job

    def _run(self, job: Job, targets: list[str], workdir: Path | None) -> None:
        from armswatch.exc import ArmswatchError
        from armswatch.ingestion.pipeline import ingest

        job.state = "running"

        def on_outcome(o: Any) -> None:
            job.outcomes.append({"origin": Path(o.origin).name if workdir else o.origin, "status": o.status,
                                 "id": o.doc_id, "title": o.title, "duplicate_of": o.duplicate_of,
                                 "error": o.error.to_dict() if o.error else None})
            job.total = max(job.total, len(job.outcomes))

        try:
            ingest(targets, self.store, self.settings, on_outcome=on_outcome)
            job.state = "done"
        except ArmswatchError as exc:
            job.state, job.error = "failed", exc.to_dict()
        except Exception as exc:  # noqa: BLE001 - reported to the analyst, never raised into the server
            job.state, job.error = "failed", {"code": "AW000", "message": exc.__class__.__name__, "status": 500}
        finally:
            if workdir:
                shutil.rmtree(workdir, ignore_errors=True)


def stage_files(files: list[tuple[str, bytes]]) -> tuple[Path, list[str]]:
    """Write uploaded/pasted content to a private temp folder; returns it and the file paths."""
    workdir = Path(tempfile.mkdtemp(prefix="armswatch-upload-"))
    paths = []
    for i, (name, data) in enumerate(files):
        path = workdir / f"{i:03d}-{name}"
        path.write_bytes(data)
        paths.append(str(path))
    return workdir, paths
