"""End to end: the real pipeline (ingest, analyse, link, compare, brief) on the bundled
examples/ corpus, then the web app over the resulting store — API, pages, and the
browser click-through when chromium is there."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TRADE = "Canada's Brandt opens Port Ellis talks on C$55.4 billion trade pact"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (EXAMPLES / "expected.json").exists(), reason="examples/ corpus not present"),
]


@pytest.fixture(scope="module")
def examples_app(tmp_path_factory):
    from corroborate.api import Corroborate
    from corroborate.web import create_app

    db = tmp_path_factory.mktemp("examples-web") / "examples.db"
    with Corroborate(db) as c:
        briefs = c.run([str(EXAMPLES)])
    assert briefs, "the pipeline produced no brief"
    app = create_app(db)
    yield app
    app.state.store.close()


@pytest.fixture(scope="module")
def ex(examples_app):
    from fastapi.testclient import TestClient

    with TestClient(examples_app) as c:
        yield c


def _trade(ex) -> dict:
    stories = ex.get("/api/stories", params={"q": "Port Ellis"}).json()["items"]
    return next(s for s in stories if any(w in s["headline"] for w in ("Brandt", "Port Ellis", "Velmark")))


def test_examples_stories_in_api_and_list(ex):
    body = ex.get("/api/stories").json()
    assert body["total"] >= 2
    trade = _trade(ex)
    assert trade["article_count"] >= 5
    assert trade["independent_sources"] < trade["article_count"]  # copies count once
    html = ex.get("/").text
    assert f'href="/stories/{trade["id"]}"' in html


def test_examples_story_page_and_brief(ex):
    trade = _trade(ex)
    detail = ex.get(f"/api/stories/{trade['id']}").json()
    roles = {s["role"] for s in detail["sources"]}
    assert "original" in roles and roles & {"copy", "rewrite"}
    brief = ex.get(f"/api/stories/{trade['id']}/brief").json()
    assert brief["summary"] and all(s["citations"] for s in brief["summary"])
    html = ex.get(f"/stories/{trade['id']}").text
    assert html.count('<span class="cite">') >= len(brief["summary"])
    assert '<svg class="graph"' in html
    # each source says why the linker put it in the story
    whys = re.findall(r'<span class="muted why"[^>]*>([^<]+)</span>', html)
    assert len(whys) == len(detail["sources"]) and any(w.startswith("joined: score") for w in whys)
    # every citation's tooltip holds text of the cited article at the cited span
    cited = re.findall(r'<span class="cite"><a href="/articles/(\w+)\?hl=(\d+)-(\d+)#hl"', html)
    assert cited
    aid, start, end = cited[0]
    article = ex.get(f"/api/articles/{aid}").json()["article"]
    assert article["text"][int(start) : int(end)].strip()


def test_examples_every_article_and_compare_renders(ex):
    items = ex.get("/api/articles", params={"limit": 500}).json()["items"]
    for a in items:
        assert ex.get(f"/articles/{a['id']}").status_code == 200, a["id"]
    trade = _trade(ex)
    sources = ex.get(f"/api/stories/{trade['id']}").json()["sources"]
    derived = [s for s in sources if s["role"] in ("copy", "rewrite") and s["of"]]
    assert derived
    for s in derived:
        body = ex.get("/api/compare", params={"a": s["of"], "b": s["article"]}).json()
        assert body["aligned_by"] == "linking" and body["link"]["relation"] != "independent"
        assert ex.get(f"/compare?a={s['of']}&b={s['article']}").status_code == 200


@pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (run `make browser`)")
def test_examples_in_browser(examples_app, ex, live_server, launch_chromium, shots):
    from playwright.sync_api import sync_playwright

    trade = _trade(ex)
    with live_server(examples_app) as server, sync_playwright() as p:
        browser = launch_chromium(p)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(server.url + "/")
            page.get_by_role("link", name=trade["headline"]).click()
            page.wait_for_url(f"**/stories/{trade['id']}")
            assert page.locator("ol.summary li").count() >= 1
            page.screenshot(path=str(shots / "example-story.png"), full_page=False)
            page.locator("table.sources").get_by_role("link", name="Compare").first.click()
            page.wait_for_url("**/compare?**")
            assert page.locator("table.compare tbody tr").count() >= 1
        finally:
            browser.close()
