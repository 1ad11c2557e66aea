"""Verify output without an engine: JSON shape, text lines, what counts as a clean result."""

from __future__ import annotations

import io
import json

from dlint.verify.output import text, write
from dlint.verify.results import BUILT, CONFIRMED, FAILED, REFUTED, BuildResult, Claim, StepCache, VerifyResult

BUILT_IMAGE = BuildResult(BUILT, seconds=1.25, image_size=2_000_000, layers=3, builder="classic",
                          rebuild=(StepCache(3, "COPY . .", False), StepCache(4, "RUN pip install -r r.txt", False)),
                          changed_file="app.py")
FAILURE = BuildResult(FAILED, seconds=0.5, error="The command '/bin/sh -c false' returned a non-zero code: 1",
                      line=2, output=("Step 2/2 : RUN false", "The command '/bin/sh -c false' returned a non-zero code: 1"),
                      builder="classic")


def test_json_has_the_documented_keys():
    stream = io.StringIO()
    result = VerifyResult("Dockerfile", BUILT_IMAGE, (Claim("DLX001", 3, CONFIRMED, "ran again"),))
    write("json", [result], stream)
    [document] = json.loads(stream.getvalue())["results"]
    assert document["path"] == "Dockerfile"
    assert {"ok", "seconds", "image_size", "layers", "error", "line"} <= set(document["build"])
    assert document["claims"] == [{"rule": "DLX001", "line": 3, "status": "confirmed", "evidence": "ran again", "reported": True}]


def test_text_names_the_failing_line_and_shows_the_builder_output():
    output = text([VerifyResult("Dockerfile", FAILURE)])
    assert output.startswith("Dockerfile:2: build failed [DLX100]: The command")
    assert "    | Step 2/2 : RUN false" in output


def test_text_lists_the_steps_that_ran_again():
    output = text([VerifyResult("Dockerfile", BUILT_IMAGE)])
    assert "rebuild (after changing app.py): lines 3, 4 ran again" in output


def test_text_marks_claims_the_rule_did_not_make():
    claim = Claim("DLX005", 4, REFUTED, "User is 'app'", reported=False)
    assert "DLX005 line 4: refuted (measured; the rule did not report it): User is 'app'" in text(
        [VerifyResult("Dockerfile", BUILT_IMAGE, (claim,))]
    )


def test_summary_counts_builds_and_claims():
    results = [VerifyResult("a", BUILT_IMAGE, (Claim("DL4000", 2, CONFIRMED, "x"),)), VerifyResult("b", FAILURE)]
    assert text(results).splitlines()[-1] == (
        "2 Dockerfiles: 1 built, 1 failed, 0 not built; claims: 1 confirmed, 0 refuted, 0 not checkable"
    )


def test_a_result_is_clean_only_when_built_without_confirmed_claims():
    assert VerifyResult("a", BUILT_IMAGE, (Claim("DLX005", 1, REFUTED, "x"),)).clean
    assert not VerifyResult("a", BUILT_IMAGE, (Claim("DLX005", 1, CONFIRMED, "x"),)).clean
    assert not VerifyResult("a", FAILURE).clean
