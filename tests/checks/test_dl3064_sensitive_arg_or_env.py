"""DL3064: ARG or ENV names that suggest a secret."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_global_arg_with_a_known_name_is_reported_on_the_name():
    findings = lint("ARG AWS_ACCESS_KEY_ID\nFROM debian:12\n", "DL3064")
    assert [f.span for f in findings] == [Span(1, 5, 1, 22)]


@pytest.mark.parametrize("name", ["openai_api_key", "DB_PASSWORD", "MY_PRIVATE_THING", "gh_token", "app_secret_x"])
def test_suspicious_parts_in_any_case(name):
    assert len(lint(f"FROM debian:12\nARG {name}=x\n", "DL3064")) == 1


def test_env_key_is_reported_each_pair_on_its_key():
    findings = lint("FROM debian:12\nENV A=1 \\\n    DB_PASSWORD=x\n", "DL3064")
    assert [f.span.line for f in findings] == [3]


def test_harmless_names_are_fine():
    assert lint("FROM debian:12\nARG VERSION=1\nENV PATH=/usr/bin HOME=/root\n", "DL3064") == []


def test_env_key_from_an_arg_is_expanded():
    assert len(lint("FROM debian:12\nARG K=API_TOKEN\nENV ${K}=x\n", "DL3064")) == 1


def test_onbuild_trigger_is_read():
    assert len(lint("FROM debian:12\nONBUILD ENV NPM_TOKEN=x\n", "DL3064")) == 1


def test_one_finding_where_secrets_used_in_arg_or_env_reports_the_same_name():
    from dlint.engine.registry import registered_rules

    assert "SecretsUsedInArgOrEnv" in registered_rules()["DL3064"].same_problem_as
    text = "FROM debian:12\nARG DB_PASSWORD\n"
    assert [f.span for f in lint(text, "DL3064")] == [f.span for f in lint(text, "SecretsUsedInArgOrEnv")]
