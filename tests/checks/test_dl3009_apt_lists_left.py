"""DL3009: apt lists left behind by apt-get update, in stages that ship."""

from __future__ import annotations

from dlint.model.commands import braces_expanded
from dlint.model.spans import Span
from tests.helpers import lint

UPDATE = "RUN apt-get update && apt-get install -y curl\n"


def test_update_without_removing_lists_is_reported_on_the_update_command():
    findings = lint("FROM ubuntu:24.04\n" + UPDATE, "DL3009")
    assert [f.span for f in findings] == [Span(2, 5, 2, 19)]


def test_removing_the_lists_in_the_same_run_is_fine():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n"
    assert lint(text, "DL3009") == []


def test_apt_get_clean_does_not_remove_the_lists_and_the_message_says_so():
    text = "FROM ubuntu:16.04\nRUN apt-get update && apt-get install -y python3 && apt-get clean\n"
    (finding,) = lint(text, "DL3009")
    assert "`apt-get clean` does not remove" in finding.message


def test_removing_the_lists_in_a_later_run_is_too_late():
    text = "FROM ubuntu:24.04\n" + UPDATE + "RUN rm -rf /var/lib/apt/lists/*\n"
    assert [f.span.line for f in lint(text, "DL3009")] == [2]


def test_unrelated_rm_is_not_a_cleanup():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /tmp/*\n"
    assert len(lint(text, "DL3009")) == 1


def test_apt_update_counts_too():
    assert len(lint("FROM ubuntu:24.04\nRUN apt update && apt install -y curl\n", "DL3009")) == 1


def test_cache_mount_over_the_lists_keeps_them_out_of_the_layer():
    text = "FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install x\n"
    assert lint(text, "DL3009") == []


def test_cache_mount_over_the_apt_cache_only_does_not_help():
    text = "FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n"
    assert len(lint(text, "DL3009")) == 1


def test_builder_stage_that_is_only_copied_from_is_not_judged():
    text = "FROM ubuntu:24.04 AS build\n" + UPDATE + "FROM scratch\nCOPY --from=build /usr/bin/curl /curl\n"
    assert lint(text, "DL3009") == []


def test_stage_another_stage_is_built_from_is_judged():
    text = "FROM ubuntu:24.04 AS base\n" + UPDATE + "FROM base\nRUN echo hi\n"
    assert [f.span.line for f in lint(text, "DL3009")] == [2]


def test_last_stage_is_judged():
    text = "FROM ubuntu:24.04 AS build\nRUN echo hi\nFROM ubuntu:24.04\n" + UPDATE
    assert [f.span.line for f in lint(text, "DL3009")] == [4]


def test_onbuild_trigger_is_judged():
    text = "FROM ubuntu:24.04 AS base\nONBUILD " + UPDATE + "FROM scratch\n"
    assert [f.span.line for f in lint(text, "DL3009")] == [2]


def test_heredoc_script_cleanup_is_seen():
    text = "FROM ubuntu:24.04\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n"
    assert lint(text, "DL3009") == []


def test_removing_the_whole_apt_state_folder_counts():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/*\n"
    assert lint(text, "DL3009") == []


def test_brace_expansion_that_reaches_the_lists_counts():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/{apt,dpkg}/\n"
    assert lint(text, "DL3009") == []


def test_nested_brace_expansion_that_reaches_the_lists_counts():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/{cache/x,lib/{apt,dpkg}}\n"
    assert lint(text, "DL3009") == []


def test_brace_words_are_capped_at_64():
    assert len(braces_expanded("/x/" + "{a,b}" * 40)) == 64


def test_brace_words_keep_the_shell_order():
    assert braces_expanded("/x/{a,b}{c,d}") == ["/x/ac", "/x/ad", "/x/bc", "/x/bd"]


def test_braces_without_a_comma_are_literal():
    assert braces_expanded("/x/{a}") == ["/x/{a}"]


def test_misspelt_lists_folder_is_not_a_cleanup():
    text = "FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/list/*\n"
    assert len(lint(text, "DL3009")) == 1


def test_apt_get_dist_clean_removes_the_lists():
    text = "FROM debian:13\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n"
    assert lint(text, "DL3009") == []


def test_find_that_deletes_the_lists_counts_and_one_that_lists_them_does_not():
    cleanup = "find /var/lib/apt/lists -type f -delete"
    assert lint(f"FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y x && {cleanup}\n", "DL3009") == []
    listing = "find /var/lib/apt/lists -type f"
    assert len(lint(f"FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y x && {listing}\n", "DL3009")) == 1


def test_run_after_an_empty_stage_belongs_to_the_last_stage():
    text = "FROM postgres:16 AS unused\nFROM r-base:4.4\nRUN apt-get update && apt-get install -y x\n"
    assert [f.span.line for f in lint(text, "DL3009")] == [3]


def test_run_in_a_builder_after_an_empty_base_stage_is_not_judged():
    text = (
        "FROM ubuntu:24.04 AS base\nFROM base AS build\nRUN apt-get update && apt-get install -y gcc\n"
        "FROM base\nCOPY --from=build /usr/bin/gcc /gcc\n"
    )
    assert lint(text, "DL3009") == []


def test_aptitude_update_fills_the_same_lists():
    assert len(lint("FROM debian:12\nRUN aptitude update && aptitude install -y curl\n", "DL3009")) == 1
