"""Batch mode on Dask distributed: the same store as the local path, from a cluster.

    from corroborate.batch import run_batch

    report = run_batch(["archive/"], "news.db", scheduler="local", workers=2)
    report = run_batch(["/shared/archive/"], "news.db", scheduler="tcp://head:8786")

What runs where (see :mod:`corroborate.batch.run`): workers read and parse sources,
analyse articles, compute MinHash signatures and LSH band keys, group the band keys by a
hash-partitioned shuffle into candidate pairs, and compare stories; the client is the
only writer of the store and runs the incremental story linker in publish order.
"""

from corroborate.batch.run import BatchReport, run_batch

__all__ = ["BatchReport", "run_batch"]
