"""Settings: one object built explicitly, never read at import time."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _default_db() -> str:
    return "sqlite:///" + str(Path.cwd() / "armswatch.db")


@dataclass(frozen=True)
class Settings:
    """Run-time configuration.

    Build it with :meth:`from_env` (reads ``ARMSWATCH_*`` variables once, when
    called) and override fields with :meth:`with_`.
    """

    db_url: str = field(default_factory=_default_db)
    max_bytes: int = 5 * 1024 * 1024  # largest article or page accepted
    fetch_timeout: float = 15.0
    allow_private: bool = False  # allow fetching loopback / private addresses
    user_agent: str = "armswatch/0.1 (+https://github.com/armswatch/armswatch)"
    near_dup_distance: int = 6  # SimHash Hamming distance for near-duplicates
    extract: bool = True  # run extraction during ingest
    screen: bool = True  # screen extracted parties during ingest
    assess: bool = True  # tag typologies and update events during ingest
    token: str | None = None  # API write token
    lists_dir: str | None = None  # where `lists update` keeps downloaded files

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, **overrides: object) -> Settings:
        env = dict(os.environ if env is None else env)
        values: dict[str, object] = {}
        if env.get("ARMSWATCH_DB"):
            values["db_url"] = normalise_db_url(env["ARMSWATCH_DB"])
        if env.get("ARMSWATCH_MAX_BYTES"):
            values["max_bytes"] = int(env["ARMSWATCH_MAX_BYTES"])
        if env.get("ARMSWATCH_TOKEN"):
            values["token"] = env["ARMSWATCH_TOKEN"]
        if env.get("ARMSWATCH_LISTS_DIR"):
            values["lists_dir"] = env["ARMSWATCH_LISTS_DIR"]
        values.update({k: v for k, v in overrides.items() if v is not None})
        if "db_url" in values:
            values["db_url"] = normalise_db_url(str(values["db_url"]))
        return cls(**values)  # type: ignore[arg-type]

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def normalise_db_url(value: str) -> str:
    """Accept a bare file path, ``sqlite:///…`` or ``postgresql://…``."""
    if "://" in value:
        if value.startswith("postgresql://") or value.startswith("postgres://"):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())
