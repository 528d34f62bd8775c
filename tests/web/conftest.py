"""A small real store for the web tests: real fixture articles ingested through the real
ingest pipeline, and typed stage documents (analysis, story, links, comparison, brief)
written for them with offsets found in the stored texts."""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from corroborate.analysis.types import (
    ArticleAnalysis,
    DateMention,
    Entity,
    Mention,
    Quantity,
    Quote,
    Role,
    Sentence,
)
from corroborate.brief.types import Brief, KeyPerson, SourceRow, SummarySentence, TimelineEvent
from corroborate.compare.types import (
    Cite,
    Fact,
    NumberGroup,
    NumberMember,
    QuoteGroup,
    QuoteVersion,
    StoryComparison,
    WordDiff,
)
from corroborate.config import Settings
from corroborate.ingest import ingest_paths
from corroborate.linking.types import AlignedPair, PairLink, Story
from corroborate.store import Store
from corroborate.types import Article
from corroborate.web.data import split_sentences

V = "test-1"

WIRE = (
    "PORT VALEN, March 12 (MPA) - The harbour authority approved a new container terminal on Thursday, "
    "officials said.\n"
    "The terminal will cost €40 million and open in 2028.\n"
    "“This is a good day for the port,” said Mayor Ilse Brandt.\n"
    "Construction starts next month.\n"
    "Reporting by Ana Ruiz\n"
    "© 2026 Meridian Press Agency. All rights reserved."
)
REWRITE = (
    "Port Valen's harbour authority on Thursday gave the green light to a container terminal.\n"
    "The project is expected to cost €45 million and to open in 2028.\n"
    "“This is a great day for our port,” Mayor Ilse Brandt said.\n"
    "Work begins next month."
)
PROTEST = (
    "Fishermen in Port Valen protested on Thursday against the new container terminal.\n"
    "“We were never asked,” said Jonas Meer, head of the fishermen's union.\n"
    "The terminal will cost about €40 million, according to the harbour authority."
)
FERRY = (
    "Ferries between Ost and Lind were cancelled on Friday as a storm hit the coast.\n"
    "“Safety comes first,” said ferry operator Nordlink."
)
XSS_TITLE = "<script>window.__xss=1</script>Harbour <img src=x onerror=\"window.__xss=2\"> news"
XSS_TEXT = (
    "Officials said <script>document.title='pwned';window.__xss=3</script> the port is open.\n"
    "Read more at <a href=\"javascript:window.__xss=4\">this link</a> and see "
    "<img src=x onerror=\"window.__xss=5\"> the picture.\n"
    "“<b onmouseover=window.__xss=6>Trust us</b>,” said <svg onload=window.__xss=7>Mayor Evil."
)

RECORDS = [
    {"id": "wire", "title": "Port Valen approves container terminal", "text": WIRE, "outlet": "Meridian Press Agency",
         "published": "2026-03-12T09:00:00+00:00", "url": "https://mpa.example/port"},
    {"id": "copy", "title": "Harbour authority approves terminal", "text": WIRE, "outlet": "Daily Harbour",
         "published": "2026-03-12T10:00:00+00:00", "url": "https://dailyharbour.example/terminal"},
    {"id": "rewrite", "title": "Green light for Port Valen terminal", "text": REWRITE, "outlet": "Coast Times",
         "published": "2026-03-12T11:30:00+00:00", "url": "https://coasttimes.example/terminal"},
    {"id": "protest", "title": "Fishermen protest terminal plan", "text": PROTEST, "outlet": "Valen Radio",
         "published": "2026-03-12T12:00:00+00:00"},
    {"id": "ferry", "title": "Storm closes ferry routes", "text": FERRY, "outlet": "Coast Times",
         "published": "2026-03-13T08:00:00+00:00"},
    {"id": "xss", "title": XSS_TITLE, "text": XSS_TEXT, "outlet": "<i onclick=window.__xss=8>Evil Outlet</i>",
         "published": "2026-03-14T08:00:00+00:00", "url": "javascript:window.__xss=9"},
]


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def cite(a: Article, needle: str) -> Cite:
    s, e = span(a.text, needle)
    return Cite(article=a.id, start=s, end=e, text=needle, outlet=a.outlet)


def sentence_pairs(a: Article, b: Article, ops: list[str]) -> tuple[AlignedPair, ...]:
    sa, sb = split_sentences(a.text), split_sentences(b.text)
    return tuple(
        AlignedPair(a_start=x[0], a_end=x[1], b_start=y[0], b_end=y[1], similarity=1.0 if op == "same" else 0.6, op=op)
        for x, y, op in zip(sa, sb, ops)
    )


def analysis_for(a: Article) -> ArticleAnalysis:
    t = a.text
    entities, quotes, quantities, dates = [], [], [], []
    for i, name in enumerate(["Ilse Brandt", "Jonas Meer", "Port Valen", "Mayor Evil"]):
        if name in t:
            s, e = span(t, name)
            label = "GPE" if name == "Port Valen" else "PERSON"
            roles = (Role(text="Mayor", start=s - 6, end=s - 1),) if name == "Ilse Brandt" and t[s - 6 : s - 1] == "Mayor" else ()
            entities.append(Entity(id=f"e{i + 1}", label=label, name=name, mentions=(Mention(start=s, end=e, text=name),), roles=roles))
    for i, (q, who) in enumerate([("This is a good day for the port,", "Ilse Brandt"), ("This is a great day for our port,", "Ilse Brandt"),
                                  ("We were never asked,", "Jonas Meer"), ("<b onmouseover=window.__xss=6>Trust us</b>,", "Mayor Evil")]):
        if q in t:
            s, e = span(t, q)
            ss, se = span(t, who)
            ent = next((x.id for x in entities if x.name == who), None)
            quotes.append(Quote(id=f"q{i + 1}", kind="direct", start=s, end=e, text=q, cue="said", speaker=who,
                                speaker_start=ss, speaker_end=se, entity=ent, speaker_name=who))
    for needle, value in [("€40 million", 40e6), ("€45 million", 45e6)]:
        if needle in t:
            s, e = span(t, needle)
            quantities.append(Quantity(start=s, end=e, text=needle, kind="money", value=value, currency="EUR",
                                       measures="cost of the terminal"))
    if "Thursday" in t:
        s, e = span(t, "Thursday")
        dates.append(DateMention(start=s, end=e, text="Thursday", relative=True, resolved="2026-03-12", granularity="day"))
    sentences = tuple(Sentence(start=s, end=e) for s, e in split_sentences(t))
    return ArticleAnalysis(article_id=a.id, version=V, sentences=sentences, entities=tuple(entities),
                           quotes=tuple(quotes), quantities=tuple(quantities), dates=tuple(dates))


@dataclass
class Corpus:
    path: Path
    store: Store
    by_key: dict[str, Article]
    port_story: str = "sport"
    ferry_story: str = "sferry"
    xss_story: str = "sxss"
    extra: dict = field(default_factory=dict)


def put_story(store: Store, story_id: str, headline: str, articles: list[Article]) -> Story:
    story = Story(
        id=story_id, headline=headline, article_ids=tuple(a.id for a in articles),
        outlets=tuple(dict.fromkeys(a.outlet for a in articles if a.outlet)),
        first_seen=articles[0].published, last_seen=articles[-1].published,
    )
    store.put_story(story.id, story.model_dump(mode="json"), story.article_ids)
    return story


def build_corpus(tmp: Path, hostile: bool = True) -> Corpus:
    """The test store. ``hostile=False`` leaves out the script-injection article and its
    story (for screenshots)."""
    records = RECORDS if hostile else [r for r in RECORDS if r["id"] != "xss"]
    src = tmp / "articles.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    store = Store(tmp / "web.db")
    report = ingest_paths(store, [str(src)], Settings())
    assert not report.failed and len(report.ingested) == len(records)
    by = {a.source_id: a for a in store.articles()}
    wire, copy, rewrite, protest, ferry = (by[k] for k in ("wire", "copy", "rewrite", "protest", "ferry"))
    for a in by.values():
        store.put_analysis(a.id, V, analysis_for(a).model_dump(mode="json"))

    put_story(store, "sport", "Port Valen approves container terminal", [wire, copy, rewrite, protest])
    put_story(store, "sferry", "Storm closes ferry routes", [ferry])

    links = [
        PairLink(a=wire.id, b=copy.id, relation="verbatim_copy", similarity=1.0, original=wire.id, confidence=0.95,
                 aligned=sentence_pairs(wire, copy, ["same"] * 7),
                 evidence=("Both carry the same text; Meridian Press Agency published an hour earlier",)),
        PairLink(a=wire.id, b=rewrite.id, relation="rewrite", similarity=0.7, original=wire.id, confidence=0.8,
                 aligned=sentence_pairs(wire, rewrite, ["changed"] * 4)
                 + (AlignedPair(a_start=span(WIRE, "Reporting by Ana Ruiz")[0], a_end=span(WIRE, "Reporting by Ana Ruiz")[1], op="cut"),),
                 evidence=("Coast Times dropped the '© 2026 Meridian Press Agency' credit", "published 2.5 h later")),
        PairLink(a=wire.id, b=protest.id, relation="independent", similarity=0.1),
    ]
    for link in links:
        store.put_link(link.a, link.b, link.relation, link.model_dump(mode="json"))

    ref = cite(wire, "This is a good day for the port,")
    quote_group = QuoteGroup(
        id="g1", speaker="Ilse Brandt", label="altered", reference=ref, reason="Coast Times changed two words",
        outlets=("Meridian Press Agency", "Daily Harbour", "Coast Times"),
        versions=(
            QuoteVersion(cite=ref, label="verbatim"),
            QuoteVersion(cite=cite(copy, "This is a good day for the port,"), label="verbatim"),
            QuoteVersion(cite=cite(rewrite, "This is a great day for our port,"), label="altered", diff=(
                WordDiff(op="equal", ref="This is a ", other="This is a "),
                WordDiff(op="replace", ref="good", other="great"),
                WordDiff(op="equal", ref=" day for ", other=" day for "),
                WordDiff(op="replace", ref="the", other="our"),
                WordDiff(op="equal", ref=" port,", other=" port,"),
            )),
        ),
    )
    meer = cite(protest, "We were never asked,")
    meer_group = QuoteGroup(id="g2", speaker="Jonas Meer", label="single_source", reference=meer, reason="one outlet",
                            versions=(QuoteVersion(cite=meer, label="single_source"),))
    cost = NumberGroup(
        id="n1", kind="money", measures="cost of the terminal", label="conflict",
        reason="€45 million in Coast Times against €40 million elsewhere",
        members=(
            NumberMember(cite=cite(wire, "€40 million"), value=40e6, currency="EUR"),
            NumberMember(cite=cite(rewrite, "€45 million"), value=45e6, currency="EUR"),
            NumberMember(cite=cite(protest, "€40 million"), value=40e6, currency="EUR"),
        ),
    )
    approved = "The harbour authority approved a new container terminal on Thursday, officials said."
    fact = Fact(id="f1", text=approved, support=(cite(wire, approved), cite(copy, approved)),
                independent_outlets=("Meridian Press Agency", "Valen Radio"), independent_count=2)
    comparison = StoryComparison(story_id="sport", version=V, quotes=(quote_group, meer_group), numbers=(cost,),
                                 facts=(fact,), independent_sources=2)
    store.put_comparison("sport", V, comparison.model_dump(mode="json"))
    brief = Brief(
        story_id="sport", version=V, headline="Port Valen approves a €40 million container terminal",
        summary=(
            SummarySentence(text="The Port Valen harbour authority approved a new container terminal on Thursday.",
                            citations=(cite(wire, approved), cite(rewrite, "Port Valen's harbour authority on Thursday gave the green light to a container terminal.")),
                            independent_count=1),
            SummarySentence(text="Fishermen protested against the plan.",
                            citations=(cite(protest, "Fishermen in Port Valen protested on Thursday against the new container terminal."),),
                            independent_count=1),
        ),
        people=(KeyPerson(name="Ilse Brandt", roles=("Mayor",), articles=3), KeyPerson(name="Jonas Meer", roles=("head of the fishermen's union",), articles=1)),
        quotes=(quote_group, meer_group),
        timeline=(
            TimelineEvent(date="2026-03-12", text="The harbour authority approves the terminal", cite=cite(wire, approved)),
            TimelineEvent(date="2026-04", text="Construction starts", cite=cite(wire, "Construction starts next month.")),
            TimelineEvent(date="2028", text="The terminal opens", cite=cite(wire, "The terminal will cost €40 million and open in 2028.")),
        ),
        differences_quotes=(quote_group,), differences_numbers=(cost,), numbers=(cost,),
        sources=(
            SourceRow(article=wire.id, outlet=wire.outlet, title=wire.title, published=wire.published, role="original"),
            SourceRow(article=copy.id, outlet=copy.outlet, title=copy.title, published=copy.published, role="copy", of=wire.id),
            SourceRow(article=rewrite.id, outlet=rewrite.outlet, title=rewrite.title, published=rewrite.published, role="rewrite", of=wire.id),
            SourceRow(article=protest.id, outlet=protest.outlet, title=protest.title, published=protest.published),
        ),
        independent_sources=2,
    )
    store.put_brief("sport", V, brief.model_dump(mode="json"))

    if not hostile:
        return Corpus(path=tmp / "web.db", store=store, by_key=by)
    # the hostile story: every text that reaches a page comes from the payload article
    xss = by["xss"]
    put_story(store, "sxss", XSS_TITLE, [xss])
    evil = cite(xss, "<b onmouseover=window.__xss=6>Trust us</b>,")
    evil_group = QuoteGroup(id="g9", speaker="<svg onload=window.__xss=10>", label="single_source", reference=evil,
                            reason="<script>window.__xss=11</script>", versions=(QuoteVersion(cite=evil, label="single_source"),))
    store.put_comparison("sxss", V, StoryComparison(story_id="sxss", version=V, quotes=(evil_group,)).model_dump(mode="json"))
    xss_sentence = "Officials said <script>document.title='pwned';window.__xss=3</script> the port is open."
    store.put_brief("sxss", V, Brief(
        story_id="sxss", version=V, headline=XSS_TITLE,
        summary=(SummarySentence(text="<script>window.__xss=12</script>", citations=(cite(xss, xss_sentence),)),),
        people=(KeyPerson(name="<img src=x onerror=window.__xss=13>"),),
        timeline=(TimelineEvent(date="2026-03-14", text="<script>window.__xss=14</script>", cite=cite(xss, xss_sentence)),),
        sources=(SourceRow(article=xss.id, outlet=xss.outlet, title=xss.title, published=xss.published,
                           role="derived", of="<script>window.__xss=15</script>", url=xss.url),),
    ).model_dump(mode="json"))
    return Corpus(path=tmp / "web.db", store=store, by_key=by)


@pytest.fixture(scope="session")
def corpus_builder():
    return build_corpus


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Corpus:
    c = build_corpus(tmp_path_factory.mktemp("web"))
    yield c
    c.store.close()


@pytest.fixture(scope="session")
def app(corpus):
    from corroborate.web import create_app

    return create_app(corpus.store)


@pytest.fixture
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


# -- a real server and the system chromium, for the browser tests -------------------------

CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """A real uvicorn server on 127.0.0.1 and a free port, in a background thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server():
    return LiveServer


@pytest.fixture(scope="session")
def launch_chromium():
    """``launch(playwright)``: Debian's chromium (``/usr/bin/chromium``), headless."""
    path = "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else shutil.which("chromium")
    if not path:
        pytest.skip("Debian's chromium is not installed (run `make browser`)")
    return lambda p: p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def shots() -> Path:
    """Where the browser tests save their screenshots: out/screenshots, or the README's
    docs/screenshots with `make screenshots` (CORROBORATE_SCREENSHOTS=docs/screenshots)."""
    root = Path(__file__).resolve().parents[2]
    path = Path(os.environ.get("CORROBORATE_SCREENSHOTS") or root / "out" / "screenshots")
    path = path if path.is_absolute() else root / path
    path.mkdir(parents=True, exist_ok=True)
    return path
