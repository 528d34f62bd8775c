"""The batched (vectorised) linking paths give exactly what the one-by-one paths give."""

from __future__ import annotations

import random
import re

import numpy as np
from linking_fixtures import EDITED_TEXT, INDEPENDENT_TEXT, REWRITE_TEXT, WIRE_TEXT

from corroborate.linking.minhash import LSHIndex, MinHasher

ODD_TEXTS = [
    "",
    " ",
    "...",
    "one",
    "two words",
    "a b c d",
    "a b c d e",
    "Ünïcödé straße İstanbul ß 😀 emoji",
    "lone \ud800 surrogate",
    "x\n\ny",
    "ΣΊΣΥΦΟΣ ΣΟΦΌΣ ς",
    "_ __ ___",
]


def _texts(n: int = 300, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    base = [WIRE_TEXT, EDITED_TEXT, REWRITE_TEXT, INDEPENDENT_TEXT]
    out = list(ODD_TEXTS)
    for _ in range(n):
        words = rng.choice(base).split()
        keep = [w for w in words if rng.random() > 0.1][: rng.randrange(0, len(words) + 1)]
        out.append(" ".join(keep))
    return out


def test_signatures_of_many_texts_equal_each_signature():
    texts = _texts()
    for num_perm, k in ((128, 5), (64, 1), (64, 3)):
        hasher = MinHasher(num_perm, k)
        one_by_one = np.stack([hasher.signature(hasher.shingles(t)) for t in texts])
        assert np.array_equal(hasher.signatures(texts), one_by_one)
        assert np.array_equal(hasher.signatures(texts, block=7), one_by_one)
        assert np.array_equal(hasher.signature(texts[20]), one_by_one[20])
    assert hasher.signatures([]).shape == (0, 64)


def _loop(index: LSHIndex, ids, sigs, floor=None):
    out = []
    for a, s in zip(ids, sigs):
        out.append(index.query(s, floor))
        index.add(a, s)
    return out


def _same_state(a: LSHIndex, b: LSHIndex) -> None:
    a.flush()
    b.flush()
    assert a.ids == b.ids and len(a) == len(b)
    assert np.array_equal(a._sigs[: len(a)], b._sigs[: len(b)])
    assert np.array_equal(a._keys, b._keys) and np.array_equal(a._vals, b._vals)


def test_query_add_equals_query_then_add_in_turn():
    texts = _texts(600) + _texts(100, seed=6)  # near-copies inside one batch and across batches
    texts += [""] * 20 + [texts[40]] * 5  # identical signatures share every bucket
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    for floor in (None, 0.3):
        ref = LSHIndex(flush_every=64)
        expected = _loop(ref, ids, sigs, floor)
        assert sum(map(len, expected)) > 100
        for chunk in (20, 256, len(ids)):
            index = LSHIndex(flush_every=64)
            got = []
            for start in range(0, len(ids), chunk):
                got += index.query_add(ids[start : start + chunk], sigs[start : start + chunk], floor)
            assert got == expected
            _same_state(index, ref)
    # many identical signatures: the batch halves itself and still agrees
    index = LSHIndex()
    index._MAX_PAIRS = 200
    assert index.query_add(ids, sigs) == _loop(LSHIndex(), ids, sigs)


def test_query_add_mixed_with_single_adds_and_repeated_ids():
    texts = _texts(200)
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    ref, index = LSHIndex(flush_every=10), LSHIndex(flush_every=10)
    assert _loop(ref, ids[:50], sigs[:50]) == _loop(index, ids[:50], sigs[:50])
    assert _loop(ref, ids[50:], sigs[50:]) == index.query_add(ids[50:], sigs[50:])
    again = ids[10:40] + ids[10:20]  # already indexed, and repeated within the batch
    again_sigs = np.concatenate([sigs[10:40], sigs[10:20]])
    assert _loop(ref, again, again_sigs) == index.query_add(again, again_sigs)
    _same_state(index, ref)
    restored = LSHIndex.from_bytes(index.to_bytes())
    assert restored.query(sigs[3]) == index.query(sigs[3])


def test_add_many_equals_add_in_turn():
    texts = _texts(300)
    ids = [f"a{i}" for i in range(len(texts))]
    sigs = MinHasher().signatures(texts)
    ref, index = LSHIndex(), LSHIndex()
    for a, s in zip(ids, sigs):
        ref.add(a, s)
    index.add_many(ids, sigs)
    _same_state(index, ref)


# -- story terms ----------------------------------------------------------------


def test_vectorised_term_counts_equal_the_regex_definition():
    from corroborate.linking.terms import YEAR, count_terms_many, merge_parts, named_terms, part_counts

    texts = _texts(200) + [
        "The U.S. and U.K. met. Mr. Biden said 2,000 people (Reuters) - it's 2016's end. COVID-19 hit Wall St.",
        "ÉCOLE Straße İstanbul Σίσυφος ΣΟΦΌΣ and Ünïcödé, 1999 ½ ² ٣ numbers",
        "x" * 100 + " a long word, Then Names After Spaces: Not This; “Quoted” Names",
        "Combining \u0345 ypogegrammeni and emoji 😀 Outside The Plane",
        "Years: 1949 1950 2049 2050 1999, 1987.5 v2003 2003x _2011 .2012 2013.4 195٣ 2016.",
        "2001",
        "2001 in 1990s, (2002) 2003,1 2004.\n2005",
        "Bitcoin fell below $6,000, then 1,234.56, 12,345,678 and 2,016 people; 1,2345 a,1,000 1,000,00 x 1,000.5.3",
    ]
    titles = [None, "", "A Title With 2024 Names", "ÉCOLE: Ünïcödé", "1977"]
    items = [(titles[i % len(titles)], t) for i, t in enumerate(texts)]
    # named terms: a title in title case, kind words the body writes in lower case
    items.append((
        "Fire Breaks Out At Warehouse In Tarsley On Tuesday",
        (
            "Fire broke out at a warehouse in Tarsley. The warehouse of Quillon Foods burned on Tuesday, "
            "Otis said. Quillon staff left; Tarsley's 12 crews came."
        ),
    ))
    for weights in ((2.0, 3.0, 0.5, 6000), (1.5, 2.0, 0.25, 40)):
        tw, nw, extra, cap = weights
        years: list = [0] * len(items)
        named: list = [None] * len(items)
        got = count_terms_many(items, tw, nw, extra, cap, years, named)
        for (title, text), (terms, values), year, mask in zip(items, got, years, named):
            body = text[:cap]
            want = merge_parts(
                part_counts(title, tw, nw, extra) if title else None,
                part_counts(body, 1.0, nw, extra) if body else None,
            )
            assert list(want) == terms
            assert list(want.values()) == values.tolist()
            found = [int(y) for y in YEAR.findall(f"{title or ''}\n{body}")]
            assert year == (max(found) if found else None)
            assert [t in named_terms(title or "", body) for t in terms] == mask.tolist()
    # the year pattern is the former one with its lookbehind moved after the digits
    former = re.compile(r"(?<![\w.,])(19[5-9]\d|20[0-4]\d)(?![\w]|[.,]\d)")
    for title, text in items:
        assert YEAR.findall(f"{title}\n{text}") == former.findall(f"{title}\n{text}")


def test_a_number_is_one_term_with_or_without_its_thousands_separators():
    from corroborate.linking.terms import count_terms_many, part_counts

    grouped = part_counts("Bitcoin fell below $6,000 and 1,250,000.5 coins moved", 1.0, 3.0, 0.5)
    plain = part_counts("Bitcoin fell below USD 6000 and 1250000.5 coins moved", 1.0, 3.0, 0.5)
    assert grouped == {k: v for k, v in plain.items() if k != "usd"}
    assert "000" not in grouped and "6000" in grouped
    # the year is read as written: a count of 2,016 people is no year
    years: list = [None]
    count_terms_many([(None, "Some 2,016 people came.")], 2.0, 3.0, 0.5, 6000, years)
    assert years == [None]


def test_prepared_articles_place_exactly_like_one_by_one():
    from linking_fixtures import crane_stream, quake_articles

    from corroborate.linking.stories import StoryLinker, StoryOptions, prepare_articles

    arts = crane_stream() + quake_articles()
    for opts in (StoryOptions(use_embeddings=False), StoryOptions(use_embeddings=False, index_terms=3, story_terms=8)):
        one = StoryLinker(opts)
        expected = [one.add(a) for a in arts]
        ahead = StoryLinker(opts)
        got = [ahead.add(a, prepared=p) for a, p in zip(arts, prepare_articles(arts, opts))]
        assert got == expected
        assert ahead.to_bytes() == one.to_bytes()


def test_features_from_worker_processes_equal_features_computed_here():
    from linking_fixtures import crane_stream, quake_articles

    from corroborate.linking.features import iter_features
    from corroborate.linking.stories import StoryOptions

    arts = (crane_stream() + quake_articles()) * 3
    opts = StoryOptions(use_embeddings=False)
    here = list(iter_features(arts, 128, 5, opts, processes=0, chunk=4))
    there = list(iter_features(arts, 128, 5, opts, processes=2, chunk=4))
    assert [a.id for c in there for a in c.articles] == [a.id for a in arts]
    for a, b in zip(here, there):
        assert np.array_equal(a.signatures, b.signatures)
        assert [(p.terms, p.tf.tolist(), p.year, p.options_key) for p in a.prepared] == [
            (p.terms, p.tf.tolist(), p.year, p.options_key) for p in b.prepared
        ]


def test_stop_word_copy_matches_scikit_learn():
    import pytest

    sklearn_text = pytest.importorskip("sklearn.feature_extraction.text")
    from corroborate.linking.text import ENGLISH_STOP_WORDS

    assert ENGLISH_STOP_WORDS == frozenset(sklearn_text.ENGLISH_STOP_WORDS)


def _perturbed_stream(n: int, seed: int = 3, drop: float = 0.05):
    """``n`` articles made from the fixtures with words dropped, publish-dated."""
    from linking_fixtures import crane_stream, make, quake_articles

    rng = random.Random(seed)
    base = crane_stream() + quake_articles()
    out = []
    for i in range(n):
        a = base[rng.randrange(len(base))]
        words = [w for w in a.text.split(" ") if rng.random() > drop]
        day = 1 + rng.randrange(20)
        out.append(make(" ".join(words), a.title, a.outlet, f"2025-06-{day:02d}T{i % 24:02d}:00:00+00:00", f"g{i}"))
    return out


def test_link_store_with_feature_workers_equals_one_process(tmp_path):
    from linking_fixtures import fill

    from corroborate.linking.service import LinkOptions, link_store
    from corroborate.store import Store

    arts = _perturbed_stream(300, drop=0.3)  # two feature chunks; few near-duplicates to classify
    results = []
    for processes in (0, 2):
        with Store(tmp_path / f"p{processes}.db") as store:
            fill(store, arts)
            report = link_store(store, options=LinkOptions(use_embeddings=False, processes=processes, max_story_pairs=2))
            links = sorted((l["a"], l["b"], l["relation"]) for l in store.links())
            stories = sorted(tuple(s["article_ids"]) for s in store.stories())
            results.append((report.placed, report.links, links, stories, store.get_state("linking.stories")))
    assert len(results[0][0]) > 256 and results[0][1] > 0
    assert results[0] == results[1]
