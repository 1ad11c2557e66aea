"""Linting one file end to end with hand-made rules: crashes, settings, directives and comments."""

from __future__ import annotations

import pytest
from rule_fixtures import make_rule

from dlint.engine import lint
from dlint.engine.findings import Severity, Violation
from dlint.engine.lint import FileJob, job_for_file, lint_file
from dlint.engine.suppressions import UNUSED_SUPPRESSION
from dlint.engine.selection import RuleIndex
from dlint.engine.config.settings import FileSettings


def at_each_from(message):
    def check(doc, ctx):
        for instruction in doc.instructions:
            if instruction.keyword == "FROM":
                yield Violation(instruction.keyword_span, message)

    return check


def crash(doc, ctx):
    raise ZeroDivisionError("boom")


def wrong_yield(doc, ctx):
    yield "not a violation"


seen_contexts = []


def remember_context(doc, ctx):
    seen_contexts.append(ctx)
    return ()


RULES = [
    make_rule("T001", "ALIAS1", check=at_each_from("from found")),
    make_rule("T002", check=crash),
    make_rule("T003", check=wrong_yield),
    make_rule("T004", check=remember_context, options={"limit": 3}),
    make_rule("BkCheck", check=at_each_from("buildkit"), buildkit_name="BkCheck"),
    make_rule("BkExperimental", check=at_each_from("experimental"), buildkit_name="BkExperimental", experimental=True, enabled=False),
    make_rule(UNUSED_SUPPRESSION, enabled=False, fixable=True),
]
INDEX = RuleIndex({rule.id: rule for rule in RULES})


@pytest.fixture(autouse=True)
def hand_made_rules(monkeypatch):
    monkeypatch.setattr(lint, "current_index", lambda: INDEX)
    seen_contexts.clear()


def run(text, *rules, **settings):
    chosen = frozenset(rules or ("T001",))
    job = FileJob("Dockerfile", FileSettings(rules=chosen, **settings), text=text)
    return lint_file(job)


def test_findings_carry_rule_severity_message_and_span():
    [finding] = run("FROM a\n").findings
    assert (finding.rule, finding.aliases, finding.severity, finding.message) == ("T001", ("ALIAS1",), Severity.WARNING, "from found")
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (1, 1, 5)


def test_a_crashing_rule_becomes_an_internal_error_for_that_file_and_rule():
    result = run("FROM a\n", "T001", "T002")
    [problem] = result.problems
    assert (problem.kind, problem.rule, problem.path) == ("internal-error", "T002", "Dockerfile")
    assert problem.message == "internal error in rule T002: ZeroDivisionError: boom"
    assert "Traceback" in problem.detail


def test_other_rules_still_report_when_one_crashes():
    assert [f.rule for f in run("FROM a\n", "T001", "T002").findings] == ["T001"]


def test_a_rule_yielding_something_else_than_a_violation_is_an_internal_error():
    [problem] = run("FROM a\n", "T003").problems
    assert problem.rule == "T003" and "TypeError" in problem.message


def test_severity_overrides_apply():
    [finding] = run("FROM a\n", severities={"T001": Severity.ERROR}).findings
    assert finding.severity is Severity.ERROR


def test_configured_rule_options_reach_the_rule():
    run("FROM a\n", "T004", rule_options={"T004": {"limit": 9}})
    assert seen_contexts[0].option("limit") == 9


def test_a_rule_without_configured_options_falls_back_to_its_default():
    run("FROM a\n", "T004")
    assert seen_contexts[0].option("limit", 3) == 3


def test_settings_reach_the_rule_context():
    run("FROM a\n", "T004", trusted_registries=("r.example",), label_schema={"a": "url"}, strict_labels=True)
    context = seen_contexts[0]
    assert (context.trusted_registries, context.label_schema, context.strict_labels) == (("r.example",), {"a": "url"}, True)


def test_build_args_reach_the_document():
    seen = []
    INDEX.rules["T004"] = make_rule("T004", check=lambda doc, ctx: seen.append(doc.build_args) or ())
    try:
        run("FROM a\n", "T004", build_args={"TAG": "1"})
    finally:
        INDEX.rules["T004"] = RULES[3]
    assert seen == [{"TAG": "1"}]


def test_the_dockerignore_of_the_build_context_is_loaded(tmp_path):
    (tmp_path / ".dockerignore").write_text("secret\n")
    (tmp_path / "Dockerfile").write_text("FROM a\n")
    lint_file(job_for_file(str(tmp_path / "Dockerfile"), FileSettings(rules=frozenset({"T004"}))))
    assert seen_contexts[0].context_dir == str(tmp_path)
    assert seen_contexts[0].dockerignore.matches("secret")


def test_a_dockerfile_specific_dockerignore_wins(tmp_path):
    (tmp_path / ".dockerignore").write_text("secret\n")
    (tmp_path / "app.Dockerfile.dockerignore").write_text("other\n")
    (tmp_path / "app.Dockerfile").write_text("FROM a\n")
    lint_file(job_for_file(str(tmp_path / "app.Dockerfile"), FileSettings(rules=frozenset({"T004"}))))
    assert seen_contexts[0].dockerignore.matches("other")
    assert not seen_contexts[0].dockerignore.matches("secret")


def test_stdin_without_a_name_has_no_build_context():
    run("FROM a\n", "T004")
    assert seen_contexts[0].context_dir is None and seen_contexts[0].dockerignore is None


def test_an_unreadable_file_is_a_problem_not_an_exception(tmp_path):
    (tmp_path / "Dockerfile").write_bytes(b"FROM a\n\xff\n")
    result = lint_file(job_for_file(str(tmp_path / "Dockerfile"), FileSettings(rules=frozenset({"T001"}))))
    [problem] = result.problems
    assert (problem.kind, problem.line, problem.column) == ("unreadable", 2, 1)
    assert not result.linted


def test_check_skip_drops_a_buildkit_rule():
    assert run("# check=skip=BkCheck\nFROM a\n", "BkCheck").findings == []


def test_check_error_makes_buildkit_findings_errors():
    [finding] = run("# check=error=true\nFROM a\n", "BkCheck").findings
    assert finding.severity is Severity.ERROR


def test_a_user_severity_outranks_check_error():
    [finding] = run("# check=error=true\nFROM a\n", "BkCheck", severities={"BkCheck": Severity.INFO}).findings
    assert finding.severity is Severity.INFO


def test_check_experimental_turns_on_an_experimental_rule():
    result = run("# check=experimental=BkExperimental\nFROM a\n", "T001")
    assert [f.rule for f in result.findings] == ["BkExperimental", "T001"]


def test_the_check_build_arg_is_read_like_the_directive():
    assert run("FROM a\n", "BkCheck", build_args={"BUILDKIT_DOCKERFILE_CHECK": "skip=all"}).findings == []


def test_an_ignore_comment_silences_its_instruction():
    assert run("# dlint ignore=T001\nFROM a\n").findings == []


def test_ignore_comments_are_off_when_the_config_disables_them():
    assert len(run("# dlint ignore=T001\nFROM a\n", inline_ignores=False).findings) == 1


def test_unused_ignores_are_reported_when_dlx012_runs():
    [finding] = run("# dlint ignore=T001\nRUN x\n", "T001", UNUSED_SUPPRESSION).findings
    assert (finding.rule, finding.span.line, finding.fixable) == (UNUSED_SUPPRESSION, 1, True)


def test_unused_ignores_are_not_reported_when_dlx012_is_off():
    assert run("# dlint ignore=T001\nRUN x\n", "T001").findings == []


def test_a_global_ignore_of_dlx012_silences_its_reports():
    text = "# dlint global ignore=DLX012\n# dlint ignore=T001\nRUN x\n"
    assert run(text, "T001", UNUSED_SUPPRESSION).findings == []


def test_a_finding_at_the_fail_on_level_fails_the_file():
    assert run("FROM a\n", fail_on=Severity.WARNING).failed


def test_a_finding_below_the_fail_on_level_does_not_fail_the_file():
    assert not run("FROM a\n", fail_on=Severity.ERROR).failed


def test_fail_on_none_never_fails():
    assert not run("FROM a\n", fail_on=None).failed


def test_lines_are_kept_only_for_files_with_findings():
    assert run("FROM a\n").lines == ("FROM a",)
    assert run("RUN a\n").lines is None
