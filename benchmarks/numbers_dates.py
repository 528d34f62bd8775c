"""Numbers and dates in real news, against a sample annotated by hand.

    python benchmarks/numbers_dates.py [--data DIR] [--json] [--errors] [--update-floors]

Data: the openings (from the start of the text to the first sentence end past 650
characters) of two samples of real news, every quantity and date expression in them marked
by readers who never saw our output. The fixtures hold offsets and labels, no text:

* ``benchmarks/fixtures/numbers_dates_giveme_checked.json``: 40 articles of giveme5w1h
  (../shared/data/stories/giveme5w1h-news-cluster.jsonl, 2017-18, many outlets, each with
  its publish time), drawn at random (seed 35); its ``guide`` is what the readers were told.
* ``benchmarks/fixtures/numbers_dates_polnear_checked.json``: 20 PolNeAR train articles
  (../shared/data/quotes/polnear/train, US political news 2015-16, publish dates from its
  metadata.tsv), 10 at random and 10 among those writing a percentage (seed 36).

In each, half the articles are the **read** half: their errors may be read (``--errors``
prints only those) and rules written from them. The others are **held out**: no rule is
written from them; their figures are what to expect on new text.

Each article is analysed as ``corroborate analyze`` does it, with its title and publish
time; only what we find inside the opening is scored.

What is scored (the rules are here, in code, so the quality gate reuses them):

* **Quantities found**: a found quantity matches a marked one when their spans overlap
  (one-to-one, most overlap first). Precision, recall and F1 over all marked amounts
  (money, percentages, counts, durations and the others: measurements, ages, scores),
  recall by kind too.
* **Quantities read right**, of the matched ones: the value (scale applied; equal to one
  part in a thousand, as readers round "two thirds" to 0.6667; a score such as "34-6" has
  none), the kind, the currency of money (ISO code), the unit of counts and durations (the
  counted noun's head or the time unit, singular, lower case), and what it measures (our
  phrase shares a content word with the reader's phrase or unit: "killing at least 10
  people" marked "people killed"; gated since it was first improved). The readers took a bare
  "$" for US dollars; we claim no currency for it (any dollar: a Canadian outlet's "$" is
  Canadian), so those are counted apart, as left open.
* **Dates found**: as quantities; a found mention matching a time of day that was marked
  ("3:30 p.m.") counts neither way, since times are not resolved to a date.
* **Dates resolved right**, of the matched dates the reader could pin down: our resolved
  value equals theirs ("2017-11-30", "2017-11", "2017"), or is a finer period inside theirs
  (the readers' guide had no quarter: they gave "the fourth quarter" of 2017 as "2017", and
  we give its months, "2017-10/2017-12"). Dates
  they left unresolved ("last week", "the 1990s") are counted apart: how many we resolve
  anyway.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _shared import analyse_all, below_floor, floors_from, jsonl_rows, prf, raise_floors  # noqa: F401 - the gate tests call them here

DEFAULT_DATA = ROOT.parent / "shared" / "data"
FIXTURE = ROOT / "benchmarks" / "fixtures" / "numbers_dates_giveme_checked.json"
FIXTURE_POLNEAR = ROOT / "benchmarks" / "fixtures" / "numbers_dates_polnear_checked.json"
FIXTURES = (FIXTURE, FIXTURE_POLNEAR)
BASELINES = ROOT / "benchmarks" / "baselines" / "numbers_dates.json"


# -- matching -------------------------------------------------------------------------


def match_spans(preds: list[tuple[int, int]], golds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs of overlapping spans, most overlap first
    (ties: earlier gold, then earlier prediction)."""
    pairs = []
    for i, (ps, pe) in enumerate(preds):
        for j, (gs, ge) in enumerate(golds):
            shared = min(pe, ge) - max(ps, gs)
            if shared > 0:
                pairs.append((-shared, j, i))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, j, i in sorted(pairs):
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


_PLURAL_SAME = {"people": "person", "persons": "person", "children": "child", "men": "man", "women": "woman"}


def norm_unit(unit: str | None) -> str | None:
    """A unit compared loosely: its last word (the head noun: "sexual assaults" is
    "assault"), lower case, singular ("people" is "person", "years" is "year"), "percent"
    is "%"."""
    if not unit or not unit.strip():
        return None
    u = unit.strip().casefold()
    if u not in {"per cent", "percentage point"}:
        u = u.split()[-1]
    if u in {"percent", "per cent", "pct"}:
        return "%"
    if u in _PLURAL_SAME:
        return _PLURAL_SAME[u]
    if u.endswith("ies") and len(u) > 4:
        return u[:-3] + "y"
    if u.endswith(("ches", "shes", "sses", "xes")):
        return u[:-2]
    if u.endswith("s") and not u.endswith("ss") and len(u) > 2:
        return u[:-1]
    return u


_STOP = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "and", "or", "from", "as", "its", "their",
    "his", "her", "this", "that",
})


def _content_words(phrase: str | None) -> set[str]:
    """Lower-case words of a phrase, singular by a trailing s, without function words."""
    words = (w.rstrip("s") for w in re.findall(r"[a-z]+", (phrase or "").casefold()))
    return {w for w in words if len(w) > 2 and w not in _STOP}


def same_or_within(ours: str | None, theirs: str) -> bool:
    """Is our resolved date the reader's, or a finer one inside it? The readers gave a year
    where the guide had no finer unit ("the fourth quarter" of 2017 is "2017"; ours is
    "2017-10/2017-12")."""
    if ours is None:
        return False
    return all(end == theirs or end.startswith(theirs + "-") for end in ours.split("/"))


def same_value(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-9)


# -- scores ---------------------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def as_dict(self) -> dict:
        return {**prf(self.tp, self.tp + self.fp, self.tp + self.fn), "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += ok
        self.total += 1

    def value(self) -> float:
        return round(self.right / self.total, 4) if self.total else 0.0

    def as_dict(self) -> dict:
        return {"accuracy": self.value(), "right": self.right, "of": self.total}


@dataclass
class Scores:
    quantities: PRF = field(default_factory=PRF)
    recall_by_kind: dict[str, Ratio] = field(default_factory=dict)
    value: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)
    currency: Ratio = field(default_factory=Ratio)
    currency_open: int = 0
    unit: Ratio = field(default_factory=Ratio)
    measures: Ratio = field(default_factory=Ratio)
    dates: PRF = field(default_factory=PRF)
    resolved: Ratio = field(default_factory=Ratio)
    unresolved_gold: int = 0
    resolved_anyway: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "quantities": self.quantities.as_dict(),
            "quantity_recall_by_kind": {k: r.as_dict() for k, r in sorted(self.recall_by_kind.items())},
            "quantity_value": self.value.as_dict(),
            "quantity_kind": self.kind.as_dict(),
            "money_currency": {**self.currency.as_dict(), "left_open": self.currency_open},
            "count_duration_unit": self.unit.as_dict(),
            "measures": self.measures.as_dict(),
            "dates": self.dates.as_dict(),
            "date_resolution": self.resolved.as_dict(),
            "dates_reader_left_unresolved": {"of_matched": self.unresolved_gold, "we_resolved": self.resolved_anyway},
        }


def score_article(item: dict, text: str, analysis, scores: Scores, keep_errors: bool = False) -> None:
    """Add one annotated opening to ``scores``: our quantities and dates that start inside
    it against the reader's."""
    end = item["window_end"]
    doc = item["doc"]

    def err(msg: str) -> None:
        if keep_errors:
            scores.errors.append(f"{doc}: {msg}")

    # quantities
    preds = [q for q in analysis.quantities if q.start < end]
    golds = item["quantities"]
    pairs = match_spans([(q.start, q.end) for q in preds], [(g["start"], g["end"]) for g in golds])
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    scores.quantities.tp += len(pairs)
    scores.quantities.fp += len(preds) - len(pairs)
    scores.quantities.fn += len(golds) - len(pairs)
    for j, g in enumerate(golds):
        scores.recall_by_kind.setdefault(g["kind"], Ratio()).add(j in matched_g)
        if j not in matched_g:
            err(f"quantity missed: {g['text']!r} ({g['kind']}, {g['value']})")
    for i, q in enumerate(preds):
        if i not in matched_p:
            err(f"quantity not marked: {text[q.start:q.end]!r} ({q.kind}, {q.value:g})")
    for i, j in pairs:
        q, g = preds[i], golds[j]
        if g["value"] is not None:  # (a score, "34-6", has no one value)
            ok = same_value(q.value, g["value"])
            scores.value.add(ok)
            if not ok:
                err(f"quantity value: {g['text']!r} read {q.value:g}, marked {g['value']}")
        scores.kind.add(q.kind == g["kind"])
        if q.kind != g["kind"]:
            err(f"quantity kind: {g['text']!r} read {q.kind}, marked {g['kind']}")
        if g["kind"] == "money":
            if q.currency is None:
                scores.currency_open += 1  # a bare "$": any dollar (see analysis.quantities)
            else:
                scores.currency.add(q.currency == g.get("currency"))
                if q.currency != g.get("currency"):
                    err(f"currency: {g['text']!r} read {q.currency}, marked {g.get('currency')}")
        if g.get("measures"):
            ok = bool(_content_words(q.measures) & _content_words(g["measures"] + " " + (g.get("unit") or "")))
            scores.measures.add(ok)
            if not ok:
                err(f"measures: {g['text']!r} read {q.measures!r}, marked {g['measures']!r}")
        if g["kind"] in {"count", "duration"} and g.get("unit"):
            ok = norm_unit(q.unit) == norm_unit(g["unit"])
            scores.unit.add(ok)
            if not ok:
                err(f"unit: {g['text']!r} read {q.unit!r}, marked {g['unit']!r}")

    # dates
    dpreds = [d for d in analysis.dates if d.start < end]
    dgolds = item["dates"]
    pairs = match_spans([(d.start, d.end) for d in dpreds], [(g["start"], g["end"]) for g in dgolds])
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        d, g = dpreds[i], dgolds[j]
        if g["kind"] == "time":
            continue  # a time of day: marked, not scored
        scores.dates.tp += 1
        if g.get("resolved"):
            ok = same_or_within(d.resolved, g["resolved"])
            scores.resolved.add(ok)
            if not ok:
                err(f"date resolved: {g['text']!r} read {d.resolved}, marked {g['resolved']}")
        else:
            scores.unresolved_gold += 1
            scores.resolved_anyway += d.resolved is not None
    for j, g in enumerate(dgolds):
        if j not in matched_g and g["kind"] != "time":
            scores.dates.fn += 1
            err(f"date missed: {g['text']!r} ({g.get('resolved')})")
    for i, d in enumerate(dpreds):
        if i not in matched_p:
            scores.dates.fp += 1
            err(f"date not marked: {text[d.start:d.end]!r} ({d.resolved})")


# -- running --------------------------------------------------------------------------


def load_fixture(path: Path = FIXTURE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_path(fixture: dict, data: Path) -> Path:
    """Where a fixture's corpus is under ../shared/data: a JSON-lines file of stories/, or a
    PolNeAR split ("polnear/train") of quotes/."""
    corpus = fixture["corpus"]
    return data / "quotes" / corpus if corpus.startswith("polnear/") else data / "stories" / corpus


def corpus_rows(corpus: Path, ids: set[str]) -> dict[str, dict]:
    """The rows (id, text, title, published, outlet) of the articles ``ids`` of a corpus: a
    stories JSON-lines file, or a PolNeAR split, whose publish dates and publishers are in
    the metadata.tsv beside it (its texts open with their title line, so no title is given)."""
    rows = {}
    if corpus.is_dir():
        meta = {}
        with (corpus.parent / "metadata.tsv").open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                meta[row["filename"]] = row
        for name in sorted(ids):
            path = corpus / "text" / f"{name}.txt"
            if path.exists():
                m = meta.get(name, {})
                rows[name] = {"id": name, "text": path.read_text(encoding="utf-8"), "title": None,
                              "published": m.get("publication_date"), "outlet": m.get("publisher")}
        return rows
    return jsonl_rows(corpus, ids)


def analyses(rows: dict[str, dict], n_process: int = 1):
    """(article id, ArticleAnalysis) of each corpus row, analysed as ``corroborate analyze``
    does: title, publish time and credit lines with the text; a failed article fails the run."""
    from corroborate.ingest.credits import find_credits
    from corroborate.types import Article

    articles = [
        Article(id=i, text=r["text"], title=r.get("title"), published=r.get("published"), outlet=r.get("outlet"),
                credits=find_credits(r["text"]))
        for i, r in rows.items()
    ]
    yield from analyse_all(articles, n_process, batch_size=8)


def evaluate(fixtures: list[dict], data: Path, n_process: int = 1, keep_errors: bool = False) -> dict[str, Scores]:
    """Scores of the read half, the held-out half and all articles, and of each corpus."""
    out = {"read": Scores(), "held_out": Scores(), "all": Scores()}
    for fixture in fixtures:
        corpus = corpus_path(fixture, data)
        items = {it["doc"]: it for it in fixture["items"]}
        rows = corpus_rows(corpus, set(items))
        missing = set(items) - set(rows)
        if missing:
            raise RuntimeError(f"articles of the fixture not in {corpus}: {sorted(missing)[:3]}")
        own = out.setdefault(fixture["corpus"], Scores())
        for article_id, result in analyses(rows, n_process):
            item = items[article_id]
            text = rows[article_id]["text"]
            half = "held_out" if item["held_out"] else "read"
            score_article(item, text, result, out[half], keep_errors and half == "read")
            score_article(item, text, result, out["all"])
            score_article(item, text, result, own)
    return out


def gate_figures(scores: Scores) -> dict[str, float]:
    """The figures the quality gate pins (all articles of both samples)."""
    d = scores.as_dict()
    return {
        "quantity_f1": d["quantities"]["f1"],
        "quantity_value_accuracy": d["quantity_value"]["accuracy"],
        "quantity_measures_accuracy": d["measures"]["accuracy"],
        "date_f1": d["dates"]["f1"],
        "date_resolution_accuracy": d["date_resolution"]["accuracy"],
    }


def update_floors(figures: dict[str, float], path: Path = BASELINES, lower: bool = False, articles: int | None = None) -> dict:
    """Raise the stored floors to the new measured ones; a floor only goes down with
    ``lower=True`` (``CORROBORATE_LOWER_FLOORS=1``)."""
    return raise_floors(figures, path, lower, articles=articles or None)


def _line(name: str, s: Scores) -> list[str]:
    d = s.as_dict()
    q, dt = d["quantities"], d["dates"]
    value, kind, cur, unit = d["quantity_value"], d["quantity_kind"], d["money_currency"], d["count_duration_unit"]
    res, left = d["date_resolution"], d["dates_reader_left_unresolved"]
    by_kind = ", ".join(f"{k} {r['right']}/{r['of']}" for k, r in d["quantity_recall_by_kind"].items())
    found = f"{q['tp']} matched, {q['tp'] + q['fp']} found, {q['tp'] + q['fn']} marked; recall by kind: {by_kind}"
    dates_found = f"{dt['tp']} matched, {dt['tp'] + dt['fp']} found, {dt['tp'] + dt['fn']} marked"
    currency = f"currency {cur['right']}/{cur['of']} (+{cur['left_open']} bare '$' left open)"
    measures = f"what it measures {d['measures']['right']}/{d['measures']['of']}"
    unresolved = f"of {left['of_matched']} the reader left unresolved we resolved {left['we_resolved']}"
    return [
        f"{name}:",
        f"  quantities found  P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}  ({found})",
        f"  read right        value {value['right']}/{value['of']}, kind {kind['right']}/{kind['of']}, "
        + f"{currency}, unit {unit['right']}/{unit['of']}, {measures}",
        f"  dates found       P {dt['precision']:.3f}  R {dt['recall']:.3f}  F1 {dt['f1']:.3f}  ({dates_found})",
        f"  dates resolved    {res['right']}/{res['of']} ({res['accuracy']:.3f}); {unresolved}",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--n-process", type=int, default=2)
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", action="store_true", help="list the errors of the read half (never the held-out one)")
    ap.add_argument(
        "--update-floors", action="store_true",
        help="write the measured figures (rounded down) as the gate's floors in benchmarks/baselines/numbers_dates.json; "
        "floors only go up unless CORROBORATE_LOWER_FLOORS=1",
    )
    args = ap.parse_args(argv)
    fixtures = [load_fixture(p) for p in FIXTURES]
    absent = [str(corpus_path(f, args.data)) for f in fixtures if not corpus_path(f, args.data).exists()]
    if absent:
        msg = f"evaluation corpora not found ({', '.join(absent)}): nothing to measure (see ../shared/data/README.md)"
        print(json.dumps({"skipped": msg}) if args.json else msg)
        return 0
    n = sum(len(f["items"]) for f in fixtures)
    halves = {h: sum(it["held_out"] == (h == "held_out") for f in fixtures for it in f["items"]) for h in ("read", "held_out")}
    t0 = time.perf_counter()
    scores = evaluate(fixtures, args.data, args.n_process, keep_errors=args.errors)
    elapsed = time.perf_counter() - t0
    result = {"articles": n, "seconds": round(elapsed, 1), **{k: s.as_dict() for k, s in scores.items()}}
    if args.update_floors:
        update_floors(gate_figures(scores["all"]), articles=n)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    sizes = ", ".join(f"{len(f['items'])} of {f['corpus']}" for f in fixtures)
    print(f"Numbers and dates: openings of {n} articles marked by hand ({sizes}; {elapsed:.0f} s)")
    labels = [("all", f"all {n}"), ("read", f"read half ({halves['read']}; rules may come from its errors)"),
              ("held_out", f"held-out half ({halves['held_out']}; no rule written from it)")]
    labels += [(f["corpus"], f"{f['corpus']} ({len(f['items'])})") for f in fixtures]
    for name, label in labels:
        print("\n".join(_line(label, scores[name])))
    if args.errors:
        print("\nErrors of the read half:")
        for e in scores["read"].errors:
            print("  " + e)
    if args.update_floors:
        print(f"floors written to {BASELINES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
