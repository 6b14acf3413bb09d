"""Near-duplicate detection: MinHash signatures over word shingles, LSH bands.

Syndicated and reprinted copies share most 3-word shingles even after small
edits (a new headline, a dropped paragraph).  Each document gets a 64-value
MinHash signature; 16 bands of 4 values index it, so candidates are found by
an indexed lookup (no all-pairs scan) and confirmed by estimated Jaccard.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_PRIME = np.uint64(4294967291)  # largest prime below 2^32
_rng = np.random.RandomState(20240611)  # fixed seed: signatures are stable across runs
_A = _rng.randint(1, int(_PRIME), size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_B = _rng.randint(0, int(_PRIME), size=NUM_PERM, dtype=np.int64).astype(np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values)."""
    grams = shingles(text)
    if not grams:
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    hashes = np.fromiter(
        (int.from_bytes(hashlib.blake2b(g, digest_size=4).digest(), "little") >> 1 for g in grams),
        dtype=np.uint64, count=len(grams),
    )
    # (a * x + b) mod p with x < 2^31 and a, b < p < 2^32: a*x + b stays below 2^64.
    values = (np.outer(_A, hashes) + _B[:, None]) % _PRIME
    return values.min(axis=1).astype(np.uint32)


def bands(sig: np.ndarray) -> list[tuple[int, str]]:
    """``(band, hash)`` keys: a hex digest of each band's rows."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        keys.append((band, hashlib.blake2b(chunk, digest_size=8).hexdigest()))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.mean(a == b))


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)
