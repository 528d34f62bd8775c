"""Ingestion throughput: HTML pages per second through `corroborate ingest`'s code path
(content sniffing, decoding, trafilatura extraction, metadata, credits, SQLite writes),
as a ratio to trafilatura's bare extraction of the same pages in the same run.

The pages are generated from ../shared/data/stories/*.jsonl (evaluation data, read only,
never shipped): each article becomes a full HTML page with metadata, navigation and a
footer; articles are reused with a page number so that every page is distinct.

    python benchmarks/ingest.py [--pages 5000] [--rounds 2] [--json]
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "stories"


def load_articles() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return [r for r in rows if r.get("text") and r.get("title")]


def page(row: dict, n: int) -> str:
    paras = [p.strip() for p in row["text"].split("\n") if p.strip()]
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras)
    title = html.escape(f"{row['title']} ({n})")
    outlet = html.escape(row.get("outlet") or "example")
    published = html.escape(row.get("published") or "")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="Staff {n % 97}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
<main><article><h1>{title}</h1>
{body}
<p>Page {n} of the benchmark archive.</p>
</article></main>
<aside><h2>Most read</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside>
<footer><p>Copyright {outlet}. All rights reserved.</p></footer></body></html>
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: evaluation data not found at {DATA}")
        return 0

    import trafilatura

    from corroborate.config import Settings
    from corroborate.ingest import ingest_paths
    from corroborate.store.sqlite import Store

    rows = load_articles()
    with tempfile.TemporaryDirectory() as tmp:
        pages_dir = Path(tmp) / "pages"
        pages_dir.mkdir()
        for n in range(args.pages):
            (pages_dir / f"{n:06}.html").write_text(page(rows[n % len(rows)], n), encoding="utf-8")
        files = sorted(pages_dir.iterdir())

        # Warm both paths up (imports, lazy initialisation) before timing either.
        warm = Path(tmp) / "warm"
        warm.mkdir()
        for n in range(10):
            (warm / f"{n}.html").write_text(page(rows[-1 - n], -n), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for f in warm.iterdir():
                trafilatura.bare_extraction(f.read_text(encoding="utf-8"), with_metadata=True)
        warm_store = Store(":memory:")
        ingest_paths(warm_store, [str(warm)], Settings())
        warm_store.close()

        def reference() -> tuple[float, int]:
            # trafilatura's bare extraction of the same files, same options as our reader.
            t0 = time.perf_counter()
            extracted = 0
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                for f in files:
                    doc = trafilatura.bare_extraction(
                        f.read_text(encoding="utf-8"), with_metadata=True,
                        include_comments=False, include_tables=False,
                    )
                    extracted += doc is not None and bool(doc.text)
            return time.perf_counter() - t0, extracted

        def ours(run: int):
            # The whole ingest path into a fresh, real SQLite store.
            store = Store(Path(tmp) / f"bench{run}.db")
            t0 = time.perf_counter()
            report = ingest_paths(store, [str(pages_dir)], Settings())
            elapsed = time.perf_counter() - t0
            stored = store.count_articles()
            store.close()
            return elapsed, stored, report

        # Interleaved rounds, best of each: the machine is shared and noisy.
        ref_times, our_times = [], []
        for run in range(args.rounds):
            ref_t, extracted = reference()
            our_t, stored, report = ours(run)
            ref_times.append(ref_t)
            our_times.append(our_t)
        ref_s, ours_s = min(ref_times), min(our_times)

    ref_rate = args.pages / ref_s
    ours_rate = args.pages / ours_s
    result = {
        "pages": args.pages,
        "trafilatura_bare_pages_per_s": round(ref_rate, 1),
        "corroborate_ingest_pages_per_s": round(ours_rate, 1),
        "ratio": round(ours_rate / ref_rate, 3),
        "extracted_by_trafilatura": extracted,
        "stored": stored,
        "failed": len(report.failed),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"HTML ingestion, {args.pages} pages generated from {DATA}")
        print(f"  trafilatura bare_extraction : {ref_rate:8.1f} pages/s ({extracted} extracted)")
        print(f"  corroborate ingest (SQLite) : {ours_rate:8.1f} pages/s ({stored} stored, {len(report.failed)} failed)")
        print(f"  ratio                       : {ours_rate / ref_rate:8.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
