"""The ``--mount`` flags of RUN, read as BuildKit reads them."""

from __future__ import annotations

import pytest

from dlint.model import load
from dlint.model.mounts import read_mount, run_mounts
from dlint.model.spans import Span

NOWHERE = Span(1, 1, 1, 1)


def mounts(dockerfile: str):
    return run_mounts(load(dockerfile).instructions[-1])


@pytest.mark.parametrize(
    ("mount", "source"),
    [
        ("type=bind,from=build,target=/x", "build"),
        ("FROM=build,target=/x", "build"),
        ('type=bind,"from=a,b",target=/x', "a,b"),
        ("type=cache,target=/x", None),
        ("from=a,from=b", "b"),
        ("", None),
    ],
)
def test_mount_source(mount, source):
    assert read_mount(mount, NOWHERE).from_ == source


def test_a_mount_without_type_is_a_bind_mount():
    assert read_mount("target=/x", NOWHERE).type == "bind"


def test_mount_type_is_compared_lower_cased():
    assert read_mount("type=Cache,target=/x", NOWHERE).type == "cache"


@pytest.mark.parametrize("key", ["target", "dst", "destination", "TARGET"])
def test_every_spelling_of_target_names_the_target(key):
    assert read_mount(f"type=cache,{key}=/root/.cache", NOWHERE).target == "/root/.cache"


def test_the_last_target_written_wins():
    assert read_mount("dst=/a,target=/b,destination=/c", NOWHERE).target == "/c"


def test_fields_without_a_value_are_left_out():
    assert read_mount("type=bind,ro,target=/x", NOWHERE).fields == (("type", "bind"), ("target", "/x"))


def test_run_mounts_lists_every_mount_flag_in_order_with_its_span():
    found = mounts("FROM a\nRUN --mount=type=cache,target=/1 --mount=from=b,target=/2 ls\n")
    assert [(mount.type, mount.target, mount.from_) for mount in found] == [("cache", "/1", None), ("bind", "/2", "b")]
    assert found[0].span == Span(2, 5, 2, 33)


def test_an_instruction_without_mounts_has_none():
    assert mounts("FROM a\nRUN ls\n") == ()
