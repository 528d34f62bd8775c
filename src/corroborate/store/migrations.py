"""Registered schema migrations, applied in order and recorded in the file itself.

Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "articles, origins, errors",
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source_id TEXT,
            title TEXT,
            outlet TEXT,
            url TEXT,
            byline TEXT,
            published TEXT,
            language TEXT,
            format TEXT NOT NULL,
            text TEXT NOT NULL,
            credits TEXT NOT NULL DEFAULT '[]',
            extra TEXT NOT NULL DEFAULT '{}',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE INDEX articles_source_id ON articles(source_id);
        CREATE TABLE origins (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            locator TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL,
            PRIMARY KEY (article_id, path, locator)
        );
        CREATE TABLE errors (
            item TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            PRIMARY KEY (item, code)
        );
        """,
    ),
    (
        2,
        "analyses",
        """
        CREATE TABLE analyses (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            version TEXT NOT NULL,
            data TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        """,
    ),
    (
        3,
        "stories, links, comparisons, briefs",
        """
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id TEXT NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE links (
            a TEXT NOT NULL,
            b TEXT NOT NULL,
            relation TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (a, b)
        );
        CREATE TABLE comparisons (
            story_id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE briefs (
            story_id TEXT PRIMARY KEY,
            version TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE TABLE state (
            key TEXT PRIMARY KEY,
            data BLOB NOT NULL
        );
        """,
    ),
]
