"""An ARG or ENV whose name says it holds a secret (DL3064).

Build args and environment variables are stored in the image's history and
configuration, readable by anyone who can pull the image; secrets belong in
``RUN --mount=type=secret``. hadolint's list: well-known names
(``AWS_SECRET_ACCESS_KEY``, ``GITHUB_TOKEN``, ``NPM_TOKEN``...) and any name
that contains ``api_key``, ``client_key``, ``password``, ``private``,
``secret``, ``token`` or ``username``, in any letter case. Global ARGs (before
the first FROM) and ONBUILD triggers count. BuildKit's SecretsUsedInArgOrEnv
matches whole words of the name instead; where both report the same name,
the user sees one finding. Reported on the name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dlint.model.document import Document
from dlint.model.instruction import Instruction
from dlint.model.key_value import key_value_pairs
from dlint.model.spans import Span
from dlint.rule_api import RuleContext, Severity, Violation, rule

KNOWN_SECRET_NAMES = frozenset({
    "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
    "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
    "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD", "DOCKER_USERNAME",
    "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET", "FIREBASE_API_TOKEN", "FIREBASE_TOKEN",
    "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN", "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN",
    "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID",
    "OKTA_CLIENT_ORGURL", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET",
    "OPENAI_API_KEY", "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY",
    "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY",
    "VAULT_TOKEN",
})
SUSPICIOUS_PARTS = ("api_key", "client_key", "password", "private", "secret", "token", "username")


@rule(
    "DL3064",
    title="Potentially sensitive data in ARG or ENV",
    severity=Severity.WARNING,
    category="security",
    tags=("security", "secrets"),
    same_problem_as=("SecretsUsedInArgOrEnv",),
)
def sensitive_arg_or_env(doc: Document, ctx: RuleContext) -> Iterable[Violation]:
    for listed in doc.instructions:
        instruction = listed.trigger_or_self
        if instruction is None:
            continue
        for name, span in _declared_names(doc, instruction):
            if looks_sensitive(name):
                yield Violation(
                    span,
                    f"Potentially sensitive data should not be in {instruction.keyword} {name}: "
                    "use RUN --mount=type=secret",
                )


def looks_sensitive(name: str) -> bool:
    lower = name.lower()
    return name.upper() in KNOWN_SECRET_NAMES or any(part in lower for part in SUSPICIOUS_PARTS)


def _declared_names(doc: Document, instruction: Instruction) -> Iterator[tuple[str, Span]]:
    if instruction.keyword == "ARG":
        for argument in instruction.args:
            name = argument.value.partition("=")[0]
            span = argument.span
            if name and span.line == span.end_line:
                span = Span(span.line, span.column, span.line, min(span.end_column, span.column + len(name)))
            if name:
                yield name, span
    elif instruction.keyword == "ENV":
        scope = doc.scope(instruction)
        for pair in key_value_pairs(instruction):
            name = scope.expand(pair.key.value).value
            yield (pair.key.value if name is None else name), pair.key.span
