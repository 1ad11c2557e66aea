"""Finding the rules: every module of :mod:`dlint.checks`, then entry-point plugins."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import threading
from dataclasses import dataclass

ENTRY_POINT_GROUP = "dlint.rules"

_loaded = False
# Threads that lint in parallel must not see a half-filled registry.
_loading = threading.RLock()


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    with _loading:
        if _loaded:
            return
        import dlint.checks
        import dlint.engine.suppressions  # noqa: F401  (declares DLX012 beside the logic that reports it)

        for module in pkgutil.iter_modules(dlint.checks.__path__):
            importlib.import_module(f"dlint.checks.{module.name}")
        _load_plugins()
        _loaded = True


def _load_plugins() -> None:
    if not may_have_plugins():
        return
    from importlib.metadata import entry_points

    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            entry_point.load()
        except Exception as error:  # a broken plugin must not stop the built-in rules
            _plugin_failures.append(PluginFailure(entry_point.name, entry_point.value, error))


def may_have_plugins() -> bool:
    """Whether any installed distribution may declare a ``dlint.rules`` entry point.

    Importing :mod:`importlib.metadata` and parsing every distribution's
    metadata costs tens of milliseconds, paid on each editor save; reading the
    ``entry_points.txt`` files for the group name costs a fraction of that, so
    only a positive answer pays the full price. A path entry this scan cannot
    read (a zip archive) counts as a yes.
    """
    for entry in sys.path:
        folder = entry or "."
        if os.path.isfile(folder):
            return True
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if not name.endswith((".dist-info", ".egg-info")):
                continue
            try:
                with open(os.path.join(folder, name, "entry_points.txt"), encoding="utf-8", errors="replace") as stream:
                    if ENTRY_POINT_GROUP in stream.read():
                        return True
            except OSError:
                continue
    return False


@dataclass(frozen=True)
class PluginFailure:
    """A plugin whose entry point raised while loading."""

    name: str          # the entry point's name
    target: str        # what it points at: "package.module"
    error: BaseException


_plugin_failures: list[PluginFailure] = []


def plugin_failures() -> tuple[PluginFailure, ...]:
    """Plugins whose entry point raised while loading (their rules are missing)."""
    return tuple(_plugin_failures)
