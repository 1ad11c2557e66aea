"""``# check=skip=`` comments right above an instruction: BuildKit checks turned off for it alone."""

from __future__ import annotations

from dlint.engine.config.settings import FileSettings
from dlint.engine.lint import FileJob, lint_file
from dlint.model import load
from dlint.model.skip_comments import skip_comments


def findings(text: str, *rules: str) -> list[tuple[str, int]]:
    result = lint_file(FileJob("Dockerfile", FileSettings(rules=frozenset(rules)), text=text))
    return [(f.rule, f.span.line) for f in result.findings]


def test_skip_comment_silences_the_named_check_on_the_instruction_below():
    text = "FROM alpine:3.20\n# check=skip=JSONArgsRecommended\nCMD run\nENTRYPOINT run\n"
    assert findings(text, "JSONArgsRecommended") == [("JSONArgsRecommended", 4)]


def test_skip_all_silences_every_buildkit_check_on_that_instruction():
    text = "FROM alpine:3.20\n# check=skip=all\nFROM alpine:3.20 as Build\nFROM alpine:3.20 as Other\n"
    assert findings(text, "FromAsCasing", "StageNameCasing") == [("FromAsCasing", 4), ("StageNameCasing", 4)]


def test_skip_comment_accepts_an_alias():
    text = "FROM alpine:3.20\n# check=skip=MaintainerDeprecated\nMAINTAINER me\n"
    assert findings(text, "DL4000") == []


def test_skip_comment_leaves_rules_that_are_not_buildkit_checks():
    text = "FROM alpine:3.20\n# check=skip=all\nCMD run\n"
    assert findings(text, "DL3025", "JSONArgsRecommended") == [("DL3025", 3)]


def test_skip_comment_covers_every_line_of_a_continued_instruction():
    text = "FROM alpine:3.20\n# check=skip=UndefinedVar\nRUN echo \\\n  && cp $MISSING /x\nCOPY $OTHER /y\n"
    assert findings(text, "UndefinedVar") == [("UndefinedVar", 5)]


def test_blank_lines_between_comment_and_instruction_keep_it_attached():
    text = "FROM alpine:3.20\n# check=skip=JSONArgsRecommended\n\nCMD run\n"
    assert findings(text, "JSONArgsRecommended") == []


def test_empty_comment_line_detaches_the_skip_comment():
    text = "FROM alpine:3.20\n# check=skip=JSONArgsRecommended\n#\nCMD run\n"
    assert findings(text, "JSONArgsRecommended") == [("JSONArgsRecommended", 4)]


def test_the_file_directive_is_not_a_skip_comment_for_the_first_instruction():
    document = load("# check=skip=FromAsCasing\nFROM alpine:3.20 as base\n", path="Dockerfile")
    assert skip_comments(document) == ()


def test_file_directive_overridden_by_the_build_arg_does_not_skip_the_first_instruction():
    text = "# check=skip=all\nFROM alpine:3.20 as base\n"
    settings = FileSettings(rules=frozenset({"FromAsCasing"}), build_args={"BUILDKIT_DOCKERFILE_CHECK": "error=true"})
    result = lint_file(FileJob("Dockerfile", settings, text=text))
    assert [(f.rule, f.span.line) for f in result.findings] == [("FromAsCasing", 2)]
