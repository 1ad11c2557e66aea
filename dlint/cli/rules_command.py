"""``dlint rules``: every rule dlint knows, built-in and plugin, as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from dlint.engine.registry import Rule, registered_rules

COLUMNS = ("id", "aliases", "severity", "category", "default", "fixable", "title")


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dlint rules", description="List the rules: id, aliases, severity, category, whether on by default, whether fixable, title.")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    arguments = parser.parse_args(argv)
    rules = sorted(registered_rules().values(), key=lambda rule: rule.id.lower())
    if arguments.format == "json":
        import json

        json.dump([rule_summary(rule) for rule in rules], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(table(rules))
    return 0


def rule_summary(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "aliases": list(rule.aliases),
        "severity": str(rule.severity),
        "category": rule.category,
        "enabled_by_default": rule.enabled,
        "fixable": rule.fixable,
        "experimental": rule.experimental,
        "buildkit_name": rule.buildkit_name,
        "title": rule.title,
    }


MOST_ALIASES_SHOWN = 4


def _shown_aliases(aliases: tuple[str, ...]) -> str:
    """The first few aliases: one rule answering to fifteen Checkov ids must not widen every row."""
    if not aliases:
        return "-"
    shown = ", ".join(aliases[:MOST_ALIASES_SHOWN])
    hidden = len(aliases) - MOST_ALIASES_SHOWN
    return f"{shown} (+{hidden} more)" if hidden > 0 else shown


def table(rules: list[Rule]) -> str:
    rows = [COLUMNS] + [
        (
            rule.id,
            _shown_aliases(rule.aliases),
            str(rule.severity),
            rule.category,
            "on" if rule.enabled else "off",
            "yes" if rule.fixable else "no",
            rule.title,
        )
        for rule in rules
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(COLUMNS) - 1)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) + "  " + row[-1] for row in rows]
    return "\n".join(line.rstrip() for line in lines) + "\n"
