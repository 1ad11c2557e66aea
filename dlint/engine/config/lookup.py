"""Finding the config that applies to a Dockerfile, reading each config file once.

From the Dockerfile's folder dlint walks up to the repository root (the folder
holding ``.git``) or the filesystem root. The nearest ``.dlint.yaml`` or
``pyproject.toml`` with a ``[tool.dlint]`` table wins (in one folder, the YAML
file first). Only when no dlint config exists on that walk does the nearest
``.hadolint.yaml``/``.hadolint.yml`` apply. ``--config FILE`` replaces the
search, ``--no-config`` disables it. Answers are cached per folder, so a
thousand Dockerfiles in one tree cost one walk.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from dlint.engine.config.dlint_file import Config, ConfigError, Locate, Validator, dlint_config, read_toml, read_yaml
from dlint.engine.selection import RuleIndex

DLINT_FILES = (".dlint.yaml", ".dlint.yml", "pyproject.toml")
HADOLINT_FILES = (".hadolint.yaml", ".hadolint.yml")


# No real config comes near these; a larger or deeper file is a mistake, and parsing it would hang or overflow.
MOST_CONFIG_BYTES = 10 * 1024 * 1024
MOST_NESTING = 32


def read_config(path: str, index: RuleIndex, *, required: bool = True) -> Config | None:
    """The config in ``path``; None for a pyproject.toml without ``[tool.dlint]`` unless ``required``."""
    text = _config_text(path)
    name = os.path.basename(path).lower()
    # Any TOML file given with --config is read the way pyproject.toml is: its [tool.dlint] table.
    if name.endswith(".toml"):
        if "tool.dlint" not in text and not required:
            return None
        table, locate = _parsed(path, read_toml, text)
        if table is None:
            if required:
                raise ConfigError(path, None, None, "no [tool.dlint] table")
            return None
        return dlint_config(table, Validator(path, locate, index))
    data, locate = _parsed(path, read_yaml, text)
    if "hadolint" in name:
        from dlint.engine.config.hadolint_file import hadolint_config

        return hadolint_config(data, Validator(path, locate, index))
    return dlint_config(data, Validator(path, locate, index))


def _config_text(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as stream:
            if os.fstat(stream.fileno()).st_size > MOST_CONFIG_BYTES:
                raise ConfigError(path, None, None, f"config is larger than {MOST_CONFIG_BYTES // (1024 * 1024)} MB")
            text = stream.read(MOST_CONFIG_BYTES + 1)   # a pipe has no size to check beforehand
    except FileNotFoundError:
        raise ConfigError(path, None, None, "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ConfigError(path, None, None, f"cannot read config: {reason.lower()}") from None
    if len(text) > MOST_CONFIG_BYTES:
        raise ConfigError(path, None, None, f"config is larger than {MOST_CONFIG_BYTES // (1024 * 1024)} MB")
    return text


def _parsed(path: str, parse: Callable[[str, str], tuple[Any, Locate]], text: str) -> tuple[Any, Locate]:
    too_deep = ConfigError(path, None, None, f"values nest more than {MOST_NESTING} levels deep")
    try:
        data, locate = parse(path, text)
    except RecursionError:
        raise too_deep from None
    if _nesting(data) > MOST_NESTING:
        raise too_deep
    return data, locate


def _nesting(data: Any) -> int:
    """How many mappings and lists deep ``data`` goes, counted without recursion."""
    deepest = 0
    pending = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, Mapping):
            children = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth <= MOST_NESTING:
            pending.extend((child, depth + 1) for child in children)
    return deepest


class ConfigFinder:
    """Which config applies to each linted file."""

    def __init__(self, index: RuleIndex, explicit: str | None = None, search: bool = True):
        self._index = index
        self._explicit = read_config(explicit, index) if explicit else None
        self._search = search and explicit is None
        self._dlint: dict[str, Config | None] = {}
        self._hadolint: dict[str, Config | None] = {}

    def for_file(self, path: str | None) -> Config | None:
        """The config for the Dockerfile at ``path`` (None: stdin without a name, searched from here)."""
        if self._explicit is not None or not self._search:
            return self._explicit
        folder = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        return self._nearest(folder, DLINT_FILES, self._dlint) or self._nearest(folder, HADOLINT_FILES, self._hadolint)

    def _nearest(self, folder: str, names: tuple[str, ...], cache: dict[str, Config | None]) -> Config | None:
        walked = []
        found = None
        while True:
            if folder in cache:
                found = cache[folder]
                break
            walked.append(folder)
            found = self._config_in(folder, names)
            parent = os.path.dirname(folder)
            if found is not None or parent == folder or os.path.exists(os.path.join(folder, ".git")):
                break
            folder = parent
        for visited in walked:
            cache[visited] = found
        return found

    def _config_in(self, folder: str, names: tuple[str, ...]) -> Config | None:
        for name in names:
            candidate = os.path.join(folder, name)
            if os.path.isfile(candidate):
                config = read_config(candidate, self._index, required=False)
                if config is not None:
                    return config
        return None
