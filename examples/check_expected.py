"""Check examples/expected.json against the corpus as Corroborate actually ingests it.

Ingests every example file with the project's own readers into a temporary SQLite store,
then asserts that every title named in expected.json exists exactly once, that each
article's file and outlet match, and that every "text" value (quotes, numbers, versions,
single-source facts, relative dates) occurs verbatim in the named article's body.

    .venv/bin/python examples/check_expected.py        # prints OK, or the problems (exit 1)
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from corroborate.config import Settings
from corroborate.ingest import ingest_paths
from corroborate.store.sqlite import Store

HERE = Path(__file__).resolve().parent


def load_corpus(db_path: str) -> tuple[Store, object]:
    store = Store(db_path)
    report = ingest_paths(store, [str(HERE)], Settings())
    return store, report


def check(expected: dict, store: Store, report) -> list[str]:
    problems: list[str] = [f"ingest error: {e.item}: {e.reason}" for e in report.failed]
    articles = store.articles()
    by_title: dict[str, list] = {}
    for article in articles:
        by_title.setdefault(article.title or "", []).append(article)

    def body(title: str, where: str):
        found = by_title.get(title)
        if not found:
            problems.append(f"{where}: no ingested article titled {title!r}")
            return None
        if len(found) > 1:
            problems.append(f"{where}: {len(found)} articles titled {title!r} (titles must be unique)")
        return found[0]

    listed = {a["title"] for a in expected["articles"]}
    for title in by_title:
        if title not in listed:
            problems.append(f"article {title!r} is in the corpus but not in expected.json")
    for entry in expected["articles"]:
        article = body(entry["title"], "articles")
        if article is None:
            continue
        paths = {os.path.relpath(o.path.split("#", 1)[0], HERE) for o in store.origins(article.id)}
        if entry["file"] not in paths:
            problems.append(
                f"articles: {entry['title']!r} read from {sorted(paths)}, expected {entry['file']}"
            )

    def has_text(title: str, text: str, where: str) -> None:
        article = body(title, where)
        if article is not None and text not in article.text:
            problems.append(f"{where}: {text!r} does not occur in {title!r}")

    for q in expected["quotes"]:
        has_text(q["article"], q["text"], f"quotes[{q['speaker']}]")
    for group in expected["quote_groups"]:
        for version in group["versions"]:
            has_text(
                version["article"], version["text"], f"quote_groups[{group['speaker']}/{group['label']}]"
            )
    for number in expected["numbers"]:
        has_text(number["article"], number["text"], f"numbers[{number['measures']}]")
    for group in expected["number_groups"]:
        for member in group["members"]:
            has_text(member["article"], member["text"], f"number_groups[{group['label']}]")
    for fact in expected["single_source_facts"]:
        has_text(fact["article"], fact["text"], "single_source_facts")
    for date in expected.get("relative_dates", []):
        has_text(date["article"], date["text"], "relative_dates")

    for story in expected["stories"]:
        for title in story:
            body(title, "stories")
    for link in expected["links"]:
        for key in ("a", "b", "original"):
            body(link[key], f"links.{key}")
    firsts = {story[0] for story in expected["stories"]}
    for title in expected["independent_sources"]:
        if title not in firsts:
            problems.append(f"independent_sources: {title!r} is not the first title of a story")
    return problems


def main() -> int:
    expected = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        store, report = load_corpus(os.path.join(tmp, "examples.db"))
        try:
            problems = check(expected, store, report)
            count = store.count_articles()
        finally:
            store.close()
    if problems:
        print(f"{len(problems)} problem(s):")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"OK: {count} articles, every title and text in expected.json found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
