"""``dlint explain RULE``: one rule's documentation, from its catalogue entry.

RULE may be the id or any alias, in any letter case. A plugin rule without a
catalogue entry is explained by its check's docstring.
"""

from __future__ import annotations

import argparse
import inspect
import textwrap

from dlint.cli import messages
from dlint.engine.catalogue import CatalogueEntry, CatalogueError, Example, entry_for
from dlint.engine.registry import Rule


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dlint explain", description="Show a rule's documentation.")
    parser.add_argument("rule", metavar="RULE", help="a rule id or alias, e.g. DL3006 or StageNameCasing")
    arguments = parser.parse_args(argv)
    from dlint.engine.lint import current_index

    index = current_index()
    ids = index.lookup(arguments.rule)
    if not ids:
        messages.error(f"unknown rule {arguments.rule!r} (dlint rules lists them)")
        return 2
    pages = []
    for rule_id in ids:
        rule = index.rules[rule_id]
        try:
            entry = entry_for(rule.id)
        except CatalogueError as broken:
            messages.error(str(broken))
            return 2
        pages.append(explanation(rule, entry))
    return 0 if messages.to_stdout("\n\n".join(pages)) else 2


def explanation(rule: Rule, entry: CatalogueEntry | None) -> str:
    facts = [
        f"severity: {rule.severity}",
        f"category: {rule.category}",
        "on by default" if rule.enabled else "off by default (turn on with --extend-select)",
        _fixability(rule, entry),
    ]
    if rule.aliases:
        facts.insert(0, f"also known as: {', '.join(rule.aliases)}")
    if rule.buildkit_name:
        facts.append(f"BuildKit check: {rule.buildkit_name}{' (experimental)' if rule.experimental else ''}")
    parts = [f"{rule.id}: {rule.title}", "\n".join(facts)]
    if entry is None:
        parts.append(inspect.getdoc(rule.check) or inspect.getdoc(inspect.getmodule(rule.check)) or "")
    else:
        parts += [entry.summary]
        parts += _section("Why is this a problem?", entry.rationale)
        parts += _section("How to fix it", entry.fix)
        if entry.options:
            parts += _section(
                "Options",
                "\n".join(f"{name}: {text} (default: {rule.options.get(name)!r})" for name, text in entry.options.items()),
            )
        parts += [_example("Example of a problem", example) for example in entry.bad[:1]]
        parts += [_example("Instead", example) for example in entry.good[:1]]
        parts += _section("References", "\n".join(f"- {reference}" for reference in entry.references))
    if rule.url:
        parts.append(f"More: {rule.url}")
    return "\n\n".join(part.rstrip() for part in parts if part.strip()) + "\n"


def _fixability(rule: Rule, entry: CatalogueEntry | None) -> str:
    if not rule.fixable:
        return "not fixable"
    if entry is None or entry.fix_kind is None:
        return "fixable"
    return "fixable with --fix" if entry.fix_kind == "safe" else "fixable with --fix --unsafe-fixes"


def _section(title: str, body: str) -> list[str]:
    return [f"{title}\n{body}"] if body.strip() else []


def _example(title: str, example: Example) -> str:
    return f"{title}:\n" + textwrap.indent(example.dockerfile.rstrip("\n"), "    ")
