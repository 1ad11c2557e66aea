"""Finding the rules: every module of :mod:`dlint.checks`, then entry-point plugins."""

from __future__ import annotations

import importlib
import pkgutil

ENTRY_POINT_GROUP = "dlint.rules"

_loaded = False


def load_all() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    import dlint.checks

    for module in pkgutil.iter_modules(dlint.checks.__path__):
        importlib.import_module(f"dlint.checks.{module.name}")
    _load_plugins()


def _load_plugins() -> None:
    from importlib.metadata import entry_points

    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        entry_point.load()
