"""DL3019: apk add without --no-cache."""

from __future__ import annotations

from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
ADD = "apk add -U curl=8.11.0-r2"


def test_add_without_no_cache_is_reported_on_the_command():
    assert [f.span for f in lint(FROM + f"RUN {ADD}\n", "DL3019")] == [Span(2, 5, 2, 30)]


def test_no_cache_is_fine():
    assert lint(FROM + "RUN apk add --no-cache curl=8.11.0-r2\n", "DL3019") == []


def test_cache_mount_of_the_apk_cache_keeps_it_out_of_the_layer():
    assert lint(FROM + f"RUN --mount=type=cache,target=/var/cache/apk {ADD}\n", "DL3019") == []


def test_tmpfs_mount_of_the_apk_cache_keeps_it_out_of_the_layer():
    assert lint(FROM + f"RUN --mount=type=tmpfs,target=/var/cache/apk {ADD}\n", "DL3019") == []


def test_mount_of_another_folder_does_not_help():
    assert len(lint(FROM + f"RUN --mount=type=cache,target=/var/cache/foo {ADD}\n", "DL3019")) == 1


def test_removing_the_cache_after_the_install_counts():
    assert lint(FROM + f"RUN {ADD} && rm -rf /var/cache/apk/*\n", "DL3019") == []


def test_removing_the_cache_before_the_install_does_not():
    assert len(lint(FROM + f"RUN rm -rf /var/cache/apk/* && {ADD}\n", "DL3019")) == 1


def test_onbuild_trigger_is_judged():
    assert [f.span.line for f in lint(FROM + f"ONBUILD RUN {ADD}\n", "DL3019")] == [2]


def test_sudo_wrapper_is_peeled():
    assert len(lint(FROM + f"RUN sudo {ADD}\n", "DL3019")) == 1
