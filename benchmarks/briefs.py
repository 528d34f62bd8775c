"""Faithfulness of the briefs written for ../shared/data/stories/giveme5w1h-news-cluster.jsonl.

Every brief of every story is checked automatically:

* each summary sentence (and each "reported by one outlet only" sentence) is supported by
  every article it cites: the cited span of that article has all-MiniLM-L6-v2 cosine
  similarity >= SAME_FACT with it and gives no other numbers (the threshold is justified on
  MSRP: run with --threshold). Beside it, how often the article's best-matching whole
  sentence passes the same test (a whole sentence keeps its dateline, "SAN JOSE, Dec 31
  (Reuters) -", whose date reads as another number);
* each cited span is the article's text at that span;
* each quote in the brief occurs verbatim in the passage of the article it cites (a quote
  split around its cue is shown "A … B": each piece, in order).

It also reports the independent-source counts of the stories that contain syndicated wire
copies, against the hand-checked fixture benchmarks/fixtures/independent_sources_checked.json.

    python benchmarks/briefs.py [--json] [--threshold] [--limit N] [--db FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CORPUS = DATA / "stories" / "giveme5w1h-news-cluster.jsonl"
MSRP = DATA / "paraphrase" / "msrp-train.tsv"
FIXTURE = ROOT / "benchmarks" / "fixtures" / "independent_sources_checked.json"


def threshold_curve() -> list[dict]:
    """Precision/recall of 'same fact' on MSRP train at several thresholds."""
    from corroborate.compare.facts import details_agree
    from corroborate.models import get_embedder

    rows = []
    with MSRP.open(encoding="utf-8-sig") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) >= 5:
                rows.append((int(row[0]), row[3], row[4]))
    embed = get_embedder().encode
    a, b = embed([r[1] for r in rows]), embed([r[2] for r in rows])
    sim = (a * b).sum(axis=1)
    gold = np.array([r[0] for r in rows])
    agree = np.array([details_agree(r[1], r[2]) for r in rows])
    out = []
    for t in np.arange(0.70, 0.921, 0.02):
        pred = (sim >= t) & agree
        precision = float((gold[pred] == 1).mean()) if pred.any() else 0.0
        recall = float((pred & (gold == 1)).sum() / (gold == 1).sum())
        out.append({"threshold": round(float(t), 2), "precision": round(precision, 3), "recall": round(recall, 3)})
    return out


def verbatim_in(words: str, passage: str) -> bool:
    """Are the quoted ``words`` the cited passage's own, in order? A quote split around its
    cue is shown with "…" where the cue was ("A … B"): each piece must be there, after the
    one before."""
    at = 0
    for piece in words.split(" … "):
        found = passage.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def check_briefs(corr, embed, same_fact: float) -> dict:
    from corroborate.analysis.types import ArticleAnalysis
    from corroborate.compare.facts import details_agree

    store = corr.store
    articles = {a.id: a for a in store.articles()}
    sentence_vectors: dict[str, tuple[list[str], np.ndarray]] = {}

    def sentences_of(article_id: str):
        if article_id not in sentence_vectors:
            analysis = ArticleAnalysis.model_validate(store.get_analysis(article_id))
            text = articles[article_id].text
            sents = [text[s.start : s.end] for s in analysis.sentences]
            sentence_vectors[article_id] = (sents, embed(sents))
        return sentence_vectors[article_id]

    counts = Counter()
    failures: list[str] = []
    for story in store.stories():
        brief = store.get_brief(story["id"])
        if brief is None:
            counts["stories_without_brief"] += 1
            continue
        counts["briefs"] += 1
        sentences = brief["summary"] + brief["single_outlet_facts"]
        vectors = embed([s["text"] for s in sentences]) if sentences else np.zeros((0, 384))
        for sentence, vector in zip(sentences, vectors):
            counts["summary_sentences"] += 1
            ok = bool(sentence["citations"])
            cited = embed([c["text"] for c in sentence["citations"]]) if sentence["citations"] else []
            for cite, cite_vector in zip(sentence["citations"], cited):
                counts["citations"] += 1
                text = articles[cite["article"]].text
                span_ok = text[cite["start"] : cite["end"]] == cite["text"]
                # the evidence is the cited span: it must state the sentence (same fact,
                # no other numbers); the article's best sentence is reported beside it
                supported = float(cite_vector @ vector) >= same_fact and details_agree(sentence["text"], cite["text"])
                sents, vecs = sentences_of(cite["article"])
                sims = vecs @ vector
                best = int(np.argmax(sims)) if len(sims) else -1
                counts["best_sentence_ok"] += bool(
                    best >= 0 and sims[best] >= same_fact and details_agree(sentence["text"], sents[best])
                )
                if span_ok and supported:
                    counts["citations_ok"] += 1
                else:
                    ok = False
                    failures.append(f"{story['id']}: {sentence['text'][:80]!r} not supported by {cite['article']}")
            counts["summary_sentences_ok"] += ok
        for group in brief["quotes"]:
            for version in group["versions"]:
                counts["quotes"] += 1
                cite = version["cite"]
                text = articles[cite["article"]].text
                words = version.get("words") or cite["text"]
                if text[cite["start"] : cite["end"]] == cite["text"] and verbatim_in(words, cite["text"]):
                    counts["quotes_ok"] += 1
                else:
                    failures.append(f"{story['id']}: quote {words[:60]!r} not verbatim in {cite['article']}")
    return {
        "briefs": counts["briefs"],
        "summary_sentences": counts["summary_sentences"],
        "summary_sentences_supported_by_every_citation": counts["summary_sentences_ok"],
        "citations": counts["citations"],
        "citations_ok": counts["citations_ok"],
        "citations_best_sentence_ok": counts["best_sentence_ok"],
        "quotes": counts["quotes"],
        "quotes_verbatim": counts["quotes_ok"],
        "share_passing": round(
            (counts["summary_sentences_ok"] + counts["quotes_ok"])
            / max(1, counts["summary_sentences"] + counts["quotes"]),
            4,
        ),
        "failures": failures[:20],
    }


def independent_counts(corr) -> list[dict]:
    """Our independent-source count for each hand-checked story (matched by the gold label
    of most of its articles), beside the hand count."""
    if not FIXTURE.exists():
        return []
    checked = json.loads(FIXTURE.read_text(encoding="utf-8"))
    store = corr.store
    by_source = {a.source_id: a for a in store.articles()}
    out = []
    for item in checked["stories"]:
        members = [by_source[s] for s in item["article_ids"] if s in by_source]
        story_ids = Counter(store.story_of(a.id) for a in members)
        if not story_ids:
            continue
        story_id, _ = story_ids.most_common(1)[0]
        brief = store.get_brief(story_id)
        ours = brief["independent_sources"] if brief else None
        # the fixture's count is over the fixture's articles; count ours over the same set
        from corroborate.compare.service import load_story_input

        story = load_story_input(store, story_id)
        ours_same_set = len(story.independent(a.id for a in members if a.id in story.by_id))
        out.append(
            {
                "story": item["story"],
                "hand_checked": item["independent"],
                "ours": ours_same_set,
                "ours_whole_story": ours,
                "match": ours_same_set == item["independent"],
            }
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--threshold", action="store_true", help="print the MSRP curve for SAME_FACT")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument(
        "--db", type=Path, default=None,
        help="keep the store in this file; a rerun only recomputes what changed (code or model versions)",
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: evaluation data not found at {CORPUS}")
        return 0

    from corroborate.api import Corroborate
    from corroborate.compare.facts import SAME_FACT
    from corroborate.models import get_embedder

    result: dict = {"same_fact_threshold": SAME_FACT}
    if args.threshold and MSRP.exists():
        result["msrp_curve"] = threshold_curve()
    with tempfile.TemporaryDirectory() as tmp:
        source = CORPUS
        if args.limit:
            source = Path(tmp) / "sample.jsonl"
            with CORPUS.open(encoding="utf-8") as fh:
                source.write_text("".join(line for _, line in zip(range(args.limit), fh)), encoding="utf-8")
        t0 = time.perf_counter()
        with Corroborate(args.db or Path(tmp) / "briefs.db") as corr:
            report = corr.run_report([str(source)])
            result["articles"] = report.ingested + report.duplicates  # a kept --db store holds them already
            result["refused"] = [f"{e.item}: {e.reason}" for e in report.failed]
            result["stories"] = report.stories
            result["pipeline_seconds"] = round(time.perf_counter() - t0, 1)
            result["faithfulness"] = check_briefs(corr, get_embedder().encode, SAME_FACT)
            result["independent_sources"] = independent_counts(corr)

    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    f = result["faithfulness"]
    print(f"Briefs of {CORPUS.name}: {result['articles']} articles, {result['stories']} stories, "
          f"pipeline {result['pipeline_seconds']} s")
    for refused in result["refused"]:
        print(f"  refused at ingest: {refused}")
    print(f"  summary sentences supported by every citation : {f['summary_sentences_supported_by_every_citation']}/{f['summary_sentences']}")
    print(f"  citations supported (the cited span)          : {f['citations_ok']}/{f['citations']}")
    print(f"  ... by the article's best whole sentence      : {f['citations_best_sentence_ok']}/{f['citations']}")
    print(f"  quotes verbatim in the cited article          : {f['quotes_verbatim']}/{f['quotes']}")
    print(f"  share passing                                 : {f['share_passing']:.2%} (goal 100%)")
    for failure in f["failures"]:
        print(f"    FAIL {failure}")
    if result["independent_sources"]:
        print("  independent sources, stories with syndicated wire copies (hand-checked):")
        for row in result["independent_sources"]:
            mark = "ok" if row["match"] else "DIFFERS"
            print(f"    {row['story'][:50]:50} hand {row['hand_checked']:2}  ours {row['ours']:2}  {mark}")
        matched = sum(r["match"] for r in result["independent_sources"])
        print(f"  matching: {matched}/{len(result['independent_sources'])}")
    if "msrp_curve" in result:
        print(f"  SAME_FACT = {SAME_FACT}; MSRP train, cosine >= t and numbers agree:")
        for row in result["msrp_curve"]:
            print(f"    t={row['threshold']:.2f}  precision {row['precision']:.3f}  recall {row['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
