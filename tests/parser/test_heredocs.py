"""Heredocs on RUN, COPY and ADD: names, bodies, <<-, quoting, several per line."""

from __future__ import annotations

from dlint.model.spans import Span
from dlint.parser import parse
from tests.parser.support import accepted, only


def test_run_heredoc_body_and_span():
    run = only("FROM alpine\nRUN <<EOF\napk add curl\necho done\nEOF\n")
    assert run.values == ("<<EOF",)
    [heredoc] = run.heredocs
    assert (heredoc.name, heredoc.content) == ("EOF", "apk add curl\necho done\n")
    assert heredoc.span == Span(3, 1, 5, 4)
    assert run.span == Span(2, 1, 5, 4)


def test_heredoc_body_maps_each_line_back():
    run = only("FROM alpine\nRUN <<EOF\napk add curl\necho done\nEOF\n")
    body = run.heredocs[0].body
    start = body.text.index("echo")
    assert body.span(start, start + 4) == Span(4, 1, 4, 5)


def test_several_heredocs_are_read_in_order():
    copy = only("FROM alpine\nCOPY <<FILE1 <<FILE2 /dest/\ncontent 1\nFILE1\ncontent 2\nFILE2\n")
    assert [(h.name, h.content) for h in copy.heredocs] == [("FILE1", "content 1\n"), ("FILE2", "content 2\n")]
    assert [h.span.line for h in copy.heredocs] == [3, 5]


def test_only_the_current_heredocs_word_terminates_it():
    copy = only("FROM alpine\nCOPY <<X <<Y /dest\nY\nX\nX\nY\n")
    assert [(h.name, h.content) for h in copy.heredocs] == [("X", "Y\n"), ("Y", "X\n")]


def test_dash_heredoc_strips_leading_tabs_from_body_and_terminator():
    run = only("FROM alpine\nRUN <<-EOT\n\t\techo hi\n\tEOT\n")
    [heredoc] = run.heredocs
    assert heredoc.chomp
    assert heredoc.content == "echo hi\n"
    assert heredoc.body.position(0) == (3, 3)


def test_plain_heredoc_keeps_tabs_and_needs_an_unindented_terminator():
    run = only("FROM alpine\nRUN <<EOT\n\techo hi\n\tEOT\nEOT\n")
    assert run.heredocs[0].content == "\techo hi\n\tEOT\n"


def test_quoted_delimiter_disables_expansion():
    parsed = accepted("FROM alpine\nRUN <<'EOF'\necho $HOME\nEOF\nRUN <<\"EOF\"\nx\nEOF\nRUN <<E\"O\"F\nx\nEOF\n")
    assert [h.expand for i in parsed.instructions[1:] for h in i.heredocs] == [False, False, False]
    assert {h.name for i in parsed.instructions[1:] for h in i.heredocs} == {"EOF"}


def test_unquoted_delimiter_expands():
    run = only("FROM alpine\nRUN <<EOF\necho $HOME\nEOF\n")
    assert run.heredocs[0].expand


def test_escaped_quote_is_part_of_the_name_and_keeps_expansion():
    run = only("FROM alpine\nRUN <<eo\\'f\necho foo\neo'f\n")
    assert (run.heredocs[0].name, run.heredocs[0].expand) == ("eo'f", True)


def test_heredoc_with_a_command_after_it():
    run = only("FROM alpine\nRUN <<EOF cat > /etc/motd\nhello\nEOF\n")
    assert run.values == ("<<EOF cat > /etc/motd",)
    assert run.heredocs[0].content == "hello\n"


def test_copy_heredoc_to_a_destination():
    copy = only("FROM alpine\nCOPY <<EOF /app/config\nkey=value\nEOF\n")
    assert copy.values == ("<<EOF", "/app/config")
    assert copy.heredocs[0].content == "key=value\n"


def test_add_takes_heredocs():
    add = only("FROM alpine\nADD <<EOF /x\ny\nEOF\n")
    assert add.heredocs[0].name == "EOF"


def test_file_descriptor_and_blanks_after_the_redirection():
    run = only("FROM alpine\nRUN 3<<  EOF python3\nprint(1)\nEOF\n")
    assert run.heredocs[0].content == "print(1)\n"


def test_heredoc_word_in_quotes_is_not_a_heredoc():
    parsed = accepted('FROM alpine\nRUN "<<EOF"\nRUN true\n')
    assert [i.heredocs for i in parsed.instructions[1:]] == [(), ()]


def test_exec_form_never_takes_heredocs():
    parsed = accepted('FROM alpine\nRUN ["<<EOF"]\nRUN true\n')
    assert parsed.instructions[1].heredocs == ()
    assert parsed.instructions[2].values == ("true",)


def test_other_instructions_never_take_heredocs():
    parsed = parse("FROM alpine\nUSER <<INVALID\nINVALID\n")
    assert [i.keyword for i in parsed.instructions] == ["FROM", "USER", "INVALID"]
    assert parsed.refusal.message == "unknown instruction: INVALID"


def test_heredoc_attached_to_a_word_is_not_a_heredoc():
    parsed = parse("FROM alpine\nRUN cat<<EOF\nEOF\n")
    assert parsed.instructions[1].heredocs == ()
    assert parsed.instructions[2].keyword == "EOF"


def test_comment_lines_in_a_body_are_content_not_comments():
    parsed = accepted("FROM alpine\nRUN <<EOF\n# not a comment\necho hi\nEOF\n")
    assert parsed.instructions[1].heredocs[0].content == "# not a comment\necho hi\n"
    assert parsed.comments == ()


def test_crlf_body_keeps_carriage_returns_and_terminator_matches():
    run = only("FROM alpine\r\nRUN <<EOF\r\nhi\r\nEOF\r\n")
    assert run.heredocs[0].content == "hi\r\n"


def test_heredoc_opened_on_a_continued_line():
    run = only("FROM alpine\nRUN <<EOF \\\n  bash\necho hi\nEOF\n")
    assert run.heredocs[0].content == "echo hi\n"
    assert run.span.end_line == 5


def test_onbuild_trigger_takes_heredocs():
    onbuild = only("FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\n")
    assert onbuild.heredocs[0].content == "echo hi\n"
    assert onbuild.onbuild.heredocs == onbuild.heredocs


def test_unterminated_heredoc_is_refused_and_swallows_the_rest():
    parsed = parse("FROM alpine\nRUN <<EOF\necho hi\nRUN true\n")
    assert parsed.refusal.message == "unterminated heredoc"
    assert (parsed.refusal.span.line, parsed.refusal.span.end_line) == (2, 4)
    assert [i.keyword for i in parsed.instructions] == ["FROM"]


def test_empty_body():
    run = only("FROM alpine\nRUN <<EOF\nEOF\n")
    assert run.heredocs[0].content == ""
    assert run.heredocs[0].span == Span(3, 1, 3, 4)


def test_blanks_between_the_redirection_and_the_word_are_allowed():
    run = only("FROM alpine\nRUN <<  EOF\necho hi\nEOF\n")
    assert (run.heredocs[0].name, run.heredocs[0].content) == ("EOF", "echo hi\n")


def test_a_quote_left_open_on_the_line_means_no_heredocs():
    parsed = accepted('FROM alpine\nRUN <<EOF echo "open\nRUN true\n')
    assert [i.heredocs for i in parsed.instructions[1:]] == [(), ()]


def test_unexpanded_variable_is_kept_in_the_name():
    run = only("FROM alpine\nRUN <<${X:-a}\nx\n${X:-a}\n")
    assert run.heredocs[0].name == "${X:-a}"


def test_bad_substitution_on_the_line_means_no_heredocs():
    parsed = accepted("FROM alpine\nRUN <<EOF ${}\nRUN true\n")
    assert parsed.instructions[1].heredocs == ()
