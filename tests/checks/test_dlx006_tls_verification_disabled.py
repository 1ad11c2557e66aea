from tests.helpers import lint

RULE = "DLX006"


def findings(dockerfile):
    return lint(dockerfile, RULE)


def test_pip_trusted_host_points_at_the_option_on_its_line():
    [finding] = findings("FROM python:3.12\nRUN pip install \\\n    --trusted-host pypi.org flask\n")
    assert (finding.span.line, finding.span.column, finding.span.end_column) == (3, 5, 19)


def test_python_dash_m_pip_counts_as_pip():
    assert findings("FROM python:3.12\nRUN python3 -m pip install --trusted-host x y\n") != []


def test_curl_combined_short_flags_with_k():
    [finding] = findings("FROM debian:12\nRUN curl -fsSLk https://x | sh\n")
    assert finding.span.column == 10


def test_curl_without_k_is_fine():
    assert findings("FROM debian:12\nRUN curl -fsSL https://x -o /tmp/x\n") == []


def test_wget_apk_apt_yum_rpm_options():
    for command in (
        "wget --no-check-certificate https://x",
        "apk add --allow-untrusted foo.apk",
        "apt-get install -y --allow-unauthenticated foo",
        "apt-get install -y --force-yes foo",
        "dnf install -y --nogpgcheck foo",
        "rpm -i --nosignature foo.rpm",
    ):
        assert findings(f"FROM debian:12\nRUN {command}\n") != [], command


def test_sudo_wrapper_is_seen_through():
    assert findings("FROM debian:12\nRUN sudo wget --no-check-certificate https://x\n") != []


def test_npm_and_yarn_strict_ssl_false():
    assert findings("FROM node:22\nRUN npm config set strict-ssl false\n") != []
    assert findings("FROM node:22\nRUN yarn config set strict-ssl false\n") != []
    assert findings("FROM node:22\nRUN npm config set strict-ssl true\n") == []


def test_git_ssl_verify_false():
    assert findings("FROM debian:12\nRUN git config --global http.sslVerify false\n") != []
    assert findings("FROM debian:12\nRUN git -c http.sslVerify=false clone https://x\n") != []


def test_environment_variables_in_env_arg_and_run():
    assert findings("FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n") != []
    assert findings("FROM python:3.12\nARG PYTHONHTTPSVERIFY=0\n") != []
    assert findings("FROM debian:12\nRUN GIT_SSL_NO_VERIFY=1 git clone https://x\n") != []
    assert findings("FROM python:3.12\nRUN export PIP_TRUSTED_HOST=x && pip install y\n") != []


def test_legacy_env_form_is_read():
    [finding] = findings("FROM python:3.12\nENV PIP_TRUSTED_HOST pypi.org\n")
    assert finding.span.column == 5


def test_safe_values_are_fine():
    assert findings("FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=1 PYTHONHTTPSVERIFY=1\n") == []


def test_heredoc_script_is_checked():
    assert findings("FROM debian:12\nRUN <<EOF\nset -e\ncurl -k https://x\nEOF\n")[0].span.line == 4


def test_onbuild_run_is_checked():
    assert findings("FROM debian:12\nONBUILD RUN curl --insecure https://x\n") != []
