from tests.helpers import lint

RULE = "DL3021"


def test_two_sources_into_a_path_without_slash_is_reported_on_the_destination():
    [finding] = lint("FROM alpine:3.20\nCOPY a b /app\n", RULE)
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (2, 10, 14)


def test_a_trailing_slash_makes_it_a_folder():
    assert lint("FROM alpine:3.20\nCOPY a b /app/\n", RULE) == []


def test_one_source_may_go_to_a_file():
    assert lint("FROM alpine:3.20\nCOPY --chown=1:1 a /app\n", RULE) == []


def test_the_destination_is_expanded():
    assert lint("FROM alpine:3.20\nARG DEST=/app/\nCOPY a b $DEST\n", RULE) == []
    assert lint("FROM alpine:3.20\nARG DEST=/app\nCOPY a b $DEST\n", RULE) != []


def test_exec_form_and_onbuild_count():
    assert lint('FROM alpine:3.20\nCOPY ["a", "b", "/app"]\n', RULE) != []
    assert lint("FROM alpine:3.20\nONBUILD COPY a b /app\n", RULE) != []
