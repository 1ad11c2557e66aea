"""The helpers package-manager rules share: wrappers peeled off, operands, cache mounts."""

from __future__ import annotations

from dlint.checks._run_commands import mount_targets, operand_words, without_wrappers
from dlint.model import load
from dlint.model.shell_script import Command
from dlint.model.shell_syntax import parse_script
from dlint.model.spans import MappedText


def command(text: str) -> Command:
    (found,) = parse_script(MappedText(text, ((0, 1, 1),))).commands
    return found


def values(words) -> list[str]:
    return [word.value for word in words]


def test_wrappers_and_their_options_are_peeled_off():
    assert without_wrappers(command("sudo -u root env DEBIAN_FRONTEND=x apt-get install curl")).program == "apt-get"


def test_a_command_without_wrapper_is_kept_as_it_is():
    plain = command("apt-get install curl")
    assert without_wrappers(plain) is plain


def test_operands_skip_options_and_the_values_they_take():
    words = command("apt-get -o Debug=1 -y install curl").argv[1:]
    assert values(operand_words(words, frozenset({"-o"}))) == ["install", "curl"]


def test_everything_after_a_double_dash_is_an_operand():
    words = command("apt-get install -y -- -weird-name").argv[1:]
    assert values(operand_words(words, frozenset())) == ["install", "-weird-name"]


def test_mount_targets_lists_the_targets_of_the_asked_types():
    text = "FROM a\nRUN --mount=type=cache,target=/c --mount=target=/b --mount=type=tmpfs,dst=/t ls\n"
    run = load(text).instructions[1]
    assert mount_targets(run, "cache", "tmpfs") == ("/c", "/t")
