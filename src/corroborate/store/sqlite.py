"""The default store: one SQLite file in WAL mode, migrations recorded in the file, one writer.

Every write happens inside ``BEGIN IMMEDIATE`` … ``COMMIT``: a process killed mid-write
leaves the last committed state, and re-running the same ingest finishes the job
(content-hash ids make repeats no-ops).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from corroborate.errors import NotFound, StoreError
from corroborate.store.migrations import MIGRATIONS
from corroborate.types import Article, Credit, ItemError, Origin, content_id


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """A Corroborate store backed by one SQLite file (``":memory:"`` for tests)."""

    def __init__(self, path: str | Path = ":memory:") -> None:
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=30
            )
        except sqlite3.Error as exc:  # pragma: no cover - depends on filesystem
            raise StoreError(f"cannot open store: {exc}", item=self.path) from exc
        self._lock = threading.RLock()
        self._conn.row_factory = sqlite3.Row
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()

    # -- plumbing ---------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction. Nested calls join the outer transaction."""
        with self._lock:
            if self._conn.in_transaction:
                yield self._conn
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    def _migrate(self) -> None:
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {row[0] for row in self._conn.execute("SELECT id FROM migrations")}
        for mid, name, sql in MIGRATIONS:
            if mid in done:
                continue
            with self.write() as conn:
                for statement in sql.split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)",
                    (mid, name, _now()),
                )

    def migrations(self) -> list[tuple[int, str]]:
        return [(r["id"], r["name"]) for r in self.query("SELECT id, name FROM migrations ORDER BY id")]

    # -- articles ---------------------------------------------------------------

    def add_article(self, article: Article, origin: Origin) -> bool:
        """Store ``article`` (unless its content hash is already there) and record ``origin``.

        Returns True when the article is new, False when it was a duplicate. An article
        stored before ids named the publisher (:func:`content_id`), under the id of its
        title and body alone and with the same outlet and URL, is the same article."""
        legacy = content_id(article.title, article.text)
        with self.write() as conn:
            if legacy != article.id:
                row = conn.execute("SELECT outlet, url FROM articles WHERE id = ?", (legacy,)).fetchone()
                if row is not None and (row[0], row[1]) == (article.outlet, article.url):
                    conn.execute(
                        "INSERT OR IGNORE INTO origins (article_id, path, locator, format) VALUES (?,?,?,?)",
                        (legacy, origin.path, origin.locator or "", origin.format),
                    )
                    return False
            cur = conn.execute(
                """INSERT OR IGNORE INTO articles
                (id, source_id, title, outlet, url, byline, published, language, format, text,
                 credits, extra, ingested_at)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)""",
                (
                    article.id,
                    article.source_id,
                    article.title,
                    article.outlet,
                    article.url,
                    article.byline,
                    article.published,
                    article.language,
                    article.format,
                    article.text,
                    json.dumps([c.model_dump() for c in article.credits]),
                    json.dumps(article.extra),
                    _now(),
                ),
            )
            new = cur.rowcount == 1
            conn.execute(
                "INSERT OR IGNORE INTO origins (article_id, path, locator, format) VALUES (?,?,?,?)",
                (article.id, origin.path, origin.locator or "", origin.format),
            )
        return new

    @staticmethod
    def _row_to_article(row: sqlite3.Row) -> Article:
        return Article(
            id=row["id"],
            source_id=row["source_id"],
            title=row["title"],
            outlet=row["outlet"],
            url=row["url"],
            byline=row["byline"],
            published=row["published"],
            language=row["language"],
            format=row["format"],
            text=row["text"],
            credits=tuple(Credit(**c) for c in json.loads(row["credits"])),
            extra=json.loads(row["extra"]),
        )

    def article(self, ref: str) -> Article:
        """Look an article up by its content id, a unique id prefix, or the caller's own id."""
        rows = self.query("SELECT * FROM articles WHERE id = ? OR source_id = ?", (ref, ref))
        if not rows and len(ref) >= 4:
            rows = self.query("SELECT * FROM articles WHERE id LIKE ?", (ref + "%",))
        if len(rows) == 1:
            return self._row_to_article(rows[0])
        if not rows:
            raise NotFound("no article with this id", item=ref)
        raise NotFound(f"ambiguous: {len(rows)} articles match", item=ref)

    def has_article(self, article_id: str) -> bool:
        return bool(self.query("SELECT 1 FROM articles WHERE id = ?", (article_id,)))

    def articles(self, ids: Iterable[str] | None = None) -> list[Article]:
        """All articles in ingestion order (or those with ``ids``, in that order)."""
        if ids is None:
            return [self._row_to_article(r) for r in self.query("SELECT * FROM articles ORDER BY seq")]
        wanted = list(ids)
        by_id = {
            r["id"]: self._row_to_article(r)
            for chunk in _chunks(wanted, 500)
            for r in self.query(
                f"SELECT * FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            )
        }
        return [by_id[i] for i in wanted if i in by_id]

    def count_articles(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM articles")[0][0])

    def origins(self, article_id: str) -> list[Origin]:
        return [
            Origin(path=r["path"], locator=r["locator"] or None, format=r["format"])
            for r in self.query(
                "SELECT path, locator, format FROM origins WHERE article_id = ? ORDER BY path, locator",
                (article_id,),
            )
        ]

    # -- errors -----------------------------------------------------------------

    def record_error(self, error: ItemError) -> None:
        now = _now()
        with self.write() as conn:
            conn.execute(
                """INSERT INTO errors (item, code, reason, first_seen, last_seen) VALUES (?,?,?,?,?)
                ON CONFLICT(item, code) DO UPDATE SET reason=excluded.reason,
                last_seen=excluded.last_seen, count=count+1""",
                (error.item, error.code, error.reason, now, now),
            )

    def errors(self) -> list[ItemError]:
        return [
            ItemError(item=r["item"], code=r["code"], reason=r["reason"])
            for r in self.query("SELECT item, code, reason FROM errors ORDER BY first_seen, item")
        ]

    # -- per-stage JSON documents ------------------------------------------------

    def put_analysis(self, article_id: str, version: str, data: dict[str, Any]) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO analyses (article_id, version, data, created_at) VALUES (?,?,?,?)",
                (article_id, version, json.dumps(data), _now()),
            )

    def get_analysis(self, article_id: str, version: str | None = None) -> dict[str, Any] | None:
        rows = self.query("SELECT version, data FROM analyses WHERE article_id = ?", (article_id,))
        if not rows or (version is not None and rows[0]["version"] != version):
            return None
        return json.loads(rows[0]["data"])

    def analysis_versions(self) -> dict[str, str]:
        return {r[0]: r[1] for r in self.query("SELECT article_id, version FROM analyses")}

    # -- stories and links (written by linking) ---------------------------------

    def put_story(self, story_id: str, data: dict[str, Any], article_ids: Iterable[str]) -> None:
        """Create or replace a story and (re)assign ``article_ids`` to it."""
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO stories (id, data, updated_at) VALUES (?,?,?)",
                (story_id, json.dumps(data), _now()),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO story_articles (article_id, story_id) VALUES (?,?)",
                [(a, story_id) for a in article_ids],
            )

    def delete_story(self, story_id: str) -> None:
        with self.write() as conn:
            conn.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            conn.execute("DELETE FROM story_articles WHERE story_id = ?", (story_id,))
            conn.execute("DELETE FROM comparisons WHERE story_id = ?", (story_id,))
            conn.execute("DELETE FROM briefs WHERE story_id = ?", (story_id,))

    def story(self, story_id: str) -> dict[str, Any]:
        rows = self.query("SELECT data FROM stories WHERE id = ?", (story_id,))
        if not rows and len(story_id) >= 3:
            rows = self.query("SELECT data FROM stories WHERE id LIKE ?", (story_id + "%",))
        if len(rows) != 1:
            raise NotFound("no story with this id" if not rows else "ambiguous story id", item=story_id)
        return json.loads(rows[0]["data"])

    def stories(self) -> list[dict[str, Any]]:
        return [json.loads(r["data"]) for r in self.query("SELECT data FROM stories ORDER BY id")]

    def story_of(self, article_id: str) -> str | None:
        rows = self.query("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,))
        return rows[0][0] if rows else None

    def story_article_ids(self, story_id: str) -> list[str]:
        return [
            r[0]
            for r in self.query(
                """SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                WHERE sa.story_id = ? ORDER BY a.published, a.seq""",
                (story_id,),
            )
        ]

    def put_link(self, a: str, b: str, relation: str, data: dict[str, Any]) -> None:
        """Record the relation between articles ``a`` and ``b`` (stored with a < b)."""
        a, b = sorted((a, b))
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO links (a, b, relation, data) VALUES (?,?,?,?)",
                (a, b, relation, json.dumps(data)),
            )

    def links(self, article_id: str | None = None) -> list[dict[str, Any]]:
        if article_id is None:
            rows = self.query("SELECT data FROM links ORDER BY a, b")
        else:
            rows = self.query(
                "SELECT data FROM links WHERE a = ? OR b = ? ORDER BY a, b", (article_id, article_id)
            )
        return [json.loads(r["data"]) for r in rows]

    def link(self, a: str, b: str) -> dict[str, Any] | None:
        a, b = sorted((a, b))
        rows = self.query("SELECT data FROM links WHERE a = ? AND b = ?", (a, b))
        return json.loads(rows[0]["data"]) if rows else None

    # -- comparisons and briefs (per story) -------------------------------------

    def put_comparison(self, story_id: str, version: str, data: dict[str, Any]) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO comparisons (story_id, version, data) VALUES (?,?,?)",
                (story_id, version, json.dumps(data)),
            )

    def get_comparison(self, story_id: str, version: str | None = None) -> dict[str, Any] | None:
        rows = self.query("SELECT version, data FROM comparisons WHERE story_id = ?", (story_id,))
        if not rows or (version is not None and rows[0]["version"] != version):
            return None
        return json.loads(rows[0]["data"])

    def put_brief(self, story_id: str, version: str, data: dict[str, Any]) -> None:
        with self.write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO briefs (story_id, version, data) VALUES (?,?,?)",
                (story_id, version, json.dumps(data)),
            )

    def get_brief(self, story_id: str, version: str | None = None) -> dict[str, Any] | None:
        rows = self.query("SELECT version, data FROM briefs WHERE story_id = ?", (story_id,))
        if not rows or (version is not None and rows[0]["version"] != version):
            return None
        return json.loads(rows[0]["data"])

    def put_state(self, key: str, data: bytes) -> None:
        with self.write() as conn:
            conn.execute("INSERT OR REPLACE INTO state (key, data) VALUES (?, ?)", (key, data))

    def get_state(self, key: str) -> bytes | None:
        rows = self.query("SELECT data FROM state WHERE key = ?", (key,))
        return bytes(rows[0][0]) if rows else None


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
