"""Server-rendered pages through the ASGI app: content, escaping, errors, speed."""

from __future__ import annotations

import json
import re
import time
from html.parser import HTMLParser

import pytest

from corroborate.web.render import Mark, highlight, human_number, render_diff, word_diff


class Tags(HTMLParser):
    """Collects start tags with their attributes (checks the markup is what we think)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    VOID: frozenset[str] = frozenset({"meta", "link", "input", "br", "img", "col", "rect", "line", "circle", "path"})

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
            return
        self.stack.pop()


def parse(html: str) -> Tags:
    t = Tags()
    t.feed(html)
    return t


def test_stories_page(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert "Port Valen approves container terminal" in html
    assert "sources differ" in html
    assert 'href="/stories/sport"' in html
    row = re.search(r'href="/stories/sport".*?</tr>', html, re.DOTALL).group(0)
    assert re.search(r'class="num">4<', row) and re.search(r'class="num">2<', row)
    assert "Daily Harbour" in row and "2026-03-12 09:00" in row
    assert not parse(html).errors


@pytest.mark.parametrize(
    "query, present, absent",
    [
        ("q=storm", "Storm closes ferry routes", "Port Valen approves"),
        ("entity=Brandt", "Port Valen approves", "Storm closes"),
        ("outlet=radio", "Port Valen approves", "Storm closes"),
        ("from=2026-03-13&to=2026-03-13", "Storm closes", "Port Valen approves"),
        ("q=zzzz", "No story matches", "Port Valen approves"),
    ],
)
def test_stories_search_form(client, query, present, absent):
    html = client.get("/?" + query).text
    assert present in html and absent not in html


def test_articles_page(client, corpus):
    html = client.get("/articles").text
    assert not parse(html).errors
    assert html.count('<td class="headline">') == 6
    assert f'href="/articles/{corpus.by_key["protest"].id}"' in html
    assert 'href="/stories/sport">story</a>' in html
    filtered = client.get("/articles", params={"outlet": "coast"}).text
    assert filtered.count('<td class="headline">') == 2 and "Storm closes ferry routes" in filtered
    assert "No article matches" in client.get("/articles", params={"q": "zzzz"}).text


def test_stories_page_bad_date_is_not_an_error(client):
    r = client.get("/?from=yesterday")
    assert r.status_code == 200 and "Ignored a date" in r.text


def test_story_page_sections(client, corpus):
    r = client.get("/stories/sport")
    assert r.status_code == 200
    html = r.text
    tags = parse(html)
    assert not tags.errors
    # brief with citations whose tooltip holds the cited sentence, focusable links
    assert "Port Valen approves a €40 million container terminal" in html
    cite = re.search(r'<span class="cite"><a href="([^"]+)"[^>]*>1</a><span class="tip" role="tooltip">(.*?)</span></span>', html)
    assert cite and "The harbour authority approved a new container terminal on Thursday" in cite.group(2)
    wire = corpus.by_key["wire"]
    assert cite.group(1).startswith(f"/articles/{wire.id}?hl=")
    # sources table with roles, compare links
    assert '<span class="role role-original">original</span>' in html
    assert '<span class="role role-copy">copy</span>' in html
    assert '<span class="role role-rewrite">rewrite</span>' in html
    assert f'href="/compare?a={wire.id}&amp;b={corpus.by_key["rewrite"].id}"' in html
    # quotes grouped by speaker with word diffs
    assert "<h3>Ilse Brandt</h3>" in html and "<h3>Jonas Meer</h3>" in html
    assert "<del>good</del><ins>great</ins>" in html and "<del>the</del><ins>our</ins>" in html
    # numbers table
    assert 'class="label label-conflict"' in html and "€45 million" in html
    # inline SVG timeline and copy graph
    svgs = [a for t, a in tags.tags if t == "svg"]
    assert {s["class"] for s in svgs} == {"graph", "timeline"}
    assert html.count('class="edge edge-verbatim_copy"') == 1 and html.count('class="edge edge-rewrite"') == 1
    assert html.count('<circle class="event"') == 3 and html.count('<circle class="pub"') == 4
    assert "The terminal opens" in html
    # no inline style or script anywhere (the CSP forbids both)
    assert not [t for t, a in tags.tags if t == "script" or "style" in a]


def test_story_without_brief(client):
    html = client.get("/stories/sferry").text
    assert "No brief has been written for this story yet" in html
    assert "Storm closes ferry routes" in html


def test_article_page_highlights(client, corpus):
    wire = corpus.by_key["wire"]
    html = client.get(f"/articles/{wire.id}").text
    assert not parse(html).errors
    assert '<span class="ent ent-person" data-tip="PERSON · Ilse Brandt · Mayor"><span class="speaker"' in html
    assert 'class="quote quote-direct" data-tip="direct quote · Ilse Brandt (said)" tabindex="0">This is a good day for the port,' in html
    assert '<span class="qty qty-money" data-tip="money · EUR 40 million · measures: cost of the terminal" tabindex="0">€40 million</span>' in html
    assert '<span class="credit" data-tip="credit · copyright' in html
    assert 'class="tdate" data-tip="date · 2026-03-12">Thursday</span>' in html
    # the text is all there, in order, once the tags are taken out
    body = re.search(r'<div class="body">(.*?)</div>', html, re.DOTALL).group(1)
    import html as h

    assert h.unescape(re.sub(r"<[^>]+>", "", body)) == wire.text
    # related articles with compare links
    assert "verbatim copy" in html and f"/compare?a={wire.id}&amp;b={corpus.by_key['copy'].id}" in html


def test_article_page_marks_cited_sentence(client, corpus):
    wire = corpus.by_key["wire"]
    s = wire.text.index("Construction")
    html = client.get(f"/articles/{wire.id}?hl={s}-{s + 31}").text
    assert '<mark class="hl" data-tip="cited sentence" id="hl">Construction starts next month.</mark>' in html
    # out of range or malformed: ignored, not an error
    assert client.get(f"/articles/{wire.id}?hl=5-999999").status_code == 200
    assert client.get(f"/articles/{wire.id}?hl=abc").status_code == 200


def test_compare_page(client, corpus):
    wire, rewrite = corpus.by_key["wire"], corpus.by_key["rewrite"]
    html = client.get(f"/compare?a={wire.id}&b={rewrite.id}").text
    assert not parse(html).errors
    assert "Meridian Press Agency" in html and "Coast Times" in html
    assert "Coast Times dropped the" in html  # evidence
    rows = re.findall(r'<tr class="op-(\w+)">', html)
    assert rows == ["changed"] * 4 + ["cut"]
    assert "<del>good</del>" in html and "<ins>great</ins>" in html
    left, right = re.search(r'<tr class="op-changed">\s*<td>(.*?)</td>\s*<td>(.*?)</td>', html, re.DOTALL).groups()
    assert "<ins>" not in left and "<del>" not in right


def test_compare_page_without_link(client, corpus):
    html = client.get(f"/compare?a={corpus.by_key['rewrite'].id}&b={corpus.by_key['ferry'].id}").text
    assert "aligned here by a plain sentence diff" in html


@pytest.mark.parametrize("url", ["/stories/nope", "/articles/nope", "/compare?a=nope&b=nope", "/no/such/page"])
def test_html_404(client, url):
    r = client.get(url)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "<h1>404</h1>" in r.text


def test_html_422(client):
    r = client.get("/compare?a=x")
    assert r.status_code == 422 and "<h1>422</h1>" in r.text


def test_hostile_content_is_escaped(client, corpus):
    xss = corpus.by_key["xss"]
    for url in [f"/articles/{xss.id}", "/stories/sxss", "/", f"/compare?a={xss.id}&b={corpus.by_key['wire'].id}"]:
        html = client.get(url).text
        tags = parse(html)
        assert not tags.errors, url
        names = {t for t, _ in tags.tags}
        assert not names & {"script", "img", "iframe", "object", "b", "i"}, url
        assert not [a for _, a in tags.tags if any(k.startswith("on") for k in a)], url
        assert not [a for _, a in tags.tags if (a.get("href") or "").startswith("javascript")], url
        assert "&lt;script&gt;" in html, url


def test_highlight_nests_crossing_spans_and_escapes():
    text = "a <b> & c d"
    out = highlight(text, [Mark(0, 7, "x", "<tip>"), Mark(4, 11, "y"), Mark(9, 9, "empty"), Mark(5, 50, "out")])
    assert str(out) == (
        '<span class="x" data-tip="&lt;tip&gt;">a &lt;b<span class="y">&gt; &amp;</span></span>'
        '<span class="y"> c d</span>'
    )
    with pytest.raises(ValueError):
        highlight("abc", [Mark(0, 1, "x", attrs=(("onclick", "x"),))])


def test_human_number():
    assert [human_number(v) for v in (40e6, 55.4e9, 1234.5, 12.0, 0.5)] == ["40 million", "55.4 billion", "1,234.5", "12", "0.5"]


def test_word_diff_round_trip():
    ops = word_diff("This is a good day for the port,", "This is a great day for our port!")
    assert "".join(o.ref for o in ops) == "This is a good day for the port,"
    assert "".join(o.other for o in ops) == "This is a great day for our port!"
    assert str(render_diff(ops, "other")).count("<ins>") == 3
    assert str(render_diff([{"op": "insert", "other": "<x>"}])) == "<ins>&lt;x&gt;</ins>"


# -- a story of 100 articles ------------------------------------------------------------


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    from corroborate.compare.types import (
        Cite,
        NumberGroup,
        NumberMember,
        QuoteGroup,
        QuoteVersion,
        StoryComparison,
    )
    from corroborate.config import Settings
    from corroborate.ingest import ingest_paths
    from corroborate.linking.types import PairLink, Story
    from corroborate.store import Store
    from corroborate.web import create_app
    from corroborate.web.data import split_sentences

    tmp = tmp_path_factory.mktemp("big")
    base = (
        "The council voted on Monday to build {n} new homes near the river. "
        "“We need these homes now,” said councillor Mara Lind. "
        "The plan will cost {cost} million and take eight years. "
        "Residents will be consulted in {month}."
    )
    records = [
        {"id": f"b{i}", "title": f"Council approves homes ({i})", "outlet": f"Outlet {i % 37}",
         "published": f"2026-05-{1 + i // 10:02d}T{8 + i % 10:02d}:00:00+00:00",
         "text": base.format(n=200 + (i % 3), cost=40 + (i % 2), month=["June", "July"][i % 2]) + f" Story number {i}."}
        for i in range(100)
    ]
    src = tmp / "big.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    store = Store(tmp / "big.db")
    assert len(ingest_paths(store, [str(src)], Settings()).ingested) == 100
    articles = [store.article(f"b{i}") for i in range(100)]
    ids = tuple(a.id for a in articles)
    story = Story(id="sbig", headline="Council approves homes", article_ids=ids,
                  outlets=tuple(dict.fromkeys(a.outlet for a in articles)),
                  first_seen=articles[0].published, last_seen=articles[-1].published)
    store.put_story(story.id, story.model_dump(mode="json"), ids)
    original = articles[0]
    from corroborate.linking.types import AlignedPair

    for a in articles[1:]:
        pairs = tuple(
            AlignedPair(a_start=x[0], a_end=x[1], b_start=y[0], b_end=y[1], similarity=0.9,
                        op="same" if original.text[x[0]:x[1]] == a.text[y[0]:y[1]] else "changed")
            for x, y in zip(split_sentences(original.text), split_sentences(a.text))
        )
        link = PairLink(a=original.id, b=a.id, relation="edited_copy", similarity=0.9, original=original.id,
                        confidence=0.9, aligned=pairs, evidence=("published later", "same sentences"))
        store.put_link(link.a, link.b, link.relation, link.model_dump(mode="json"))

    def cite(a, needle):
        s = a.text.index(needle)
        return Cite(article=a.id, start=s, end=s + len(needle), text=needle, outlet=a.outlet)

    q = "We need these homes now,"
    ref = cite(original, q)
    quotes = (QuoteGroup(id="g1", speaker="Mara Lind", label="verbatim", reference=ref, reason="same words",
                         versions=tuple(QuoteVersion(cite=cite(a, q), label="verbatim") for a in articles)),)
    numbers = (NumberGroup(id="n1", kind="money", measures="cost", label="conflict", reason="40 or 41",
                           members=tuple(NumberMember(cite=cite(a, f"{40 + i % 2} million"), value=(40 + i % 2) * 1e6)
                                         for i, a in enumerate(articles))),)
    store.put_comparison("sbig", "v", StoryComparison(story_id="sbig", version="v", quotes=quotes, numbers=numbers,
                                                      independent_sources=1).model_dump(mode="json"))
    yield create_app(store)
    store.close()


def test_story_of_100_articles_is_fast(big):
    from fastapi.testclient import TestClient

    with TestClient(big) as c:
        c.get("/stories/sbig")  # warm the template cache
        start = time.perf_counter()
        r = c.get("/stories/sbig")
        elapsed = time.perf_counter() - start
        assert r.status_code == 200
        assert r.text.count('class="edge edge-edited_copy"') == 99
        assert r.text.count("<tr class=\"row-copy\">") == 99
        assert elapsed < 5, elapsed
        start = time.perf_counter()
        assert c.get("/").status_code == 200
        assert c.get("/api/stories/sbig").json()["summary"]["article_count"] == 100
        assert c.get("/api/stories").json()["items"][0]["independent_sources"] == 1
        art = c.get("/api/articles?limit=1").json()["items"][0]["id"]
        assert c.get(f"/articles/{art}").status_code == 200
        assert time.perf_counter() - start < 5


def test_story_page_query_count_does_not_grow_with_articles(big, app):
    """No per-article queries: the 100-article story costs as many queries as a 4-article one."""
    from fastapi.testclient import TestClient

    def count(application, url: str) -> int:
        store = application.state.store
        calls = []
        original = store.query

        def counting(sql, params=()):
            calls.append(sql)
            return original(sql, params)

        store.query = counting
        try:
            with TestClient(application) as c:
                assert c.get(url).status_code == 200
        finally:
            del store.query
        return len(calls)

    small, large = count(app, "/stories/sport"), count(big, "/stories/sbig")
    assert large <= small + 1, (small, large)
    assert large < 20


# -- hostile or odd input on the HTML routes never gives a 500 ------------------------------

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_odd = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(ident=_odd, q=_odd, hl=_odd, day=_odd, offset=st.integers(min_value=-5, max_value=10**12))
def test_pages_never_500(client, ident, q, hl, day, offset):
    from urllib.parse import quote

    urls = [
        f"/stories/{quote(ident, safe='')}",
        f"/articles/{quote(ident, safe='')}?hl={quote(hl)}",
        "/?" + "&".join(f"{k}={quote(v)}" for k, v in {"q": q, "entity": ident, "outlet": hl, "from": day, "to": day}.items())
        + f"&offset={offset}",
        f"/compare?a={quote(ident)}&b={quote(q)}",
        f"/api/stories?q={quote(q)}&entity={quote(ident)}&from={quote(day)}",
    ]
    for url in urls:
        r = client.get(url)
        assert r.status_code < 500, (url, r.status_code, r.text[:300])


def test_html_lists_paginate(big):
    from fastapi.testclient import TestClient

    with TestClient(big) as c:
        first = c.get("/articles").text
        assert first.count('<td class="headline">') == 50 and "1–50 of 100" in first
        assert 'href="/articles?offset=50"' in first and "← Previous" not in first
        second = c.get("/articles?offset=50").text
        assert "51–100 of 100" in second and "Next →" not in second and 'href="/articles"' in second


def test_a_quote_groups_reference_shows_the_quoted_words_not_the_cue_between_its_pieces():
    from corroborate.compare.types import Cite, QuoteGroup, QuoteVersion
    from corroborate.web.pages import reference_words

    split = Cite(article="a1", start=0, end=60, text="We will not sign,” Brandt said. “Not this year.", outlet="Wire")
    other = Cite(article="a2", start=0, end=30, text="We will never sign", outlet="Daily")
    group = QuoteGroup(
        id="g1", speaker="Brandt", label="altered", reference=split, reason="",
        versions=(
            QuoteVersion(cite=split, label="verbatim", words="We will not sign, … Not this year."),
            QuoteVersion(cite=other, label="altered", words="We will never sign"),
        ),
    )
    assert reference_words(group) == "We will not sign, … Not this year."
