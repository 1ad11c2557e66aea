"""CopyIgnoredFile: COPY/ADD of paths .dockerignore leaves out."""

from __future__ import annotations

from pathlib import Path

import pytest

from dlint.engine.context import RuleContext
from dlint.engine.registry import registered_rules
from dlint.model.dockerignore import DockerIgnore
from dlint.model.spans import Span
from tests.helpers import lint


def copy_findings(dockerfile: str, ignore: str | None):
    context = RuleContext(
        path="Dockerfile",
        dockerignore=None if ignore is None else DockerIgnore.parse(ignore, ".dockerignore"),
    )
    return lint(dockerfile, "CopyIgnoredFile", context=context)


def test_ignored_source_is_reported_on_the_source():
    findings = copy_findings("FROM scratch\nCOPY ./tmp/hello.txt /hello.txt\n", "tmp\n")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 6, 2, 21), 'Attempting to Copy file "tmp/hello.txt" that is excluded by .dockerignore')
    ]


def test_add_is_named_add():
    findings = copy_findings("FROM scratch\nADD secret.txt /\n", "*.txt\n")
    assert findings[0].message == 'Attempting to Add file "secret.txt" that is excluded by .dockerignore'


def test_source_that_is_not_ignored_is_fine():
    assert copy_findings("FROM scratch\nCOPY src /src\n", "tmp\n") == []


def test_without_an_ignore_file_nothing_is_reported():
    assert copy_findings("FROM scratch\nCOPY tmp /tmp\n", None) == []


def test_ignore_file_with_exceptions_is_not_judged():
    assert copy_findings("FROM scratch\nCOPY docs/guide.md /\n", "docs\n!docs/README.md\n") == []


def test_copy_from_another_stage_is_not_the_context():
    text = "FROM alpine:3.20 AS build\nRUN mkdir /tmp/out\nFROM scratch\nCOPY --from=build /tmp/out /out\n"
    assert copy_findings(text, "tmp\n") == []


@pytest.mark.parametrize("source", ["https://example.com/tmp", "git@github.com:org/tmp.git"])
def test_remote_sources_are_not_the_context(source):
    assert copy_findings(f"FROM scratch\nADD {source} /x\n", "https*\ngit*\n") == []


def test_heredoc_sources_are_not_the_context():
    assert copy_findings("FROM scratch\nCOPY <<tmp /etc/motd\nhello\ntmp\n", "tmp\n") == []


def test_sources_are_expanded_first():
    assert len(copy_findings("FROM scratch\nARG DIR=tmp\nCOPY $DIR/x /x\n", "tmp\n")) == 1


def test_whole_context_is_reported_only_when_everything_is_ignored():
    assert len(copy_findings("FROM scratch\nCOPY . /app\n", "*\n")) == 1
    assert copy_findings("FROM scratch\nCOPY . /app\n", "*.md\n") == []


def test_every_ignored_source_of_an_instruction_is_reported():
    findings = copy_findings("FROM scratch\nCOPY a.log b.txt c.log /dst/\n", "*.log\n")
    assert [f.span.column for f in findings] == [6, 18]


def test_ignore_file_in_the_build_directory_is_read(tmp_path: Path):
    (tmp_path / ".dockerignore").write_text("tmp\n")
    findings = lint("FROM scratch\nCOPY tmp/x /x\n", "CopyIgnoredFile", directory=tmp_path)
    assert len(findings) == 1


def test_rule_is_on_by_default_and_no_longer_experimental():
    rule = registered_rules()["CopyIgnoredFile"]
    assert rule.enabled and not rule.experimental
