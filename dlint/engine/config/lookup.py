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

from dlint.engine.config.dlint_file import Config, ConfigError, Validator, dlint_config, read_toml, read_yaml
from dlint.engine.selection import RuleIndex

DLINT_FILES = (".dlint.yaml", ".dlint.yml", "pyproject.toml")
HADOLINT_FILES = (".hadolint.yaml", ".hadolint.yml")


def read_config(path: str, index: RuleIndex, *, required: bool = True) -> Config | None:
    """The config in ``path``; None for a pyproject.toml without ``[tool.dlint]`` unless ``required``."""
    try:
        with open(path, encoding="utf-8") as stream:
            text = stream.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise ConfigError(path, 1, 1, f"cannot read config: {reason.lower()}") from None
    name = os.path.basename(path).lower()
    # Any TOML file given with --config is read the way pyproject.toml is: its [tool.dlint] table.
    if name.endswith(".toml"):
        if "tool.dlint" not in text and not required:
            return None
        table, locate = read_toml(path, text)
        if table is None:
            if required:
                raise ConfigError(path, 1, 1, "no [tool.dlint] table")
            return None
        return dlint_config(table, Validator(path, locate, index))
    data, locate = read_yaml(path, text)
    if "hadolint" in name:
        from dlint.engine.config.hadolint_file import hadolint_config

        return hadolint_config(data, Validator(path, locate, index))
    return dlint_config(data, Validator(path, locate, index))


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
