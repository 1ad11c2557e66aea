"""The ``--mount`` flags of RUN, read as BuildKit reads them."""

from __future__ import annotations

import pytest

from dlint.model import load
from dlint.model.mounts import read_mount, run_mounts, under_cache_mount
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


def _run_with(mount: str):
    return load(f"FROM alpine\nRUN --mount={mount} true\n").instructions[1]


@pytest.mark.parametrize(
    "target", ["/root/.npm", "/home/node/.npm", "~/.npm", "$HOME/.npm", "${HOME}/.npm", "/home/node", "/root"]
)
def test_a_home_folder_is_covered_by_a_mount_in_any_users_home(target):
    assert under_cache_mount(_run_with(f"type=cache,target={target}"), "~/.npm")


@pytest.mark.parametrize("target", ["/home/node/.cache", "/root/.cache/pip", "/home/app/.cache/"])
def test_a_mount_of_the_folder_holding_a_home_path_covers_it(target):
    assert under_cache_mount(_run_with(f"type=cache,target={target}"), "~/.cache/pip")


@pytest.mark.parametrize("target", ["/home/node/.cache/yarn", "/home", "/var/cache/pip"])
def test_a_mount_beside_a_home_path_does_not_cover_it(target):
    assert not under_cache_mount(_run_with(f"type=cache,target={target}"), "~/.cache/pip")


def test_an_absolute_path_is_covered_by_its_folder_only():
    assert under_cache_mount(_run_with("type=tmpfs,target=/go/pkg"), "/go/pkg/mod")
    assert not under_cache_mount(_run_with("type=cache,target=/go/pkg/mod/cache"), "/go/pkg/mod")


def test_only_cache_and_tmpfs_mounts_keep_a_folder_out_of_the_layer():
    assert not under_cache_mount(_run_with("type=bind,target=/root/.npm"), "~/.npm")


def test_a_mount_inside_a_folder_counts_only_when_asked():
    run = _run_with("type=cache,target=/go/pkg/mod/cache")
    assert not under_cache_mount(run, "/go/pkg/mod")
    assert under_cache_mount(run, "/go/pkg/mod", or_inside=True)
    assert under_cache_mount(_run_with("type=cache,target=/home/app/.m2/repository/org"), "~/.m2", or_inside=True)
