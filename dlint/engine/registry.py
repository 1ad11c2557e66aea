"""The registry of every rule: the built-in checks and entry-point plugins, loaded once.

Rules declare themselves with :func:`dlint.rule_api.rule`; this module loads
the modules that declare them (:mod:`dlint.engine.loading`) and hands out the
result.
"""

from __future__ import annotations

from dlint.rule_api import RULES, Check, Rule, rule


def registered_rules() -> dict[str, Rule]:
    """Every rule: built-in modules and entry-point plugins, loaded once."""
    from dlint.engine.loading import load_all

    load_all()
    return RULES


__all__ = ["Check", "Rule", "registered_rules", "rule"]
