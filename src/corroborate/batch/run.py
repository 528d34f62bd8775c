"""``run_batch``: the local pipeline's store, computed on a Dask cluster.

Stages, and where each runs:

1. **ingest** — sources are listed on the client (:func:`expand_paths`, as the local
   path); reading and parsing each source is a task on a worker (:func:`read_task`). The
   client writes the results as they complete, but commits them in source order (a small
   reorder buffer), one transaction per source: the store gets the same articles in the
   same ingest order (``seq``) as ``corroborate analyze``. Ids are content hashes and
   inserts are ``INSERT OR IGNORE``: a retried task or a re-run writes nothing twice.
2. **analyse** — the articles whose analysis is missing or outdated (as
   :func:`ensure_analyses`) go to workers in the local path's batches
   (``settings.batch_size``, store order); the model is loaded once per worker.
3. **near-duplicate candidates** — workers compute the project's MinHash signatures and
   LSH band keys; the keys are hash-partitioned and shuffled to grouping tasks, each
   bucket of two or more articles gives candidate pairs; the client keeps the pairs whose
   estimated Jaccard clears the threshold (the same test as :meth:`LSHIndex.query`).
4. **stories and links** — on the client, in publish order, with the same
   :class:`StoryLinker` and :func:`classify_pair` as :func:`link_store` (the
   incremental linker is sequential by nature and the fast part). The LSH and story
   state are saved exactly as the local path saves them, so later incremental runs go on.
5. **comparison** — one task per story on workers (:func:`compare_story` is pure), then
   the briefs on the client with :func:`brief_store` (which finds the comparisons up to
   date and only builds the briefs).

A crash at any point leaves a consistent store; re-running the same call skips what is
stored (articles, analyses, placed articles, up-to-date comparisons) and finishes.
"""

from __future__ import annotations

import math
import os
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np

from corroborate.config import Settings
from corroborate.ingest.pipeline import ReadArticle, Source, expand_paths
from corroborate.types import Article, ItemError

Hook = Callable[[str, int], None]
"""``on_write(stage, n)``: called after each committed write of a stage (``n`` counts them)."""


@dataclass
class BatchReport:
    scheduler: str = ""
    workers: int = 0
    sources: int = 0
    ingested: int = 0
    duplicates: int = 0
    failed: list[ItemError] = field(default_factory=list)
    analysed: int = 0
    analysis_up_to_date: int = 0
    analysis_failed: list[ItemError] = field(default_factory=list)
    candidate_pairs: int = 0
    near_pairs: int = 0
    placed: int = 0
    stories: int = 0
    links: int = 0
    compared: int = 0
    briefs: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        return {
            "scheduler": self.scheduler,
            "workers": self.workers,
            "sources": self.sources,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "failed": len(self.failed),
            "analysed": self.analysed,
            "analysis_up_to_date": self.analysis_up_to_date,
            "analysis_failed": len(self.analysis_failed),
            "candidate_pairs": self.candidate_pairs,
            "near_pairs": self.near_pairs,
            "placed": self.placed,
            "stories": self.stories,
            "links": self.links,
            "compared": self.compared,
            "briefs": self.briefs,
            "seconds": {k: round(v, 2) for k, v in self.seconds.items()},
        }


STAGES = ("ingest", "analyse", "link", "compare")


def run_batch(
    paths: Iterable[str],
    db,
    scheduler: str = "local",
    workers: int = 2,
    settings: Settings | None = None,
    *,
    client=None,
    stages: Iterable[str] = STAGES,
    link_options=None,
    on_write: Hook | None = None,
    progress: Callable[[str, str], None] | None = None,
    window: int | None = None,
) -> BatchReport:
    """Run the pipeline over ``paths`` into the store ``db`` (a path or an open
    :class:`Store`) on Dask. ``scheduler`` is ``"local"`` (a LocalCluster of ``workers``
    processes) or a scheduler address; ``client`` uses an existing Client instead.
    ``stages`` limits the work (the benchmark measures some alone); ``link_options`` are
    passed as :func:`link_store` takes them."""
    from corroborate.batch.cluster import connect
    from corroborate.store.sqlite import Store

    settings = settings or Settings.from_env()
    stages = tuple(stages)
    own_store = not isinstance(db, Store)
    store = Store(db) if own_store else db
    try:
        if client is not None:
            return _run(client, store, list(paths), settings, stages, link_options, on_write, progress, window)
        with connect(scheduler, workers) as c:
            report = _run(c, store, list(paths), settings, stages, link_options, on_write, progress, window)
            report.scheduler = scheduler
            return report
    finally:
        if own_store:
            store.close()


def _run(client, store, paths, settings, stages, link_options, on_write, progress, window) -> BatchReport:
    n_workers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
    report = BatchReport(scheduler=str(client.scheduler.address), workers=n_workers)
    window = window or max(8, 4 * n_workers)
    counts: dict[str, int] = {}

    def wrote(stage: str) -> None:
        counts[stage] = counts.get(stage, 0) + 1
        if on_write is not None:
            on_write(stage, counts[stage])

    def tick(stage: str, item: str) -> None:
        if progress is not None:
            progress(stage, item)

    timed = report.seconds
    if "ingest" in stages and paths:
        t = time.perf_counter()
        _ingest(client, store, paths, settings, report, window, wrote, tick)
        timed["ingest"] = time.perf_counter() - t
    if "analyse" in stages:
        t = time.perf_counter()
        _analyse(client, store, settings, report, window, wrote, tick)
        timed["analyse"] = time.perf_counter() - t
    if "link" in stages:
        t = time.perf_counter()
        _link(client, store, settings, report, link_options, n_workers, wrote, tick)
        timed["link"] = time.perf_counter() - t
    if "compare" in stages:
        t = time.perf_counter()
        _compare(client, store, settings, report, window, wrote, tick)
        timed["compare"] = time.perf_counter() - t
    return report


# -- helpers -------------------------------------------------------------------------


def _ordered(client, items: list, submit: Callable, window: int) -> Iterator[tuple[int, object]]:
    """Submit ``submit(item)`` for each item, at most ``window`` ahead of the first
    unfinished one, and yield ``(index, result)`` in input order as soon as every earlier
    result is in. Results arrive as they complete (``as_completed``); a task lost with a
    killed worker is rescheduled by Dask and only delays its turn."""
    from distributed import as_completed

    pending: dict[int, object] = {}
    key_to_index: dict[str, int] = {}
    next_submit = 0
    next_yield = 0
    ac = as_completed()

    def top_up() -> None:
        nonlocal next_submit
        while next_submit < len(items) and next_submit < next_yield + window:
            fut = submit(items[next_submit])
            key_to_index[fut.key] = next_submit
            ac.add(fut)
            next_submit += 1

    top_up()
    while next_yield < len(items):
        fut = next(ac)
        index = key_to_index.pop(fut.key)
        pending[index] = fut.result()
        fut.release()
        while next_yield in pending:
            yield next_yield, pending.pop(next_yield)
            next_yield += 1
        top_up()


def _store_files(store) -> set[str]:
    path = getattr(store, "path", ":memory:")
    if path == ":memory:":
        return set()
    base = os.path.abspath(path)
    return {base, base + "-wal", base + "-shm", base + "-journal"}


# -- 1. ingest -----------------------------------------------------------------------


def _ingest(client, store, paths, settings, report, window, wrote, tick) -> None:
    from corroborate.batch.tasks import read_task

    own = _store_files(store)
    items: list[Source | ItemError] = [
        s for s in expand_paths(paths) if not (isinstance(s, Source) and os.path.abspath(s.path) in own)
    ]
    report.sources = len(items)
    if any(isinstance(s, Source) and s.path == "-" for s in items):
        # stdin is the client's: read it here and hand the bytes' articles over as one item
        raise ValueError("batch mode reads files; pipe stdin to a file first")

    def submit(item):
        if isinstance(item, ItemError):
            return client.submit(lambda e: [e], item, pure=False)
        return client.submit(read_task, item.path, settings, pure=False)

    for index, results in _ordered(client, items, submit, window):
        with store.write():  # one transaction per source: all of it or none
            for result in results:
                if isinstance(result, ItemError):
                    report.failed.append(result)
                    store.record_error(result)
                    continue
                assert isinstance(result, ReadArticle)
                if store.add_article(result.article, result.origin):
                    report.ingested += 1
                else:
                    report.duplicates += 1
        item = items[index]
        tick("ingest", item.item if isinstance(item, ItemError) else item.path)
        wrote("ingest")


# -- 2. analyse ----------------------------------------------------------------------


def _analyse(client, store, settings, report, window, wrote, tick, ids: list[str] | None = None) -> None:
    """Analyse the stored articles (all, or ``ids``) whose analysis is missing or outdated."""
    from corroborate.analysis.pipeline import analysis_version
    from corroborate.batch.cluster import ModelPlugin
    from corroborate.batch.tasks import analyze_task

    version = analysis_version(settings)
    stored = store.analysis_versions()
    all_ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY seq")]
    if ids is not None:
        wanted = set(ids)
        all_ids = [a for a in all_ids if a in wanted]
    todo = [a for a in all_ids if stored.get(a) != version]
    report.analysis_up_to_date = len(all_ids) - len(todo)
    if not todo:
        return
    _same_code_everywhere(client, settings, version)
    client.register_plugin(ModelPlugin(settings.spacy_model))
    size = max(1, settings.batch_size)
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]

    def submit(ids):
        # the client reads each batch from the store just before sending it
        return client.submit(analyze_task, store.articles(ids), settings, pure=False)

    for _, results in _ordered(client, batches, submit, window):
        with store.write():
            for article_id, result in results:
                if isinstance(result, ItemError):
                    report.analysis_failed.append(result)
                    store.record_error(result)
                elif result.get("version") != version:
                    raise RuntimeError(
                        f"a worker computed analysis {result.get('version')!r}, the client expects "
                        f"{version!r}: install the same corroborate on the workers as on the client"
                    )
                else:
                    store.put_analysis(article_id, version, result)
                    report.analysed += 1
                tick("analyse", article_id)
        wrote("analyse")


def _worker_analysis_version(settings) -> str:
    from corroborate.analysis.pipeline import analysis_version

    return analysis_version(settings)


def _same_code_everywhere(client, settings, version: str) -> None:
    """Refuse to run when a worker has another analysis code or model version than the
    client: its results would be stored under the client's version."""
    found = client.run(_worker_analysis_version, settings)
    other = {addr: v for addr, v in found.items() if v != version}
    if other:
        addr, v = next(iter(other.items()))
        raise RuntimeError(
            f"worker {addr} runs analysis {v!r}, the client {version!r}: install the same "
            "pinned environment and corroborate version on every worker"
        )


# -- 3 + 4. near-duplicate candidates on the cluster, stories and links on the client --


class _BoundedCache(OrderedDict):
    """A dict that forgets its oldest entries past ``limit`` (values are recomputed
    identically on a miss: per-article sentence embeddings)."""

    def __init__(self, limit: int = 20_000) -> None:
        super().__init__()
        self.limit = limit

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, value)
        if len(self) > self.limit:
            self.popitem(last=False)


def _publish_order(store, exclude: set[str]) -> list[str]:
    """Ids of the stored articles not in ``exclude``, in :func:`publish_sorted` order
    (read in chunks: the texts are not all held at once)."""
    from corroborate.linking.stories import article_time

    keyed: list[tuple[float, int, str]] = []
    ids = [r[0] for r in store.query("SELECT id FROM articles ORDER BY seq")]
    n = 0
    for start in range(0, len(ids), 2000):
        for a in store.articles(ids[start : start + 2000]):
            if a.id not in exclude:
                t = article_time(a)
                keyed.append((t if t is not None else -math.inf, n, a.id))
                n += 1
    keyed.sort(key=lambda x: (x[0], x[1]))
    return [aid for _, _, aid in keyed]


def near_duplicate_pairs(
    client, store, new_ids: list[str], old_lsh, settings: Settings, threshold: float, n_workers: int
) -> tuple[dict[str, list[str]], np.ndarray, int, int]:
    """For each new article (in ``new_ids`` order), the earlier articles (earlier new ones,
    or those already in ``old_lsh``) whose estimated Jaccard is at least ``threshold``,
    best first, as :meth:`LSHIndex.query` would return them at its turn.

    Signatures and band keys are computed on workers; band keys are hash-partitioned into
    ``nparts`` shuffle partitions, each grouped by one task into candidate pairs; the client
    verifies the candidates with the signatures. Returns (near, signatures of the new
    articles, number of candidate pairs, number kept)."""
    from corroborate.batch.tasks import bands_task, group_task, part_of, signature_task, sigs_of

    num_perm = old_lsh.num_perm
    bands_at = old_lsh.threshold  # the band scheme is the index's, the floor is the caller's
    old_ids = list(old_lsh.ids)
    m = len(old_ids)
    # shuffle partitions: about 64 MiB of (key, rank) records each, and at least two per
    # worker once there is enough work to spread
    total = len(new_ids) + m
    by_size = math.ceil(total * old_lsh.bands * 16 / 2**26)
    nparts = max(1, min(4096, max(by_size, min(2 * n_workers, total // 2000 + 1))))
    chunk = 1000
    futures = []
    for start in range(0, m, 20_000):
        sigs = np.stack([old_lsh.signature_of(a) for a in old_ids[start : start + 20_000]])
        futures.append(client.submit(bands_task, start, sigs, num_perm, bands_at, nparts, pure=False))
    for start in range(0, len(new_ids), chunk):
        texts = [a.text for a in store.articles(new_ids[start : start + chunk])]
        futures.append(
            client.submit(
                signature_task, m + start, texts, num_perm, settings.shingle_size, bands_at, nparts, pure=False
            )
        )
    groups = [
        client.submit(group_task, m, *[client.submit(part_of, f, p, pure=False) for f in futures], pure=False)
        for p in range(nparts)
    ]
    sig_futures = [client.submit(sigs_of, f, pure=False) for f in futures]
    all_sigs = np.concatenate(client.gather(sig_futures)) if futures else np.zeros((0, num_perm), np.uint16)
    codes = client.gather(groups)
    del futures, groups, sig_futures
    packed = np.unique(np.concatenate(codes)) if codes else np.zeros(0, dtype=np.uint64)
    lo = (packed >> np.uint64(32)).astype(np.int64)
    hi = (packed & np.uint64(0xFFFFFFFF)).astype(np.int64)
    # the same estimate as LSHIndex.query: matching signature positions / num_perm
    est = np.zeros(len(lo))
    for s in range(0, len(lo), 200_000):
        est[s : s + 200_000] = (
            np.count_nonzero(all_sigs[lo[s : s + 200_000]] == all_sigs[hi[s : s + 200_000]], axis=1) / num_perm
        )
    keep = est >= threshold
    ids = old_ids + list(new_ids)
    near_scored: dict[str, list[tuple[str, float]]] = {}
    for a, b, j in zip(lo[keep].tolist(), hi[keep].tolist(), est[keep].tolist()):
        near_scored.setdefault(ids[b], []).append((ids[a], float(j)))
    near = {}
    for aid, found in near_scored.items():
        found.sort(key=lambda x: (-x[1], x[0]))
        near[aid] = [other for other, _ in found]
    return near, all_sigs[m:], len(packed), int(keep.sum())


def _link(client, store, settings, report, link_options, n_workers, wrote, tick) -> None:
    """:func:`corroborate.linking.service.link_store`, step for step, with the LSH
    query answered by the cluster's candidate pairs."""
    from corroborate.linking.minhash import LSHIndex
    from corroborate.linking.rewrites import classify_pair
    from corroborate.linking.service import (
        STATE_LSH,
        STATE_STORIES,
        LinkOptions,
        LinkReport,
        _load_embedder,
        _without_embeddings,
        save_stories,
        story_members_before,
    )
    from corroborate.linking.stories import Placement, StoryLinker, StoryOptions
    from corroborate.linking.text import lead

    o = link_options or LinkOptions(stories=StoryOptions(window_days=settings.story_window_days))
    placed_ids = {r[0] for r in store.query("SELECT article_id FROM story_articles")}
    if store.count_articles() <= len(placed_ids):
        return
    notes = LinkReport()
    embedder = _load_embedder(settings, notes) if o.use_embeddings else None
    report.notes.extend(notes.notes)
    story_opts = o.stories if embedder is not None else _without_embeddings(o.stories)

    raw = store.get_state(STATE_STORIES)
    linker = StoryLinker.from_bytes(raw, story_opts, embedder) if raw else StoryLinker(story_opts, embedder)
    raw = store.get_state(STATE_LSH)
    lsh = LSHIndex.from_bytes(raw) if raw else LSHIndex(settings.minhash_perm, o.near_dup_threshold)

    new_ids = [a for a in _publish_order(store, placed_ids) if a not in linker.story_of]
    if not new_ids:
        return
    near, new_sigs, report.candidate_pairs, report.near_pairs = near_duplicate_pairs(
        client, store, new_ids, lsh, settings, o.near_dup_threshold, n_workers
    )

    leads = None
    if embedder is not None:
        texts: list[str] = []
        for start in range(0, len(new_ids), 2000):
            texts.extend(lead(a.title, a.text) for a in store.articles(new_ids[start : start + 2000]))
        leads = embedder.encode(texts)  # one call over all leads, as link_store makes it

    cache: OrderedDict[str, Article] = OrderedDict()
    ahead: dict[str, Article] = {}
    sentence_cache = _BoundedCache()
    touched: dict[str, None] = {}
    reasons: dict[str, str] = {}  # article id -> why it went where it did
    done_pairs: set[tuple[str, str]] = set()

    def article(aid: str) -> Article:
        found = ahead.get(aid) or cache.get(aid)
        if found is None:
            found = store.article(aid)
        cache[aid] = found
        cache.move_to_end(aid)
        if len(cache) > 20_000:
            cache.popitem(last=False)
        return found

    placed: dict[str, Placement] = {}
    for k, aid in enumerate(new_ids):
        if k % 1000 == 0:
            ahead = {a.id: a for a in store.articles(new_ids[k : k + 1000])}
            # the next articles placed in turn, their per-term work in vectorised passes
            # (the members each one is compared with are those of its story before it); their
            # signatures into the index at once (not queried here: the cluster found the pairs)
            part = [ahead[a] for a in new_ids[k : k + 1000]]
            placements = linker.add_many(part, None, None if leads is None else leads[k : k + 1000])
            placed = dict(zip(new_ids[k : k + 1000], placements))
            lsh.add_many(new_ids[k : k + 1000], new_sigs[k : k + 1000])
        art = ahead[aid]
        cache[aid] = art
        placement = placed[aid]
        reasons[aid] = placement.reason
        report.placed += 1
        touched[placement.story_id] = None
        if placement.split is not None:
            touched.update(dict.fromkeys(placement.split))

        members = story_members_before(linker, placement.story_id, art.id)[-o.max_story_pairs :]
        for other in list(dict.fromkeys(members + near.get(aid, []))):
            key = (other, art.id)
            if key in done_pairs or other == art.id:
                continue
            done_pairs.add(key)
            link = classify_pair(article(other), art, embedder=embedder, options=o.rewrites, cache=sentence_cache)
            if link.relation == "independent" and other not in members:
                continue
            store.put_link(link.a, link.b, link.relation, link.model_dump(mode="json"))
            report.links += 1
        tick("link", aid)

    with store.write():  # stories and both indexes together: a crash re-links from scratch
        save_stories(store, linker, touched, reasons)
        store.put_state(STATE_STORIES, linker.to_bytes())
        store.put_state(STATE_LSH, lsh.to_bytes())
    report.stories = len(touched)
    wrote("link")


# -- 5. comparison on workers, briefs on the client ------------------------------------


def _compare(client, store, settings, report, window, wrote, tick) -> None:
    from corroborate.batch.tasks import compare_task
    from corroborate.brief.service import brief_store
    from corroborate.compare.service import input_version, load_story_input
    from corroborate.models import model_version

    if not store.query("SELECT 1 FROM stories LIMIT 1"):
        return  # nothing to compare or brief (and no model to load)
    embedder_name = model_version(settings.embedding_model)
    todo = []
    for s in store.stories():
        story = load_story_input(store, s["id"])
        version = input_version(story, embedder_name)
        if store.get_comparison(s["id"], version) is None:
            todo.append((s["id"], version))

    def submit(item):
        sid, version = item
        return client.submit(
            compare_task, load_story_input(store, sid), version, settings.embedding_model, pure=False
        )

    for index, data in _ordered(client, todo, submit, window):
        sid, version = todo[index]
        store.put_comparison(sid, version, data)
        report.compared += 1
        tick("compare", sid)
        wrote("compare")
    report.briefs = len(brief_store(store, settings))
