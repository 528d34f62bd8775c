"""Cross-article linking: stories, copies, rewrites and who published first.

* :mod:`.minhash` — MinHash over word shingles and a compact streaming LSH index (near-duplicates).
* :mod:`.stories` — :class:`StoryLinker`, incremental story assignment (streaming == batch).
* :mod:`.align` — sentence alignment (same / changed / cut / added) with word-level diffs.
* :mod:`.rewrites` — :func:`classify_pair`: verbatim copy, edited copy, rewrite, independent.
* :mod:`.provenance` — :func:`infer_original`: the original, a confidence and evidence in words.
* :mod:`.service` — :func:`link_store`: link a store incrementally and persist the results.

Types (the contract with later stages) are in :mod:`.types`.
"""

from corroborate.linking.types import AlignedPair, PairLink, Story

__all__ = ["AlignedPair", "PairLink", "Story"]
