"""Linking speed: near-duplicate detection + story assignment on 50,000 generated articles,
beside datasketch's MinHashLSH doing only the near-duplicate part, in the same run.

Articles are generated from ../shared/data/stories/*.jsonl: each is a real article with
perturbations (about 4% of words dropped, 2% of neighbouring words swapped, the publish
date shifted by up to ±3 days, a new id), fed in publish order.

What is timed for Corroborate: word-shingle MinHash (128 permutations), LSH query + insert,
and story assignment with the *text-only* representation (TF-IDF terms with names and
numbers boosted: ``StoryOptions(use_embeddings=False)``). Sentence embeddings are left out
of this mode: all-MiniLM-L6-v2 runs at about 230 sentences/s on 2 cores, which alone would
cap story assignment near 230 articles/s; their measured cost per article is printed
separately so it can be added honestly. Per-article analysis is excluded.

Memory: peak and retained bytes of the LSH index per article (tracemalloc, a separate
untimed pass), and the retained bytes of the story index per article.

    python benchmarks/linking_speed.py [--n 50000] [--json] [--no-datasketch]
"""

from __future__ import annotations

import argparse
import gc
import json
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


def run_ours(articles, num_perm: int, shingle: int, threshold: float) -> dict:
    from corroborate.linking.minhash import LSHIndex, MinHasher
    from corroborate.linking.stories import StoryLinker, StoryOptions

    hasher = MinHasher(num_perm, shingle)
    index = LSHIndex(num_perm, threshold)
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    pairs = 0
    t_dup = t_story = 0.0
    start = time.perf_counter()
    cpu = time.process_time()
    for a in articles:
        t0 = time.perf_counter()
        sig = hasher.signature(a.text)
        pairs += len(index.query(sig))
        index.add(a.id, sig)
        t1 = time.perf_counter()
        linker.add(a)
        t_story += time.perf_counter() - t1
        t_dup += t1 - t0
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu
    return {
        "seconds": total,
        "cpu_seconds": cpu,
        "articles_per_s": len(articles) / total,
        "articles_per_cpu_s": len(articles) / cpu,
        "near_dup_seconds": t_dup,
        "near_dup_articles_per_s": len(articles) / t_dup,
        "story_seconds": t_story,
        "near_dup_pairs": pairs,
        "stories": len(linker.stories),
        "bands": index.bands,
        "rows": index.rows,
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
    """tracemalloc over building the LSH index (signatures precomputed) and, separately,
    the story index."""
    from corroborate.linking.minhash import LSHIndex, MinHasher
    from corroborate.linking.stories import StoryLinker, StoryOptions

    hasher = MinHasher(num_perm, shingle)
    sigs = [hasher.signature(a.text) for a in articles]
    ids = [a.id for a in articles]
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    index = LSHIndex(num_perm, threshold)
    for i, s in zip(ids, sigs):
        index.add(i, s)
    index.flush()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del sigs
    n = len(articles)
    lsh = {"retained_bytes_per_article": (current - base) / n, "peak_bytes_per_article": (peak - base) / n}
    del index
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    linker = StoryLinker(StoryOptions(use_embeddings=False))
    sample = articles[: min(n, 10_000)]
    for a in sample:
        linker.add(a)
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"lsh": lsh, "story_index_bytes_per_article": (current - base) / len(sample), "story_sample": len(sample)}


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
    args = ap.parse_args(argv)
    if not all((args.data / f).exists() for f in FILES):
        print(f"stories data not found under {args.data}: nothing to measure")
        return 0
    from corroborate.config import Settings

    s = Settings()
    threshold = 0.4
    rows = load_rows(args.data)
    articles = generate(rows, args.n)
    res: dict = {"articles": len(articles), "num_perm": s.minhash_perm, "shingle_size": s.shingle_size,
                 "lsh_threshold": threshold, "story_mode": "text-only (no embeddings)"}
    res["ours"] = run_ours(articles, s.minhash_perm, s.shingle_size, threshold)
    if not args.no_datasketch:
        res["datasketch"] = run_datasketch(articles, s.minhash_perm, s.shingle_size, threshold)
        res["near_dup_speed_ratio"] = res["ours"]["near_dup_articles_per_s"] / res["datasketch"]["articles_per_s"]
        res["total_speed_ratio"] = res["ours"]["articles_per_s"] / res["datasketch"]["articles_per_s"]
    res["memory"] = measure_memory(articles, s.minhash_perm, s.shingle_size, threshold)
    res["embedding_seconds_per_article"] = embedding_cost(articles)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    o = res["ours"]
    print(f"{res['articles']} generated articles, {s.minhash_perm} permutations, {s.shingle_size}-word shingles, "
          f"LSH threshold {threshold} ({o['bands']} bands x {o['rows']} rows)")
    print(f"{'system':<44}{'articles/s':>12}{'seconds':>10}{'per CPU-s':>11}{'near-dup pairs':>16}")
    print(f"{'corroborate: near-dup + stories (text-only)':<44}{o['articles_per_s']:12.0f}{o['seconds']:10.1f}"
          f"{o['articles_per_cpu_s']:11.0f}{o['near_dup_pairs']:16d}")
    print(f"{'corroborate: near-dup part only':<44}{o['near_dup_articles_per_s']:12.0f}{o['near_dup_seconds']:10.1f}")
    if "datasketch" in res:
        d = res["datasketch"]
        print(f"{'datasketch MinHash + MinHashLSH: near-dup':<44}{d['articles_per_s']:12.0f}{d['seconds']:10.1f}"
              f"{d['articles_per_cpu_s']:11.0f}{d['near_dup_pairs']:16d}")
        print("(near-dup pairs: ours = LSH candidates verified by estimated Jaccard >= threshold; "
              "datasketch = its raw LSH candidates)")
        print(f"speed ratio vs datasketch: near-dup {res['near_dup_speed_ratio']:.1f}x, "
              f"near-dup + stories {res['total_speed_ratio']:.1f}x")
    m = res["memory"]
    print(f"LSH index memory per article: {m['lsh']['retained_bytes_per_article']:.0f} B retained, "
          f"{m['lsh']['peak_bytes_per_article']:.0f} B peak (tracemalloc)")
    print(f"story index memory per article: {m['story_index_bytes_per_article']:.0f} B "
          f"(first {m['story_sample']} articles)")
    print(f"stories formed: {o['stories']}")
    print("wall-clock figures depend on other load on the machine; 'per CPU-s' is articles per second of this "
          "process's CPU time")
    e = res["embedding_seconds_per_article"]
    if e is not None:
        print(f"not in the timing: embedding title + lead costs {e * 1000:.1f} ms/article here "
              f"({1 / e:.0f} articles/s) when story assignment uses meaning")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
