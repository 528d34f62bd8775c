"""`corroborate --help`: the command list."""

from typer.testing import CliRunner

from corroborate.cli import app


def test_the_command_list_gives_each_commands_first_paragraph_on_one_line():
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    # the docstring breaks this sentence after "HTML,"; the list must not
    assert "Formats are detected by content: plain text, HTML, news-please JSON, JSONL, RSS/Atom, WARC." in result.output
    assert all(info.short_help and "\n" not in info.short_help for info in app.registered_commands)
