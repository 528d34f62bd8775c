"""`corroborate link`, `corroborate stories`, `corroborate story ID`, `corroborate compare A B`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Column, Table
from rich.text import Text

from corroborate.cli.common import (
    DEFAULT_DB,
    DbOption,
    Exit,
    JsonOption,
    QuietOption,
    app,
    console,
    open_store,
    out,
    print_json,
)
from corroborate.config import Settings

NoEmbeddings = Annotated[
    bool, typer.Option("--no-embeddings", help="Text only: skip the sentence-embedding model.")
]


def _progress(total: int, quiet: bool):
    if quiet or not console.is_terminal or total == 0:
        return None
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(TextColumn("link"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=console)


Explain = Annotated[
    bool, typer.Option("--explain", help="Also print, for each article placed, the story it joined or started and why.")
]


@app.command()
def link(
    db: DbOption = DEFAULT_DB, quiet: QuietOption = False, no_embeddings: NoEmbeddings = False, explain: Explain = False
) -> None:
    """Group new articles into stories and classify copies and rewrites (incremental:
    articles already linked are kept; running it again adds nothing).

    Example: corroborate link --db news.db --explain
    """
    from corroborate.linking.service import LinkOptions, link_store
    from corroborate.linking.stories import StoryOptions

    settings = Settings.from_env()
    options = LinkOptions(
        stories=StoryOptions(window_days=settings.story_window_days), use_embeddings=not no_embeddings
    )
    with open_store(db) as store:
        placed = {r[0] for r in store.query("SELECT article_id FROM story_articles")}
        todo = sum(1 for r in store.query("SELECT id FROM articles") if r[0] not in placed)
        progress = _progress(todo, quiet)
        if progress is None:
            report = link_store(store, settings, options=options)
        else:
            with progress:
                task = progress.add_task("link", total=todo)
                report = link_store(store, settings, options=options, on_item=lambda _a: progress.advance(task))
        if explain and report.placed:
            _print_placements(store, report.placed)
    if not quiet:
        for note in report.notes:
            console.print(f"[yellow]note[/yellow] {note}", highlight=False)
        rel = ", ".join(f"{k} {v}" for k, v in sorted(report.relations.items())) or "none"
        console.print(
            f"linked {len(report.placed)} new article(s): {len(report.new_stories)} new story(ies), "
            f"{len(report.touched_stories)} story(ies) updated; {report.links} pair link(s) ({rel})",
            highlight=False,
        )
    raise typer.Exit(Exit.OK)


def _print_placements(store, placed) -> None:
    """One row a placed article: your id, the story it went to (as placed: a later split
    may have moved it since) and the linker's reason in words."""
    label = {a.id: a.source_id or a.id[:10] for a in store.articles([p.article_id for p in placed])}
    headlines: dict[str, str] = {}
    table = Table(Column("article", no_wrap=True), Column("story", no_wrap=True), "headline", "why")
    for p in placed:
        if p.story_id not in headlines:
            # (every story a placement names is stored: a split keeps the story it leaves)
            headlines[p.story_id] = store.story(p.story_id)["headline"]
        table.add_row(label.get(p.article_id, p.article_id), p.story_id, headlines[p.story_id], p.reason)
    out.print(table)


def _story_row(store, data: dict) -> dict:
    arts = store.articles(data["article_ids"])
    return {
        **data,
        "source_ids": [a.source_id for a in arts],
        "articles": [
            {"id": a.id, "source_id": a.source_id, "outlet": a.outlet, "published": a.published, "title": a.title}
            for a in arts
        ],
    }


@app.command()
def stories(db: DbOption = DEFAULT_DB, json_: JsonOption = False) -> None:
    """List stories: id, headline, articles (with your own ids), outlets, first and last seen.

    Example: corroborate stories --db news.db --json
    """
    with open_store(db) as store:
        rows = [_story_row(store, s) for s in store.stories()]
    rows.sort(key=lambda r: (r.get("first_seen") or "", r["id"]))
    if json_:
        print_json(rows)
        return
    table = Table(
        Column("story", no_wrap=True), "headline", Column("n", justify="right"), "articles (your ids)",
        "outlets", Column("first seen", no_wrap=True), Column("last seen", no_wrap=True),
    )
    for r in rows:
        ids = " ".join(a["source_id"] or a["id"] for a in r["articles"])
        table.add_row(
            r["id"], r["headline"], str(len(r["articles"])), ids, ", ".join(r["outlets"]),
            (r.get("first_seen") or "")[:10], (r.get("last_seen") or "")[:10],
        )
    out.print(table)
    if not rows:
        console.print("no stories yet: run `corroborate link`")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(help="Story id (or a unique prefix).")],
    db: DbOption = DEFAULT_DB,
    json_: JsonOption = False,
) -> None:
    """Show one story: its articles, why each is in it, and how each pair relates (copy,
    rewrite, independent) with the original.

    Example: corroborate story s1a2b3c --db news.db
    """
    from corroborate.errors import NotFound

    with open_store(db) as store:
        try:
            data = store.story(story_id)
        except NotFound as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(Exit.USAGE) from exc
        row = _story_row(store, data)
        members = set(data["article_ids"])
        links = {}
        for aid in data["article_ids"]:
            for link_ in store.links(aid):
                if link_["a"] in members and link_["b"] in members:
                    links[(link_["a"], link_["b"])] = link_
        row["links"] = [
            {k: v for k, v in link_.items() if k != "aligned"} for link_ in links.values()
        ]
    if json_:
        print_json(row)
        return
    label = {a["id"]: (a["source_id"] or a["id"][:10]) for a in row["articles"]}
    out.print(f"[bold]{row['headline']}[/bold]  ({row['id']}, {len(row['articles'])} articles, "
              f"{(row.get('first_seen') or '?')[:16]} → {(row.get('last_seen') or '?')[:16]})")
    reasons = row.get("reasons") or {}
    table = Table("id", "outlet", "published", "title", "why it is in the story")
    for a in row["articles"]:
        table.add_row(
            label[a["id"]], a["outlet"] or "", (a["published"] or "")[:16], a["title"] or "", reasons.get(a["id"], "")
        )
    out.print(table)
    pairs = Table("A", "B", "similarity", "original", "confidence", "derived from")
    pairs.columns.insert(2, Column("relation", no_wrap=True))
    for l in row["links"]:
        pairs.add_row(
            label.get(l["a"], l["a"]), label.get(l["b"], l["b"]), l["relation"], f"{l['similarity']:.2f}",
            label.get(l["original"], l["original"] or "—"), f"{l['confidence']:.2f}", l.get("derived_from") or "",
        )
    out.print(pairs)


@app.command()
def compare(
    a: Annotated[str, typer.Argument(help="Article A (id, prefix or your own id).")],
    b: Annotated[str, typer.Argument(help="Article B.")],
    db: DbOption = DEFAULT_DB,
    json_: JsonOption = False,
    no_embeddings: NoEmbeddings = False,
) -> None:
    """Show two articles aligned sentence by sentence, differences marked, with their
    relation, the original and the evidence. --json prints the pair link with the alignment.

    Example: corroborate compare a1b2c3 d4e5f6 --db news.db
    """
    from corroborate.errors import CorroborateError
    from corroborate.linking.rewrites import classify_pair

    with open_store(db) as store:
        try:
            art_a, art_b = store.article(a), store.article(b)
        except CorroborateError as exc:
            console.print(f"[red]error:[/red] {exc}")
            raise typer.Exit(Exit.USAGE) from exc
    if art_a.id == art_b.id:
        console.print(f"[red]error:[/red] {a} and {b} are the same article ({art_a.id}): give two different articles")
        raise typer.Exit(Exit.USAGE)
    embedder = None
    if not no_embeddings:
        from corroborate.errors import ModelUnavailable
        from corroborate.models import get_embedder

        try:
            embedder = get_embedder(Settings.from_env().embedding_model)
        except ModelUnavailable as exc:
            console.print(f"[yellow]note[/yellow] {exc}; aligning by wording only")
    result = classify_pair(art_a, art_b, embedder=embedder)
    if json_:
        print_json(result.model_dump(mode="json"))
        return
    render_comparison(art_a, art_b, result)


def render_comparison(art_a, art_b, result) -> None:
    from corroborate.linking.align import word_diff

    out.print(Text.assemble(("A ", "bold"), art_a.label, f"  ({art_a.published or 'no date'})"))
    out.print(Text.assemble(("B ", "bold"), art_b.label, f"  ({art_b.published or 'no date'})"))
    table = Table("A", "", "B", show_lines=True, expand=True)
    for p in result.aligned:
        ta, tb = Text(), Text()
        if p.op == "changed":
            edits = word_diff(art_a.text, art_b.text, p)
            _marked(ta, art_a.text, p.a_start, p.a_end, [(e.a_start, e.a_end) for e in edits if e.a_words], "red strike")
            _marked(tb, art_b.text, p.b_start, p.b_end, [(e.b_start, e.b_end) for e in edits if e.b_words], "green underline")
            mark = f"~ {p.similarity:.2f}"
        elif p.op == "same":
            ta.append(art_a.text[p.a_start : p.a_end])
            tb.append(art_b.text[p.b_start : p.b_end])
            mark = "="
        elif p.op == "cut":
            ta.append(art_a.text[p.a_start : p.a_end], style="red")
            mark = "cut"
        else:
            tb.append(art_b.text[p.b_start : p.b_end], style="green")
            mark = "added"
        table.add_row(ta, mark, tb)
    out.print(table)
    who = "—"
    if result.original == art_a.id:
        who = "A"
    elif result.original == art_b.id:
        who = "B"
    out.print(
        f"[bold]relation:[/bold] {result.relation}   [bold]similarity:[/bold] {result.similarity:.2f}   "
        f"[bold]original:[/bold] {who} (confidence {result.confidence:.2f})"
        + (f"   [bold]derived from:[/bold] {result.derived_from}" if result.derived_from else "")
    )
    for line in result.evidence:
        out.print(f"  • {line}", highlight=False, markup=False)


def _marked(text: Text, source: str, start: int, end: int, spans: list[tuple[int, int]], style: str) -> None:
    pos = start
    for s, e in sorted(spans):
        if s > pos:
            text.append(source[pos:s])
        text.append(source[max(s, pos) : e], style=style)
        pos = max(pos, e)
    if pos < end:
        text.append(source[pos:end])
