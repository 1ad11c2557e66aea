"""Shell commands read from RUN, CMD, ENTRYPOINT and HEALTHCHECK text."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dlint.model import load
from tests.corpus import corpus_files
from dlint.model.shell import WINDOWS_SHELL, is_posix_shell, script_for, shell_in_effect, stdin_scripts
from dlint.model.shell_positions import ScriptPositions
from dlint.model.shell_script import Command, ShellScript
from dlint.model.shell_syntax import parse_script
from dlint.model.spans import MappedText, Span



def script(text: str) -> ShellScript:
    """``text`` read as a script written on line 1 from column 1."""
    return parse_script(MappedText(text, ((0, 1, 1),)))


def only(text: str) -> Command:
    (command,) = script(text).commands
    return command


def names(text: str) -> list[str]:
    return [command.name for command in script(text).commands]


def dockerfile_script(dockerfile: str, index: int = -1) -> ShellScript | None:
    doc = load(textwrap.dedent(dockerfile))
    return doc.shell(doc.instructions[index])


def dockerfile_names(dockerfile: str, index: int = -1) -> list[str]:
    found = dockerfile_script(dockerfile, index)
    assert found is not None
    return [command.name for command in found.commands]


# Words


def test_simple_command_argv_holds_every_word():
    assert [word.value for word in only("apt-get install -y curl").argv] == ["apt-get", "install", "-y", "curl"]


def test_command_name_is_the_first_word():
    assert only("apt-get install -y curl").name == "apt-get"


def test_args_are_the_values_after_the_name():
    assert only("apt-get install -y curl").args == ("install", "-y", "curl")


def test_double_quotes_are_removed_from_the_value():
    assert only('echo "hello world"').args == ("hello world",)


def test_single_quoted_text_is_taken_literally():
    assert only("echo 'a \\ $b'").args == ("a \\ $b",)


def test_adjacent_quoted_parts_form_one_word():
    assert only("echo 'a'\"b\"c").args == ("abc",)


def test_backslash_outside_quotes_escapes_the_next_character():
    assert only("touch my\\ file").args == ("my file",)


def test_backslash_in_double_quotes_escapes_only_special_characters():
    assert only('echo "a\\"b \\$c \\d"').args == ('a"b $c \\d',)


def test_ansi_c_string_escapes_are_resolved():
    assert only("printf $'a\\tb\\x41'").args == ("a\tbA",)


def test_word_text_is_kept_as_written():
    assert only('echo "hello world"').argv[1].text == '"hello world"'


def test_variable_expansion_is_kept_verbatim_in_the_value():
    assert only('echo "v=${VERSION:-1}"').args == ("v=${VERSION:-1}",)


def test_command_substitution_in_double_quotes_is_kept_verbatim():
    assert script('echo "$(cat "/etc/os-release")"').commands[0].args == ('$(cat "/etc/os-release")',)


def test_word_with_an_expansion_is_not_literal():
    assert not only("echo $HOME").argv[1].is_literal


def test_word_with_a_command_substitution_is_not_literal():
    assert not script("echo `date`").commands[0].argv[1].is_literal


def test_quoted_word_without_expansion_is_literal():
    assert only("echo 'a $b' \"c\"").argv[2].is_literal


def test_dollar_without_a_name_is_literal_text():
    word = only("echo cost$").argv[1]
    assert (word.value, word.is_literal) == ("cost$", True)


# Options


def test_has_option_matches_a_short_option():
    assert only("apt-get install -y curl").has_option("-y")


def test_has_option_matches_combined_short_options():
    assert only("apt-get install -qy curl").has_option("-y")


def test_has_option_short_name_does_not_match_a_long_option():
    assert not only("apt-get install --yes curl").has_option("-y")


def test_has_option_matches_a_long_option():
    assert only("apt-get install --yes curl").has_option("--yes")


def test_has_option_long_name_matches_the_option_with_a_value():
    assert only("pip install --no-cache-dir=1 x").has_option("--no-cache-dir")


def test_has_option_long_name_does_not_match_a_longer_option():
    assert not only("pip install --no-cache-dirs x").has_option("--no-cache-dir")


def test_has_option_accepts_several_names():
    assert only("apt-get install --assume-yes curl").has_option("-y", "--assume-yes", "--yes")


def test_has_option_stops_at_double_dash():
    assert not only("rm -- -y").has_option("-y")


def test_has_option_is_false_without_the_option():
    assert not only("apt-get install curl").has_option("-y")


def test_option_word_is_the_word_that_gives_the_option():
    word = only("curl -fsSLk https://x").option_word("-k", "--insecure")
    assert (word.value, word.span.column) == ("-fsSLk", 6)


def test_option_word_is_none_after_double_dash_or_without_the_option():
    assert only("rm -- -k").option_word("-k") is None
    assert only("curl https://x").option_word("-k") is None


def test_option_value_reads_long_option_with_equals():
    assert only("pip install --index-url=https://x pkg").option_value("--index-url") == "https://x"


def test_option_value_reads_long_option_followed_by_its_value():
    assert only("pip install --index-url https://x pkg").option_value("--index-url") == "https://x"


def test_option_value_reads_short_option_followed_by_its_value():
    assert only("curl -o /tmp/x https://x").option_value("-o") == "/tmp/x"


def test_option_value_reads_short_option_with_attached_value():
    assert only("curl -o/tmp/x https://x").option_value("-o") == "/tmp/x"


def test_option_value_reads_short_option_closing_a_group():
    assert only("tar -xzf app.tar.gz").option_value("-f") == "app.tar.gz"


def test_option_value_is_none_when_the_option_is_absent():
    assert only("curl https://x").option_value("-o") is None


def test_option_value_stops_at_double_dash():
    assert only("curl -- -o x").option_value("-o") is None


# Lists and nesting


def test_and_chain_lists_every_command_in_order():
    assert names("apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*") == [
        "apt-get", "apt-get", "rm",
    ]


def test_first_command_has_no_operator_before_it():
    assert script("a && b").commands[0].operator_before is None


def test_operators_before_commands_are_recorded():
    operators = [command.operator_before for command in script("a && b || c ; d & e").commands]
    assert operators == [None, "&&", "||", ";", "&"]


def test_commands_on_separate_lines_are_joined_by_newline():
    assert script("a\nb").commands[1].operator_before == "\n"


def test_pipeline_commands_are_in_pipeline():
    commands = script("curl -sL https://x | tar -xz").commands
    assert [command.in_pipeline for command in commands] == [True, True]


def test_pipe_is_the_operator_before_the_second_command():
    assert script("curl https://x | sh").commands[1].operator_before == "|"


def test_stderr_pipe_operator_is_recorded():
    assert script("make |& tee log").commands[1].operator_before == "|&"


def test_command_in_an_and_chain_is_not_in_pipeline():
    assert not script("a && b").commands[0].in_pipeline


def test_pipeline_binds_tighter_than_and():
    commands = script("a && b | c").commands
    assert [command.in_pipeline for command in commands] == [False, True, True]


def test_commands_in_a_subshell_are_listed():
    assert names("(cd /src && make)") == ["cd", "make"]


def test_first_command_of_a_subshell_has_no_operator_before_it():
    assert script("a; (b)").commands[1].operator_before is None


def test_commands_in_a_group_are_listed():
    assert names("{ a; b; }") == ["a", "b"]


def test_commands_in_a_group_that_is_piped_are_in_pipeline():
    assert script("{ a; b; } | c").commands[0].in_pipeline


def test_command_substitution_commands_are_listed():
    assert names("echo $(uname -m)") == ["echo", "uname"]


def test_backquote_commands_are_listed():
    assert names("echo `uname -m`") == ["echo", "uname"]


def test_substitution_in_a_parameter_default_is_listed():
    assert names("echo ${ARCH:-$(uname -m)}") == ["echo", "uname"]


def test_substitution_in_an_assignment_is_listed():
    assert names("V=$(cat VERSION)") == ["", "cat"]


def test_process_substitution_commands_are_listed():
    assert names("diff <(ls a) b") == ["diff", "ls"]


def test_nested_command_comes_after_the_command_holding_it():
    assert names("a $(b) && c") == ["a", "b", "c"]


def test_commands_of_if_branches_are_listed():
    assert names("if [ -f x ]; then a; elif b; then c; else d; fi") == ["[", "a", "b", "c", "d"]


def test_first_command_of_then_branch_has_no_operator_before_it():
    assert script("if a; then b; fi").commands[1].operator_before is None


def test_commands_of_a_for_loop_are_listed():
    assert names("for f in $(ls); do rm $f; done") == ["ls", "rm"]


def test_commands_of_a_while_loop_are_listed():
    assert names("while read line; do echo $line; done < list") == ["read", "echo"]


def test_commands_of_case_items_are_listed():
    assert names("case $A in x|y) a;; *) b;; esac") == ["a", "b"]


def test_commands_of_a_function_body_are_listed():
    assert names("f() { a; }; f") == ["a", "f"]


def test_negated_command_is_listed():
    assert names("! grep -q x file") == ["grep"]


def test_export_is_a_command_with_its_words():
    assert only("export PATH=/x:$PATH A").args == ("PATH=/x:$PATH", "A")


def test_unset_is_a_command():
    assert only("unset A").name == "unset"


def test_backquoted_comment_is_not_an_argument():
    assert only("apt-get install -y git `# for composer` unzip").args == ("install", "-y", "git", "unzip")


def test_backquoted_comment_is_not_an_error():
    assert not script("apt-get install -y git `# for composer` unzip").has_errors


def test_bracket_test_is_a_command_with_its_words():
    assert [word.value for word in only('[ -f "$F" ]').argv] == ["[", "-f", "$F", "]"]


def test_double_bracket_test_is_a_command():
    assert only("[[ $A == b* ]]").name == "[["


# Assignments


def test_assignment_before_the_name_is_not_an_argument():
    command = only("DEBIAN_FRONTEND=noninteractive apt-get install -y x")
    assert [word.value for word in command.assignments] == ["DEBIAN_FRONTEND=noninteractive"]


def test_command_with_an_assignment_keeps_its_name():
    assert only("A=1 make").name == "make"


def test_assignments_alone_give_a_command_without_name():
    command = only("A=1 B=2")
    assert (command.name, [word.value for word in command.assignments]) == ("", ["A=1", "B=2"])


def test_assignment_value_quotes_are_removed():
    assert only('A="x y"').assignments[0].value == "A=x y"


# Redirects


def test_output_redirect_has_operator_and_target():
    redirect = only("echo x > /etc/x").redirects[0]
    assert (redirect.operator, redirect.target.value) == (">", "/etc/x")


def test_append_redirect_operator():
    assert only("echo x >> /etc/x").redirects[0].operator == ">>"


def test_descriptor_duplication_operator_includes_the_descriptor():
    redirect = only("make 2>&1").redirects[0]
    assert (redirect.operator, redirect.target.value) == ("2>&", "1")


def test_redirect_before_the_command_name_belongs_to_the_command():
    command = only("2>/dev/null make all")
    assert (command.name, command.redirects[0].target.value) == ("make", "/dev/null")


def test_redirects_are_in_source_order():
    assert [r.operator for r in only("2>/dev/null make >log").redirects] == ["2>", ">"]


def test_word_after_a_redirect_target_is_an_argument():
    assert only("echo a > out b").args == ("a", "b")


def test_redirect_at_the_end_of_an_and_chain_belongs_to_the_last_command():
    commands = script("a && b > out").commands
    assert (commands[0].redirects, commands[1].redirects[0].target.value) == ((), "out")


def test_redirect_alone_is_a_command_without_name():
    command = script("a; > out").commands[1]
    assert (command.name, command.redirects[0].target.value) == ("", "out")


def test_herestring_is_a_redirect():
    assert only('cat <<< "text"').redirects[0].operator == "<<<"


def test_redirect_span_covers_operator_and_target():
    assert only("echo x > /etc/x").redirects[0].span == Span(1, 8, 1, 16)


# Finding commands by name


def test_named_finds_commands_with_that_name():
    assert len(script("apt-get update && apt-get install x && rm y").named("apt-get")) == 2


def test_named_matches_the_last_path_segment():
    assert script("/usr/bin/apt-get update").named("apt-get")


def test_named_accepts_several_names():
    assert len(script("apk add x; yum install y; ls").named("apk", "yum")) == 2


def test_program_is_the_command_name_without_its_folder():
    assert only("/usr/bin/apt-get update").program == "apt-get"


def test_program_of_a_command_without_a_name_is_empty():
    assert only("A=1").program == ""


# Positions


def test_word_span_on_one_line():
    assert only("apt-get install curl").argv[2].span == Span(1, 17, 1, 21)


def test_command_span_covers_its_words_and_redirects():
    assert script("a && make all > log").commands[1].span == Span(1, 6, 1, 20)


def test_command_span_on_the_fourth_physical_line_of_a_run():
    found = dockerfile_script(
        """\
        FROM debian
        RUN apt-get update \\
         && apt-get install -y \\
              curl \\
         && rm -rf /var/lib/apt/lists/*
        """
    )
    assert found.commands[2].span == Span(5, 5, 5, 32)


def test_argument_span_on_a_continuation_line():
    found = dockerfile_script(
        """\
        FROM debian
        RUN apt-get install -y \\
              curl
        """
    )
    assert found.commands[0].argv[3].span == Span(3, 7, 3, 11)


def test_command_spanning_lines_ends_on_its_last_line():
    found = dockerfile_script(
        """\
        FROM debian
        RUN apt-get install -y \\
              curl
        """
    )
    assert found.commands[0].span == Span(2, 5, 3, 11)


def test_comment_line_inside_a_continuation_keeps_later_positions():
    found = dockerfile_script(
        """\
        FROM debian
        RUN apt-get update \\
        # refresh first
         && apt-get install -y curl
        """
    )
    assert found.commands[1].span == Span(4, 5, 4, 28)


def test_non_ascii_text_columns_count_characters():
    word = only("echo 'héllo wörld' 🙂 done").argv[3]
    assert (word.value, word.span) == ("done", Span(1, 22, 1, 26))


def test_backtick_escape_file_continuation_positions():
    found = dockerfile_script(
        """\
        # escape=`
        FROM mcr.microsoft.com/dotnet/sdk
        SHELL ["/bin/sh", "-c"]
        RUN echo a `
            && make all
        """
    )
    assert found.commands[1].span == Span(5, 8, 5, 16)


@given(
    st.text(max_size=40),
    st.lists(st.tuples(st.integers(1, 9), st.integers(1, 9)), max_size=5),
    st.data(),
)
def test_script_positions_agree_with_mapped_text(text, places, data):
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=len(places), max_size=len(places))))
    anchors = tuple((cut, line, column) for cut, (line, column) in zip(cuts, places))
    mapped = MappedText(text, anchors)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(0, len(text)))
    assert ScriptPositions(mapped).char_span(start, end) == mapped.span(start, end)


# Broken text


def test_valid_script_has_no_errors():
    assert not script("apt-get update && apt-get install -y curl").has_errors


def test_unterminated_quote_is_an_error():
    assert script('apt-get update && echo "abc').has_errors


def test_commands_before_an_unterminated_quote_are_kept():
    assert names('apt-get update && echo "abc')[:1] == ["apt-get"]


def test_missing_fi_is_an_error():
    assert script("if true; then a; ").has_errors


def test_junk_bytes_do_not_raise():
    assert isinstance(script("\x00\udcff\x7f))((<<<|;;"), ShellScript)


def test_deep_nesting_is_an_error_not_a_crash():
    assert script("$(" * 3000 + ")" * 3000).has_errors


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab $(){}[]<>|&;'\"\\`\n#=-é", "<<EOF", "\nEOF\n", "if ", "fi"])).map("".join))
def test_any_text_is_read_without_raising(text):
    for command in script(text).commands:
        assert isinstance(command.name, str)


# Which instructions run shell text


def test_run_in_shell_form_gives_its_commands():
    assert dockerfile_names("FROM alpine\nRUN apk add curl\n") == ["apk"]


def test_run_in_exec_form_is_one_command_with_its_arguments():
    script = dockerfile_script('FROM alpine\nRUN ["apk", "add", "curl"]\n')
    [command] = script.commands
    assert (command.name, command.args) == ("apk", ("add", "curl"))
    assert command.argv[2].span == Span(2, 20, 2, 26)


def test_run_in_exec_form_through_sh_dash_c_reads_the_string_as_a_script():
    script = dockerfile_script('FROM alpine\nRUN ["/bin/sh", "-ec", "apk update && apk add curl"]\n')
    assert [c.name for c in script.commands] == ["apk", "apk"]
    assert script.commands[1].span == Span(2, 39, 2, 51)


def test_cmd_in_shell_form_gives_its_commands():
    assert dockerfile_names("FROM alpine\nCMD nginx -g 'daemon off;'\n") == ["nginx"]


def test_entrypoint_in_exec_form_is_one_command_with_its_arguments():
    [command] = dockerfile_script('FROM alpine\nENTRYPOINT ["nginx", "-g", "daemon off;"]\n').commands
    assert (command.name, command.args) == ("nginx", ("-g", "daemon off;"))


def test_cmd_in_exec_form_through_sh_dash_c_reads_the_string_as_a_script():
    script = dockerfile_script('FROM alpine\nCMD ["sh", "-c", "cd /app && exec gunicorn app"]\n')
    assert [c.name for c in script.commands] == ["cd", "exec"]
    assert script.commands[1].span == Span(2, 30, 2, 47)


def test_healthcheck_cmd_in_shell_form_gives_its_commands():
    assert dockerfile_names("FROM alpine\nHEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1\n") == [
        "curl", "exit",
    ]


def test_healthcheck_command_span_starts_after_cmd():
    found = dockerfile_script("FROM alpine\nHEALTHCHECK CMD curl -f http://localhost/\n")
    assert found.commands[0].argv[0].span == Span(2, 17, 2, 21)


def test_healthcheck_none_gives_none():
    assert dockerfile_script("FROM alpine\nHEALTHCHECK NONE\n") is None


def test_healthcheck_cmd_in_exec_form_is_the_command_after_cmd():
    [command] = dockerfile_script('FROM alpine\nHEALTHCHECK CMD ["curl", "-f", "http://x"]\n').commands
    assert (command.name, command.args, command.span) == ("curl", ("-f", "http://x"), Span(2, 18, 2, 42))


def test_instruction_that_runs_nothing_gives_none():
    assert dockerfile_script("FROM alpine\nENV A=1\n") is None


def test_onbuild_run_gives_the_trigger_commands():
    assert dockerfile_names("FROM alpine\nONBUILD RUN make install\n") == ["make"]


def test_onbuild_run_positions_point_at_the_trigger():
    found = dockerfile_script("FROM alpine\nONBUILD RUN make install\n")
    assert found.commands[0].span == Span(2, 13, 2, 25)


def test_onbuild_copy_gives_none():
    assert dockerfile_script("FROM alpine\nONBUILD COPY . /app\n") is None


def test_script_for_is_what_the_document_caches():
    doc = load("FROM alpine\nRUN apk add curl\n")
    run = doc.instructions[1]
    assert doc.shell(run) is doc.shell(run) and script_for(doc, run) == doc.shell(run)


# The shell in effect


def test_default_shell_is_bin_sh():
    assert dockerfile_script("FROM alpine\nRUN ls\n").shell == ("/bin/sh", "-c")


def test_shell_bash_is_read_and_recorded():
    found = dockerfile_script('FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ls | wc -l\n')
    assert found.shell == ("/bin/bash", "-o", "pipefail", "-c")


def test_shell_pwsh_gives_none():
    assert dockerfile_script('FROM debian\nSHELL ["pwsh", "-Command"]\nRUN Get-ChildItem\n') is None


def test_shell_powershell_exe_gives_none():
    assert dockerfile_script('FROM debian\nSHELL ["powershell.exe", "-Command"]\nRUN Get-ChildItem\n') is None


def test_shell_cmd_gives_none():
    assert dockerfile_script('FROM debian\nSHELL ["cmd", "/S", "/C"]\nRUN dir\n') is None


def test_shell_applies_only_to_later_instructions():
    assert dockerfile_script('FROM debian\nRUN ls\nSHELL ["pwsh", "-Command"]\n', index=1) is not None


def test_shell_is_inherited_from_the_base_stage():
    found = dockerfile_script('FROM debian AS base\nSHELL ["/bin/bash", "-c"]\nFROM base\nRUN ls\n')
    assert found.shell == ("/bin/bash", "-c")


def test_non_posix_shell_is_inherited_from_the_base_stage():
    assert dockerfile_script('FROM debian AS base\nSHELL ["pwsh", "-Command"]\nFROM base\nRUN dir\n') is None


def test_shell_of_an_unrelated_stage_does_not_apply():
    assert dockerfile_script('FROM debian AS a\nSHELL ["pwsh", "-Command"]\nFROM debian\nRUN ls\n') is not None


def test_windows_base_image_runs_cmd():
    doc = load("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n")
    assert shell_in_effect(doc, doc.instructions[1]) == WINDOWS_SHELL


def test_run_on_windows_base_image_gives_none():
    assert dockerfile_script("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN dir\n") is None


def test_windows_platform_flag_runs_cmd():
    assert dockerfile_script("FROM --platform=windows/amd64 golang\nRUN dir\n") is None


def test_posix_shell_on_windows_image_is_read():
    assert dockerfile_script('FROM microsoft/windowsservercore\nSHELL ["bash", "-c"]\nRUN ls\n') is not None


def test_onbuild_trigger_runs_with_the_shell_the_stage_ends_with():
    assert dockerfile_script('FROM debian\nONBUILD RUN make\nSHELL ["pwsh", "-Command"]\n', index=1) is None


@pytest.mark.parametrize(
    "shell",
    [("/bin/sh", "-c"), ("bash", "-c"), ("/bin/ash", "-eo", "pipefail", "-c"), ("/usr/bin/env", "bash", "-c"),
     ("/bin/busybox", "sh", "-c"), ("dash",), ("zsh", "-c"), ("/bin/ksh", "-c")],
)
def test_posix_shells(shell):
    assert is_posix_shell(shell)


@pytest.mark.parametrize(
    "shell",
    [("pwsh", "-Command"), ("powershell", "-Command"), ("cmd", "/S", "/C"), ("/usr/bin/python3", "-c"), ()],
)
def test_shells_that_are_not_posix(shell):
    assert not is_posix_shell(shell)


# Heredocs


HEREDOC_SCRIPT = """\
FROM debian
RUN <<EOF
set -e
  apt-get update
EOF
"""


def test_run_of_only_a_heredoc_reads_the_body_as_the_script():
    assert dockerfile_names(HEREDOC_SCRIPT) == ["set", "apt-get"]


def test_heredoc_body_command_span_points_into_the_body():
    assert dockerfile_script(HEREDOC_SCRIPT).commands[1].span == Span(4, 3, 4, 17)


def test_chomped_heredoc_body_positions_skip_the_tabs():
    found = dockerfile_script("FROM debian\nRUN <<-EOF\n\t\techo hi\n\tEOF\n")
    assert found.commands[0].span == Span(3, 3, 3, 10)


def test_heredoc_with_a_shell_shebang_is_read_with_that_shell():
    found = dockerfile_script("FROM debian\nRUN <<EOF\n#!/bin/bash -e\nls\nEOF\n")
    assert (found.shell, [command.name for command in found.commands]) == (("/bin/bash", "-e"), ["ls"])


def test_heredoc_with_a_python_shebang_gives_none():
    assert dockerfile_script("FROM debian\nRUN <<EOF\n#!/usr/bin/env python3\nprint(1)\nEOF\n") is None


def test_heredoc_fed_to_python_is_not_shell():
    assert dockerfile_names("FROM debian\nRUN python3 <<EOF\nimport os\nos.remove('x')\nEOF\n") == ["python3"]


def test_heredoc_fed_to_bash_is_a_script():
    assert dockerfile_names("FROM debian\nRUN <<EOF bash\napt-get update\nEOF\n") == ["bash", "apt-get"]


def test_heredoc_fed_to_sh_with_options_is_a_script():
    assert dockerfile_names("FROM debian\nRUN sh -ex <<EOF\nmake\nEOF\n") == ["sh", "make"]


def test_heredoc_fed_to_sh_dash_c_is_data():
    assert dockerfile_names("FROM debian\nRUN sh -c 'cat' <<EOF\nmake\nEOF\n") == ["sh"]


def test_heredoc_fed_to_a_shell_script_file_is_data():
    assert dockerfile_names("FROM debian\nRUN bash install.sh <<EOF\nyes\nEOF\n") == ["bash"]


def test_heredoc_fed_to_a_shell_with_an_option_value_is_a_script():
    assert dockerfile_names("FROM debian\nRUN bash -o pipefail <<EOF\nmake\nEOF\n") == ["bash", "make"]


def test_onbuild_run_of_only_a_heredoc_reads_the_body():
    assert dockerfile_names("FROM debian\nONBUILD RUN <<EOF\nmake\nEOF\n") == ["make"]


def test_heredoc_with_a_file_descriptor_keeps_it_in_the_operator():
    command = dockerfile_script("FROM debian\nRUN 3<<EOF cat /dev/fd/3\nhi\nEOF\n").commands[0]
    assert (command.name, command.redirects[0].operator) == ("cat", "3<<")


def test_heredoc_written_to_a_file_is_data():
    assert dockerfile_names("FROM debian\nRUN cat <<EOF > /etc/app.conf\nrm -rf /\nEOF\n") == ["cat"]


def test_heredoc_script_commands_point_into_the_body():
    found = dockerfile_script("FROM debian\nRUN <<EOT bash -ex\n  apt-get update\nEOT\n")
    assert found.commands[1].span == Span(3, 3, 3, 17)


def test_heredoc_word_before_the_command_name_is_a_redirect_of_it():
    command = dockerfile_script("FROM debian\nRUN <<EOT bash -ex\nls\nEOT\n").commands[0]
    assert [(r.operator, r.target.value) for r in command.redirects] == [("<<", "EOT")]


def test_heredoc_redirect_keeps_the_dash_operator():
    command = dockerfile_script("FROM debian\nRUN cat <<-EOT > /x\n\tdata\n\tEOT\n").commands[0]
    assert command.redirects[0].operator == "<<-"


def test_heredoc_redirect_span_covers_the_heredoc_word():
    command = dockerfile_script("FROM debian\nRUN cat <<EOF > /x\ndata\nEOF\n").commands[0]
    assert command.redirects[0].span == Span(2, 9, 2, 14)


def test_quoted_heredoc_delimiter_value_has_no_quotes():
    command = dockerfile_script("FROM debian\nRUN cat <<'EOF' > /x\ndata\nEOF\n").commands[0]
    assert command.redirects[0].target.value == "EOF"


def test_command_substitution_in_an_unquoted_data_heredoc_is_listed():
    assert dockerfile_names("FROM debian\nRUN cat <<EOF > /x\nbuilt $(date)\nEOF\n") == ["cat", "date"]


def test_command_substitution_in_a_quoted_data_heredoc_is_not_run():
    assert dockerfile_names("FROM debian\nRUN cat <<'EOF' > /x\nbuilt $(date)\nEOF\n") == ["cat"]


def test_command_after_a_heredoc_on_the_same_line_keeps_its_operator():
    found = dockerfile_script("FROM debian\nRUN cat <<EOF > /x && chmod +x /x\ndata\nEOF\n")
    assert [(c.name, c.operator_before) for c in found.commands] == [("cat", None), ("chmod", "&&")]


def test_two_heredocs_on_one_line_are_both_redirects():
    found = dockerfile_script("FROM debian\nRUN <<A <<B cat\n1\nA\n2\nB\n")
    assert [r.target.value for r in found.commands[0].redirects] == ["A", "B"]


def test_second_heredoc_script_body_points_at_its_lines():
    found = dockerfile_script("FROM debian\nRUN <<A cat > /a && <<B sh\n1\nA\nls\nB\n")
    assert (found.commands[-1].name, found.commands[-1].span) == ("ls", Span(5, 1, 5, 3))


def test_heredoc_script_source_is_what_buildkit_hands_the_shell():
    found = dockerfile_script("FROM debian\nRUN python3 <<EOF\nprint(1)\nEOF\n")
    assert found.source.text == "python3 <<EOF\nprint(1)\nEOF"


def test_heredoc_script_source_maps_the_delimiter_line():
    found = dockerfile_script("FROM debian\nRUN python3 <<EOF\nprint(1)\nEOF\n")
    assert found.source.position(len(found.source.text) - 3) == (4, 1)


# The corpus


@pytest.mark.skipif(not corpus_files(), reason="the shared corpus is not beside the project")
def test_every_corpus_command_instruction_is_read_without_an_exception():
    failures, read, broken = [], 0, 0
    for path in corpus_files():
        try:
            doc = load(path.read_bytes().decode("utf-8", errors="replace"), str(path))
            for instruction in doc.instructions:
                found = doc.shell(instruction)
                if found is not None:
                    read += 1
                    broken += found.has_errors
        except Exception as error:  # noqa: BLE001 - collect every failing file, then report them all
            failures.append(f"{path.name}: {type(error).__name__}: {error}")
    print(f"\nshell scripts read: {read}, with syntax errors: {broken} ({broken / max(read, 1):.2%})")
    assert not failures, "\n".join(failures[:20])


def test_a_heredoc_a_shell_reads_from_standard_input_is_a_script_of_that_shell():
    doc = load("FROM alpine:3.20\nRUN bash -e <<'A' && sh -c 'x' <<B && cat <<C\necho a\nA\necho b\nB\nc\nC\n")
    [(heredoc, script)] = stdin_scripts(doc, doc.instructions[1])
    assert (heredoc.name, script.shell, [c.name for c in script.commands]) == ("A", ("bash",), ["echo"])
    assert script.commands[0].span.line == 3


def test_a_run_without_heredocs_has_no_stdin_scripts():
    doc = load("FROM alpine:3.20\nRUN bash -c 'echo'\n")
    assert stdin_scripts(doc, doc.instructions[1]) == ()
