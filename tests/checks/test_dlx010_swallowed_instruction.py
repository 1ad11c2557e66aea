from tests.helpers import lint

RULE = "DLX010"


def test_swallowed_run_is_reported_on_its_own_line():
    [finding] = lint("FROM alpine\nRUN apk add curl \\\n\nRUN echo done\n", RULE)
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (4, 1, 4)
    assert finding.related[0].span.line == 3


def test_continued_arguments_after_an_empty_line_are_not_an_instruction():
    assert lint("FROM alpine\nRUN apk add \\\n\n    curl\n", RULE) == []


def test_lowercase_keyword_is_swallowed_too():
    assert lint("FROM alpine\nRUN true \\\n\nexpose 80\n", RULE) != []


def test_comment_lines_do_not_count_as_empty():
    assert lint("FROM alpine\nRUN true \\\n# note\n  && echo\n", RULE) == []


def test_backtick_escape_file():
    assert lint("# escape=`\nFROM alpine\nRUN true `\n\nCOPY a b\n", RULE) != []


def test_unindented_keyword_right_after_a_continuation_is_swallowed():
    [finding] = lint("FROM alpine\nRUN apk add curl \\\nCOPY entry.sh /entry.sh\n", RULE)
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (3, 1, 5)
    assert "COPY is swallowed by the RUN" in finding.message


def test_indented_keyword_word_continues_the_command():
    assert lint("FROM alpine\nRUN apk add curl \\\n    COPY\n", RULE) == []


def test_unindented_lowercase_word_is_an_argument():
    assert lint("FROM alpine\nRUN echo \\\ncopy done\n", RULE) == []


def test_unindented_word_that_is_no_keyword_is_an_argument():
    assert lint("FROM alpine\nRUN apk add \\\ncurl\n", RULE) == []


def test_each_swallowed_line_is_reported_once():
    text = "FROM alpine\nRUN true \\\n\nRUN a \\\nRUN b\n"
    assert [f.span.line for f in lint(text, RULE)] == [4, 5]
