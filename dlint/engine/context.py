"""The rule context, defined by the rule API; kept here for the engine's older imports."""

from __future__ import annotations

from dlint.rule_api import RuleContext

__all__ = ["RuleContext"]
