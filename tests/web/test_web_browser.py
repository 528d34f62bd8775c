"""The real pages in headless Chromium (Debian's chromium) against a real uvicorn server:
click through stories → story → compare, check what a reader sees, save screenshots,
and prove hostile article content does not run."""

from __future__ import annotations

import shutil

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not shutil.which("chromium"), reason="Debian's chromium is not installed (run `make browser`)"),
]


@pytest.fixture(scope="module")
def server(app, live_server):
    """The full test store, hostile article included."""
    with live_server(app) as live:
        yield live


@pytest.fixture(scope="module")
def clean(tmp_path_factory, corpus_builder, live_server):
    """The same store without the hostile article: what the screenshots show."""
    from corroborate.web import create_app

    corpus = corpus_builder(tmp_path_factory.mktemp("clean"), hostile=False)
    with live_server(create_app(corpus.store)) as live:
        live.corpus = corpus
        yield live
    corpus.store.close()


@pytest.fixture(scope="module")
def browser(launch_chromium):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch_chromium(p)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.dialogs = dialogs
    page.console_errors = errors
    yield page
    context.close()
    assert not dialogs, f"a dialog opened: {dialogs}"


def test_click_through_stories_story_compare(page, clean, shots):
    server = clean
    page.goto(server.url + "/")
    assert page.title() == "Stories · Corroborate"
    row = page.locator("table.stories tr", has_text="Port Valen approves container terminal")
    assert row.locator(".badge-differ").inner_text() == "sources differ"
    page.screenshot(path=str(shots / "stories.png"), full_page=True)

    row.get_by_role("link", name="Port Valen approves container terminal").click()
    page.wait_for_url("**/stories/sport")
    assert page.locator("h1").inner_text() == "Port Valen approves a €40 million container terminal"

    # a citation's tooltip is hidden, shows on hover, and on keyboard focus
    cite = page.locator("ol.summary .cite").first
    tip = cite.locator(".tip")
    assert not tip.is_visible()
    cite.locator("a").hover()
    assert tip.is_visible()
    assert "The harbour authority approved a new container terminal" in tip.inner_text()
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    cite.locator("a").focus()
    assert tip.is_visible()
    page.locator("h1").click()  # moves focus away

    # sources, quotes with word diffs, numbers, SVG charts
    assert page.locator("table.sources .role-copy").count() == 1
    assert page.locator("table.sources .role-rewrite").count() == 1
    assert page.locator("#quotes del", has_text="good").count() >= 1
    assert page.locator("#quotes ins", has_text="great").count() >= 1
    assert page.locator("#numbers .label-conflict").count() == 1
    graph_box = page.locator("svg.graph").bounding_box()
    assert graph_box and graph_box["width"] > 200 and graph_box["height"] > 50
    assert page.locator("svg.graph .node").count() == 4
    assert page.locator("svg.timeline circle.event").count() == 3
    # CSS applied (served from /static under the CSP): roles are colour-coded
    assert page.locator(".role-original").first.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"
    page.screenshot(path=str(shots / "story.png"), full_page=True)

    page.locator("table.sources tr.row-rewrite").get_by_role("link", name="Compare").click()
    page.wait_for_url("**/compare?**")
    assert page.locator("table.compare tbody tr").count() == 5
    assert page.locator("tr.op-changed").count() == 4
    left = page.locator("tr.op-changed td").nth(4)  # third changed row, left cell
    assert "good" in left.locator("del").all_inner_texts()
    assert "great" in page.locator("tr.op-changed td").nth(5).locator("ins").all_inner_texts()
    assert page.locator("tr.op-cut td").first.inner_text() == "Reporting by Ana Ruiz"
    page.screenshot(path=str(shots / "compare.png"), full_page=True)
    assert not page.console_errors, page.console_errors


def test_article_page_tooltips_and_screenshot(page, clean, shots):
    server, corpus = clean, clean.corpus
    wire = corpus.by_key["wire"]
    s = wire.text.index("Construction")
    page.goto(f"{server.url}/articles/{wire.id}?hl={s}-{s + 31}#hl")
    assert page.locator("mark#hl").inner_text() == "Construction starts next month."
    quote = page.locator(".body .quote").first
    quote.focus()
    after = quote.evaluate("e => getComputedStyle(e, '::after').content")
    assert "Ilse Brandt" in after
    assert page.locator(".body .credit").count() == 3
    page.screenshot(path=str(shots / "article.png"), full_page=True)
    assert not page.console_errors, page.console_errors


def test_hostile_article_runs_nothing(page, server, corpus):
    xss = corpus.by_key["xss"]
    urls = [
        f"/articles/{xss.id}",
        "/stories/sxss",
        "/",
        f"/compare?a={xss.id}&b={corpus.by_key['wire'].id}",
        "/?q=%3Cscript%3Ewindow.__xss%3D1%3C/script%3E",
    ]
    for url in urls:
        page.goto(server.url + url)
        page.wait_for_load_state("load")
        # fire the events inline handlers listen to on every element (none should exist)
        page.evaluate(
            """() => { for (const e of document.querySelectorAll('body *')) {
                for (const t of ['mouseover', 'click', 'focus', 'load', 'error'])
                    e.dispatchEvent(new Event(t, {bubbles: false})); } }"""
        )
        assert page.evaluate("window.__xss") is None, url
        assert "pwned" not in page.title(), url
        assert page.locator("script").count() == 0, url
        assert page.locator("main img, main iframe, main [onerror], main [onclick], main [onload]").count() == 0, url
        assert page.locator("a[href^='javascript']").count() == 0, url
        assert not page.dialogs, url
    # the payload is shown to the reader as text
    page.goto(f"{server.url}/articles/{xss.id}")
    assert page.locator("h1").inner_text() == xss.title
    assert "<script>document.title='pwned';window.__xss=3</script>" in page.locator(".body").inner_text()
    assert page.locator(".url").inner_text() == "javascript:window.__xss=9"


def test_pages_work_without_javascript(browser, server, corpus):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(server.url + "/")
        page.fill("input[name=entity]", "Brandt")
        page.click("button[type=submit]")
        page.wait_for_url("**/?*entity=Brandt*")
        assert page.locator("table.stories tbody tr").count() == 1
        page.get_by_role("link", name="Port Valen approves container terminal").click()
        page.wait_for_url("**/stories/sport")
        page.locator("table.sources tr.row-copy").get_by_role("link", name="Compare").click()
        page.wait_for_url("**/compare?**")
        assert page.locator("tr.op-same").count() == 7
    finally:
        context.close()
