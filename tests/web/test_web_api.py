"""The JSON API: shapes, pagination, search, one error shape, limits, headers, OpenAPI."""

from __future__ import annotations

import pytest

from corroborate.analysis.types import ArticleAnalysis
from corroborate.brief.types import Brief
from corroborate.compare.types import StoryComparison


def assert_error(response, status: int, code: str, item: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "item"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    if item is not None:
        assert body["error"]["item"] == item
    return body["error"]


def test_stories_list_has_counts_and_badge(client, corpus):
    body = client.get("/api/stories").json()
    assert body["total"] == 3 and body["limit"] == 50 and body["offset"] == 0
    port = next(s for s in body["items"] if s["id"] == "sport")
    assert port["article_count"] == 4
    assert port["independent_sources"] == 2
    assert port["sources_differ"] is True and port["differences"] == 2
    assert port["outlets"] == ["Meridian Press Agency", "Daily Harbour", "Coast Times", "Valen Radio"]
    assert port["first_seen"].startswith("2026-03-12T09:00")
    ferry = next(s for s in body["items"] if s["id"] == "sferry")
    assert ferry["sources_differ"] is False and ferry["independent_sources"] == 1
    # most recent first
    assert [s["id"] for s in body["items"]] == ["sxss", "sferry", "sport"]


def test_stories_pagination(client):
    first = client.get("/api/stories", params={"limit": 2}).json()
    second = client.get("/api/stories", params={"limit": 2, "offset": 2}).json()
    assert first["total"] == second["total"] == 3
    assert len(first["items"]) == 2 and len(second["items"]) == 1
    ids = [s["id"] for s in first["items"] + second["items"]]
    assert len(set(ids)) == 3
    beyond = client.get("/api/stories", params={"offset": 10}).json()
    assert beyond["items"] == [] and beyond["total"] == 3


@pytest.mark.parametrize(
    "params, expected",
    [
        ({"q": "terminal"}, {"sport"}),
        ({"q": "fishermen terminal"}, {"sport"}),
        ({"q": "fishermen ferries"}, set()),
        ({"q": "storm"}, {"sferry"}),
        ({"q": "100%_"}, set()),
        ({"entity": "brandt"}, {"sport"}),
        ({"entity": "Jonas"}, {"sport"}),
        ({"entity": "nobody"}, set()),
        ({"outlet": "coast times"}, {"sport", "sferry"}),
        ({"outlet": "radio"}, {"sport"}),
        ({"from": "2026-03-13"}, {"sferry", "sxss"}),
        ({"to": "2026-03-12"}, {"sport"}),
        ({"from": "2026-03-13", "to": "2026-03-13"}, {"sferry"}),
        ({"q": "terminal", "outlet": "Daily"}, {"sport"}),
    ],
)
def test_story_search(client, params, expected):
    body = client.get("/api/stories", params=params).json()
    assert {s["id"] for s in body["items"]} == expected
    assert body["total"] == len(expected)


def test_story_detail_and_prefix(client, corpus):
    body = client.get("/api/stories/sport").json()
    assert body["story"]["headline"] == "Port Valen approves container terminal"
    assert [a["source_id"] for a in body["articles"]] == ["wire", "copy", "rewrite", "protest"]
    roles = {s["article"]: s["role"] for s in body["sources"]}
    assert roles[corpus.by_key["copy"].id] == "copy" and roles[corpus.by_key["wire"].id] == "original"
    assert body["has_brief"] and body["has_comparison"]
    assert client.get("/api/stories/spo").json()["story"]["id"] == "sport"  # unique prefix


def test_sources_fall_back_to_links_without_brief(client, corpus):
    body = client.get("/api/stories/sferry").json()
    assert body["has_brief"] is False
    assert [s["role"] for s in body["sources"]] == ["independent"]


def test_brief_and_comparison_validate(client):
    brief = Brief.model_validate(client.get("/api/stories/sport/brief").json())
    assert brief.summary[0].citations and brief.sources[1].role == "copy"
    comparison = StoryComparison.model_validate(client.get("/api/stories/sport/comparison").json())
    assert comparison.quotes[0].label == "altered"


def test_missing_brief_is_404_in_error_shape(client):
    err = assert_error(client.get("/api/stories/sferry/brief"), 404, "not_found", "sferry")
    assert "brief" in err["message"]
    assert_error(client.get("/api/stories/sferry/comparison"), 404, "not_found", "sferry")


def test_story_links(client, corpus):
    body = client.get("/api/stories/sport/links").json()
    assert body["total"] == 3
    relations = sorted(link["relation"] for link in body["items"])
    assert relations == ["independent", "rewrite", "verbatim_copy"]
    rewrite = next(link for link in body["items"] if link["relation"] == "rewrite")
    assert rewrite["original"] == corpus.by_key["wire"].id and rewrite["evidence"]
    assert rewrite["aligned"][0]["op"] == "changed"
    page = client.get("/api/stories/sport/links", params={"limit": 1, "offset": 2}).json()
    assert len(page["items"]) == 1 and page["total"] == 3
    assert_error(client.get("/api/stories/nope/links"), 404, "not_found", "nope")


def test_articles_list_and_detail(client, corpus):
    page = client.get("/api/articles", params={"limit": 4, "offset": 1}).json()
    assert page["total"] == 6 and len(page["items"]) == 4
    assert [a["source_id"] for a in page["items"]] == ["copy", "rewrite", "protest", "ferry"]
    assert page["items"][0]["story_id"] == "sport"
    assert client.get("/api/articles", params={"outlet": "coast"}).json()["total"] == 2
    assert client.get("/api/articles", params={"q": "fishermen"}).json()["total"] == 1
    wire = corpus.by_key["wire"]
    detail = client.get(f"/api/articles/{wire.id}").json()
    assert detail["article"]["text"] == wire.text
    assert detail["story_id"] == "sport" and detail["has_analysis"] is True
    assert detail["origins"][0]["format"] == "jsonl"
    assert any(c["kind"] == "copyright" for c in detail["article"]["credits"])
    assert client.get("/api/articles/wire").json()["article"]["id"] == wire.id  # the source's own id


def test_analysis(client, corpus):
    wire = corpus.by_key["wire"]
    analysis = ArticleAnalysis.model_validate(client.get(f"/api/articles/{wire.id}/analysis").json())
    quote = analysis.quotes[0]
    assert wire.text[quote.start : quote.end] == quote.text


def test_compare_uses_link_and_orients_it(client, corpus):
    wire, rewrite = corpus.by_key["wire"], corpus.by_key["rewrite"]
    forward = client.get("/api/compare", params={"a": wire.id, "b": rewrite.id}).json()
    backward = client.get("/api/compare", params={"a": rewrite.id, "b": wire.id}).json()
    assert forward["aligned_by"] == backward["aligned_by"] == "linking"
    assert forward["link"]["a"] == wire.id and backward["link"]["a"] == rewrite.id
    assert [r["op"] for r in forward["rows"]][-1] == "cut"
    assert [r["op"] for r in backward["rows"]][-1] == "added"
    changed = forward["rows"][2]
    assert changed["op"] == "changed"
    assert changed["a"]["text"] == wire.text[changed["a"]["start"] : changed["a"]["end"]]
    ops = {(d["op"], d["ref"], d["other"]) for d in changed["diff"]}
    assert ("replace", "good", "great") in ops


def test_compare_without_link_aligns_by_sentences(client, corpus):
    wire, protest = corpus.by_key["wire"], corpus.by_key["protest"]
    copy = corpus.by_key["copy"]
    body = client.get("/api/compare", params={"a": copy.id, "b": protest.id}).json()
    assert body["aligned_by"] == "web_fallback" and body["link"] is None
    assert {r["op"] for r in body["rows"]} <= {"cut", "added", "changed", "same"}
    texts_a = "".join(r["a"]["text"] for r in body["rows"] if r["a"])
    assert "Construction starts next month." in texts_a
    assert wire.text == copy.text


@pytest.mark.parametrize(
    "url",
    [
        "/api/stories/nope",
        "/api/stories/nope/brief",
        "/api/stories/nope/comparison",
        "/api/articles/nope",
        "/api/articles/nope/analysis",
        "/api/articles/%3Cscript%3E",
        "/api/compare?a=nope&b=nope2",
    ],
)
def test_unknown_ids_are_404(client, url):
    assert_error(client.get(url), 404, "not_found")


def test_unknown_route_and_method(client):
    assert_error(client.get("/api/nothing-here"), 404, "not_found", "/api/nothing-here")
    assert_error(client.delete("/api/stories"), 405, "method_not_allowed")


@pytest.mark.parametrize(
    "url, item",
    [
        ("/api/stories?limit=0", "limit"),
        ("/api/stories?limit=100000", "limit"),
        ("/api/stories?offset=-1", "offset"),
        ("/api/stories?limit=abc", "limit"),
        ("/api/stories?from=yesterday", "from"),
        ("/api/compare?a=x", "b"),
        ("/api/articles?q=" + "x" * 300, "q"),
    ],
)
def test_validation_errors_are_422(client, url, item):
    assert_error(client.get(url), 422, "invalid_request", item)


def test_body_too_large_is_413(client):
    err = assert_error(client.post("/api/stories", content=b"x" * 1_100_000), 413, "too_large")
    assert "1,000,000" in err["message"]


def test_streamed_body_over_limit_is_413(corpus):
    """Without a Content-Length the limit counts the bytes as a route reads them."""
    from fastapi.testclient import TestClient
    from starlette.responses import JSONResponse

    from corroborate.web import create_app

    async def echo(request):
        return JSONResponse({"bytes": len(await request.body())})

    app = create_app(corpus.store, max_body=1_000)
    app.router.add_route("/api/echo", echo, methods=["POST"])  # a route that reads its body

    def chunks(n: int):
        for _ in range(n):
            yield b"y" * 100

    with TestClient(app) as c:
        assert c.post("/api/echo", content=chunks(5)).json() == {"bytes": 500}
        err = assert_error(c.post("/api/echo", content=chunks(20)), 413, "too_large")
        assert "1,000" in err["message"]


def test_small_body_on_get_only_route_is_405(client):
    assert_error(client.post("/api/stories", content=b"{}"), 405, "method_not_allowed")


def test_query_string_too_long_is_414(client):
    assert_error(client.get("/api/stories?q=" + "a" * 9000), 414, "uri_too_long")


def test_security_headers_everywhere(client, corpus):
    for url in ["/", "/api/stories", "/api/stories/nope", "/static/style.css", "/stories/sport"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


def test_openapi_is_precise(client):
    schema = client.get("/api/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in [
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/stories/{story_id}/brief",
        "/api/stories/{story_id}/comparison",
        "/api/stories/{story_id}/links",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/analysis",
        "/api/compare",
    ]:
        op = paths[path]["get"]
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok, path
        assert op["responses"]["404"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
        assert "422" in op["responses"]
    assert not any(p for p in paths if not p.startswith("/api/")), "pages must stay out of the API schema"
    assert paths["/api/stories"]["get"]["operationId"] == "list_stories"
    comps = schema["components"]["schemas"]
    assert {"Brief", "StoryComparison", "ArticleAnalysis", "ErrorResponse"} <= {k.split("-")[0] for k in comps}
    # every $ref resolves, and every component is a valid JSON Schema (OpenAPI 3.1 = 2020-12)
    import json
    import re

    import jsonschema_rs

    for ref in set(re.findall(r'"\$ref": ?"#/components/schemas/([^"]+)"', json.dumps(schema))):
        assert ref in comps, ref
    for name in comps:
        root = {"$ref": f"#/components/schemas/{name}", "components": {"schemas": comps}}
        jsonschema_rs.Draft202012Validator(root, validate_formats=False)
