"""Whole extractions (model and rules) in a process pool, results in input order, memory bounded.

Each worker parses a batch with ``nlp.pipe`` and runs the rules on it, so only texts go out and only
Extraction records come back: no spaCy Doc is pickled, and the main process does no rule work. At most
``2 × workers`` batches are in flight, so memory stays flat however long the stream.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from armswatch.model import Extraction

Pair = tuple[str, str | None]  # text (already cut to MAX_CHARS), publication date


def extract_batch(batch: list[Pair], learned: bool = True) -> list[Extraction]:
    """One batch through the model and the rules, in this process: what each worker runs."""
    from armswatch.extraction.core import extract_stream

    return list(extract_stream(batch, len(batch) or 1, learned))


def workers_for(n_process: int) -> int:
    """``-1`` (or any number below 1) means one worker per core."""
    return n_process if n_process >= 1 else max(1, os.cpu_count() or 1)


def extract_pooled(pairs: Iterable[Pair], workers: int, batch_size: int = 16,
                   learned: bool = True) -> Iterator[Extraction]:
    """Extractions of ``pairs`` from ``workers`` processes, in input order."""
    source = iter(pairs)
    window: deque[Future[list[Extraction]]] = deque()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while batch := list(islice(source, batch_size)):
            window.append(pool.submit(extract_batch, batch, learned))
            while len(window) > 2 * workers:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
