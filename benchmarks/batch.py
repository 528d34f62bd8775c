"""Batch mode: the local path vs a 2-worker Dask LocalCluster on a generated archive.

The archive (default 200,000 articles) is generated from ../shared/data/stories/*.jsonl,
streaming (one shard of 1,000 articles written at a time, nothing held in memory): each
article is a real one with perturbations (about 4% of words dropped, 2% of neighbouring
words swapped; nine in ten also get a quarter of their words replaced by random corpus
words, so only the light tenth are near-duplicates of one another — with under a thousand
base articles, 200k light copies would make every article a near-duplicate of ~240 others),
a publish date shifted by whole weeks plus up to ±3 days (so the same
event recurs as a new story later in the archive), a new id and URL.

Measured on ALL articles, for both paths:

* ingest — reading and parsing the JSONL shards into a SQLite store (local:
  ``ingest_paths``; batch: ``run_batch(stages=("ingest",))``, read on workers, written by
  the client);
* near-duplicate candidates — MinHash (128 permutations) + LSH (local: the streaming
  ``LSHIndex`` query/add of ``link_store``; batch: signatures and band keys on workers,
  band keys shuffled to grouping tasks, candidates verified on the client). Both must find
  the same pairs: the benchmark checks it;
* story assignment — the incremental ``StoryLinker`` in publish order, text-only
  (``use_embeddings=False``); it runs on the client in both paths (the same code).

Measured on a SAMPLE (``--sample``, default 2,000) and EXTRAPOLATED to all articles:
per-article spaCy analysis (local: ``ensure_analyses`` with ``n_process=2``; batch: the
analysis map on the workers). Full analysis of 200k articles would take hours on 2 cores.

Not measured here: pair classification (sentence alignment of story members) and sentence
embeddings (about 230 sentences/s on 2 cores; see benchmarks/linking_speed.py).

Memory: peak RSS sampled every 0.5 s with psutil — the local process and its analysis
children; each Dask worker process (``client.run``), and the client.

    python benchmarks/batch.py [--articles 200000] [--sample 2000] [--workers 2] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data" / "stories"
SHARD = 1000


# -- the archive ---------------------------------------------------------------------


def base_rows(data: Path) -> Iterator[dict]:
    for path in sorted(data.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def perturb(text: str, rng: random.Random, vocab: list[str] | None = None, replace: float = 0.0) -> str:
    """Drop about 4% of words, swap 2% of neighbours, and replace a share ``replace`` of
    the words by random words of the corpus vocabulary (a different report of the event)."""
    words = text.split(" ")
    if vocab and replace:
        words = [rng.choice(vocab) if rng.random() < replace else w for w in words]
    out = [w for w in words if rng.random() > 0.04]
    for i in range(len(out) - 1):
        if rng.random() < 0.02:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def generate_archive(out_dir: Path, n: int, data: Path = DATA, seed: int = 11) -> int:
    """Write ``n`` perturbed articles as JSONL shards of 1,000 into ``out_dir``; only the
    base corpus (under a thousand articles) and one shard's lines are in memory."""
    rows = list(base_rows(data))
    if not rows:
        raise SystemExit(f"no corpora in {data}")
    rng = random.Random(seed)
    vocab = sorted({w for r in rows for w in (r.get("text") or "").split()})
    base_time = datetime(2016, 1, 1, tzinfo=UTC)
    undated: dict[str, datetime] = {}
    out_dir.mkdir(parents=True, exist_ok=True)
    written = 0
    shard = 0
    while written < n:
        lines = []
        for _ in range(min(SHARD, n - written)):
            row = rows[rng.randrange(len(rows))]
            if row.get("published"):
                t = datetime.fromisoformat(row["published"][:19]).replace(tzinfo=UTC)
            else:  # ECB+: no dates; one invented date per gold story
                t = undated.setdefault(row["story"], base_time + timedelta(days=rng.randrange(0, 900)))
            t += timedelta(weeks=rng.randrange(0, 260), hours=rng.uniform(-72, 72))
            i = written + len(lines)
            lines.append(
                json.dumps(
                    {
                        "id": f"gen{i:07d}",
                        "title": row.get("title") or "",
                        # 1 in 10 is a light copy (syndication: a near-duplicate of the others),
                        # the rest reworded (a quarter of the words replaced: not near-duplicates)
                        "text": perturb(row.get("text") or "", rng, vocab, 0.0 if rng.random() < 0.1 else 0.25),
                        "published": t.isoformat(timespec="seconds"),
                        "outlet": row.get("outlet"),
                        "url": f"https://example.org/{row.get('outlet') or 'news'}/{i}",
                    },
                    ensure_ascii=False,
                )
            )
        (out_dir / f"shard-{shard:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        written += len(lines)
        shard += 1
    return written


# -- memory sampling -------------------------------------------------------------------


class Peak:
    """Peak RSS of callables sampled every ``every`` seconds in a thread."""

    def __init__(self, sample, every: float = 0.5) -> None:
        self.sample = sample  # () -> dict[name, bytes]
        self.every = every
        self.peak: dict[str, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                for name, rss in self.sample().items():
                    self.peak[name] = max(self.peak.get(name, 0), int(rss))
            except Exception:  # noqa: BLE001, S110 - a worker restarting; sample again
                pass
            self._stop.wait(self.every)

    def __enter__(self) -> Peak:  # noqa: PYI034
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _rss_tree() -> dict[str, int]:
    import psutil

    me = psutil.Process()
    out = {"client": me.memory_info().rss}
    for i, child in enumerate(me.children(recursive=True)):
        try:
            out[f"child{i}"] = child.memory_info().rss
        except psutil.Error:
            pass
    return out


def _worker_rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


# -- the two paths ---------------------------------------------------------------------


def _publish_order(store) -> list:
    from corroborate.batch.run import _publish_order as order

    return order(store, set())


def local_path(archive: Path, db: Path, sample: int, settings) -> dict:
    from corroborate.analysis.store import ensure_analyses
    from corroborate.ingest import ingest_paths
    from corroborate.linking.minhash import LSHIndex, MinHasher
    from corroborate.store.sqlite import Store

    res: dict = {}
    store = Store(db)
    with Peak(_rss_tree) as peak:
        t = time.perf_counter()
        rep = ingest_paths(store, [str(archive)], settings)
        res["ingest_s"] = time.perf_counter() - t
        res["articles"] = len(rep.ingested)
        ids = _publish_order(store)

        t = time.perf_counter()
        hasher = MinHasher(settings.minhash_perm, settings.shingle_size)
        index = LSHIndex(settings.minhash_perm, 0.3)
        pairs = set()
        for start in range(0, len(ids), 2000):
            for a in store.articles(ids[start : start + 2000]):
                sig = hasher.signature(a.text)
                pairs.update((other, a.id) for other, _ in index.query(sig, 0.3))
                index.add(a.id, sig)
        res["near_dup_s"] = time.perf_counter() - t
        res["near_pairs"] = len(pairs)

        res["story_s"], res["stories"] = _stories(store, ids)

        sample_ids = _sample(store, sample)
        t = time.perf_counter()
        an = ensure_analyses(store, settings, ids=sample_ids)
        res["analysis_sample_s"] = time.perf_counter() - t
        res["analysis_sample"] = len(an.computed)
    res["peak_rss"] = peak.peak
    store.close()
    return res, pairs


def _sample(store, n: int) -> list[str]:
    ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY seq")]
    step = max(1, len(ids) // max(1, n))
    return ids[::step][:n]


def _stories(store, ids: list[str]) -> tuple[float, int]:
    from corroborate.linking.stories import StoryLinker, StoryOptions

    linker = StoryLinker(StoryOptions(use_embeddings=False))
    t = time.perf_counter()
    for start in range(0, len(ids), 2000):
        for a in store.articles(ids[start : start + 2000]):
            linker.add(a)
    return time.perf_counter() - t, len(linker.stories)


def batch_path(archive: Path, db: Path, sample: int, settings, workers: int) -> dict:
    from corroborate.batch.cluster import connect
    from corroborate.batch.run import BatchReport, _analyse, near_duplicate_pairs, run_batch
    from corroborate.linking.minhash import LSHIndex
    from corroborate.store.sqlite import Store

    res: dict = {}
    store = Store(db)
    t = time.perf_counter()
    with connect("local", workers) as client:
        res["cluster_start_s"] = time.perf_counter() - t

        def sample_all() -> dict[str, int]:
            out = {f"worker{i}": rss for i, rss in enumerate(client.run(_worker_rss).values())}
            out["client"] = _rss_tree()["client"]
            return out

        with Peak(sample_all) as peak:
            t = time.perf_counter()
            rep = run_batch([str(archive)], store, client=client, settings=settings, stages=("ingest",))
            res["ingest_s"] = time.perf_counter() - t
            res["articles"] = rep.ingested
            ids = _publish_order(store)

            t = time.perf_counter()
            near, _, res["candidate_pairs"], res["near_pairs"] = near_duplicate_pairs(
                client, store, ids, LSHIndex(settings.minhash_perm, 0.3), settings, 0.3, workers
            )
            res["near_dup_s"] = time.perf_counter() - t
            pairs = {(other, aid) for aid, others in near.items() for other in others}

            res["story_s"], res["stories"] = _stories(store, ids)

            report = BatchReport()
            t = time.perf_counter()
            _analyse(client, store, settings, report, 4 * workers, lambda s: None, lambda s, i: None, _sample(store, sample))
            res["analysis_sample_s"] = time.perf_counter() - t
            res["analysis_sample"] = report.analysed
        res["peak_rss"] = peak.peak
    store.close()
    return res, pairs


def extrapolate(res: dict, n: int) -> dict:
    per_article = res["analysis_sample_s"] / max(1, res["analysis_sample"])
    analysis_all = per_article * n
    measured = res["ingest_s"] + res["near_dup_s"] + res["story_s"]
    return {
        "ingest_articles_per_s": n / res["ingest_s"],
        "near_dup_articles_per_s": n / res["near_dup_s"],
        "story_articles_per_s": n / res["story_s"],
        "analysis_articles_per_s": 1 / per_article,
        "analysis_all_s_extrapolated": analysis_all,
        "total_s_extrapolated": measured + analysis_all,
        "total_articles_per_s_extrapolated": n / (measured + analysis_all),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=2_000, help="articles analysed (then extrapolated)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the archive and stores in this directory")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: {DATA} is absent (the shared corpora are needed to build the archive)")
        return
    from corroborate.config import Settings

    settings = Settings.from_env()
    work = args.keep or Path(tempfile.mkdtemp(prefix="corroborate-batch-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        n = generate_archive(work / "archive", args.articles)
        gen_s = time.perf_counter() - t
        local, local_pairs = local_path(work / "archive", work / "local.db", args.sample, settings)
        batch, batch_pairs = batch_path(work / "archive", work / "batch.db", args.sample, settings, args.workers)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    result = {
        "articles": n,
        "generate_s": gen_s,
        "analysis_sample": args.sample,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "same_near_pairs": local_pairs == batch_pairs,
        "local": {**local, **extrapolate(local, n)},
        "batch": {**batch, **extrapolate(batch, n)},
        "note": "ingest, near-duplicate candidates and story assignment measured on all articles; "
        f"analysis measured on {args.sample} and extrapolated to {n}",
    }
    if args.json:
        print(json.dumps(result, indent=2, default=float))
        return
    mb = 1 / 2**20
    rows = [
        ("ingest (articles/s)", "ingest_articles_per_s", "{:,.0f}"),
        ("near-dup candidates (articles/s)", "near_dup_articles_per_s", "{:,.0f}"),
        ("story assignment (articles/s, client)", "story_articles_per_s", "{:,.0f}"),
        (f"analysis, sample of {args.sample} (articles/s)", "analysis_articles_per_s", "{:,.1f}"),
        (f"all {n:,} articles, extrapolated (h)", "total_s_extrapolated", "{:,.2f}"),
    ]
    print(f"{n:,} generated articles ({gen_s:.0f} s to generate); {os.cpu_count()} CPUs; "
          f"{args.workers}-worker LocalCluster; same near-duplicate pairs: {result['same_near_pairs']}")
    print(f"{'':44} {'local':>12} {'batch':>12}")
    for label, key, fmt in rows:
        lv, bv = result["local"][key], result["batch"][key]
        if key == "total_s_extrapolated":
            lv, bv = lv / 3600, bv / 3600
        print(f"{label:44} {fmt.format(lv):>12} {fmt.format(bv):>12}")
    print(f"{'near-duplicate pairs':44} {local['near_pairs']:>12,} {batch['near_pairs']:>12,}")
    print(f"{'stories':44} {local['stories']:>12,} {batch['stories']:>12,}")
    lp = local["peak_rss"]
    print(f"{'peak RSS, main process (MiB)':44} {lp.get('client', 0) * mb:>12,.0f} {batch['peak_rss'].get('client', 0) * mb:>12,.0f}")
    kids = max([v for k, v in lp.items() if k != "client"] or [0])
    wk = max([v for k, v in batch["peak_rss"].items() if k.startswith("worker")] or [0])
    print(f"{'peak RSS per analysis process / worker (MiB)':44} {kids * mb:>12,.0f} {wk * mb:>12,.0f}")
    print(result["note"] + ".")


if __name__ == "__main__":
    main()
