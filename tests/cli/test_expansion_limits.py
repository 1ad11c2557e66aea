"""Files past dlint's expansion limits: one DL1000 for the file, the other files untouched."""

from __future__ import annotations

import json

from cli_runner import run_dlint, write

DEEP = "FROM alpine:3.20\nLABEL deep=" + "${a:-" * 500 + "x" + "}" * 500 + "\n"
DOUBLING = "ARG A0=xx\n" + "".join(f"ARG A{i + 1}=${{A{i}}}${{A{i}}}\n" for i in range(40)) + "FROM scratch\n"


def test_parse_reports_a_deeply_nested_file_and_the_files_after_it(tmp_path):
    write(tmp_path, "deep.Dockerfile", DEEP.replace("LABEL", "FROM ${a:-" + "${a:-" * 500 + "x" + "}" * 501 + "\nLABEL"))
    write(tmp_path, "ok.Dockerfile", "FROM alpine:3.20\n")
    result = run_dlint("parse", "deep.Dockerfile", "ok.Dockerfile", cwd=tmp_path)
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert (result.returncode, [r["path"] for r in records], result.stderr) == (
        0, ["deep.Dockerfile", "ok.Dockerfile"], "",
    )


def test_deep_nesting_is_one_dl1000_finding_and_no_internal_error(tmp_path):
    write(tmp_path, "Dockerfile", DEEP)
    result = run_dlint("--no-config", "--select", "ALL", "--format", "json", "Dockerfile", cwd=tmp_path)
    report = json.loads(result.stdout)
    limits = [f for f in report["findings"] if f["rule"] == "DL1000"]
    assert (result.returncode, len(limits), limits[0]["line"], report.get("errors", [])) == (1, 1, 2, [])
    assert "nested more than 64 deep" in limits[0]["message"]


def test_doubling_args_are_one_dl1000_finding_at_the_arg_that_passes_the_limit(tmp_path):
    write(tmp_path, "Dockerfile", DOUBLING)
    result = run_dlint("--no-config", "--select", "DL1000", "--format", "json", "Dockerfile", cwd=tmp_path)
    findings = json.loads(result.stdout)["findings"]
    message = (
        "dlint stops evaluating variables here: a variable expands to more than 128 KiB; "
        "every rule sees such values as unknown"
    )
    assert [(f["line"], f["message"]) for f in findings] == [(18, message)]
