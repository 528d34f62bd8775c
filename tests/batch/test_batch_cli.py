"""`corroborate batch` from the command line (a real LocalCluster, no models needed)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_cli_bad_input_only_fails_with_reasons(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "broken.json").write_text('{"title": "x", "text": ', encoding="utf-8")
    db = tmp_path / "store.db"
    proc = subprocess.run(
        [sys.executable, "-m", "corroborate", "batch", str(tmp_path / "in"), "--scheduler", "local",
         "--workers", "1", "--db", str(db), "--json"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path, check=False,
    )
    assert proc.returncode == 2, proc.stderr[-2000:]
    summary = json.loads(proc.stdout)
    assert summary["workers"] == 1 and summary["sources"] == 2
    assert summary["failed"] == 2 and summary["ingested"] == 0
    assert "empty.txt" in proc.stderr and "broken.json" in proc.stderr
    # the errors are in the store, written by the client
    from corroborate.store.sqlite import Store

    with Store(db) as store:
        assert sorted(Path(e.item).name for e in store.errors()) == ["broken.json", "empty.txt"]


def test_cli_unknown_scheduler_is_a_clear_error(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "corroborate", "batch", str(tmp_path), "--scheduler", "tcp://127.0.0.1:1",
         "--db", str(tmp_path / "s.db")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False,
        env={**__import__("os").environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"},
    )
    assert proc.returncode == 2
    assert "error" in proc.stderr.lower()
