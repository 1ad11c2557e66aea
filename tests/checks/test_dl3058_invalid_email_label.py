"""DL3058: an email label of the label-schema holds an email address."""

from __future__ import annotations

import pytest

from dlint.checks.dl3058_invalid_email_label import is_email
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"maintainer": "email"})


def test_value_that_is_no_address_is_reported_on_the_value():
    findings = lint(FROM + 'LABEL maintainer="not-email"\n', "DL3058", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 18, 2, 29)]
    assert "RFC 5322" in findings[0].message


def test_address_is_fine():
    assert lint(FROM + 'LABEL maintainer="abcd@google.com"\n', "DL3058", context=SCHEMA) == []


def test_display_name_form_is_reported():
    assert len(lint(FROM + 'LABEL maintainer="Jane Doe <jane@example.com>"\n', "DL3058", context=SCHEMA)) == 1


def test_legacy_form_value_is_judged():
    assert len(lint(FROM + "LABEL maintainer Jane Doe\n", "DL3058", context=SCHEMA)) == 1
    assert lint(FROM + "LABEL maintainer jane@example.com\n", "DL3058", context=SCHEMA) == []


def test_address_is_judged_after_expansion():
    assert lint(FROM + "ARG DOMAIN=example.com\nLABEL maintainer=jane@${DOMAIN}\n", "DL3058", context=SCHEMA) == []


def test_onbuild_label_with_a_literal_value_is_judged():
    assert len(lint(FROM + "ONBUILD LABEL maintainer=nobody\n", "DL3058", context=SCHEMA)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "jane@example.com",
        "first.last+tag@mail.example.co.uk",
        '"jane doe"@example.com',
        "jane@localhost",
        "jane@[192.0.2.1]",
        "jane@example.com.",
        "o'brien@example.ie",
    ],
)
def test_rfc5322_addresses_are_accepted(text):
    assert is_email(text)


@pytest.mark.parametrize(
    "text",
    [
        "not-email",
        "jane@",
        "@example.com",
        "jane..doe@example.com",
        "jane@-example.com",
        "jane@example..com",
        "jane@exa_mple.com",
        "jane@" + "a" * 64 + ".com",
        "a@b@c",
    ],
)
def test_other_text_is_not_an_address(text):
    assert not is_email(text)
