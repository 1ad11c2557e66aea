"""DLX100 statically: only failures that are certain without building."""

from __future__ import annotations

from dlint.engine.context import RuleContext
from tests.helpers import lint, lines_of


def test_run_false_fails():
    [found] = lint("FROM busybox:1.36\nRUN false\n", "DLX100")
    assert (found.span.line, found.span.column, found.span.end_column) == (2, 5, 10)


def test_exit_with_a_non_zero_status_fails():
    assert lines_of(lint("FROM busybox:1.36\nRUN exit 3\n", "DLX100")) == [2]


def test_exit_zero_and_exit_256_multiple_do_not_fail():
    assert lint("FROM busybox:1.36\nRUN exit 0\nRUN exit 256\n", "DLX100") == []


def test_exec_form_false_fails():
    assert lines_of(lint('FROM busybox:1.36\nRUN ["false"]\n', "DLX100")) == [2]


def test_false_as_one_command_among_others_is_not_certain():
    assert lint("FROM busybox:1.36\nRUN false || true\nRUN test -f /x && false\n", "DLX100") == []


def test_failing_run_on_a_continuation_line_points_there():
    [found] = lint("FROM busybox:1.36\nRUN \\\n    exit 1\n", "DLX100")
    assert found.span.line == 3


def test_copy_of_a_missing_file_fails(tmp_path):
    (tmp_path / "app.py").write_text("")
    findings = lint("FROM busybox:1.36\nCOPY app.py config.yaml /app/\n", "DLX100", directory=tmp_path)
    assert [(f.span.line, f.span.column) for f in findings] == [(2, 13)]


def test_copy_of_a_dockerignored_file_fails(tmp_path):
    (tmp_path / "secret.env").write_text("")
    (tmp_path / ".dockerignore").write_text("*.env\n")
    assert lines_of(lint("FROM busybox:1.36\nCOPY secret.env /\n", "DLX100", directory=tmp_path)) == [2]


def test_copy_sources_that_cannot_be_judged_are_skipped(tmp_path):
    text = "FROM busybox:1.36\nARG SRC\nCOPY *.py $SRC /app/\nCOPY --from=build /x /x\nADD https://example.com/a /a\n"
    assert lint(text, "DLX100", directory=tmp_path) == []


def test_copy_source_from_an_arg_with_a_value_is_checked(tmp_path):
    (tmp_path / "app.py").write_text("")
    text = "FROM busybox:1.36\nARG CONFIG=app.yaml\nCOPY app.py /app/\nCOPY ${CONFIG} /etc/\n"
    assert lines_of(lint(text, "DLX100", directory=tmp_path)) == [4]


def test_a_folder_holding_none_of_the_sources_is_taken_for_the_wrong_context(tmp_path):
    text = "FROM busybox:1.36\nCOPY requirements.txt /app/\nCOPY src/ /app/src/\n"
    assert lint(text, "DLX100", directory=tmp_path) == []


def test_copy_is_not_checked_without_a_build_context():
    assert lint("FROM busybox:1.36\nCOPY nothing-here /\n", "DLX100") == []


COPIES = "FROM busybox:1.36\nCOPY requirements.txt /app/\nCOPY src/ /app/src/\n"


def test_a_named_context_holding_none_of_the_sources_reports_each_of_them(tmp_path):
    context = RuleContext(path=str(tmp_path / "Dockerfile"), context_dir=str(tmp_path), context_given=True)
    found = lint(COPIES, "DLX100", context=context, directory=tmp_path)
    assert [(f.span.line, f.span.column) for f in found] == [(2, 6), (3, 6)]


def test_an_assumed_context_holding_none_of_the_sources_reports_nothing(tmp_path):
    context = RuleContext(path=str(tmp_path / "Dockerfile"), context_dir=str(tmp_path))
    assert lint(COPIES, "DLX100", context=context, directory=tmp_path) == []
