from tests.helpers import lint

RULE = "DLX016"


def test_a_credential_arg_is_reported_on_its_name():
    [finding] = lint("FROM python:3.12\nARG AWS_SECRET_ACCESS_KEY=abc\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 5)


def test_a_bundler_prefix_does_not_hide_the_credential():
    assert lint("FROM node:22\nENV VITE_OPENAI_API_KEY=sk\n", RULE) != []


def test_names_that_only_look_secret_are_left_to_secrets_used_in_arg_or_env():
    assert lint("FROM node:22\nENV DB_PASSWORD=x\n", RULE) == []


def test_a_copy_to_a_credentials_file_variable_is_reported():
    assert lint("FROM python:3.12\nCOPY key.json ${GOOGLE_APPLICATION_CREDENTIALS}\n", RULE) != []


def test_a_login_in_run_is_reported_unless_a_secret_is_mounted():
    assert lint("FROM python:3.12\nRUN pip install awscli && aws configure set aws_access_key_id AKIA\n", RULE) != []
    assert lint("FROM python:3.12\nRUN --mount=type=secret,id=k aws configure set aws_access_key_id x\n", RULE) == []


def test_a_login_behind_sudo_is_found():
    assert lint("FROM python:3.12\nRUN sudo az login --identity\n", RULE) != []


def test_a_build_stage_that_does_not_reach_the_image_is_not_judged():
    text = "FROM python:3.12 AS fetch\nARG GITHUB_TOKEN\nRUN true\nFROM python:3.12\nCOPY --from=fetch /a /a\n"
    assert lint(text, RULE) == []
