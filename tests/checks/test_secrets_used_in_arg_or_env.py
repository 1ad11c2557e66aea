"""SecretsUsedInArgOrEnv: ARG/ENV names that say they hold a secret."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_secret_arg_is_reported_on_its_name():
    findings = lint("FROM alpine:3.20\nARG GITHUB_TOKEN=abc\n", "SecretsUsedInArgOrEnv")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 5, 2, 17), 'Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN")')
    ]


def test_secret_env_is_reported_on_its_key():
    findings = lint("FROM alpine:3.20\nENV A=1 DB_PASSWORD=x\n", "SecretsUsedInArgOrEnv")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 9, 2, 20), 'Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD")')
    ]


@pytest.mark.parametrize(
    "name",
    ["PASSWORD", "api_key", "AUTH", "AWS_SECRET_ACCESS_KEY", "NPM_TOKEN", "SECRET_MESSAGE", "MY_CREDENTIALS", "PASSWD", "DB_PWORD", "APIKEY"],
)
def test_secret_words_as_whole_parts_are_reported(name):
    assert len(lint(f"FROM alpine:3.20\nARG {name}\n", "SecretsUsedInArgOrEnv")) == 1


@pytest.mark.parametrize(
    "name",
    ["PUBLIC_KEY", "SECRET_FILE", "TOKEN_VERSION", "KEYBOARD", "MONKEY", "AUTHOR", "TOKENIZER", "PASSWORDLESS", "HOME"],
)
def test_harmless_names_are_fine(name):
    assert lint(f"FROM alpine:3.20\nARG {name}\n", "SecretsUsedInArgOrEnv") == []


def test_legacy_env_form_is_checked():
    assert len(lint("FROM alpine:3.20\nENV API_KEY abc\n", "SecretsUsedInArgOrEnv")) == 1


def test_env_key_is_checked_after_expansion():
    text = "FROM alpine:3.20\nARG KIND=TOKEN\nENV ${KIND}=x\n"
    findings = lint(text, "SecretsUsedInArgOrEnv")
    assert [f.message for f in findings] == ['Do not use ARG or ENV instructions for sensitive data (ENV "TOKEN")']


def test_global_args_are_not_checked():
    assert lint("ARG NPM_TOKEN\nFROM alpine:3.20\n", "SecretsUsedInArgOrEnv") == []


def test_every_stage_is_checked():
    text = "FROM alpine:3.20 AS a\nARG TOKEN\nFROM alpine:3.20\nENV TOKEN=x\n"
    assert [f.span.line for f in lint(text, "SecretsUsedInArgOrEnv")] == [2, 4]


def test_onbuild_declarations_are_not_checked_where_declared():
    assert lint("FROM alpine:3.20\nONBUILD ARG TOKEN\n", "SecretsUsedInArgOrEnv") == []


def test_rule_is_a_security_rule():
    from dlint.engine.registry import registered_rules

    assert registered_rules()["SecretsUsedInArgOrEnv"].category == "security"
