"""`corroborate analyze-article` and `corroborate quotes` through typer's test runner."""

import csv
import io
import json

from typer.testing import CliRunner

from corroborate.cli import app

TEXT = "Talks resume\n“We will not back down,” Ontario Premier Doug Ford said. Trade was worth C$56 billion.\n"


def test_analyze_article_ingests_a_file_and_prints_the_analysis_as_json(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    db = tmp_path / "x.db"
    result = CliRunner().invoke(app, ["analyze-article", str(path), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    q = data["quotes"][0]
    assert q["speaker_name"] == "Doug Ford" and q["text"] == "We will not back down,"
    money = next(n for n in data["quantities"] if n["kind"] == "money")
    assert money["currency"] == "CAD" and money["value"] == 56e9
    # the stored article's text is what the offsets index
    from corroborate.store.sqlite import Store

    with Store(db) as store:
        article = store.article(data["article_id"])
    assert article.text[q["start"] : q["end"]] == q["text"]

    # by id, rendered for the terminal
    shown = CliRunner().invoke(app, ["analyze-article", data["article_id"][:8], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "Doug Ford" in shown.stdout and "C$56 billion" in shown.stdout


def test_quotes_lists_speakers_as_csv(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(path), "--db", str(tmp_path / "x.db"), "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0]["speaker"] == "Doug Ford" and rows[0]["kind"] == "direct"


def test_unknown_id_fails_with_a_clear_message(tmp_path):
    result = CliRunner().invoke(app, ["analyze-article", "nosuchid", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2
    assert "no article" in result.output
