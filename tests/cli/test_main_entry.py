"""``dlint.cli.main.main(argv) -> int`` in-process: exit codes and the no-traceback promise."""

from __future__ import annotations

import pytest

from dlint.cli import main as entry
from dlint.cli import rules_command


def test_version_returns_0(capsys):
    assert entry.main(["--version"]) == 0
    assert capsys.readouterr().out == "dlint 0.1.0\n"


def test_a_usage_error_returns_2(capsys):
    assert entry.main(["--format", "xml"]) == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_without_a_traceback(monkeypatch, capsys):
    def broken(argv):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rules_command, "run", broken)
    assert entry.main(["rules"]) == 2
    assert capsys.readouterr().err == "dlint: error: internal error: RuntimeError: disk on fire\n"


def test_debug_adds_the_traceback_of_an_unexpected_error(monkeypatch, capsys):
    def broken(argv):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rules_command, "run", broken)
    assert entry.main(["rules", "--debug"]) == 2
    assert "Traceback (most recent call last)" in capsys.readouterr().err


def test_interrupt_returns_130(monkeypatch):
    def interrupted(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(rules_command, "run", interrupted)
    assert entry.main(["rules"]) == 130


@pytest.mark.parametrize("command", sorted(entry.SUBCOMMANDS))
def test_each_subcommand_module_has_a_run_function(command):
    import importlib

    assert callable(importlib.import_module(entry.SUBCOMMANDS[command]).run)
