"""DL3052: a url label of the label-schema holds an absolute URL."""

from __future__ import annotations

import pytest

from dlint.checks.dl3052_invalid_url_label import is_url
from dlint.engine.context import RuleContext
from dlint.model.spans import Span
from tests.helpers import lint

FROM = "FROM alpine:3.20\n"
SCHEMA = RuleContext(path="Dockerfile", label_schema={"source": "url", "name": "text"})


def test_value_that_is_no_url_is_reported_on_the_value():
    findings = lint(FROM + 'LABEL source="not-url"\n', "DL3052", context=SCHEMA)
    assert [f.span for f in findings] == [Span(2, 14, 2, 23)]
    assert "`source`" in findings[0].message and "`not-url`" in findings[0].message


def test_url_is_fine():
    assert lint(FROM + 'LABEL source="http://example.com"\n', "DL3052", context=SCHEMA) == []


def test_label_of_another_type_is_not_judged():
    assert lint(FROM + "LABEL name=not-url\n", "DL3052", context=SCHEMA) == []


def test_label_outside_the_schema_is_not_judged():
    assert lint(FROM + "LABEL other=not-url\n", "DL3052", context=SCHEMA) == []


def test_empty_value_is_left_to_dl3051():
    assert lint(FROM + 'LABEL source=""\n', "DL3052", context=SCHEMA) == []


def test_value_is_judged_after_expansion():
    text = FROM + "ARG REPO=acme/app\nLABEL source=https://github.com/${REPO}\n"
    assert lint(text, "DL3052", context=SCHEMA) == []
    assert len(lint(FROM + "ARG REPO=github.com/acme\nLABEL source=$REPO\n", "DL3052", context=SCHEMA)) == 1


def test_value_that_cannot_be_expanded_is_not_judged():
    assert lint(FROM + "ARG REPO\nLABEL source=$REPO\n", "DL3052", context=SCHEMA) == []


def test_legacy_form_value_is_judged():
    assert len(lint(FROM + "LABEL source see the readme\n", "DL3052", context=SCHEMA)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "https://github.com/acme/app",
        "https://user:pw@example.com:8443/a/b?q=1&r=%20#frag",
        "http://[2001:db8::1]:80/",
        "mailto:jane@example.com",
        "urn:isbn:0451450523",
        "file:///srv/app",
        "git+ssh://git@github.com/acme/app.git",
    ],
)
def test_absolute_uris_are_urls(text):
    assert is_url(text)


@pytest.mark.parametrize(
    "text",
    [
        "github.com/acme/app",
        "/srv/app",
        "https://exa mple.com",
        "http://example.com/%zz",
        "1http://example.com",
        "://x",
    ],
)
def test_other_text_is_not_a_url(text):
    assert not is_url(text)
