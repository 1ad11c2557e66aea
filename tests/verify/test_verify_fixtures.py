"""Every fixture under fixtures/verify builds (or fails) as its expected.json says, with the claims it lists.

A fixture's ``expected.json`` names the rules it is about; the claims of those
rules must be exactly the listed ones. Folders named ``*-bad`` must confirm
every claim they list and ``*-fixed`` ones must confirm none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dlint.verify.results import CONFIRMED, VerifyResult
from dlint.verify.runner import Session

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "verify"
CASES = sorted(folder.name for folder in FIXTURES.iterdir() if (folder / "expected.json").is_file())


def _has_filesystem_steps(case: str) -> bool:
    """Whether the fixture has a step every builder shows (BuildKit shows no step for CMD or USER)."""
    lines = (FIXTURES / case / "Dockerfile").read_text().splitlines()
    return any(line.split(" ", 1)[0] in ("RUN", "COPY", "ADD", "WORKDIR") for line in lines)


def expected(case: str) -> dict:
    return json.loads((FIXTURES / case / "expected.json").read_text())


@pytest.fixture(scope="module")
def results(engine) -> dict[str, VerifyResult]:
    session = Session(engine, timeout=120)
    try:
        verified = session.verify_all([str(FIXTURES / case / "Dockerfile") for case in CASES], jobs=4)
    finally:
        session.clean_up()
    return dict(zip(CASES, verified))


def claims_of(result: VerifyResult, rules: list[str]) -> list[dict]:
    return sorted(
        ({"rule": c.rule, "line": c.line, "status": c.status, "reported": c.reported} for c in result.claims if c.rule in rules),
        key=lambda claim: (claim["line"], claim["rule"]),
    )


def test_every_claim_kind_has_a_bad_and_a_fixed_fixture():
    covered = {rule for case in CASES for rule in expected(case)["rules"]}
    assert {"DLX001", "DL4003", "DL4004", "DL4000", "DLX003", "DLX005", "DL3000", "DL3006", "DL3007"} <= covered
    assert any(case.endswith("-bad") for case in CASES) and any(case.endswith("-fixed") for case in CASES)


@pytest.mark.parametrize("case", CASES)
def test_build_outcome_is_as_expected(results, case):
    want = expected(case)
    build = results[case].build
    assert build.outcome == want["build"], build.error
    if "line" in want:
        assert build.line == want["line"]


@pytest.mark.parametrize("case", CASES)
def test_claims_are_as_expected(results, case):
    want = expected(case)
    wanted = sorted(want["claims"], key=lambda claim: (claim["line"], claim["rule"]))
    assert claims_of(results[case], want["rules"]) == wanted


@pytest.mark.parametrize("case", [c for c in CASES if c.endswith("-bad")])
def test_bad_fixture_confirms_its_claims(results, case):
    claims = claims_of(results[case], expected(case)["rules"])
    assert all(claim["status"] == CONFIRMED for claim in claims)


@pytest.mark.parametrize("case", [c for c in CASES if c.endswith("-fixed")])
def test_fixed_fixture_confirms_none_of_its_claims(results, case):
    assert not any(claim["status"] == CONFIRMED for claim in claims_of(results[case], expected(case)["rules"]))


@pytest.mark.parametrize("case", CASES)
def test_built_image_facts_are_recorded(results, case):
    build = results[case].build
    if build.ok:
        assert build.image_size and build.image_size > 0
        assert build.layers and build.layers >= 1
        assert build.seconds > 0


@pytest.mark.parametrize("case", [c for c in CASES if _has_filesystem_steps(c)])
def test_rebuild_records_cache_hits_per_step(results, case):
    build = results[case].build
    if build.ok:
        assert build.rebuild and all(step.line is not None for step in build.rebuild)


def test_failed_build_keeps_the_builder_output(results):
    build = results["build-failure-bad"].build
    assert build.error and "test -f /etc/app.conf" in build.error
    assert build.output and build.output[-1] == build.error


def test_cache_experiment_changes_an_application_file(results):
    assert results["cache-busting-bad"].build.changed_file == "app.py"
    assert results["cache-busting-fixed"].build.changed_file == "app.py"
