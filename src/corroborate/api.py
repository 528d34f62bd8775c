"""The Python API: the whole pipeline over one store, stage by stage or in one call.

    from corroborate.api import Corroborate

    with Corroborate("news.db") as c:          # or Corroborate() for a store in memory
        c.ingest(["examples/"])
        briefs = c.run()                        # analyse, link, compare, brief
        for brief in briefs:
            print(brief.headline, brief.independent_sources)
        print(c.render(briefs[0], "md"))

Each stage only does what is new since the last call: analyses are versioned, linking is
incremental, comparisons and briefs are recomputed when their inputs change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Self

from corroborate.brief.types import Brief
from corroborate.config import Settings
from corroborate.store.sqlite import Store

Progress = Callable[[str, str], None]
"""``progress(stage, item)``: called once per item a stage finishes."""

FORMATS = ("md", "html", "json")


@dataclass
class RunReport:
    ingested: int = 0
    duplicates: int = 0
    failed: list = field(default_factory=list)
    analysed: int = 0
    analysis_failed: list = field(default_factory=list)
    stories: int = 0
    briefs: list[Brief] = field(default_factory=list)


class Corroborate:
    def __init__(self, db: str | Path = ":memory:", settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.store = Store(db)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- stages -----------------------------------------------------------------

    def ingest(self, paths: Iterable[str], on_item: Callable[[str], None] | None = None):
        from corroborate.ingest import ingest_paths

        return ingest_paths(self.store, [str(p) for p in paths], self.settings, on_item=on_item)

    def analyse(self, on_item: Callable[[str], None] | None = None):
        from corroborate.analysis.store import ensure_analyses

        return ensure_analyses(self.store, self.settings, on_item=on_item)

    def link(self, on_item: Callable[[str], None] | None = None):
        from corroborate.linking.service import link_store

        return link_store(self.store, self.settings, on_item=on_item)

    def briefs(self, on_item: Callable[[str], None] | None = None) -> list[Brief]:
        from corroborate.brief.service import brief_store

        return brief_store(self.store, self.settings, on_item=on_item)

    def run(self, paths: Iterable[str] = (), progress: Progress | None = None) -> list[Brief]:
        """Ingest ``paths`` (if any), then analyse, link, compare and brief everything."""
        return self.run_report(paths, progress).briefs

    def run_report(self, paths: Iterable[str] = (), progress: Progress | None = None) -> RunReport:
        def tick(stage: str):
            # stages call back with the item first (and may add more, e.g. a status)
            return (lambda item, *_: progress(stage, str(item))) if progress else None

        report = RunReport()
        paths = list(paths)
        if paths:
            ingested = self.ingest(paths, tick("ingest"))
            report.ingested, report.duplicates = len(ingested.ingested), len(ingested.duplicates)
            report.failed = list(ingested.failed)
        analysed = self.analyse(tick("analyse"))
        report.analysed = len(analysed.computed)
        report.analysis_failed = list(analysed.failed)
        self.link(tick("link"))
        report.briefs = self.briefs(tick("brief"))
        report.stories = len(report.briefs)
        return report

    # -- reading ----------------------------------------------------------------

    def brief(self, story_id: str) -> Brief | None:
        from corroborate.brief.service import load_brief

        return load_brief(self.store, story_id)

    @staticmethod
    def render(brief: Brief, fmt: str) -> str:
        """``brief`` as ``md``, ``html`` (one self-contained file) or ``json``."""
        if fmt == "md":
            from corroborate.brief.render_md import render_markdown

            return render_markdown(brief)
        if fmt == "html":
            from corroborate.brief.render_html import render_html

            return render_html(brief)
        if fmt == "json":
            return brief.model_dump_json(indent=2)
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_briefs(briefs: list[Brief], out_dir: Path, formats: Iterable[str]) -> list[Path]:
    """Write one file per brief and format into ``out_dir``, plus an index per format."""
    import re

    from corroborate.brief.render_html import render_index

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    formats = list(dict.fromkeys(formats))
    names = []
    for brief in briefs:
        slug = re.sub(r"[^a-z0-9]+", "-", brief.headline.casefold()).strip("-")[:60] or "story"
        names.append(f"{slug}-{brief.story_id[:8]}")
    for fmt in formats:
        for brief, name in zip(briefs, names):
            path = out_dir / f"{name}.{fmt}"
            path.write_text(Corroborate.render(brief, fmt), encoding="utf-8")
            written.append(path)
        if fmt == "html":
            index = out_dir / "index.html"
            index.write_text(render_index([(b, f"{n}.html") for b, n in zip(briefs, names)]), encoding="utf-8")
            written.append(index)
        elif fmt == "md":
            index = out_dir / "index.md"
            lines = ["# Stories", ""] + [
                f"- [{b.headline}]({n}.md) — {len(b.sources)} articles, {b.independent_sources} independent"
                for b, n in zip(briefs, names)
            ]
            index.write_text("\n".join(lines) + "\n", encoding="utf-8")
            written.append(index)
        elif fmt == "json":
            import json

            index = out_dir / "index.json"
            index.write_text(
                json.dumps([{"story_id": b.story_id, "headline": b.headline, "file": f"{n}.json"} for b, n in zip(briefs, names)], indent=2),
                encoding="utf-8",
            )
            written.append(index)
    return written
