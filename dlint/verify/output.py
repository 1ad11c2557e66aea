"""Writing verify results: readable text, JSON, or SARIF through dlint's reporters.

In SARIF the findings are what the build proved: every confirmed claim, and
a DLX100 finding for each failed build.
"""

from __future__ import annotations

import json
from typing import TextIO

from dlint.engine.findings import Finding, Severity
from dlint.engine.registry import registered_rules
from dlint.engine.report import FileProblem, Report
from dlint.model.spans import Span
from dlint.verify.results import CONFIRMED, FAILED, NOT_CHECKABLE, REFUTED, VerifyResult

BUILD_FAILURE = "DLX100"


def write(format: str, results: list[VerifyResult], stream: TextIO) -> None:
    if format == "json":
        json.dump({"results": [result.as_json() for result in results]}, stream, indent=2)
        stream.write("\n")
    elif format == "sarif":
        from dlint.reporters import render

        render("sarif", sarif_report(results), stream)
    else:
        stream.write(text(results))


def text(results: list[VerifyResult]) -> str:
    lines: list[str] = []
    for result in results:
        lines.extend(_file_text(result))
    lines.append(_summary(results))
    return "\n".join(lines) + "\n"


def _file_text(result: VerifyResult) -> list[str]:
    build = result.build
    if build.ok:
        size = f"{build.image_size / 1_000_000:.2f} MB" if build.image_size is not None else "size unknown"
        layers = f"{build.layers} layer{'s' if build.layers != 1 else ''}"
        head = f"{result.path}: built in {build.seconds:.1f}s ({build.builder} builder), {size}, {layers}"
        if build.image:
            head += f", kept as {build.image}"
    elif build.outcome == FAILED:
        head = f"{result.path}:{build.line or 0}: build failed [{BUILD_FAILURE}]: {build.error}"
    else:
        where = f":{build.line}" if build.line else ""
        head = f"{result.path}{where}: not built: {build.error}"
    lines = [head]
    if build.outcome == FAILED:
        lines += [f"    | {line}" for line in build.output]
    if build.rebuild:
        reran = [f"{step.line}" for step in build.rebuild if not step.cached and step.line is not None]
        cause = f"after changing {build.changed_file}" if build.changed_file else "unchanged"
        summary = f"lines {', '.join(reran)} ran again" if reran else "every step came from the cache"
        lines.append(f"  rebuild ({cause}): {summary}")
    for skipped in build.skipped:
        lines.append(f"  note: {skipped} is a FIFO, socket or device; the rebuild's copy of the context left it out")
    for claim in result.claims:
        origin = "" if claim.reported else " (measured; the rule did not report it)"
        lines.append(f"  {claim.rule} line {claim.line}: {claim.status}{origin}: {claim.evidence}")
    return lines


def _summary(results: list[VerifyResult]) -> str:
    built = sum(1 for r in results if r.build.ok)
    failed = sum(1 for r in results if r.build.outcome == FAILED)
    not_built = len(results) - built - failed
    counts = {status: sum(1 for r in results for c in r.claims if c.status == status)
              for status in (CONFIRMED, REFUTED, NOT_CHECKABLE)}
    files = f"{len(results)} Dockerfile{'s' if len(results) != 1 else ''}"
    return (f"{files}: {built} built, {failed} failed, {not_built} not built; claims: "
            f"{counts[CONFIRMED]} confirmed, {counts[REFUTED]} refuted, {counts[NOT_CHECKABLE]} not checkable")


def sarif_report(results: list[VerifyResult]) -> Report:
    rules = registered_rules()
    findings: list[Finding] = []
    problems: list[FileProblem] = []
    for result in results:
        if result.build.outcome == FAILED:
            findings.append(_finding(result.path, BUILD_FAILURE, result.build.span, result.build.line,
                                     f"the build fails: {result.build.error}", rules))
        elif not result.build.ok:
            problems.append(FileProblem(result.path, f"not built: {result.build.error}", "unreadable", result.build.line))
        for claim in result.confirmed:
            findings.append(_finding(result.path, claim.rule, claim.span, claim.line,
                                     f"verified in the built image: {claim.evidence}", rules))
    used = sorted({finding.rule for finding in findings})
    return Report(
        findings=sorted(findings, key=lambda finding: finding.sort_key),
        problems=problems,
        rules=[rules[rule_id] for rule_id in used if rule_id in rules],
        files=len(results),
    )


def _finding(path: str, rule_id: str, span: Span | None, line: int | None, message: str, rules) -> Finding:
    rule = rules.get(rule_id)
    at = line or 1
    return Finding(
        path=path,
        rule=rule_id,
        aliases=rule.aliases if rule else (),
        severity=rule.severity if rule else Severity.ERROR,
        message=message,
        span=span or Span(at, 1, at, 1),
    )
