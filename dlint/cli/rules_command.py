"""``dlint rules``: every rule dlint knows, built-in and plugin, as a table or JSON."""

from __future__ import annotations

import argparse

from dlint.cli.messages import to_stdout
from dlint.engine.registry import Rule, registered_rules
from dlint.reporters.aliases import shown_aliases

COLUMNS = ("id", "aliases", "severity", "category", "default", "fixable", "title")


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dlint rules", description="List the rules: id, aliases, severity, category, whether on by default, whether fixable, title.")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    arguments = parser.parse_args(argv)
    rules = sorted(registered_rules().values(), key=lambda rule: rule.id.lower())
    if arguments.format == "json":
        import json

        text = json.dumps([rule_summary(rule) for rule in rules], indent=2) + "\n"
    else:
        text = table(rules)
    return 0 if to_stdout(text) else 2


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


def table(rules: list[Rule]) -> str:
    rows = [COLUMNS] + [
        (
            rule.id,
            shown_aliases(rule.aliases) or "-",
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
