"""Settings from a config file: ``.dlint.yaml`` or ``[tool.dlint]`` in ``pyproject.toml``.

A config is validated when it is read: an unknown key, an unknown rule id, a
bad level or a value of the wrong type is a :class:`ConfigError` naming the
file, line and column, so a typo never silently turns a rule off.

``.dlint.yaml`` looks like::

    select: [DL3, StageNameCasing]       # or "DL3, StageNameCasing"
    extend-select: [DLX012]
    ignore: [DL3008]
    severity: {DL3006: error}
    fail-on: warning                     # error|warning|info|style|none
    per-file-ignores:
      "legacy/**": [DL3006]              # globs relative to this file's folder
    build-args: {TAG: "1.2"}
    context: ..                          # the build context, relative to this file's folder
    trusted-registries: [registry.example.com]
    label-schema: {maintainer: email}
    strict-labels: true
    rules:
      DLX004: {today: "2025-01-01"}

Finding the config that applies to a Dockerfile is :mod:`dlint.engine.config.lookup`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dlint.engine.config.globs import glob_problem
from dlint.engine.findings import Severity
from dlint.engine.selection import SelectionLayer, UnknownRule, split_selectors

if TYPE_CHECKING:
    from dlint.engine.selection import RuleIndex

LEVELS = ("error", "warning", "info", "style")
FAIL_ON_LEVELS = (*LEVELS, "none")
LABEL_TYPES = ("text", "url", "semver", "hash", "rfc3339", "spdx", "email")

KeyPath = tuple[Any, ...]
Locate = Callable[[KeyPath], tuple[int, int]]


class ConfigError(Exception):
    """A config file dlint refuses, with where the offending key is when one is to blame."""

    def __init__(self, path: str, line: int | None, column: int | None, message: str):
        self.path = path
        self.line = line
        self.column = column
        self.message = message
        super().__init__(f"{self.where}: {message}")

    @property
    def where(self) -> str:
        """``path:line:column``, or just the path when the whole file is at fault."""
        return self.path if self.line is None else f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Config:
    """One source of settings. Unset fields (None) leave the choice to other sources."""

    path: str | None = None                  # the file it came from; None for the command line
    selection: SelectionLayer = SelectionLayer()
    severities: tuple[tuple[str, Severity], ...] = ()       # selector -> level, in the order written
    fail_on: str | None = None                               # one of FAIL_ON_LEVELS
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    build_args: Mapping[str, str] = field(default_factory=dict)
    context: str | None = None               # the build context folder, absolute; None: each Dockerfile's folder
    trusted_registries: tuple[str, ...] | None = None
    label_schema: Mapping[str, str] | None = None
    strict_labels: bool | None = None
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    inline_ignores: bool = True              # hadolint's disable-ignore-pragma turns them off
    shellcheck: str | None = None            # the ShellCheck program the SC rules run: a name on the PATH or a path

    @property
    def directory(self) -> str:
        """The folder per-file-ignores globs are relative to."""
        return os.path.dirname(os.path.abspath(self.path)) if self.path else os.getcwd()


def fail_threshold(fail_on: str | None) -> Severity | None:
    """The lowest severity that fails the run; None when nothing does (``none``)."""
    if fail_on is None:
        return Severity.STYLE
    if fail_on == "none":
        return None
    return Severity.parse(fail_on)


class Validator:
    """Checks values read from one config file, raising :class:`ConfigError` at their position."""

    def __init__(self, path: str, locate: Locate, index: RuleIndex):
        self.path = path
        self.locate = locate
        self.index = index

    def error(self, keys: KeyPath, message: str) -> ConfigError:
        line, column = self.locate(keys)
        return ConfigError(self.path, line, column, message)

    def mapping(self, value: Any, keys: KeyPath) -> Mapping:
        if value is None and keys:
            return {}
        if not isinstance(value, Mapping):
            raise self.error(keys, f"{_name(keys)} must be a mapping")
        for key in value:
            if not isinstance(key, str):
                raise self.error((*keys, key), f"{_name(keys)} keys must be strings, not {key!r}")
        return value

    def string(self, value: Any, keys: KeyPath) -> str:
        if not isinstance(value, str):
            raise self.error(keys, f"{_name(keys)} must be a string")
        return value

    def boolean(self, value: Any, keys: KeyPath) -> bool:
        if not isinstance(value, bool):
            raise self.error(keys, f"{_name(keys)} must be true or false")
        return value

    def choice(self, value: Any, keys: KeyPath, choices: Sequence[str]) -> str:
        text = self.string(value, keys).strip().lower()
        if text not in choices:
            raise self.error(keys, f"{_name(keys)} must be one of {', '.join(choices)}, not {value!r}")
        return text

    def strings(self, value: Any, keys: KeyPath) -> tuple[str, ...]:
        """A list of strings, or one comma-separated string."""
        if isinstance(value, str):
            return split_selectors(value)
        if not isinstance(value, Sequence):
            raise self.error(keys, f"{_name(keys)} must be a list of strings")
        return tuple(self.string(item, (*keys, position)).strip() for position, item in enumerate(value))

    def selectors(self, value: Any, keys: KeyPath, *, known_only: bool = True) -> tuple[str, ...]:
        """Rule selectors; unknown ones are an error, or dropped when ``known_only`` is False."""
        kept = []
        for position, selector in enumerate(self.strings(value, keys)):
            if known_only:
                kept.append(self.selector(selector, keys if isinstance(value, str) else (*keys, position)))
            elif _resolvable(self.index, selector):
                kept.append(selector)
        return tuple(kept)

    def selector(self, selector: str, keys: KeyPath) -> str:
        try:
            self.index.resolve(selector)
        except UnknownRule as unknown:
            raise self.error(keys, str(unknown)) from None
        return selector

    def glob(self, pattern: str, keys: KeyPath) -> str:
        problem = glob_problem(pattern)
        if problem is not None:
            raise self.error(keys, f"{_name(keys[:-1])} glob {pattern!r} is malformed: {problem}")
        return pattern

    def folder(self, value: Any, keys: KeyPath) -> str:
        """An existing folder, absolute; a relative one is taken from the config's folder."""
        folder = os.path.join(os.path.dirname(os.path.abspath(self.path)), self.string(value, keys))
        if not os.path.isdir(folder):
            raise self.error(keys, f"{_name(keys)} {value!r} is not a folder")
        return os.path.abspath(folder)

    def program(self, value: Any, keys: KeyPath) -> str:
        """A program's name, looked up on the PATH, or a path taken from the config's folder when it has a slash."""
        name = self.string(value, keys)
        if "/" not in name:
            return name
        return os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(self.path)), name))

    def level(self, value: Any, keys: KeyPath) -> Severity:
        return Severity.parse(self.choice(value, keys, LEVELS))

    def build_args(self, value: Any, keys: KeyPath) -> dict[str, str]:
        args = {}
        for name, arg in self.mapping(value, keys).items():
            if isinstance(arg, bool):
                arg = "true" if arg else "false"
            elif isinstance(arg, int):
                arg = str(arg)
            elif not isinstance(arg, str):
                raise self.error((*keys, name), f"build arg {name} must be a string (quote numbers such as \"1.20\")")
            args[name] = arg
        return args

    def label_schema(self, value: Any, keys: KeyPath) -> dict[str, str]:
        return {label: self.choice(kind, (*keys, label), LABEL_TYPES) for label, kind in self.mapping(value, keys).items()}

    def rule_options(self, value: Any, keys: KeyPath) -> dict[str, dict[str, Any]]:
        options: dict[str, dict[str, Any]] = {}
        for name, settings in self.mapping(value, keys).items():
            ids = self.index.lookup(name)
            if len(ids) != 1:
                raise self.error((*keys, name), f"unknown rule {name!r}" if not ids else f"{name!r} names several rules")
            rule = self.index.rules[ids[0]]
            chosen = options.setdefault(rule.id, {})
            for option, option_value in self.mapping(settings, (*keys, name)).items():
                if option not in rule.options:
                    known = ", ".join(rule.options) or "none"
                    raise self.error((*keys, name, option), f"rule {rule.id} has no option {option!r} (options: {known})")
                default = rule.options[option]
                if default is not None and not _same_kind(default, option_value):
                    raise self.error((*keys, name, option), f"option {option} of {rule.id} must be {_kind(default)}")
                chosen[option] = _plain(option_value)
        return options


def _resolvable(index: RuleIndex, selector: str) -> bool:
    try:
        index.resolve(selector)
    except UnknownRule:
        return False
    return True


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    if isinstance(default, str):
        return isinstance(value, str)
    if isinstance(default, Mapping):
        return isinstance(value, Mapping)
    if isinstance(default, (list, tuple)):
        return isinstance(value, Sequence) and not isinstance(value, str)
    return True


def _kind(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, (int, float)):
        return "a number"
    if isinstance(default, str):
        return "a string"
    if isinstance(default, Mapping):
        return "a mapping"
    return "a list"


def _plain(value: Any) -> Any:
    """Config values as builtin types, so rules never see ruamel's wrappers."""
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, Sequence):
        return [_plain(v) for v in value]
    return value


def _name(keys: KeyPath) -> str:
    return " ".join(str(k) for k in keys if not isinstance(k, int)) or "the config"


DLINT_KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "fail-on",
    "per-file-ignores",
    "build-args",
    "context",
    "trusted-registries",
    "label-schema",
    "strict-labels",
    "rules",
    "shellcheck",
)


def dlint_config(data: Any, check: Validator) -> Config:
    """A :class:`Config` from the parsed body of ``.dlint.yaml`` or ``[tool.dlint]``."""
    settings = check.mapping({} if data is None else data, ())
    for key in settings:
        if key not in DLINT_KEYS:
            raise check.error((key,), f"unknown key {key!r} (expected one of {', '.join(DLINT_KEYS)})")

    def get(key: str) -> Any:
        return settings.get(key)

    select = check.selectors(get("select"), ("select",)) if "select" in settings else None
    severities = tuple(
        (check.selector(selector, ("severity", selector)), check.level(level, ("severity", selector)))
        for selector, level in check.mapping(get("severity"), ("severity",)).items()
    )
    per_file_ignores = tuple(
        (check.glob(glob, ("per-file-ignores", glob)), check.selectors(rules, ("per-file-ignores", glob)))
        for glob, rules in check.mapping(get("per-file-ignores"), ("per-file-ignores",)).items()
    )
    return Config(
        path=check.path,
        selection=SelectionLayer(
            select=select,
            extend_select=check.selectors(get("extend-select") or (), ("extend-select",)),
            ignore=check.selectors(get("ignore") or (), ("ignore",)),
        ),
        severities=severities,
        fail_on=check.choice(get("fail-on"), ("fail-on",), FAIL_ON_LEVELS) if "fail-on" in settings else None,
        per_file_ignores=per_file_ignores,
        build_args=check.build_args(get("build-args"), ("build-args",)),
        context=check.folder(get("context"), ("context",)) if "context" in settings else None,
        trusted_registries=(
            check.strings(get("trusted-registries"), ("trusted-registries",)) if "trusted-registries" in settings else None
        ),
        label_schema=check.label_schema(get("label-schema"), ("label-schema",)) if "label-schema" in settings else None,
        strict_labels=check.boolean(get("strict-labels"), ("strict-labels",)) if "strict-labels" in settings else None,
        rule_options=check.rule_options(get("rules"), ("rules",)),
        shellcheck=check.program(get("shellcheck"), ("shellcheck",)) if "shellcheck" in settings else None,
    )


def read_yaml(path: str, text: str) -> tuple[Any, Locate]:
    """Parse YAML keeping positions; ruamel is imported here, only when a YAML config exists."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        data = YAML(typ="rt").load(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise ConfigError(path, line, column, f"invalid YAML: {error.problem or error.context}") from None
    except YAMLError as error:
        raise ConfigError(path, None, None, f"invalid YAML: {error}") from None
    return data, lambda keys: _yaml_position(data, keys)


def _yaml_position(node: Any, keys: KeyPath) -> tuple[int, int]:
    line, column = 0, 0
    for key in keys:
        positions = getattr(node, "lc", None)
        if positions is None:
            break
        try:
            line, column = positions.item(key) if isinstance(key, int) else positions.key(key)
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
    return line + 1, column + 1


def read_toml(path: str, text: str) -> tuple[Any, Locate]:
    """The ``[tool.dlint]`` table of a pyproject.toml (None when absent), with approximate key positions."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            raise ConfigError(path, None, None, "reading pyproject.toml needs Python 3.11 or the tomli package") from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, column = _toml_error_position(str(error))
        raise ConfigError(path, line, column, f"invalid TOML: {error}") from None
    table = document.get("tool", {}).get("dlint")
    lines = text.splitlines()
    return table, lambda keys: _toml_position(lines, keys)


def _toml_error_position(message: str) -> tuple[int, int]:
    match = re.search(r"line (\d+), column (\d+)", message)
    return (int(match.group(1)), int(match.group(2))) if match else (1, 1)


def _toml_position(lines: list[str], keys: KeyPath) -> tuple[int, int]:
    """Where ``keys`` is written under ``[tool.dlint...]``: tomllib keeps no positions, so search the text."""
    header = next((n for n, line in enumerate(lines) if re.match(r"\s*\[\s*tool\.dlint\b", line)), None)
    if header is None:
        return 1, 1
    names = [k for k in keys if isinstance(k, str)]
    for name in reversed(names):
        pattern = re.compile(r'(^|[\s{,.])["\']?' + re.escape(name) + r'["\']?\s*=')
        for number in range(header, len(lines)):
            match = pattern.search(lines[number])
            if match:
                return number + 1, match.start() + len(match.group(1)) + 1
    return header + 1, 1
