"""How many of a rule's aliases a row or a finding's header shows: one rule answering to fifteen Checkov ids must not bury the rest."""

from __future__ import annotations

MOST_ALIASES_SHOWN = 4


def shown_aliases(aliases: tuple[str, ...]) -> str:
    """The first few aliases, comma-separated, then how many more there are; empty for none."""
    shown = ", ".join(aliases[:MOST_ALIASES_SHOWN])
    hidden = len(aliases) - MOST_ALIASES_SHOWN
    return f"{shown} (+{hidden} more)" if hidden > 0 else shown
