"""The linking commands through typer's CliRunner on a real store."""

from __future__ import annotations

import json

import pytest
from linking_fixtures import crane_stream, fill, quake_articles
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.store import Store

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "cli.db"
    with Store(path) as store:
        fill(store, crane_stream() + quake_articles())
    return path


def test_link_then_stories_story_and_compare(db):
    res = runner.invoke(app, ["link", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "linked 11 new article(s): 3 new story(ies)" in res.output

    res = runner.invoke(app, ["stories", "--db", str(db), "--json"])
    assert res.exit_code == 0
    rows = json.loads(res.stdout)
    assert len(rows) == 3
    crane = next(r for r in rows if "wire" in r["source_ids"])
    assert crane["source_ids"][0] == "wire"
    assert set(crane["source_ids"]) == {"wire", "verbatim", "edited", "rewrite", "independent"}
    assert crane["first_seen"] == "2025-03-12T07:30:00+00:00"

    res = runner.invoke(app, ["story", crane["id"], "--db", str(db), "--json"])
    assert res.exit_code == 0
    story = json.loads(res.stdout)
    relations = {(l["a"], l["b"]): l["relation"] for l in story["links"]}
    ids = {a["source_id"]: a["id"] for a in story["articles"]}
    assert relations[(ids["wire"], ids["edited"])] == "edited_copy"

    res = runner.invoke(app, ["story", crane["id"], "--db", str(db)])
    assert res.exit_code == 0 and "edited_copy" in res.stdout

    res = runner.invoke(app, ["compare", "wire", "edited", "--db", str(db), "--json"])
    assert res.exit_code == 0
    link = json.loads(res.stdout)
    assert link["relation"] == "edited_copy" and link["original"] == ids["wire"]
    assert any(p["op"] == "added" for p in link["aligned"])

    res = runner.invoke(app, ["compare", "wire", "rewrite", "--db", str(db)])
    assert res.exit_code == 0
    assert "relation: rewrite" in res.stdout and "quote changed" in res.stdout

    again = runner.invoke(app, ["link", "--db", str(db)])
    assert "linked 0 new article(s)" in again.output


def test_unknown_story_is_a_usage_error(db):
    res = runner.invoke(app, ["story", "snope", "--db", str(db)])
    assert res.exit_code == 64


def test_comparing_an_article_with_itself_is_a_usage_error(db):
    # "wire" by the caller's own id and by its content id: one article, nothing to compare
    # (it would read as a verbatim copy of itself, "published within a minute").
    with Store(db) as store:
        wire_id = store.article("wire").id
    res = runner.invoke(app, ["compare", "wire", wire_id[:8], "--db", str(db), "--no-embeddings"])
    assert res.exit_code == 64
    assert "same article" in res.output


def test_link_explain_says_where_each_article_went_and_why(db, monkeypatch):
    from corroborate.cli.common import out

    monkeypatch.setattr(out, "width", 300)  # (a row a line: no cell wraps)

    def articles(output: str) -> list[str]:
        # the first cell of each table row (a wrapped row goes on with an empty one)
        cells = [line.split("│")[1].strip() for line in output.splitlines() if line.startswith("│")]
        return [c for c in cells if c]

    res = runner.invoke(app, ["link", "--db", str(db), "--no-embeddings", "--explain"])
    assert res.exit_code == 0, res.output
    placed = articles(res.stdout)
    assert len(placed) == 11 and "wire" in placed  # one row a placed article, by your own id
    rows = {line.split("│")[1].strip(): line for line in res.stdout.splitlines() if line.startswith("│")}
    assert "no story close enough: new story" in rows["wire"]
    assert any("joined: score" in row for row in rows.values())
    # nothing is placed a second time, so nothing is explained
    again = runner.invoke(app, ["link", "--db", str(db), "--no-embeddings", "--explain"])
    assert again.exit_code == 0 and not articles(again.stdout)
