"""Each claim checker against a made-up image configuration. No engine."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dlint.engine.findings import Finding, Related, Severity
from dlint.model import load
from dlint.model.spans import Span
from dlint.verify.build_log import BuildLog
from dlint.verify.cache_probe import Rebuild
from dlint.verify.claims import Observed, check_claims, command_argv, unbuilt_claims
from dlint.verify.engine import ImageConfig
from dlint.verify.results import CONFIRMED, NOT_CHECKABLE, REFUTED

IMAGE = ImageConfig(id="sha256:abc", author="", cmd=None, entrypoint=None, user="", working_dir="",
                    exposed_ports=(), labels={}, size=1000, layers=1)


def finding(rule: str, line: int, related_line: int | None = None) -> Finding:
    related = (Related(Span(related_line, 1, related_line, 2), "install"),) if related_line else ()
    return Finding("Dockerfile", rule, (), Severity.WARNING, "message", Span(line, 1, line, 2), related)


def claims(text: str, findings: list[Finding], rule: str, **image) -> list[tuple]:
    """The claims of ``rule`` on ``text`` built into an image with the given configuration."""
    observed = Observed(image=replace(IMAGE, **image), bases={})
    return [(c.rule, c.line, c.status, c.reported) for c in check_claims(load(text), findings, observed) if c.rule == rule]


def rebuild_claims(text: str, findings: list[Finding], cached: dict[int, bool], changed: str | None = "app.py"):
    doc = load(text)
    log = BuildLog("classic", (), None, None, None)
    observed = Observed(image=IMAGE, bases={}, rebuild=Rebuild(changed, log, cached))
    return [(c.rule, c.line, c.status, c.reported) for c in check_claims(doc, findings, observed) if c.rule == "DLX001"]


CACHE_BUSTING = "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n"


def test_install_that_ran_again_confirms_cache_busting():
    assert rebuild_claims(CACHE_BUSTING, [finding("DLX001", 2, 3)], {2: False}) == [("DLX001", 2, CONFIRMED, True)]


def test_install_taken_from_cache_refutes_cache_busting():
    assert rebuild_claims(CACHE_BUSTING, [finding("DLX001", 2, 3)], {2: True}) == [("DLX001", 2, REFUTED, True)]


def test_install_the_rule_did_not_report_is_measured_too():
    assert rebuild_claims(CACHE_BUSTING, [], {2: True}) == [("DLX001", 3, REFUTED, False)]


def test_cache_busting_without_an_application_file_is_not_checkable():
    assert rebuild_claims(CACHE_BUSTING, [], {}, changed=None) == [("DLX001", 3, NOT_CHECKABLE, False)]


def test_last_cmd_in_the_image_confirms_multiple_cmd():
    text = 'FROM busybox:1.36\nCMD ["a"]\nCMD ["b"]\n'
    assert claims(text, [finding("DL4003", 3)], "DL4003", cmd=("b",)) == [("DL4003", 3, CONFIRMED, True)]


def test_earlier_cmd_in_the_image_refutes_multiple_cmd():
    text = 'FROM busybox:1.36\nCMD ["a"]\nCMD ["b"]\n'
    assert claims(text, [finding("DL4003", 3)], "DL4003", cmd=("a",)) == [("DL4003", 3, REFUTED, True)]


def test_cmd_in_a_stage_that_is_not_built_is_not_checkable():
    text = 'FROM busybox:1.36 AS tool\nCMD ["a"]\nCMD ["b"]\nFROM busybox:1.36\n'
    assert claims(text, [finding("DL4003", 3)], "DL4003", cmd=("sh",)) == [("DL4003", 3, NOT_CHECKABLE, True)]


def test_shell_form_command_is_stored_with_the_shell():
    doc = load('FROM busybox:1.36\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nENTRYPOINT echo hi\n')
    assert command_argv(doc, doc.instructions[2]) == ("/bin/ash", "-eo", "pipefail", "-c", "echo hi")


def test_author_field_confirms_maintainer():
    text = "FROM busybox:1.36\nMAINTAINER Jane\n"
    assert claims(text, [finding("DL4000", 2)], "DL4000", author="Jane") == [("DL4000", 2, CONFIRMED, True)]


def test_author_label_without_author_field_refutes_maintainer():
    text = "FROM busybox:1.36\nLABEL maintainer=Jane\n"
    assert claims(text, [], "DL4000", labels={"maintainer": "Jane"}) == [("DL4000", 2, REFUTED, False)]


def test_no_ports_confirm_missing_expose():
    text = 'FROM busybox:1.36\nCMD ["gunicorn", "app:app"]\n'
    assert claims(text, [finding("DLX003", 2)], "DLX003") == [("DLX003", 2, CONFIRMED, True)]


def test_inherited_ports_refute_missing_expose():
    text = 'FROM vendor/web:1\nCMD ["gunicorn", "app:app"]\n'
    base = replace(IMAGE, exposed_ports=("8080/tcp",))
    doc = load(text)
    observed = Observed(image=replace(IMAGE, exposed_ports=("8080/tcp",)), bases={"vendor/web:1": base})
    [claim] = [c for c in check_claims(doc, [finding("DLX003", 2)], observed) if c.rule == "DLX003"]
    assert claim.status == REFUTED and "inherited from the base image vendor/web:1" in claim.evidence


@pytest.mark.parametrize("user", ["", "root", "0", "0:0", "root:root"])
def test_root_user_confirms_runs_as_root(user):
    assert claims("FROM busybox:1.36\n", [finding("DLX005", 1)], "DLX005", user=user) == [("DLX005", 1, CONFIRMED, True)]


def test_inherited_unprivileged_user_refutes_runs_as_root():
    assert claims("FROM vendor/web:1\n", [finding("DLX005", 1)], "DLX005", user="1001") == [("DLX005", 1, REFUTED, True)]


def test_relative_workdir_resolved_elsewhere_is_confirmed():
    text = "FROM golang:1.22-alpine\nWORKDIR src\n"
    assert claims(text, [finding("DL3000", 2)], "DL3000", working_dir="/go/src") == [("DL3000", 2, CONFIRMED, True)]


def test_absolute_workdir_is_measured_as_refuted():
    text = "FROM busybox:1.36\nWORKDIR /app\n"
    assert claims(text, [], "DL3000", working_dir="/app") == [("DL3000", 2, REFUTED, False)]


def test_earlier_workdir_without_a_step_image_is_not_checkable():
    text = "FROM busybox:1.36\nWORKDIR app\nWORKDIR /srv\n"
    assert ("DL3000", 2, NOT_CHECKABLE, True) in claims(text, [finding("DL3000", 2)], "DL3000", working_dir="/srv")


def test_untagged_base_records_the_image_it_resolved_to():
    doc = load("FROM busybox\n")
    observed = Observed(image=IMAGE, bases={"busybox": replace(IMAGE, id="sha256:base")})
    [claim] = check_claims(doc, [finding("DL3006", 1)], observed)
    assert claim.status == CONFIRMED and "sha256:base" in claim.evidence


def test_unbuilt_image_makes_every_claim_not_checkable():
    made = unbuilt_claims([finding("DLX005", 1), finding("DL3008", 2)], "the image was not built")
    assert [(c.rule, c.status) for c in made] == [("DLX005", NOT_CHECKABLE)]
