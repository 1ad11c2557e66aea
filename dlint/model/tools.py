"""The tool table read once into values: which tool a program is, and what its words mean.

:data:`dlint.model.tool_table.TOOLS` is plain data; this module turns an
entry into a :class:`Tool` the first time a command of that tool is read, so
a lint that runs no package manager pays nothing for the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_PIP = re.compile(r"pip-?[0-9.]*")          # pip, pip3, pip3.12, pip-3.3
_PYTHON = re.compile(r"python[0-9.]*")


@dataclass(frozen=True, slots=True)
class Tool:
    """One tool family of the table (``apt-get`` covers apt-get, apt and aptitude)."""

    name: str
    programs: frozenset[str]
    value_flags: frozenset[str]
    subcommand_value_flags: dict[str, frozenset[str]]
    single_dash_long: bool
    whole_short_options: frozenset[str]        # single-dash words that are one option: wget's ``-nv``
    switches: frozenset[str]                   # options known to take no value
    unlisted_options_take_value: bool
    rest_after_double_dash: bool               # words after ``--`` are no operands (gem's build options)
    run_verbs: frozenset[str]                  # subcommands that fetch and run one package: ``go run``
    canonical: dict[str, str]                  # spelling -> canonical flag name
    verb_kinds: dict[str, str]                 # subcommand -> install/upgrade/update/remove/clean
    main_verbs: dict[str, str]                 # kind -> the subcommand to suggest
    pins: str | None
    version_flag: str | None
    cache_dirs: tuple[str, ...]
    cache_verbs: frozenset[str] | None         # None: every command of the tool fills its cache
    clean_commands: tuple[tuple[str, ...], ...]
    no_cache_flags: tuple[str, ...]
    insecure_flags: dict[str, frozenset[str] | None]
    config_commands: tuple[tuple[str, ...], ...]
    insecure_settings: dict[str, frozenset[str]]

    def takes_value(self, spelling: str, verb: str | None) -> bool:
        """Whether option ``spelling`` takes the next word as its value (after ``verb``, if any)."""
        if spelling in self.value_flags:
            return True
        return verb is not None and spelling in self.subcommand_value_flags.get(verb, ())

    def takes_word(self, spelling: str, verb: str | None, following: str) -> bool:
        """Whether ``--spelling`` takes the word ``following`` as its value, unlisted options included."""
        if self.takes_value(spelling, verb):
            return True
        unlisted = spelling not in self.switches and spelling not in self.canonical
        return self.unlisted_options_take_value and unlisted and spelling.startswith("--") and not following.startswith("-")

    def canonical_name(self, spelling: str) -> str:
        """``yes`` for ``-y``, ``--yes`` and ``--assume-yes``; an unlisted option is its spelling without dashes."""
        return self.canonical.get(spelling) or spelling.lstrip("-")


def tool_of(program: str) -> Tool | None:
    """The tool a normalised program name runs, or None when the table does not know it."""
    name = _programs().get(program)
    return _tool(name) if name is not None else None


def tool_named(name: str) -> Tool:
    """The table entry called ``name`` (``apt-get``, ``pip``...)."""
    return _tool(name)


def normalised_program(values: tuple[str, ...]) -> tuple[str, int]:
    """The program ``values`` (an argv) runs, and how many words name it.

    ``pip3.12 install`` is ``("pip", 1)``, ``python3 -u -m pip install`` is
    ``("pip", 4)`` and ``uv pip install`` is ``("pip", 2)``; any other program
    is its name without its folder.
    """
    name = values[0].rsplit("/", 1)[-1]
    if _PIP.fullmatch(name):
        return "pip", 1
    if _PYTHON.fullmatch(name):
        for index in range(1, len(values) - 1):
            if values[index] == "-m":
                return ("pip", index + 2) if values[index + 1] == "pip" else (name, 1)
            if not values[index].startswith("-"):
                break
    if name == "uv" and len(values) > 1 and values[1] == "pip":
        return "pip", 2
    return name, 1


@cache
def _programs() -> dict[str, str]:
    from dlint.model.tool_table import TOOLS

    return {program: name for name, entry in TOOLS.items() for program in entry["programs"]}


@cache
def _tool(name: str) -> Tool:
    from dlint.model.tool_table import TOOLS

    entry: dict = TOOLS[name]
    flags = entry.get("flags", {})
    verbs = entry.get("verbs", {})
    return Tool(
        name=name,
        programs=frozenset(entry["programs"]),
        value_flags=frozenset(entry.get("value_flags", ())),
        subcommand_value_flags={verb: frozenset(v) for verb, v in entry.get("subcommand_value_flags", {}).items()},
        single_dash_long=entry.get("single_dash_long", False),
        whole_short_options=frozenset(entry.get("whole_short_options", ())),
        switches=frozenset(entry.get("switches", ())),
        unlisted_options_take_value=entry.get("unlisted_options_take_value", False),
        rest_after_double_dash=entry.get("rest_after_double_dash", False),
        run_verbs=frozenset(entry.get("run_verbs", ())),
        canonical={spelling: canonical for canonical, spellings in flags.items() for spelling in spellings},
        verb_kinds={verb: kind for kind, listed in verbs.items() for verb in listed},
        main_verbs={kind: listed[0] for kind, listed in verbs.items()},
        pins=entry.get("pins"),
        version_flag=entry.get("version_flag"),
        cache_dirs=tuple(entry.get("cache_dirs", ())),
        cache_verbs=None if entry.get("cache_verbs", ()) is None else frozenset(entry.get("cache_verbs", ())),
        clean_commands=tuple(entry.get("clean_commands", ())),
        no_cache_flags=tuple(entry.get("no_cache_flags", ())),
        insecure_flags={
            flag: None if values is None else frozenset(values)
            for flag, values in entry.get("insecure_flags", {}).items()
        },
        config_commands=tuple(entry.get("config_commands", ())),
        insecure_settings={key: frozenset(v) for key, v in entry.get("insecure_settings", {}).items()},
    )
