"""DL3008: apt-get install without version pins."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM ubuntu:24.04\n"


def test_unpinned_packages_are_reported_on_their_words():
    findings = lint(FROM + "RUN apt-get install -y python3 python3-pip\n", "DL3008")
    assert [f.span for f in findings] == [Span(2, 24, 2, 43)]
    assert "`python3`, `python3-pip`" in findings[0].message


def test_pinned_packages_are_fine():
    assert lint(FROM + "RUN apt-get install -y curl=8.5.0-2 git=1:2.43*\n", "DL3008") == []


def test_release_and_local_deb_count_as_pinned():
    assert lint(FROM + "RUN apt-get install -y curl/noble-updates ./tool.deb\n", "DL3008") == []


def test_target_release_value_is_not_a_package():
    assert lint(FROM + "RUN apt-get install -t bookworm-backports -y curl=8.5\n", "DL3008") == []


def test_only_the_unpinned_word_on_a_continuation_line_is_reported():
    text = FROM + (
        "RUN apt-get update && apt-get install -y \\\n    curl=8.5.0 \\\n    git \\\n && rm -rf /var/lib/apt/lists/*\n"
    )
    findings = lint(text, "DL3008")
    assert [f.span for f in findings] == [Span(4, 5, 4, 8)]


def test_comment_lines_inside_the_continuation_do_not_shift_positions():
    text = FROM + "RUN apt-get install -y \\\n# the client\n    curl\n"
    assert [f.span for f in lint(text, "DL3008")] == [Span(4, 5, 4, 9)]


def test_options_before_the_action_are_understood():
    findings = lint(FROM + "RUN apt-get -qq -o Dpkg::Use-Pty=0 install -y curl\n", "DL3008")
    assert [f.span for f in findings] == [Span(2, 47, 2, 51)]


def test_variable_package_lists_with_unknown_values_are_not_judged():
    assert lint(FROM + 'RUN apt-get install -y $PACKAGES "${EXTRA}"\n', "DL3008") == []


def test_variable_set_inside_the_script_is_unknown():
    text = FROM + "RUN deps='curl git' && apt-get install -y $deps\n"
    assert lint(text, "DL3008") == []


def test_env_package_list_is_expanded_and_judged():
    text = FROM + "ENV BUILD_DEPS='curl=8.5 gcc'\nRUN apt-get install -y $BUILD_DEPS\n"
    (finding,) = lint(text, "DL3008")
    assert finding.span == Span(3, 24, 3, 35)
    assert "`gcc`" in finding.message and "curl" not in finding.message


def test_arg_version_suffix_pins_the_package():
    text = FROM + "ARG CUDA_PKG_VERSION=9-0=9.0.176-1\nRUN apt-get install -y cuda-samples-$CUDA_PKG_VERSION\n"
    assert lint(text, "DL3008") == []


def test_sudo_does_not_hide_the_install():
    assert len(lint(FROM + "RUN sudo apt-get install -y curl\n", "DL3008")) == 1


def test_other_apt_actions_are_not_installs():
    assert lint(FROM + "RUN apt-get update && apt-get remove -y curl\n", "DL3008") == []


def test_heredoc_script_is_read():
    text = FROM + "RUN <<EOF\nset -e\napt-get install -y curl\nEOF\n"
    assert [f.span for f in lint(text, "DL3008")] == [Span(4, 20, 4, 24)]


def test_onbuild_run_is_read():
    assert len(lint(FROM + "ONBUILD RUN apt-get install -y curl\n", "DL3008")) == 1


def test_exec_form_run_is_read():
    [finding] = lint(FROM + 'RUN ["apt-get", "install", "-y", "curl"]\n', "DL3008")
    assert finding.span.column == 34
