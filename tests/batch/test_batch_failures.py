"""Failures: a worker killed mid-run loses and duplicates nothing; an interrupted run resumes."""

from __future__ import annotations

import os
import signal
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest

from corroborate.batch import run_batch
from corroborate.config import Settings
from corroborate.store.sqlite import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

pytestmark = pytest.mark.slow  # spaCy and the embedding model, and a LocalCluster

# Small analysis batches, so that several analysis tasks are in flight when a worker dies.
SMALL = replace(Settings.from_env(), batch_size=2)


def _no_duplicates(db: Path) -> None:
    store = Store(db)
    try:
        rows = store.query("SELECT id FROM articles")
        assert len(rows) == len({r[0] for r in rows})
        origins = store.query("SELECT article_id, path, locator FROM origins")
        assert len(origins) == len({tuple(r) for r in origins})
    finally:
        store.close()


class Interrupted(Exception):
    pass


def test_resume_after_interrupted_runs(client, tmp_path: Path, examples_reference: dict, batch_helpers) -> None:
    snapshot, assert_same, _ = batch_helpers
    db = tmp_path / "batch.db"

    def crash_at(stage: str, n: int):
        def hook(s: str, count: int) -> None:
            if s == stage and count == n:
                raise Interrupted(f"{stage} write {n}")

        return hook

    # 1: the client dies after 3 sources are committed
    with pytest.raises(Interrupted):
        run_batch([str(EXAMPLES)], db, client=client, settings=SMALL, on_write=crash_at("ingest", 3))
    partial = snapshot(db)
    assert 0 < len(partial["articles"]) < len(examples_reference["articles"])
    assert partial["articles"] == examples_reference["articles"][: len(partial["articles"])]
    assert not partial["analyses"]
    # 2: re-run; this time it dies after 2 analysis batches are committed
    with pytest.raises(Interrupted):
        run_batch([str(EXAMPLES)], db, client=client, settings=SMALL, on_write=crash_at("analyse", 2))
    partial = snapshot(db)
    assert partial["articles"] == examples_reference["articles"]
    assert 0 < len(partial["analyses"]) < len(examples_reference["articles"])
    assert not partial["stories"]
    done_before = len(partial["analyses"])
    # 3: re-run to the end: the stored analyses are skipped, the result is the local path's
    report = run_batch([str(EXAMPLES)], db, client=client, settings=SMALL)
    assert report.ingested == 0 and report.duplicates == len(examples_reference["articles"])
    assert report.analysis_up_to_date == done_before
    assert report.analysed == len(examples_reference["articles"]) - done_before
    _no_duplicates(db)
    assert_same(snapshot(db), examples_reference)


def test_worker_killed_mid_run(client, tmp_path: Path, examples_reference: dict, batch_helpers) -> None:
    snapshot, assert_same, _ = batch_helpers
    db = tmp_path / "batch.db"
    pids = client.run(os.getpid)  # worker address -> process id
    killed: dict[str, object] = {}

    def kill_busy_worker(stage: str, count: int) -> None:
        # at the first committed analysis batch, SIGKILL a worker that is running a task
        if stage != "analyse" or killed:
            return
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            busy = [addr for addr, keys in client.processing().items() if keys and addr in pids]
            if busy:
                killed["addr"], killed["tasks"] = busy[0], list(client.processing()[busy[0]])
                # from another thread, as an operator's kill -9 would come
                t = threading.Thread(target=os.kill, args=(pids[busy[0]], signal.SIGKILL))
                t.start()
                t.join()
                return
            time.sleep(0.05)

    report = run_batch([str(EXAMPLES)], db, client=client, settings=SMALL, on_write=kill_busy_worker)
    assert killed, "no worker was busy to kill: the test did not exercise a failure"
    assert killed["tasks"]
    # the nanny replaced the killed process and its tasks ran elsewhere
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(client.scheduler_info(n_workers=-1)["workers"]) < 2:
        time.sleep(0.5)
    assert pids[killed["addr"]] not in client.run(os.getpid).values()
    assert report.analysed == len(examples_reference["articles"]) and not report.analysis_failed
    _no_duplicates(db)
    assert_same(snapshot(db), examples_reference)
