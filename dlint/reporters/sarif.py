"""SARIF 2.1.0, the format GitHub code scanning and IDE result viewers import.

One run: the driver lists every rule that ran with its catalogue documentation,
each result points at its span relative to ``%SRCROOT%`` (the report's root),
carries a fingerprint that survives unrelated edits, its related locations and
its fix, and files that could not be linted become tool execution notifications.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

import dlint
from dlint.engine.findings import Severity
from dlint.reporters.locations import artifact_location, root_uri

if TYPE_CHECKING:
    from dlint.engine.catalogue import CatalogueEntry, Example
    from dlint.engine.findings import Finding, Fix
    from dlint.engine.registry import Rule
    from dlint.engine.report import FileProblem, Report
    from dlint.model.spans import Span

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://github.com/dlint/dlint"
SHELLCHECK_TAG = "shellcheck"
CATALOGUE_URL = "https://github.com/dlint/dlint/blob/main/rules/{id}.yaml"
SOURCE_ROOT = "%SRCROOT%"
FINGERPRINT = "dlintFindingHash/v1"
LEVELS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
    Severity.STYLE: "note",
}
# GitHub ranks security alerts by this score: 9.0+ critical, 7.0+ high, 4.0+ medium, below that low.
SECURITY_SEVERITY = {
    Severity.ERROR: "7.5",
    Severity.WARNING: "5.5",
    Severity.INFO: "3.0",
    Severity.STYLE: "1.0",
}

RuleDocs = Callable[[str], "CatalogueEntry | None"]


def write(report: Report, stream: TextIO) -> None:
    from dlint.engine.catalogue import entry_for

    json.dump(sarif_log(report, entry_for), stream, indent=2)
    stream.write("\n")


def sarif_log(report: Report, docs: RuleDocs) -> dict[str, Any]:
    """The SARIF log of ``report``; ``docs`` gives a rule's catalogue entry by id, or None."""
    rules = _rules_reported(report)
    index = {rule_id: position for position, rule_id in enumerate(rule_id for rule_id, _ in rules)}
    run = {
        "tool": {
            "driver": {
                "name": "dlint",
                "version": dlint.__version__,
                "semanticVersion": dlint.__version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule_id, rule, docs) for rule_id, rule in rules],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not report.problems,
                "toolExecutionNotifications": [_notification(problem, report, index) for problem in report.problems],
            }
        ],
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": root_uri(report.root)}},
        "columnKind": "unicodeCodePoints",
        "results": _results(report, index),
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def _rules_reported(report: Report) -> list[tuple[str, Rule | None]]:
    """Every rule that ran, then any rule id a finding names that is not among them.

    ShellCheck's hundreds of codes are listed only when they report something: a
    descriptor each would make every log hundreds of kilobytes long.
    """
    reported = {finding.rule for finding in report.findings}
    ran = [rule for rule in report.rules if SHELLCHECK_TAG not in rule.tags or rule.id in reported]
    rules: list[tuple[str, Rule | None]] = [(rule.id, rule) for rule in ran]
    known = {rule.id for rule in ran}
    for finding in report.findings:
        if finding.rule not in known:
            known.add(finding.rule)
            rules.append((finding.rule, None))
    return rules


def _descriptor(rule_id: str, rule: Rule | None, docs: RuleDocs) -> dict[str, Any]:
    if rule is None:
        return {"id": rule_id, "shortDescription": {"text": rule_id}}
    entry = docs(rule.id)
    descriptor: dict[str, Any] = {
        "id": rule.id,
        "name": _pascal_case(rule.check.__name__ if rule.check.__name__.isidentifier() else rule.title),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": _one_line(entry.summary) if entry else rule.title},
        "help": {
            "text": _help_text(entry) if entry else rule.title,
            "markdown": _help_markdown(entry) if entry else rule.title,
        },
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": _rule_properties(rule),
    }
    help_uri = rule.url or (CATALOGUE_URL.format(id=rule.id) if entry else None)
    if help_uri:
        descriptor["helpUri"] = help_uri
    return descriptor


def _pascal_case(text: str) -> str:
    return "".join(word[:1].upper() + word[1:] for word in re.findall(r"[A-Za-z0-9]+", text))


def _rule_properties(rule: Rule) -> dict[str, Any]:
    tags = list(dict.fromkeys((*rule.tags, rule.category)))
    properties: dict[str, Any] = {"tags": tags}
    if "security" in tags:
        properties["security-severity"] = SECURITY_SEVERITY[rule.severity]
    if rule.aliases:
        properties["aliases"] = list(rule.aliases)
    return properties


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _help_text(entry: CatalogueEntry) -> str:
    sections = [
        _one_line(entry.summary),
        _labelled("Why", entry.rationale),
        _labelled("Fix", entry.fix),
        *(_labelled(label, example.dockerfile.rstrip("\n")) for label, example in _examples(entry)),
        _labelled("References", "\n".join(entry.references)),
    ]
    return "\n\n".join(section for section in sections if section)


def _labelled(label: str, body: str) -> str:
    return f"{label}:\n{body}" if body else ""


def _help_markdown(entry: CatalogueEntry) -> str:
    sections = [_one_line(entry.summary)]
    if entry.rationale:
        sections.append("## Why\n\n" + entry.rationale)
    if entry.fix:
        sections.append("## How to fix\n\n" + entry.fix)
    if entry.options:
        sections.append(
            "## Options\n\n" + "\n".join(f"- `{name}`: {_one_line(text)}" for name, text in entry.options.items())
        )
    examples = _examples(entry)
    if examples:
        sections.append(
            "## Examples\n\n" + "\n\n".join(_example_markdown(label, example) for label, example in examples)
        )
    if entry.references:
        sections.append("## References\n\n" + "\n".join(f"- <{reference}>" for reference in entry.references))
    return "\n\n".join(sections)


def _examples(entry: CatalogueEntry) -> list[tuple[str, Example]]:
    return [*(("Reported", example) for example in entry.bad), *(("Not reported", example) for example in entry.good)]


def _example_markdown(label: str, example: Example) -> str:
    code = example.dockerfile.rstrip("\n")
    parts = [f"{label}:\n\n```dockerfile\n{code}\n```"]
    if example.build_args:
        parts.append(
            "built with " + " ".join(f"`--build-arg {name}={value}`" for name, value in example.build_args.items())
        )
    for name, content in example.files.items():
        parts.append(f"with `{name}`:\n\n```\n{content.rstrip()}\n```")
    return "\n\n".join(parts)


def _results(report: Report, index: dict[str, int]) -> list[dict[str, Any]]:
    seen: Counter[tuple[str, ...]] = Counter()
    results = []
    for finding in report.findings:
        location = artifact_location(finding.path, report.root, SOURCE_ROOT)
        lines = report.sources.get(finding.path, ())
        identity = (finding.rule, location["uri"], *_flagged_text(lines, finding))
        occurrence = seen[identity]
        seen[identity] += 1
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": index[finding.rule],
            "level": LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": {"artifactLocation": location, "region": _region(finding.span)}}],
            "partialFingerprints": {FINGERPRINT: _fingerprint(identity, occurrence)},
        }
        if finding.related:
            result["relatedLocations"] = [
                {
                    "id": number,
                    "physicalLocation": {"artifactLocation": location, "region": _region(related.span)},
                    "message": {"text": related.message},
                }
                for number, related in enumerate(finding.related, start=1)
            ]
        if finding.fix is not None:
            result["fixes"] = [_fix(finding.fix, location)]
        if finding.merged:
            # one problem reported by several rules: the result carries every name it goes by
            result["properties"] = {"aliases": list(finding.aliases)}
        results.append(result)
    return results


def _flagged_text(lines: Sequence[str], finding: Finding) -> tuple[str, str]:
    """The flagged lines and the flagged text itself, whitespace-normalised; the message when the source is unknown.

    Line numbers stay out of the fingerprint on purpose: inserting a line above
    a finding must not make code scanning see a new alert.
    """
    span = finding.span
    if not 1 <= span.line <= span.end_line <= len(lines):
        return (finding.message, "")
    flagged = lines[span.line - 1 : span.end_line]
    exact = list(flagged)
    exact[-1] = exact[-1][: span.end_column - 1]
    exact[0] = exact[0][span.column - 1 :]
    return ("\n".join(" ".join(line.split()) for line in flagged), " ".join("\n".join(exact).split()))


def _fingerprint(identity: tuple[str, ...], occurrence: int) -> str:
    digest = hashlib.sha256("\0".join((*identity, str(occurrence))).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


def _region(span: Span) -> dict[str, int]:
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": span.end_line,
        "endColumn": span.end_column,
    }


def _fix(fix: Fix, location: dict[str, str]) -> dict[str, Any]:
    """SARIF 3.55 fix: one artifact change (3.56) of replacements (3.57); an insertion has an empty deleted region."""
    properties: dict[str, Any] = {"safe": fix.is_safe}
    if fix.unsafe_because is not None:
        properties["unsafeBecause"] = fix.unsafe_because
    return {
        "description": {"text": fix.description},
        "properties": properties,
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": _region(edit.span), "insertedContent": {"text": edit.replacement}}
                    for edit in fix.edits
                ],
            }
        ],
    }


def _notification(problem: FileProblem, report: Report, index: dict[str, int]) -> dict[str, Any]:
    notification: dict[str, Any] = {
        "level": "error",
        "message": {"text": problem.message},
        "descriptor": {"id": problem.kind},
    }
    if problem.path:
        physical: dict[str, Any] = {"artifactLocation": artifact_location(problem.path, report.root, SOURCE_ROOT)}
        if problem.line is not None:
            physical["region"] = {"startLine": problem.line}
            if problem.column is not None:
                physical["region"]["startColumn"] = problem.column
        notification["locations"] = [{"physicalLocation": physical}]
    if problem.rule is not None:
        notification["associatedRule"] = {"id": problem.rule}
        if problem.rule in index:
            notification["associatedRule"]["index"] = index[problem.rule]
    return notification
