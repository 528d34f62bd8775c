"""Linking speed: near-duplicate detection + story assignment on 50,000 generated articles,
beside datasketch's MinHashLSH doing only the near-duplicate part, in the same run.

Articles are generated from ../shared/data/stories/*.jsonl: each is a real article with
perturbations (about 4% of words dropped, 2% of neighbouring words swapped, the publish
date shifted by up to ±3 days, a new id), fed in publish order.

What is timed for Corroborate: word-shingle MinHash (128 permutations), LSH query + insert,
and story assignment with the *text-only* representation (TF-IDF terms with names and
numbers boosted: ``StoryOptions(use_embeddings=False)``) — the calls ``link_store`` makes,
minus pair classification: per-article features by chunks (:func:`iter_features`:
signatures and story terms, vectorised), then in publish order ``LSHIndex.query_add`` and
``StoryLinker.add_many``. It is timed twice, on the same articles with the same results:

* as ``link_store`` runs it by default: the features computed in worker processes (as many
  as :func:`feature_processes` picks: ``settings.n_process``, leaving one CPU to the
  sequential part; ``--processes N`` to choose) while this process places the articles;
* in one process, each part timed alone: near-duplicates (signatures + LSH) and stories
  (term preparation + placement).

CPU-seconds count this process and the workers (as they report their own CPU time), so the
figures can be read on a shared machine; the load average is printed.

Sentence embeddings are left out of this mode: all-MiniLM-L6-v2 runs at about 230
sentences/s on 2 cores, which alone would cap story assignment near 230 articles/s; their
measured cost per article is printed separately so it can be added honestly. Per-article
analysis is excluded.

Memory: peak and retained bytes of the LSH index per article (tracemalloc, a separate
untimed pass, inserted as ``link_store`` inserts: ``query_add`` by chunks), and the
retained bytes of the story index per article, as generated and as a steady stream (one
article every 10 minutes).

    python benchmarks/linking_speed.py [--n 50000] [--processes N] [--json] [--no-datasketch]

Exit status 1 if the stories differ between the two runs.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data" / "stories"
FILES = ("giveme5w1h-news-cluster.jsonl", "ecbplus-dev.jsonl")


def load_rows(data: Path) -> list[dict]:
    rows = []
    for name in FILES:
        with (data / name).open(encoding="utf-8") as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


def perturb(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    out = [w for w in words if rng.random() > 0.04]
    for i in range(len(out) - 1):
        if rng.random() < 0.02:
            out[i], out[i + 1] = out[i + 1], out[i]
    return " ".join(out)


def generate(rows: list[dict], n: int, seed: int = 11):
    """``n`` perturbed articles (as Article objects), sorted by publish time."""
    from corroborate.types import Article

    rng = random.Random(seed)
    base_time = datetime(2016, 1, 1, tzinfo=UTC)
    undated: dict[str, datetime] = {}
    out = []
    for i in range(n):
        row = rows[rng.randrange(len(rows))]
        if row.get("published"):
            t = datetime.fromisoformat(row["published"][:19]).replace(tzinfo=UTC)
        else:  # ECB+: no dates; one invented date per gold story so its articles stay close
            t = undated.setdefault(row["story"], base_time + timedelta(days=rng.randrange(0, 900)))
        t += timedelta(hours=rng.uniform(-72, 72))
        out.append(
            Article(
                id=f"gen{i:06d}",
                text=perturb(row["text"] or "", rng),
                title=row.get("title") or None,
                outlet=row.get("outlet"),
                published=t.isoformat(timespec="seconds"),
                source_id=f"gen{i:06d}",
            )
        )
    out.sort(key=lambda a: (a.published, a.id))
    return out


def run_pipeline(articles, num_perm: int, shingle: int, threshold: float, processes: int) -> dict:
    """What ``link_store`` runs, minus pair classification: per-article features (signatures,
    prepared terms) from :func:`iter_features` — in ``processes`` worker processes, chunks
    ahead — and, in this process and in publish order, LSH query + insert and story
    placement. CPU time counts this process and the workers (as they report it)."""
    from corroborate.linking.features import iter_features
    from corroborate.linking.minhash import LSHIndex
    from corroborate.linking.stories import StoryLinker, StoryOptions

    opts = StoryOptions(use_embeddings=False)
    index = LSHIndex(num_perm, threshold)
    linker = StoryLinker(opts)
    pairs = 0
    start = time.perf_counter()
    cpu = time.process_time()
    worker_cpu = 0.0
    for chunk in iter_features(articles, num_perm, shingle, opts, processes=processes):
        worker_cpu += chunk.worker_cpu_seconds
        found = index.query_add([a.id for a in chunk.articles], chunk.signatures)
        pairs += sum(map(len, found))
        linker.add_many(chunk.articles, chunk.prepared)
    total = time.perf_counter() - start
    main_cpu = time.process_time() - cpu
    cpu = main_cpu + worker_cpu
    return {
        "processes": processes,
        "seconds": total,
        "cpu_seconds": cpu,
        "main_cpu_seconds": main_cpu,
        "worker_cpu_seconds": worker_cpu,
        "articles_per_s": len(articles) / total,
        "articles_per_cpu_s": len(articles) / cpu,
        "near_dup_pairs": pairs,
        "stories": len(linker.stories),
        "clusters": linker.clusters(),
        "bands": index.bands,
        "rows": index.rows,
    }


def run_parts(articles, num_perm: int, shingle: int, threshold: float, chunk: int = 256) -> dict:
    """The same work in one process, each part timed alone: near-duplicates (signatures,
    LSH query + insert) and stories (term preparation, placement)."""
    from corroborate.linking.minhash import LSHIndex, MinHasher
    from corroborate.linking.stories import StoryLinker, StoryOptions, prepare_articles

    opts = StoryOptions(use_embeddings=False)
    hasher = MinHasher(num_perm, shingle)
    index = LSHIndex(num_perm, threshold)
    linker = StoryLinker(opts)
    pairs = 0
    t_dup = t_story = c_dup = c_story = 0.0
    for k in range(0, len(articles), chunk):
        part = articles[k : k + chunk]
        t0, c0 = time.perf_counter(), time.process_time()
        found = index.query_add([a.id for a in part], hasher.signatures([a.text for a in part]))
        pairs += sum(map(len, found))
        t1, c1 = time.perf_counter(), time.process_time()
        linker.add_many(part, prepare_articles(part, opts))
        t_dup += t1 - t0
        c_dup += c1 - c0
        t_story += time.perf_counter() - t1
        c_story += time.process_time() - c1
    n = len(articles)
    return {
        "near_dup_seconds": t_dup,
        "near_dup_cpu_seconds": c_dup,
        "near_dup_articles_per_s": n / t_dup,
        "near_dup_articles_per_cpu_s": n / c_dup,
        "story_seconds": t_story,
        "story_cpu_seconds": c_story,
        "story_articles_per_s": n / t_story,
        "story_articles_per_cpu_s": n / c_story,
        "seconds": t_dup + t_story,
        "cpu_seconds": c_dup + c_story,
        "articles_per_s": n / (t_dup + t_story),
        "articles_per_cpu_s": n / (c_dup + c_story),
        "near_dup_pairs": pairs,
        "stories": len(linker.stories),
        "clusters": linker.clusters(),
    }


def run_datasketch(articles, num_perm: int, shingle: int, threshold: float) -> dict:
    from datasketch import MinHash, MinHashLSH

    from corroborate.linking.text import words

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs = 0
    start = time.perf_counter()
    cpu = time.process_time()
    for a in articles:
        w = words(a.text)
        k = min(shingle, len(w)) or 1
        shingles = {" ".join(w[i : i + k]).encode() for i in range(max(1, len(w) - k + 1))}
        m = MinHash(num_perm=num_perm)
        m.update_batch(list(shingles))
        pairs += len(lsh.query(m))
        lsh.insert(a.id, m)
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {"seconds": total, "cpu_seconds": cpu, "articles_per_s": len(articles) / total,
            "articles_per_cpu_s": len(articles) / cpu, "near_dup_pairs": pairs}


def measure_memory(articles, num_perm: int, shingle: int, threshold: float) -> dict:
    """tracemalloc over building the LSH index (signatures precomputed, inserted as
    ``link_store`` inserts them: ``query_add`` by chunks) and, separately, the story index."""
    from corroborate.linking.minhash import LSHIndex, MinHasher
    from corroborate.linking.stories import StoryLinker, StoryOptions, prepare_articles

    hasher = MinHasher(num_perm, shingle)
    sigs = hasher.signatures([a.text for a in articles])
    ids = [a.id for a in articles]
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    index = LSHIndex(num_perm, threshold)
    for k in range(0, len(ids), 256):
        index.query_add(ids[k : k + 256], sigs[k : k + 256])
    index.flush()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del sigs
    n = len(articles)
    lsh = {"retained_bytes_per_article": (current - base) / n, "peak_bytes_per_article": (peak - base) / n}
    del index
    gc.collect()
    opts = StoryOptions(use_embeddings=False)
    sample = articles[: min(n, 10_000)]

    def story_index_bytes(stream) -> float:
        gc.collect()
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        linker = StoryLinker(opts)
        for k in range(0, len(stream), 256):
            linker.add_many(stream[k : k + 256], prepare_articles(stream[k : k + 256], opts))
        current, _ = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        del linker
        return (current - base) / len(stream)

    # the same articles as a steady stream, one every 10 minutes (no day without news), where
    # only forgetting what quiet stories' articles brought keeps the index from growing
    start = datetime(2020, 1, 1, tzinfo=UTC)
    steady = [a.model_copy(update={"published": (start + timedelta(minutes=10 * k)).isoformat()}) for k, a in enumerate(sample)]
    return {
        "lsh": lsh, "story_index_bytes_per_article": story_index_bytes(sample), "story_sample": len(sample),
        "story_index_bytes_per_article_steady": story_index_bytes(steady),
    }


def embedding_cost(articles, k: int = 64) -> float | None:
    """Seconds per article to embed title + lead (what story assignment embeds)."""
    from corroborate.errors import ModelUnavailable

    try:
        from corroborate.config import Settings
        from corroborate.linking.text import lead
        from corroborate.models import get_embedder

        emb = get_embedder(Settings().embedding_model)
    except (ImportError, OSError, RuntimeError, ModelUnavailable):  # model not installed: report as unknown
        return None
    texts = [lead(a.title, a.text) for a in articles[:k]]
    emb.encode(texts[:4])
    start = time.perf_counter()
    emb.encode(texts)
    return (time.perf_counter() - start) / len(texts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-datasketch", action="store_true")
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--processes", type=int, default=None,
                    help="worker processes for the per-article features (default: as link_store "
                         "chooses, feature_processes)")
    args = ap.parse_args(argv)
    if not all((args.data / f).exists() for f in FILES):
        print(f"stories data not found under {args.data}: nothing to measure")
        return 0
    from corroborate.config import Settings

    s = Settings()
    if args.processes is None:
        from corroborate.linking.service import feature_processes

        args.processes = feature_processes(s, args.n)
    threshold = 0.4
    rows = load_rows(args.data)
    articles = generate(rows, args.n)
    res: dict = {"articles": len(articles), "num_perm": s.minhash_perm, "shingle_size": s.shingle_size,
                 "lsh_threshold": threshold, "story_mode": "text-only (no embeddings)"}
    res["ours"] = run_pipeline(articles, s.minhash_perm, s.shingle_size, threshold, args.processes)
    res["parts"] = run_parts(articles, s.minhash_perm, s.shingle_size, threshold)
    same = res["ours"].pop("clusters") == res["parts"].pop("clusters")
    res["same_stories_both_ways"] = same
    if not args.no_datasketch:
        res["datasketch"] = run_datasketch(articles, s.minhash_perm, s.shingle_size, threshold)
        d = res["datasketch"]
        res["near_dup_speed_ratio"] = res["parts"]["near_dup_articles_per_s"] / d["articles_per_s"]
        res["near_dup_cpu_ratio"] = res["parts"]["near_dup_articles_per_cpu_s"] / d["articles_per_cpu_s"]
        res["total_speed_ratio"] = res["ours"]["articles_per_s"] / d["articles_per_s"]
    res["memory"] = measure_memory(articles, s.minhash_perm, s.shingle_size, threshold)
    res["embedding_seconds_per_article"] = embedding_cost(articles)
    res["load_average"] = os.getloadavg()
    if args.json:
        print(json.dumps(res, indent=2))
        return 0 if same else 1
    o, p = res["ours"], res["parts"]
    print(f"{res['articles']} generated articles, {s.minhash_perm} permutations, {s.shingle_size}-word shingles, "
          f"LSH threshold {threshold} ({o['bands']} bands x {o['rows']} rows)")
    print(f"{'system':<66}{'articles/s':>11}{'seconds':>9}{'CPU-s':>8}{'per CPU-s':>11}{'near-dup pairs':>16}")
    workers = f"main process + {o['processes']} worker processes" if o["processes"] > 0 else "one process"
    rows = [
        (f"corroborate: near-dup + stories ({workers})", o),
        ("corroborate: near-dup + stories (one process)", p),
        ("  of which near-dup (signatures, LSH)", {
            "articles_per_s": p["near_dup_articles_per_s"], "seconds": p["near_dup_seconds"],
            "cpu_seconds": p["near_dup_cpu_seconds"], "articles_per_cpu_s": p["near_dup_articles_per_cpu_s"],
            "near_dup_pairs": p["near_dup_pairs"]}),
        ("  of which stories (terms, placement)", {
            "articles_per_s": p["story_articles_per_s"], "seconds": p["story_seconds"],
            "cpu_seconds": p["story_cpu_seconds"], "articles_per_cpu_s": p["story_articles_per_cpu_s"]}),
    ]
    if "datasketch" in res:
        rows.append(("datasketch MinHash + MinHashLSH: near-dup", res["datasketch"]))
    for label, r in rows:
        pairs = f"{r['near_dup_pairs']:16d}" if "near_dup_pairs" in r else ""
        print(f"{label:<66}{r['articles_per_s']:11.0f}{r['seconds']:9.1f}{r['cpu_seconds']:8.1f}"
              f"{r['articles_per_cpu_s']:11.0f}{pairs}")
    if o["processes"] > 0:
        print(f"(with workers: {o['main_cpu_seconds']:.1f} CPU-s in the main process — LSH, placement — and "
              f"{o['worker_cpu_seconds']:.1f} in the workers — signatures, story terms)")
    if "datasketch" in res:
        print("(near-dup pairs: ours = LSH candidates verified by estimated Jaccard >= threshold; "
              "datasketch = its raw LSH candidates)")
        print(f"speed ratio vs datasketch: near-dup {res['near_dup_speed_ratio']:.1f}x "
              f"({res['near_dup_cpu_ratio']:.1f}x per CPU-second), "
              f"near-dup + stories ({workers}) {res['total_speed_ratio']:.1f}x")
    m = res["memory"]
    print(f"LSH index memory per article: {m['lsh']['retained_bytes_per_article']:.0f} B retained, "
          f"{m['lsh']['peak_bytes_per_article']:.0f} B peak (tracemalloc)")
    print(f"story index memory per article: {m['story_index_bytes_per_article']:.0f} B "
          f"(first {m['story_sample']} articles); {m['story_index_bytes_per_article_steady']:.0f} B when they come "
          "as a steady stream, one every 10 minutes")
    print(f"stories formed: {o['stories']} ({'the same' if same else 'NOT the same'} with and without workers)")
    la = res["load_average"]
    print(f"load average at the end: {la[0]:.1f} {la[1]:.1f} {la[2]:.1f} on {os.cpu_count()} CPUs; wall-clock "
          "figures depend on other load on the machine, 'per CPU-s' is articles per second of CPU time "
          "(this process and its workers)")
    e = res["embedding_seconds_per_article"]
    if e is not None:
        print(f"not in the timing: embedding title + lead costs {e * 1000:.1f} ms/article here "
              f"({1 / e:.0f} articles/s) when story assignment uses meaning")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
