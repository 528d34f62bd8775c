"""Story clustering quality: Corroborate's streaming StoryLinker against a TF-IDF +
average-link agglomerative peer, BCubed P/R/F1 and pairwise F1.

Data: ../shared/data/stories/giveme5w1h-news-cluster.jsonl (fed in publish order) and
ecbplus-dev.jsonl (no dates: 5 seeded shuffles, mean and spread).

Thresholds: Corroborate's StoryOptions defaults were tuned by grid search on both corpora
(best mean BCubed F1): neither is held out, and the output says so. The peer's distance threshold is tuned on ecbplus-dev in this run (grid search),
as a user would tune it.

    python benchmarks/stories.py [--json] [--data DIR] [--no-embeddings] [--subset N] [--cross-check] [--analyses]
    python benchmarks/stories.py --errors      # which stories ours merges and splits
    python benchmarks/stories.py --separability  # how far each ECB+ topic's two events can be told apart
    python benchmarks/stories.py --timespan      # how long giveme5w1h's gold stories run: the ceiling by gap

``--analyses`` also feeds each article's per-article analysis (entities, quantities, dates;
computed once and cached under out/bench-stories/ by the analysis version) to the linker,
as extra terms: how the analysis features score (they are not used by default).

``--errors`` lists, for giveme5w1h in publish order and the first ECB+ shuffle, every
predicted story holding articles of several gold stories (with how many of each) and every
gold story split over several predicted ones (with the titles of the strays).

``--separability`` asks of each ECB+ topic (two look-alike events) how well the pair
similarities the linker uses tell its two events apart: the AUC of same-event pairs
against other-event pairs of the topic, for term cosine (TF-IDF vectors as the linker
weighs them, document frequencies of the whole corpus) and for embedding cosine. 1.0 is a
clean cut, 0.5 is chance. A topic whose AUC is low cannot be separated by any threshold
on that similarity, whatever the clustering.

``--timespan`` asks of giveme5w1h (the dated corpus) how long its gold stories run: for each
gap W (days), the BCubed scores of the gold stories themselves, each cut wherever two of its
articles in publish order are more than W days apart. That is what a linker reaches that
never continues a story across a silence longer than W: its ceiling. Its gold stories are
topics that come back over months (the Panama Papers in April 2016 and the Paradise Papers in
November 2017 are one story; so are two different airline incidents nine months apart), so
an event linker with a week's window cannot reach them all.

``--cross-check`` also tunes the two main knobs (join threshold, young-story margin) on each
corpus alone, on a small grid, and reports what that choice scores on the other corpus:
how far the joint defaults are from what either corpus alone would pick.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "stories"
GIVEME = "giveme5w1h-news-cluster.jsonl"
ECB = "ecbplus-dev.jsonl"
TUNED_ON = "ecbplus-dev (3 shuffles) and giveme5w1h (publish order), jointly: no held-out set"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_article(row: dict):
    from corroborate.types import Article

    return Article(
        id=row["id"],
        text=row["text"] or "",
        title=row.get("title") or None,
        outlet=row.get("outlet"),
        url=row.get("url"),
        published=row.get("published"),
        source_id=row["id"],
    )


def publish_order(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: (r.get("published") or "", r["id"]))


# -- scores ---------------------------------------------------------------------


def bcubed(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """BCubed precision, recall, F1 (per-item averages)."""
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item, c in pred.items():
        by_pred[c].add(item)
    for item, c in gold.items():
        by_gold[c].add(item)
    items = list(gold)
    p = r = 0.0
    for item in items:
        cp = by_pred[pred[item]]
        cg = by_gold[gold[item]]
        both = len(cp & cg)
        p += both / len(cp)
        r += both / len(cg)
    p /= len(items)
    r /= len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(pred: dict[str, str], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1 over same-cluster pairs."""

    def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item, c in labels.items():
            groups[c].append(item)
        out = set()
        for members in groups.values():
            members.sort()
            for i in range(len(members)):
                for j in range(i + 1, len(members)):
                    out.add((members[i], members[j]))
        return out

    pp, gp = pairs(pred), pairs(gold)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else 1.0
    r = tp / len(gp) if gp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pred: dict[str, str], gold: dict[str, str]) -> dict[str, float]:
    bp, br, bf = bcubed(pred, gold)
    pp, pr, pf = pairwise(pred, gold)
    return {"bcubed_p": bp, "bcubed_r": br, "bcubed_f1": bf, "pair_p": pp, "pair_r": pr, "pair_f1": pf}


# -- ours ---------------------------------------------------------------------


def load_embedder():
    """The configured sentence-embedding model (loaded once per process by get_embedder)."""
    from corroborate.config import Settings
    from corroborate.models import get_embedder

    return get_embedder(Settings().embedding_model)


def embed_rows(rows: list[dict], embedder) -> dict[str, object]:
    from corroborate.linking.text import lead

    texts = [lead(r.get("title"), r["text"] or "") for r in rows]
    vecs = embedder.encode(texts)
    return {r["id"]: v for r, v in zip(rows, vecs)}


CACHE = ROOT / "out" / "bench-stories"


def analyses_for(rows: list[dict]) -> dict[str, object]:
    """The per-article analysis of every row (article id -> ArticleAnalysis), as
    ``corroborate analyze`` computes it before linking; cached under out/bench-stories/ by
    the analysis version and the ids, so repeated runs are fast."""
    import hashlib
    import pickle

    from corroborate.analysis.pipeline import analysis_version, analyze_many
    from corroborate.analysis.types import ArticleAnalysis
    from corroborate.config import Settings

    settings = Settings()
    ids = hashlib.sha256("\n".join(sorted(r["id"] for r in rows)).encode()).hexdigest()[:12]
    path = CACHE / f"{analysis_version(settings)}-{ids}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    got = {aid: a for aid, a in analyze_many([to_article(r) for r in rows], settings) if isinstance(a, ArticleAnalysis)}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(got, protocol=pickle.HIGHEST_PROTOCOL))
    return got


def run_ours(
    rows: list[dict], options=None, embeddings: dict | None = None, analyses: dict | None = None
) -> dict[str, str]:
    """Feed ``rows`` in the given order through a fresh StoryLinker; article -> story."""
    from corroborate.linking.stories import StoryLinker, StoryOptions

    options = options or StoryOptions(use_embeddings=embeddings is not None)
    linker = StoryLinker(options)
    for row in rows:
        emb = embeddings.get(row["id"]) if embeddings else None
        ana = analyses.get(row["id"]) if analyses else None
        linker.add(to_article(row), analysis=ana, embedding=emb)
    return linker.clusters()


# -- peer -----------------------------------------------------------------------


def run_peer(rows: list[dict], threshold: float) -> dict[str, str]:
    """TF-IDF (title + text) + average-link agglomerative clustering on cosine distance."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [f"{r.get('title') or ''}\n{r['text'] or ''}" for r in rows]
    X = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(docs).toarray()
    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=threshold
    )
    labels = model.fit_predict(X)
    return {r["id"]: f"p{l}" for r, l in zip(rows, labels)}


def tune_peer(rows: list[dict]) -> tuple[float, float]:
    gold = {r["id"]: r["story"] for r in rows}
    best = (0.0, 0.0)
    for i in range(50, 100):
        t = i / 100
        f = bcubed(run_peer(rows, t), gold)[2]
        if f > best[1]:
            best = (t, f)
    return best


# -- the run --------------------------------------------------------------------


def shuffles(rows: list[dict], n: int = 5) -> list[list[dict]]:
    out = []
    for seed in range(n):
        copy = list(rows)
        random.Random(seed).shuffle(copy)
        out.append(copy)
    return out


def mean_spread(runs: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for key in runs[0]:
        vals = [r[key] for r in runs]
        out[key] = statistics.fmean(vals)
        out[key + "_sd"] = statistics.pstdev(vals)
        out[key + "_min"] = min(vals)
    return out


CROSS_GRID = {"join_threshold": (0.12, 0.14, 0.16, 0.18, 0.20), "young_margin": (0.0, 0.05, 0.1)}


def cross_check(
    corpora: dict[str, list[dict]], embs: dict[str, dict | None], n_shuffles: int = 3, anas: dict | None = None
) -> dict:
    """Tune (join_threshold, young_margin) on one corpus, score the choice on the other."""
    from dataclasses import replace
    from itertools import product

    from corroborate.linking.stories import StoryOptions

    base = StoryOptions(use_embeddings=next(iter(embs.values())) is not None)
    orders = {
        name: [publish_order(rows)] if name == "giveme5w1h" else shuffles(rows, n_shuffles)
        for name, rows in corpora.items()
    }
    golds = {name: {r["id"]: r["story"] for r in rows} for name, rows in corpora.items()}
    grid = []
    for jt, ym in product(CROSS_GRID["join_threshold"], CROSS_GRID["young_margin"]):
        opts = replace(base, join_threshold=jt, young_margin=ym)
        f1 = {
            name: statistics.fmean(
                bcubed(run_ours(order, opts, embs[name], (anas or {}).get(name)), golds[name])[2]
                for order in orders[name]
            )
            for name in corpora
        }
        grid.append({"join_threshold": jt, "young_margin": ym, **f1})
    out: dict = {"grid_size": len(grid), "ecbplus_shuffles": n_shuffles}
    names = list(corpora)
    for tuned in names:
        other = next(n for n in names if n != tuned)
        best = max(grid, key=lambda g: (g[tuned], -g["join_threshold"]))
        out[f"tuned_on_{tuned}"] = {
            "join_threshold": best["join_threshold"],
            "young_margin": best["young_margin"],
            tuned: round(best[tuned], 4),
            other: round(best[other], 4),
        }
    joint = max(grid, key=lambda g: (statistics.fmean(g[n] for n in names), -g["join_threshold"]))
    out["tuned_jointly"] = {k: (round(v, 4) if isinstance(v, float) and k in names else v) for k, v in joint.items()}
    out["defaults"] = {"join_threshold": base.join_threshold, "young_margin": base.young_margin}
    return out


def evaluate(
    data_dir: Path, use_embeddings: bool = True, subset: int | None = None, n_shuffles: int = 5,
    with_cross_check: bool = False, with_analyses: bool = False,
) -> dict:
    """Score ours and the peer on both corpora. ``subset`` keeps the first N gold stories
    of each corpus (for a quick gate)."""
    results: dict = {"tuned_on": TUNED_ON, "embeddings": use_embeddings, "subset": subset, "analyses": with_analyses}
    embedder = load_embedder() if use_embeddings else None
    corpora = {}
    for name, fname in (("giveme5w1h", GIVEME), ("ecbplus-dev", ECB)):
        rows = load(data_dir / fname)
        if subset:
            keep = sorted({r["story"] for r in rows})[:subset]
            rows = [r for r in rows if r["story"] in set(keep)]
        corpora[name] = rows
    t0 = time.perf_counter()
    embs = {name: (embed_rows(rows, embedder) if embedder is not None else None) for name, rows in corpora.items()}
    anas = {name: analyses_for(rows) for name, rows in corpora.items()} if with_analyses else {}
    peer_t, _peer_tune_f = tune_peer(corpora["ecbplus-dev"])
    results["peer_threshold"] = peer_t
    for name, rows in corpora.items():
        gold = {r["id"]: r["story"] for r in rows}
        emb = embs[name]
        start = time.perf_counter()
        if name == "giveme5w1h":
            orders = [publish_order(rows)]
        else:
            orders = shuffles(rows, n_shuffles)
        ours = [score(run_ours(order, embeddings=emb, analyses=anas.get(name)), gold) for order in orders]
        elapsed = time.perf_counter() - start
        peer = score(run_peer(publish_order(rows), peer_t), gold)
        results[name] = {
            "articles": len(rows),
            "stories": len(set(gold.values())),
            "order": "publish" if name == "giveme5w1h" else f"{n_shuffles} shuffles",
            "ours": mean_spread(ours),
            "peer": peer,
            "ours_seconds": elapsed,
        }
    if with_cross_check:
        results["cross_check"] = cross_check(corpora, embs, anas=anas)
    results["seconds"] = time.perf_counter() - t0
    return results


def auc(pos: list[float], neg: list[float]) -> float:
    """The probability that a random ``pos`` value exceeds a random ``neg`` value (ties
    count half): the area under the ROC curve of a threshold on the value."""
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def separability(rows: list[dict], embeddings: dict | None) -> list[dict]:
    """Per topic: AUC of same-event against other-event pair similarities (terms, meaning)."""
    import numpy as np

    from corroborate.linking.stories import StoryLinker, StoryOptions, term_counts

    options = StoryOptions(use_embeddings=False)
    linker = StoryLinker(options)
    for row in rows:  # learn the corpus' document frequencies
        linker.add(to_article(row))
    vectors = {r["id"]: linker.vector(term_counts(r.get("title"), r["text"] or "", options)) for r in rows}
    by_topic: dict[object, list[dict]] = defaultdict(list)
    for r in rows:
        by_topic[r.get("topic", r["story"])].append(r)
    out = []
    for topic, members in sorted(by_topic.items(), key=lambda kv: str(kv[0]).zfill(4)):
        sims: dict[tuple[str, bool], list[float]] = defaultdict(list)
        for i, a in enumerate(members):
            va = vectors[a["id"]]
            for b in members[i + 1 :]:
                same = a["story"] == b["story"]
                vb = vectors[b["id"]]
                sims["term", same].append(sum(v * vb.get(t, 0.0) for t, v in va.items()))
                if embeddings:
                    sims["meaning", same].append(float(np.dot(embeddings[a["id"]], embeddings[b["id"]])))
        row = {
            "topic": topic,
            "events": len({m["story"] for m in members}),
            "articles": len(members),
            "term_auc": auc(sims["term", True], sims["term", False]),
        }
        if embeddings:
            row["meaning_auc"] = auc(sims["meaning", True], sims["meaning", False])
        out.append(row)
    return out


def errors(rows: list[dict], pred: dict[str, str]) -> dict[str, list]:
    """Predicted stories mixing gold stories, and gold stories split over predictions."""
    gold = {r["id"]: r["story"] for r in rows}
    title = {r["id"]: (r.get("title") or r["text"][:70]).strip().replace("\n", " ") for r in rows}
    by_pred: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        by_pred[pred[r["id"]]].append(r["id"])
        by_gold[r["story"]].append(r["id"])
    merged = []
    for members in by_pred.values():
        counts: dict[str, int] = defaultdict(int)
        for m in members:
            counts[gold[m]] += 1
        if len(counts) > 1:
            merged.append(dict(sorted(counts.items(), key=lambda kv: -kv[1])))
    split = []
    for story, members in by_gold.items():
        parts: dict[str, list[str]] = defaultdict(list)
        for m in members:
            parts[pred[m]].append(m)
        if len(parts) > 1:
            main = max(parts.values(), key=len)
            strays = [title[m] for part in parts.values() if part is not main for m in part]
            split.append({"story": story, "sizes": sorted(map(len, parts.values()), reverse=True), "strays": strays})
    return {"merged": merged, "split": split}


def _day(published: str) -> float:
    from datetime import UTC, datetime

    dt = datetime.fromisoformat(published)
    return (dt if dt.tzinfo else dt.replace(tzinfo=UTC)).timestamp() / 86400.0


TIMESPAN_GAPS = (7, 14, 30, 60, 120, 365)


def timespan(rows: list[dict], gaps: tuple[int, ...] = TIMESPAN_GAPS) -> dict:
    """For each gap W: the BCubed P/R/F1 of the gold stories cut at every silence longer
    than W days (their articles in publish order), and how many pieces that makes; and the
    stories whose longest silence is over the smallest W. Rows without a date are left out."""
    dated = [r for r in rows if r.get("published")]
    gold = {r["id"]: r["story"] for r in dated}
    by_story: dict[str, list[dict]] = defaultdict(list)
    for r in publish_order(dated):
        by_story[r["story"]].append(r)
    out: dict = {"articles": len(dated), "stories": len(by_story), "by_gap": [], "long": []}
    for w in gaps:
        cut: dict[str, str] = {}
        for story, members in by_story.items():
            piece, last = 0, None
            for r in members:
                day = _day(r["published"])
                if last is not None and day - last > w:
                    piece += 1
                cut[r["id"]] = f"{story}#{piece}"
                last = day
        p, r, f = bcubed(cut, gold)
        out["by_gap"].append({"gap_days": w, "pieces": len(set(cut.values())), "bcubed_p": p, "bcubed_r": r, "bcubed_f1": f})
    for story, members in by_story.items():
        days = [_day(r["published"]) for r in members]
        longest = max((b - a for a, b in itertools.pairwise(days)), default=0.0)
        if longest > gaps[0]:
            out["long"].append({"story": story, "articles": len(members), "longest_gap_days": round(longest, 1), "span_days": round(days[-1] - days[0], 1)})
    out["long"].sort(key=lambda x: -x["longest_gap_days"])
    return out


def print_timespan(res: dict) -> None:
    print(f"giveme5w1h: {res['articles']} dated articles in {res['stories']} gold stories")
    print("gold stories cut at every silence longer than W days: the ceiling of a linker that never bridges one")
    print(f"{'W days':>7}{'pieces':>8}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}")
    for g in res["by_gap"]:
        print(f"{g['gap_days']:>7}{g['pieces']:>8}{g['bcubed_p']:7.3f}{g['bcubed_r']:7.3f}{g['bcubed_f1']:7.3f}")
    gap = res["by_gap"][0]["gap_days"] if res["by_gap"] else 0
    print(f"{len(res['long'])} gold stories fall silent for more than {gap} days at least once:")
    for s in res["long"]:
        print(f"  {s['story']}: {s['articles']} articles over {s['span_days']:.0f} days, longest silence {s['longest_gap_days']:.0f} days")


def diagnose(data_dir: Path, use_embeddings: bool, what: str) -> dict:
    """``--errors`` or ``--separability`` on both corpora (separability: ECB+ only)."""
    embedder = load_embedder() if use_embeddings else None
    out: dict = {}
    for name, fname in (("giveme5w1h", GIVEME), ("ecbplus-dev", ECB)):
        if what == "separability" and name != "ecbplus-dev":
            continue
        rows = load(data_dir / fname)
        emb = embed_rows(rows, embedder) if embedder is not None else None
        if what == "separability":
            out[name] = separability(rows, emb)
        else:
            order = publish_order(rows) if name == "giveme5w1h" else shuffles(rows, 1)[0]
            out[name] = errors(rows, run_ours(order, embeddings=emb))
    return out


def print_diagnosis(res: dict, what: str) -> None:
    for name, got in res.items():
        if what == "separability":
            print(f"{name}: AUC of same-event vs other-event pair similarity within each topic (1 = clean cut, 0.5 = chance)")
            print(f"{'topic':>6}{'events':>8}{'articles':>10}{'terms':>8}{'meaning':>9}")
            for t in got:
                meaning = f"{t['meaning_auc']:9.3f}" if "meaning_auc" in t else ""
                print(f"{t['topic']!s:>6}{t['events']:>8}{t['articles']:>10}{t['term_auc']:8.3f}{meaning}")
            continue
        print(f"{name}: {len(got['merged'])} predicted stories mix gold stories; {len(got['split'])} gold stories are split")
        for m in got["merged"]:
            print("  merged " + ", ".join(f"{g} x{c}" for g, c in m.items()))
        for sp in got["split"]:
            print(f"  split  {sp['story']} {sp['sizes']}: " + " | ".join(t[:60] for t in sp["strays"]))


GATE_SHUFFLES = 3
GATE_METRICS = ("bcubed_p", "bcubed_r", "bcubed_f1", "pair_f1")
BASELINES = ROOT / "benchmarks" / "baselines" / "stories.json"


def gate_scores(data_dir: Path, n_shuffles: int = GATE_SHUFFLES) -> dict[str, dict[str, float]]:
    """What the quality gate measures: ours (default options, embeddings), giveme5w1h in
    publish order and ecbplus-dev over ``n_shuffles`` shuffles (mean), no peer."""
    embedder = load_embedder()
    out = {}
    for name, fname in (("giveme5w1h", GIVEME), ("ecbplus-dev", ECB)):
        rows = load(data_dir / fname)
        gold = {r["id"]: r["story"] for r in rows}
        emb = embed_rows(rows, embedder)
        orders = [publish_order(rows)] if name == "giveme5w1h" else shuffles(rows, n_shuffles)
        runs = [score(run_ours(order, embeddings=emb), gold) for order in orders]
        out[name] = {k: statistics.fmean(r[k] for r in runs) for k in GATE_METRICS}
    return out


def floors_from(scores: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Measured scores rounded down to 2 decimals."""
    import math

    return {c: {k: math.floor(v * 100) / 100 for k, v in m.items()} for c, m in scores.items()}


def pin_floors(scores: dict[str, dict[str, float]], path: Path = BASELINES, lower: bool = False) -> dict:
    """Write the gate floors: each goes up to the measured value (rounded down); it only
    goes down when ``lower`` is set (CORROBORATE_LOWER_FLOORS=1)."""
    data = json.loads(path.read_text()) if path.exists() else {}
    old = data.get("gate", {}).get("floors", {})
    new = floors_from(scores)
    merged = {
        c: {k: (v if lower else max(v, old.get(c, {}).get(k, 0.0))) for k, v in m.items()} for c, m in new.items()
    }
    data["gate"] = {
        "what": f"ours with default StoryOptions and embeddings; giveme5w1h publish order, ecbplus-dev "
        f"mean of {GATE_SHUFFLES} shuffles (seeds 0..{GATE_SHUFFLES - 1})",
        "tuned_on": TUNED_ON,
        "floors": merged,
        "measured": {c: {k: round(v, 4) for k, v in m.items()} for c, m in scores.items()},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2) + "\n")
    return data


def print_table(res: dict) -> None:
    print(f"thresholds of ours tuned on: {res['tuned_on']}; embeddings: {res['embeddings']}; "
          f"analyses: {res.get('analyses', False)}")
    print(f"peer: TF-IDF + average-link agglomerative, distance threshold {res['peer_threshold']:.2f} "
          f"(tuned on ecbplus-dev in this run)")
    head = f"{'corpus':<13}{'system':<7}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'pair P':>8}{'pair R':>8}{'pair F1':>8}  spread(B3 F1)"
    print(head)
    for name in ("giveme5w1h", "ecbplus-dev"):
        r = res[name]
        for system in ("ours", "peer"):
            s = r[system]
            spread = f"sd {s['bcubed_f1_sd']:.3f} min {s['bcubed_f1_min']:.3f}" if "bcubed_f1_sd" in s else ""
            print(
                f"{name:<13}{system:<7}{s['bcubed_p']:7.3f}{s['bcubed_r']:7.3f}{s['bcubed_f1']:7.3f}"
                f"{s['pair_p']:8.3f}{s['pair_r']:8.3f}{s['pair_f1']:8.3f}  {spread}"
            )
        print(f"{'':13}({r['articles']} articles, {r['stories']} stories, {r['order']}, ours {r['ours_seconds']:.1f}s)")
    cc = res.get("cross_check")
    if cc:
        print(f"cross-check: (join_threshold, young_margin) tuned on one corpus ({cc['grid_size']} settings; "
              f"ecbplus-dev mean of {cc['ecbplus_shuffles']} shuffles), B3 F1 on each:")
        for key in ("tuned_on_giveme5w1h", "tuned_on_ecbplus-dev", "tuned_jointly"):
            t = cc[key]
            print(f"  {key:<22} join {t['join_threshold']:.2f} margin {t['young_margin']:.2f}: "
                  f"giveme5w1h {t['giveme5w1h']:.3f}  ecbplus-dev {t['ecbplus-dev']:.3f}")
        d = cc["defaults"]
        print(f"  defaults               join {d['join_threshold']:.2f} margin {d['young_margin']:.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--data", type=Path, default=Path(os.environ.get("CORROBORATE_STORIES_DATA", DEFAULT_DATA)))
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--subset", type=int, default=None)
    ap.add_argument("--cross-check", action="store_true", help="also tune on one corpus, score on the other")
    ap.add_argument("--analyses", action="store_true", help="also feed per-article analyses (cached)")
    ap.add_argument("--pin", action="store_true", help="measure the gate figures and pin their floors")
    ap.add_argument("--errors", action="store_true", help="list merged and split stories")
    ap.add_argument("--separability", action="store_true", help="per ECB+ topic, AUC of pair similarities")
    ap.add_argument("--timespan", action="store_true", help="giveme5w1h: how long gold stories run, the ceiling by gap")
    args = ap.parse_args(argv)
    if not (args.data / GIVEME).exists() or not (args.data / ECB).exists():
        print(f"stories data not found under {args.data}: nothing to score (see ../shared/data/README.md)")
        return 0
    if args.pin:
        lower = os.environ.get("CORROBORATE_LOWER_FLOORS") == "1"
        data = pin_floors(gate_scores(args.data), lower=lower)
        print(json.dumps(data["gate"], indent=2))
        return 0
    if args.timespan:
        got = timespan(load(args.data / GIVEME))
        print(json.dumps(got, indent=2)) if args.json else print_timespan(got)
        return 0
    if args.errors or args.separability:
        what = "separability" if args.separability else "errors"
        got = diagnose(args.data, not args.no_embeddings, what)
        print(json.dumps(got, indent=2)) if args.json else print_diagnosis(got, what)
        return 0
    res = evaluate(
        args.data, use_embeddings=not args.no_embeddings, subset=args.subset, with_cross_check=args.cross_check,
        with_analyses=args.analyses,
    )
    if args.json:
        print(json.dumps(res, indent=2))
    else:
        print_table(res)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
