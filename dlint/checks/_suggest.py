"""BuildKit's "did you mean" for an undefined variable or FROM argument.

BuildKit's ``suggest.Search`` picks the closest option within two edits,
trying options in order. A name that differs from an option only in case is
the likeliest slip of all, so that option is preferred over any typo
(``$foo`` suggests ``$FOO``). An exact match means nothing was misspelt.
"""

from __future__ import annotations

from collections.abc import Iterable

from dlint.parser.suggest import suggestion


def closest_name(name: str, options: Iterable[str]) -> str | None:
    candidates = list(options)
    if name in candidates:
        return None
    for option in candidates:
        if option.lower() == name.lower():
            return option
    return suggestion(name, candidates, case_sensitive=True)
