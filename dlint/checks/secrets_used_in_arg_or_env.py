"""SecretsUsedInArgOrEnv: an ARG or ENV whose name says it holds a secret.

Build args and environment variables end up in the image history and
metadata, readable by anyone who can pull the image. BuildKit matches the
name against a list of words (``password``, ``token``, ``secret``, ``key``,
...) that must form a whole ``_``-separated part of it, at its start, end or
alone, and lets names go that also contain ``public``, ``file`` or
``version`` the same way. ARGs before the first FROM are not checked, as in
BuildKit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dlint.model.document import Document
from dlint.model.instruction import Argument, Instruction
from dlint.model.key_value import key_value_pairs
from dlint.model.spans import Span
from dlint.parser.go_text import go_quote
from dlint.rule_api import RuleContext, Severity, Violation, rule

_SECRET_WORDS = (
    "apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token",
)
_HARMLESS_WORDS = ("public", "file", "version")
_SECRET = re.compile(r"(?i)(?:_|^)(?:" + "|".join(_SECRET_WORDS) + r")(?:_|$)")
_HARMLESS = re.compile(r"(?i)(?:_|^)(?:" + "|".join(_HARMLESS_WORDS) + r")(?:_|$)")


@rule(
    "SecretsUsedInArgOrEnv",
    buildkit_name="SecretsUsedInArgOrEnv",
    title="Sensitive data should not be used in the ARG or ENV commands",
    severity=Severity.WARNING,
    category="security",
    tags=("buildkit", "secrets"),
    url="https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/",
)
def secret_in_arg_or_env(doc: Document, ctx: RuleContext) -> Iterator[Violation]:
    for stage in doc.stages:
        for instruction in stage.instructions:
            for name, span in declared_names(doc, instruction):
                if looks_secret(name):
                    yield Violation(
                        span,
                        "Do not use ARG or ENV instructions for sensitive data "
                        f"({instruction.keyword} {go_quote(name)})",
                    )


def looks_secret(name: str) -> bool:
    return bool(_SECRET.search(name)) and not _HARMLESS.search(name)


def declared_names(doc: Document, instruction: Instruction) -> Iterator[tuple[str, Span]]:
    if instruction.keyword == "ARG":
        for argument in instruction.args:
            key = argument.value.partition("=")[0]
            if key:
                yield key, _key_span(argument, key)
    elif instruction.keyword == "ENV":
        # BuildKit expands ENV keys before it looks at them; ARG keys it does not.
        scope = doc.scope(instruction)
        for pair in key_value_pairs(instruction):
            key = scope.expand(pair.key.value).value
            yield (pair.key.value if key is None else key), pair.key.span


def _key_span(argument: Argument, key: str) -> Span:
    span = argument.span
    if span.line != span.end_line:
        return span
    return Span(span.line, span.column, span.line, min(span.end_column, span.column + len(key)))
