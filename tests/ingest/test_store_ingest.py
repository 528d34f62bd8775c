"""Content-hash identity, duplicates, origins, crash safety."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

from corroborate.config import Settings
from corroborate.ingest import ingest_paths
from corroborate.store import Store
from corroborate.types import content_id


def test_content_id_is_pinned():
    # Changing the hash changes every stored id: this must be a deliberate, migrated change.
    assert content_id("Port approves terminal", "The authority approved it.") == "ae9482e45535de97"


def test_content_id_ignores_whitespace_and_case_but_not_words():
    assert content_id("T", "A  b\nc") == content_id("t", "a b c")
    assert content_id("T", "a b c") != content_id("T", "a b d")


def test_reingesting_the_same_content_is_a_no_op(store, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.\n")
    first = ingest_paths(store, [str(tmp_path)], Settings())
    second = ingest_paths(store, [str(tmp_path)], Settings())
    assert len(first.ingested) == 1 and len(second.ingested) == 0 and len(second.duplicates) == 1
    assert store.count_articles() == 1


def test_same_article_from_two_paths_is_stored_once_with_both_origins(store, tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nBody text here.\n")
    (tmp_path / "copy.txt").write_text("Headline\n\nBody   text here.\n")
    report = ingest_paths(store, [str(tmp_path)], Settings())
    [article] = store.articles()
    assert len(report.duplicates) == 1
    assert [o.path.rsplit("/", 1)[-1] for o in store.origins(article.id)] == ["a.txt", "copy.txt"]


def _wire_story(outlet: str, url: str, published: str) -> str:
    import json

    return json.dumps({
        "title": "Velmark port strike ends after three days",
        "text": "PORT ELLIS (Northgate Wire) - Dock workers in Port Ellis returned to work on Friday.",
        "source_domain": outlet, "url": url, "date_publish": published,
    })


def test_the_same_story_word_for_word_on_two_outlets_is_two_articles(store, tmp_path):
    (tmp_path / "wire.json").write_text(_wire_story("northgatewire.example", "https://northgatewire.example/a", "2025-03-07 09:00:00"))
    (tmp_path / "copy.json").write_text(_wire_story("harbourtimes.example", "https://harbourtimes.example/b", "2025-03-07 11:00:00"))
    report = ingest_paths(store, [str(tmp_path)], Settings())
    assert len(report.ingested) == 2 and not report.duplicates
    assert sorted(a.outlet for a in store.articles()) == ["harbourtimes.example", "northgatewire.example"]
    again = ingest_paths(store, [str(tmp_path)], Settings())
    assert len(again.duplicates) == 2 and store.count_articles() == 2


def test_an_article_stored_under_its_old_id_is_not_stored_again(store, tmp_path):
    # a store written before ids named the publisher holds the article under the id of
    # its title and body alone: re-ingesting the same file adds only an origin
    from corroborate.ingest.build import make_article
    from corroborate.types import Origin

    (tmp_path / "wire.json").write_text(_wire_story("northgatewire.example", "https://northgatewire.example/a", "2025-03-07 09:00:00"))
    fresh = make_article(
        "PORT ELLIS (Northgate Wire) - Dock workers in Port Ellis returned to work on Friday.",
        item="old", fmt="json", title="Velmark port strike ends after three days",
        outlet="northgatewire.example", url="https://northgatewire.example/a", published="2025-03-07 09:00:00",
    )
    old_id = content_id(fresh.title, fresh.text)
    assert old_id != fresh.id
    store.add_article(fresh.model_copy(update={"id": old_id}), Origin(path="old.json", format="json"))
    report = ingest_paths(store, [str(tmp_path)], Settings())
    assert len(report.duplicates) == 1 and store.count_articles() == 1
    assert sorted(o.path.rsplit("/", 1)[-1] for o in store.origins(old_id)) == ["old.json", "wire.json"]


def test_migrations_are_recorded_in_the_file_and_not_rerun(tmp_path):
    path = tmp_path / "s.db"
    Store(path).close()
    with Store(path) as again:
        ids = [m[0] for m in again.migrations()]
    assert ids == sorted(set(ids)) and ids[0] == 1
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_article_lookup_by_source_id_and_prefix(store, tmp_path):
    (tmp_path / "a.jsonl").write_text('{"id": "mine-7", "title": "T", "text": "Body."}\n')
    ingest_paths(store, [str(tmp_path)], Settings())
    article = store.article("mine-7")
    assert store.article(article.id[:8]).id == article.id


def test_kill_9_mid_ingest_leaves_a_consistent_store_and_rerun_finishes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        (corpus / f"{i:04}.txt").write_text(f"Headline {i}\n\nBody of article number {i}. " * 3 + "\n")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "corroborate.cli", "ingest", str(corpus), "--db", str(db), "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.05)
        if db.exists():
            try:
                n = sqlite3.connect(db, timeout=1).execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if n >= 20:
                break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    partial = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    orphans = conn.execute("SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM origins)").fetchone()[0]
    conn.close()
    assert 0 < partial < 400 and orphans == 0
    subprocess.run(cmd, check=True)
    with Store(db) as store:
        assert store.count_articles() == 400
        assert len({a.id for a in store.articles()}) == 400
