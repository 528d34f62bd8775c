"""What the web app reads from the store, in a few set-based queries per request.

The story list costs a fixed number of queries whatever the number of stories; a story
page costs a fixed number whatever the number of its articles (no per-article queries).
Stored stage documents are validated with their typed models before use.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from pydantic import ValidationError

from corroborate.analysis.types import ArticleAnalysis
from corroborate.brief.sources import source_roles
from corroborate.brief.types import Brief, SourceRow
from corroborate.compare.types import StoryComparison, WordDiff
from corroborate.errors import CorroborateError, NotFound
from corroborate.groups import DisjointSets
from corroborate.linking.types import AlignedPair, PairLink, Story
from corroborate.store import Store
from corroborate.types import Article
from corroborate.web.render import word_diff
from corroborate.web.schemas import ArticleSummary, CompareResult, CompareRow, StorySummary, TextSpan


class StoredDataInvalid(CorroborateError):
    """A stored stage document does not match its typed model (another code version)."""

    code = "C202"


def _validate(model, data: dict[str, Any] | None, what: str, item: str):
    if data is None:
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise StoredDataInvalid(
            f"stored {what} does not match this version of Corroborate ({exc.error_count()} problems); "
            "re-run the pipeline",
            item=item,
        ) from exc


def _like(word: str) -> str:
    return "%" + re.sub(r"([\\%_])", r"\\\1", word) + "%"


QUOTE_DIFFER = ("altered", "paraphrase_as_quote")
NUMBER_DIFFER = ("conflict",)
DATE_DIFFER = ("conflict",)


@dataclass
class StoryFilter:
    q: str | None = None
    entity: str | None = None
    outlet: str | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def active(self) -> bool:
        return any(
            v not in (None, "") for v in (self.q, self.entity, self.outlet, self.date_from, self.date_to)
        )


@dataclass
class LinkInfo:
    """A stored pair relation without its (possibly long) sentence alignment."""

    a: str
    b: str
    relation: str
    similarity: float
    original: str | None
    derived_from: str | None
    confidence: float
    evidence: list[str] = field(default_factory=list)

    def other(self, article_id: str) -> str:
        return self.b if article_id == self.a else self.a


_LINK_COLUMNS = """l.a, l.b, l.relation,
    json_extract(l.data, '$.similarity') AS similarity,
    json_extract(l.data, '$.original') AS original,
    json_extract(l.data, '$.derived_from') AS derived_from,
    json_extract(l.data, '$.confidence') AS confidence,
    json_extract(l.data, '$.evidence') AS evidence"""


def _link_info(row) -> LinkInfo:
    try:
        evidence = [str(e) for e in json.loads(row["evidence"] or "[]")]
    except (TypeError, ValueError):
        evidence = []
    return LinkInfo(
        a=row["a"],
        b=row["b"],
        relation=row["relation"],
        similarity=float(row["similarity"] or 0.0),
        original=row["original"],
        derived_from=row["derived_from"],
        confidence=float(row["confidence"] or 0.0),
        evidence=evidence,
    )


_META_COLUMNS = """a.id, a.source_id, a.title, a.outlet, a.url, a.byline, a.published, a.format,
    length(a.text) AS length, sa.story_id"""


def _summary(row) -> ArticleSummary:
    return ArticleSummary(
        id=row["id"],
        source_id=row["source_id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        byline=row["byline"],
        published=row["published"],
        format=row["format"],
        length=row["length"] or 0,
        story_id=row["story_id"],
    )


class WebData:
    def __init__(self, store: Store) -> None:
        self.store = store

    # -- articles ------------------------------------------------------------------

    def article_page(
        self, limit: int, offset: int, outlet: str | None = None, q: str | None = None
    ) -> tuple[list[ArticleSummary], int]:
        where, params = [], []
        if outlet:
            where.append("a.outlet LIKE ? ESCAPE '\\'")
            params.append(_like(outlet))
        for word in (q or "").split():
            where.append("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')")
            params += [_like(word), _like(word)]
        clause = ("WHERE " + " AND ".join(where)) if where else ""
        total = self.store.query(f"SELECT COUNT(*) FROM articles a {clause}", params)[0][0]
        rows = self.store.query(
            f"""SELECT {_META_COLUMNS} FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
            {clause} ORDER BY a.seq LIMIT ? OFFSET ?""",
            [*params, limit, offset],
        )
        return [_summary(r) for r in rows], int(total)

    def summaries(self, ids: list[str]) -> dict[str, ArticleSummary]:
        out: dict[str, ArticleSummary] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            rows = self.store.query(
                f"""SELECT {_META_COLUMNS} FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
                WHERE a.id IN ({",".join("?" * len(chunk))})""",
                chunk,
            )
            out.update({r["id"]: _summary(r) for r in rows})
        return out

    def article(self, ref: str) -> Article:
        return self.store.article(ref)

    def analysis(self, article_id: str) -> ArticleAnalysis | None:
        return _validate(ArticleAnalysis, self.store.get_analysis(article_id), "analysis", article_id)

    def links_of(self, article_id: str) -> list[LinkInfo]:
        rows = self.store.query(
            f"SELECT {_LINK_COLUMNS} FROM links l WHERE l.a = ? OR l.b = ? ORDER BY l.a, l.b",
            (article_id, article_id),
        )
        return [_link_info(r) for r in rows]

    # -- stories -------------------------------------------------------------------

    def story(self, ref: str) -> Story:
        data = self.store.story(ref)
        return _validate(Story, data, "story", ref)

    def brief(self, story_id: str) -> Brief | None:
        return _validate(Brief, self.store.get_brief(story_id), "brief", story_id)

    def comparison(self, story_id: str) -> StoryComparison | None:
        return _validate(StoryComparison, self.store.get_comparison(story_id), "comparison", story_id)

    def story_links(self, story_id: str) -> list[LinkInfo]:
        rows = self.store.query(
            f"""SELECT {_LINK_COLUMNS} FROM links l
            JOIN story_articles s1 ON s1.article_id = l.a
            JOIN story_articles s2 ON s2.article_id = l.b
            WHERE s1.story_id = ? AND s2.story_id = ? ORDER BY l.a, l.b""",
            (story_id, story_id),
        )
        return [_link_info(r) for r in rows]

    def story_pair_links(self, story_id: str, limit: int, offset: int) -> tuple[list[PairLink], int]:
        """The stored pair relations inside a story, with their alignments (a page of them)."""
        where = """FROM links l
            JOIN story_articles s1 ON s1.article_id = l.a
            JOIN story_articles s2 ON s2.article_id = l.b
            WHERE s1.story_id = ? AND s2.story_id = ?"""
        total = self.store.query(f"SELECT COUNT(*) {where}", (story_id, story_id))[0][0]
        rows = self.store.query(
            f"SELECT l.a, l.b, l.data {where} ORDER BY l.a, l.b LIMIT ? OFFSET ?", (story_id, story_id, limit, offset)
        )
        links = [_validate(PairLink, json.loads(r["data"]), "link", f"{r['a']}/{r['b']}") for r in rows]
        return links, int(total)

    def story_article_ids(self, story: Story) -> list[str]:
        return list(story.article_ids) or self.store.story_article_ids(story.id)

    def all_story_summaries(self, only: str | None = None) -> list[StorySummary]:
        """Every story (or the story ``only``) with its counts and badges, in four queries."""
        one = (" AND story_id = ?", (only,)) if only else ("", ())
        stories = []
        for row in self.store.query(
            "SELECT id, data FROM stories" + (" WHERE id = ?" if only else ""), (only,) if only else ()
        ):
            try:
                stories.append(Story.model_validate_json(row["data"]))
            except ValidationError:
                continue  # a story of another schema version: not listed rather than a crash
        stats: dict[str, dict[str, int]] = {}
        for row in self.store.query(
            f"""SELECT story_id AS sid, json_extract(data, '$.independent_sources') AS indep,
              (SELECT COUNT(*) FROM json_each(data, '$.quotes') q
                 WHERE json_extract(q.value, '$.label') IN {QUOTE_DIFFER!r}) AS dq,
              (SELECT COUNT(*) FROM json_each(data, '$.numbers') n
                 WHERE json_extract(n.value, '$.label') IN ('{NUMBER_DIFFER[0]}')) AS dn,
              (SELECT COUNT(*) FROM json_each(data, '$.dates') d
                 WHERE json_extract(d.value, '$.label') IN ('{DATE_DIFFER[0]}')) AS dd
            FROM comparisons WHERE json_valid(data)""" + one[0],
            one[1],
        ):
            stats[row["sid"]] = {"indep": int(row["indep"] or 0), "diff": int(row["dq"] or 0) + int(row["dn"] or 0) + int(row["dd"] or 0)}
        for row in self.store.query(
            """SELECT story_id AS sid, json_extract(data, '$.independent_sources') AS indep,
              COALESCE(json_array_length(data, '$.differences_quotes'), 0)
              + COALESCE(json_array_length(data, '$.differences_numbers'), 0)
              + COALESCE(json_array_length(data, '$.differences_dates'), 0) AS diff
            FROM briefs WHERE json_valid(data)""" + one[0],
            one[1],
        ):
            s = stats.setdefault(row["sid"], {"indep": 0, "diff": 0})
            s["indep"] = s["indep"] or int(row["indep"] or 0)
            s["diff"] = max(s["diff"], int(row["diff"] or 0))
        # fallback for stories not compared yet: independent = groups of linked copies
        derived: dict[str, list[tuple[str, str]]] = {}
        for row in self.store.query(
            """SELECT s1.story_id AS sid, l.a, l.b FROM links l
            JOIN story_articles s1 ON s1.article_id = l.a
            JOIN story_articles s2 ON s2.article_id = l.b AND s2.story_id = s1.story_id
            WHERE l.relation != 'independent'""" + (" AND s1.story_id = ?" if only else ""),
            one[1],
        ):
            derived.setdefault(row["sid"], []).append((row["a"], row["b"]))
        out = []
        for story in stories:
            ids = list(story.article_ids)
            s = stats.get(story.id, {})
            indep = s.get("indep") or _components(ids, derived.get(story.id, []))
            out.append(
                StorySummary(
                    id=story.id,
                    headline=story.headline,
                    article_count=len(ids),
                    independent_sources=indep,
                    outlets=list(story.outlets),
                    first_seen=story.first_seen,
                    last_seen=story.last_seen,
                    sources_differ=s.get("diff", 0) > 0,
                    differences=s.get("diff", 0),
                )
            )
        out.sort(key=lambda s: (_instant(s.last_seen), s.article_count, s.id), reverse=True)
        return out

    def search_stories(self, f: StoryFilter) -> list[StorySummary]:
        stories = self.all_story_summaries()
        if not f.active:
            return stories
        keep: set[str] | None = None

        def narrow(ids: set[str]) -> None:
            nonlocal keep
            keep = ids if keep is None else keep & ids

        for word in (f.q or "").split()[:12]:
            like = _like(word)
            ids = {
                r[0]
                for r in self.store.query(
                    """SELECT DISTINCT sa.story_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                    WHERE a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\'""",
                    (like, like),
                )
            }
            ids |= {s.id for s in stories if word.casefold() in s.headline.casefold()}
            narrow(ids)
        if f.entity and f.entity.strip():
            like = _like(f.entity.strip())
            ids = {
                r[0]
                for r in self.store.query(
                    """SELECT DISTINCT sa.story_id FROM analyses an
                    JOIN story_articles sa ON sa.article_id = an.article_id,
                    json_each(an.data, '$.entities') e
                    WHERE json_valid(an.data) AND (json_extract(e.value, '$.name') LIKE ? ESCAPE '\\')""",
                    (like,),
                )
            }
            ids |= {
                r[0]
                for r in self.store.query(
                    """SELECT DISTINCT c.story_id FROM comparisons c, json_each(c.data, '$.quotes') q
                    WHERE json_valid(c.data) AND json_extract(q.value, '$.speaker') LIKE ? ESCAPE '\\'""",
                    (like,),
                )
            }
            narrow(ids)
        result = [s for s in stories if keep is None or s.id in keep]
        if f.outlet and f.outlet.strip():
            needle = f.outlet.strip().casefold()
            result = [s for s in result if any(needle in o.casefold() for o in s.outlets)]
        if f.date_from:
            lo = f.date_from.isoformat()
            result = [s for s in result if (s.last_seen or s.first_seen or "")[:10] >= lo]
        if f.date_to:
            hi = f.date_to.isoformat()
            result = [s for s in result if (s.first_seen or s.last_seen or "9999")[:10] <= hi]
        return result

    def story_summary(self, story: Story) -> StorySummary:
        for s in self.all_story_summaries(only=story.id):
            return s
        raise NotFound("no story with this id", item=story.id)  # pragma: no cover - raced delete

    # -- sources (roles) -----------------------------------------------------------

    def sources(self, story: Story, brief: Brief | None, links: list[LinkInfo]) -> list[SourceRow]:
        """The sources table: from the brief when there is one, else from the links."""
        if brief and brief.sources:
            return list(brief.sources)
        ids = self.story_article_ids(story)
        metas = self.summaries(ids)
        return derive_sources(ids, metas, links)

    # -- compare -------------------------------------------------------------------

    def compare(self, a_ref: str, b_ref: str) -> tuple[Article, Article, CompareResult]:
        a, b = self.article(a_ref), self.article(b_ref)
        metas = self.summaries([a.id, b.id])
        raw = self.store.link(a.id, b.id) if a.id != b.id else None
        link = _validate(PairLink, raw, "link", f"{a.id}/{b.id}")
        if link is not None and link.a != a.id:
            link = flip(link)
        if link is not None and link.aligned:
            rows = rows_from_pairs(a.text, b.text, link.aligned)
            by = "linking"
        else:
            rows = fallback_rows(a.text, b.text, self._sentences(a), self._sentences(b))
            by = "web_fallback"
        return a, b, CompareResult(a=metas[a.id], b=metas[b.id], link=link, aligned_by=by, rows=rows)

    def _sentences(self, article: Article) -> list[tuple[int, int]]:
        try:
            analysis = self.analysis(article.id)
        except StoredDataInvalid:
            analysis = None
        if analysis and analysis.sentences:
            return [(s.start, s.end) for s in analysis.sentences]
        return split_sentences(article.text)


def _instant(value: str | None) -> float:
    """Seconds since the epoch for an ISO time (naive times taken as UTC); 0 when unknown."""
    if not value:
        return 0.0
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return 0.0
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


def _components(ids: list[str], edges: list[tuple[str, str]]) -> int:
    sets = DisjointSets(ids)
    for a, b in edges:
        if a in sets and b in sets:
            sets.union(a, b)
    return sets.count()


def derive_sources(ids: list[str], metas: dict[str, ArticleSummary], links: list[LinkInfo]) -> list[SourceRow]:
    """The sources table of a story without a stored brief: the brief's roles
    (:func:`~corroborate.brief.sources.source_roles`) from the stored links."""
    roles = source_roles(ids, links)
    rows = []
    for i in ids:
        m = metas.get(i)
        if m is None:
            continue
        role, of = roles.get(i, ("independent", None))
        rows.append(
            SourceRow(
                article=i,
                outlet=m.outlet,
                title=m.title,
                published=m.published,
                source_id=m.source_id,
                role=role,
                of=of,
                url=m.url,
            )
        )
    return rows


def flip(link: PairLink) -> PairLink:
    swap = {"added": "cut", "cut": "added"}
    pairs = tuple(
        AlignedPair(
            a_start=p.b_start,
            a_end=p.b_end,
            b_start=p.a_start,
            b_end=p.a_end,
            similarity=p.similarity,
            op=swap.get(p.op, p.op),
        )
        for p in link.aligned
    )
    return link.model_copy(update={"a": link.b, "b": link.a, "aligned": pairs})


def _span(text: str, start: int | None, end: int | None) -> TextSpan | None:
    if start is None or end is None or not (0 <= start <= end <= len(text)):
        return None
    return TextSpan(start=start, end=end, text=text[start:end])


def rows_from_pairs(a_text: str, b_text: str, pairs) -> list[CompareRow]:
    rows = []
    for p in pairs:
        sa, sb = _span(a_text, p.a_start, p.a_end), _span(b_text, p.b_start, p.b_end)
        if sa is None and sb is None:
            continue
        op = p.op
        if sa is None:
            op = "added"
        elif sb is None:
            op = "cut"
        diff = []
        if sa and sb and (op == "changed" or sa.text != sb.text):
            diff = [WordDiff(op=d.op, ref=d.ref, other=d.other) for d in word_diff(sa.text, sb.text)]
            if op == "same":
                op = "changed"
        rows.append(CompareRow(op=op, similarity=p.similarity, a=sa, b=sb, diff=diff))
    return rows


_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in _SENT_END.finditer(text):
        if text[pos : m.start()].strip():
            out.append(_trim(text, pos, m.end()))
        pos = m.end()
    if text[pos:].strip():
        out.append(_trim(text, pos, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _norm(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.casefold()))


def fallback_rows(
    a_text: str, b_text: str, a_sents: list[tuple[int, int]], b_sents: list[tuple[int, int]]
) -> list[CompareRow]:
    """Align two texts sentence by sentence with difflib when no stored link exists."""
    a_keys = [_norm(a_text[s:e]) for s, e in a_sents]
    b_keys = [_norm(b_text[s:e]) for s, e in b_sents]
    pairs: list[AlignedPair] = []
    matcher = difflib.SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2)):
                pairs.append(AlignedPair(a_start=a_sents[i][0], a_end=a_sents[i][1], b_start=b_sents[j][0],
                                         b_end=b_sents[j][1], similarity=1.0, op="same"))
            continue
        j = j1
        for i in range(i1, i2):
            best, best_ratio = None, 0.5
            for jj in range(j, j2):
                r = difflib.SequenceMatcher(None, a_keys[i].split(), b_keys[jj].split(), autojunk=False).ratio()
                if r > best_ratio:
                    best, best_ratio = jj, r
            if best is None:
                pairs.append(AlignedPair(a_start=a_sents[i][0], a_end=a_sents[i][1], op="cut"))
                continue
            for jj in range(j, best):
                pairs.append(AlignedPair(b_start=b_sents[jj][0], b_end=b_sents[jj][1], op="added"))
            pairs.append(AlignedPair(a_start=a_sents[i][0], a_end=a_sents[i][1], b_start=b_sents[best][0],
                                     b_end=b_sents[best][1], similarity=round(best_ratio, 3), op="changed"))
            j = best + 1
        for jj in range(j, j2):
            pairs.append(AlignedPair(b_start=b_sents[jj][0], b_end=b_sents[jj][1], op="added"))
    return rows_from_pairs(a_text, b_text, pairs)


def date_or_none(value: str | None) -> date | None:
    """Parse a date query parameter leniently for the HTML form (the API validates strictly)."""
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


__all__ = [
    "LinkInfo",
    "StoredDataInvalid",
    "StoryFilter",
    "WebData",
    "date_or_none",
    "derive_sources",
]
