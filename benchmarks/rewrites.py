"""Copies and rewrites in real syndication: giveme5w1h-news-cluster (AP/Reuters stories on
washingtonpost.com, nytimes.com, abcnews.go.com, dailymail.co.uk, ...).

Candidate pairs: near-duplicates from Corroborate's MinHash LSH (estimated 5-shingle
Jaccard >= 0.3) plus every pair within one gold story (so rewrites that share few exact
shingles get their chance; story assignment errors are kept out of this benchmark). Each
pair is classified by ``classify_pair`` (sentence alignment with embeddings for
paraphrases). The output lists the copy and rewrite pairs found, and the precision on the
hand-checked sample in ``benchmarks/fixtures/rewrites_checked.json`` (pairs read by a
person: ``{a_id, b_id, relation, correct, truth, note}``; ``relation`` is what the classifier
said when checked, ``correct`` whether that was right, ``truth`` the relation the person
read). Two figures: precision on the pairs still classified as when checked (``correct``),
and, for every checked pair whatever the classifier says now, whether it says ``truth``
(``agree_with_truth``; a pair that is no longer a candidate counts as "independent"), with
the precision of the pairs it now reports as copies or rewrites.

    python benchmarks/rewrites.py [--json] [--no-embeddings] [--list]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DATA = ROOT.parent / "shared" / "data" / "stories" / "giveme5w1h-news-cluster.jsonl"
CHECKED = ROOT / "benchmarks" / "fixtures" / "rewrites_checked.json"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_article(row: dict):
    from corroborate.ingest.credits import find_credits
    from corroborate.types import Article

    text = row["text"] or ""
    return Article(
        id=row["id"], text=text, title=row.get("title") or None, outlet=row.get("outlet"),
        url=row.get("url"), published=row.get("published"), source_id=row["id"], credits=find_credits(text),
    )


def candidate_pairs(rows: list[dict], threshold: float = 0.3) -> set[tuple[str, str]]:
    from corroborate.linking.minhash import near_duplicates

    ordered = sorted(rows, key=lambda r: (r.get("published") or "", r["id"]))
    rank = {r["id"]: i for i, r in enumerate(ordered)}
    pairs = {(a, b) for a, b, _ in near_duplicates(((r["id"], r["text"] or "") for r in ordered), threshold=threshold)}
    by_story: dict[str, list[str]] = defaultdict(list)
    for r in ordered:
        by_story[r["story"]].append(r["id"])
    for members in by_story.values():
        pairs.update(combinations(members, 2))
    return {tuple(sorted(p, key=rank.__getitem__)) for p in pairs}


def classify_all(rows: list[dict], use_embeddings: bool = True) -> dict[tuple[str, str], object]:
    from corroborate.linking.rewrites import classify_pair

    embedder = None
    if use_embeddings:
        from corroborate.config import Settings
        from corroborate.models import get_embedder

        embedder = get_embedder(Settings().embedding_model)
    arts = {r["id"]: to_article(r) for r in rows}
    cache: dict = {}
    return {
        (a, b): classify_pair(arts[a], arts[b], embedder=embedder, cache=cache)
        for a, b in sorted(candidate_pairs(rows))
    }


def precision_on_checked(links: dict, checked: list[dict]) -> dict:
    judged = unchanged = right = 0
    changed: list[dict] = []
    for item in checked:
        key = (item["a_id"], item["b_id"])
        link = links.get(key) or links.get((key[1], key[0]))
        if link is None:
            changed.append({**item, "now": "not a candidate"})
            continue
        judged += 1
        if link.relation == item["relation"]:
            unchanged += 1
            right += bool(item["correct"])
        else:
            changed.append({**item, "now": link.relation})
    return {
        "checked": len(checked),
        **against_truth(links, checked),
        "still_classified_as_checked": unchanged,
        "correct": right,
        "precision": right / unchanged if unchanged else None,
        "changed_since_check": changed,
    }


def against_truth(links: dict, checked: list[dict]) -> dict:
    """Every checked pair against the relation the person read (``truth``)."""
    agree = reported = reported_right = 0
    items = [item for item in checked if "truth" in item]
    for item in items:
        key = (item["a_id"], item["b_id"])
        link = links.get(key) or links.get((key[1], key[0]))
        now = link.relation if link is not None else "independent"
        agree += now == item["truth"]
        if now != "independent":
            reported += 1
            reported_right += now == item["truth"]
    return {
        "with_truth": len(items),
        "agree_with_truth": agree,
        "reported_as_copy_or_rewrite": reported,
        "reported_right": reported_right,
        "precision_against_truth": reported_right / reported if reported else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--list", action="store_true", help="print every copy/rewrite pair")
    ap.add_argument("--data", type=Path, default=DATA)
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"{args.data} not found: nothing to measure (see ../shared/data/README.md)")
        return 0
    rows = load(args.data)
    by_id = {r["id"]: r for r in rows}
    start = time.perf_counter()
    links = classify_all(rows, use_embeddings=not args.no_embeddings)
    seconds = time.perf_counter() - start
    found = {k: v for k, v in links.items() if v.relation != "independent"}
    relations = Counter(v.relation for v in links.values())
    outlets = Counter(
        (v.relation, tuple(sorted((by_id[a]["outlet"] or "?", by_id[b]["outlet"] or "?"))))
        for (a, b), v in found.items()
    )
    cross_story = sum(1 for a, b in found if by_id[a]["story"] != by_id[b]["story"])
    checked = json.loads(CHECKED.read_text()) if CHECKED.exists() else []
    prec = precision_on_checked(links, checked)
    result = {
        "articles": len(rows),
        "candidate_pairs": len(links),
        "relations": dict(relations),
        "copy_or_rewrite_pairs": len(found),
        "copy_or_rewrite_pairs_across_gold_stories": cross_story,
        "by_outlets": [
            {"relation": r, "outlets": list(o), "pairs": n} for (r, o), n in outlets.most_common()
        ],
        "with_original": sum(1 for v in found.values() if v.original),
        "with_derived_from": dict(Counter(v.derived_from for v in found.values() if v.derived_from)),
        "hand_checked": prec,
        "seconds": seconds,
        "embeddings": not args.no_embeddings,
        "pairs": [
            {"a_id": a, "b_id": b, "relation": v.relation, "similarity": v.similarity,
             "a_outlet": by_id[a]["outlet"], "b_outlet": by_id[b]["outlet"],
             "original": v.original, "derived_from": v.derived_from, "confidence": v.confidence}
            for (a, b), v in sorted(found.items())
        ],
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{len(rows)} articles, {len(links)} candidate pairs classified in {seconds:.0f}s "
          f"(embeddings: {not args.no_embeddings})")
    print("relations: " + ", ".join(f"{k} {v}" for k, v in sorted(relations.items())))
    print(f"copy or rewrite pairs: {len(found)} ({cross_story} across two gold stories); "
          f"with an original inferred: {result['with_original']}; derived from a wire: {result['with_derived_from']}")
    print("by outlets:")
    for item in result["by_outlets"][:15]:
        print(f"  {item['pairs']:3d}  {item['relation']:<14} {' + '.join(item['outlets'])}")
    if args.list:
        for p in result["pairs"]:
            print(f"  {p['a_id']} {p['b_id']} {p['relation']:<14} {p['similarity']:.2f} "
                  f"{p['a_outlet']} / {p['b_outlet']} original={p['original']} from={p['derived_from']}")
    if prec["precision"] is None:
        print(f"hand-checked sample: none usable ({CHECKED} missing or all pairs changed)")
    else:
        print(f"hand-checked sample: {prec['correct']}/{prec['still_classified_as_checked']} correct "
              f"= precision {prec['precision']:.2f} ({prec['checked']} pairs checked; "
              f"{len(prec['changed_since_check'])} classified differently since the check)")
    if prec["with_truth"]:
        p = prec["precision_against_truth"]
        print(f"against the relation read by hand, all {prec['with_truth']} checked pairs: "
              f"{prec['agree_with_truth']} agree; of the {prec['reported_as_copy_or_rewrite']} now reported as "
              f"copies or rewrites, {prec['reported_right']} have that very relation"
              + (f" = precision {p:.2f}" if p is not None else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
