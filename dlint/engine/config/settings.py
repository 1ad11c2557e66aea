"""The settings one Dockerfile is linted with: its config file and the command line, combined.

The command line overrides the config: its ``--select`` starts the selection
afresh, its ``--extend-select``/``--ignore`` adjust what the config chose, its
``--severity`` and ``--build-arg`` win key by key and its ``--fail-on`` and
``--context`` replace the config's. ``per-file-ignores`` apply last, to the
files their globs match.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from dlint.engine.config.dlint_file import Config, fail_threshold
from dlint.engine.config.globs import glob_matches
from dlint.engine.findings import Severity
from dlint.engine.selection import RuleIndex, SelectionLayer, enabled_by_default, resolve_severities, select_rules


@dataclass(frozen=True)
class FileSettings:
    """Everything that decides how one file is linted; plain data, so it can go to a worker process."""

    rules: frozenset[str]                      # ids of the rules to run
    layers: tuple[SelectionLayer, ...] = ()    # how ``rules`` was chosen, to redo it when a file enables experimental rules
    ignored_here: frozenset[str] = frozenset()  # dropped by per-file-ignores
    severities: Mapping[str, Severity] = field(default_factory=dict)   # only the levels the user set
    fail_on: Severity | None = Severity.STYLE
    build_args: Mapping[str, str] = field(default_factory=dict)
    context: str | None = None                 # the build context the user named; None: the Dockerfile's folder
    trusted_registries: tuple[str, ...] = ()
    label_schema: Mapping[str, str] = field(default_factory=dict)
    strict_labels: bool = False
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    inline_ignores: bool = True
    shellcheck: str | None = None              # the ShellCheck program named by --shellcheck or the config

    def rules_with(self, index: RuleIndex, extra: frozenset[str]) -> frozenset[str]:
        """The rules to run when the file itself turns on ``extra`` (BuildKit experimental checks)."""
        if extra <= self.rules:
            return self.rules
        # run the layers over a base that includes ``extra``: what survives was not ignored
        surviving = select_rules(index, self.layers, enabled_by_default(index) | extra) & extra
        return self.rules | (surviving - self.ignored_here)


class SettingsResolver:
    """Combines each file's config with the command line, once per config file."""

    def __init__(self, index: RuleIndex, command_line: Config):
        self._index = index
        self._command_line = command_line
        self._combined: dict[int, tuple[Config | None, FileSettings]] = {}

    def for_file(self, config: Config | None, path: str | None) -> FileSettings:
        key = id(config)
        if key not in self._combined:
            self._combined[key] = (config, self._combine(config))
        settings = self._combined[key][1]
        if config is None or not config.per_file_ignores or path is None:
            return settings
        ignored = self._per_file_ignored(config, path)
        if not ignored:
            return settings
        return replace(settings, rules=settings.rules - ignored, ignored_here=ignored)

    def _combine(self, config: Config | None) -> FileSettings:
        cli = self._command_line
        sources = [c for c in (config, cli) if c is not None]
        layers = tuple(c.selection for c in sources)
        severities = resolve_severities(self._index, [c.severities for c in sources])
        return FileSettings(
            rules=select_rules(self._index, layers),
            layers=layers,
            severities=severities,
            fail_on=fail_threshold(cli.fail_on or (config.fail_on if config else None)),
            build_args={**(config.build_args if config else {}), **cli.build_args},
            context=_first_set(sources, "context", None),
            trusted_registries=_first_set(sources, "trusted_registries", ()),
            label_schema=dict(_first_set(sources, "label_schema", {})),
            strict_labels=_first_set(sources, "strict_labels", False),
            rule_options={**(config.rule_options if config else {}), **cli.rule_options},
            inline_ignores=all(c.inline_ignores for c in sources),
            shellcheck=_first_set(sources, "shellcheck", None),
        )

    def _per_file_ignored(self, config: Config, path: str) -> frozenset[str]:
        relative = os.path.relpath(os.path.abspath(path), config.directory).replace(os.sep, "/")
        ignored: set[str] = set()
        for pattern, selectors in config.per_file_ignores:
            if glob_matches(pattern, relative):
                for selector in selectors:
                    ignored.update(self._index.resolve(selector))
        return frozenset(ignored)


def _first_set(sources: list[Config], name: str, default: Any) -> Any:
    """The value from the last source that sets ``name`` (the command line outranks the config)."""
    for source in reversed(sources):
        value = getattr(source, name)
        if value is not None:
            return value
    return default
