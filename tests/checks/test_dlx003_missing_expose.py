"""DLX003: the image runs a known server but declares no EXPOSE."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_exec_form_server_is_reported_on_its_arguments_with_the_port():
    text = 'FROM python:3.12\nCMD ["gunicorn", "--bind", "0.0.0.0:8080", "app:app"]\n'
    (finding,) = lint(text, "DLX003")
    assert finding.span == Span(2, 6, 2, 53)
    assert "EXPOSE 8080" in finding.message


def test_expose_satisfies_the_rule():
    assert lint('FROM python:3.12\nEXPOSE 8000\nCMD ["gunicorn", "app:app"]\n', "DLX003") == []


@pytest.mark.parametrize(
    ("command", "port"),
    [
        ("flask run --host=0.0.0.0", 5000),
        ("python -m flask run", 5000),
        ("uvicorn main:app --host 0.0.0.0 --port 80", 80),
        ("python -m uvicorn main:app", 8000),
        ("hypercorn app:app", 8000),
        ("daphne project.asgi:application", 8000),
        ("waitress-serve app:app", 8080),
        ("python manage.py runserver 0.0.0.0:9000", 9000),
        ("bundle exec rails s -p 3001 -b 0.0.0.0", 3001),
        ("bundle exec puma", 9292),
        ("unicorn -c config/unicorn.rb", 8080),
        ("node server.js", 3000),
        ("npm start", 3000),
        ("exec nginx -g 'daemon off;'", 80),
        ("httpd-foreground", 80),
        ("apache2ctl -D FOREGROUND", 80),
        ("caddy run --config /etc/caddy/Caddyfile", 80),
        ("redis-server /etc/redis.conf", 6379),
        ("postgres", 5432),
        ("mysqld", 3306),
        ("mongod --bind_ip_all", 27017),
    ],
)
def test_known_servers_in_shell_form_are_recognised(command, port):
    (finding,) = lint(f"FROM debian:12\nCMD {command}\n", "DLX003")
    assert f"EXPOSE {port}" in finding.message
    assert finding.span.line == 2


@pytest.mark.parametrize(
    "command",
    [
        "python main.py",
        "java -jar app.jar",
        "flask db upgrade",
        "rails db:migrate",
        "nginx -t",
        "node scripts/migrate.js",
        "npm run build",
        "gunicorn --version",
    ],
)
def test_batch_jobs_and_unguessable_programs_are_not_reported(command):
    assert lint(f"FROM debian:12\nCMD {command}\n", "DLX003") == []


def test_cmd_inherited_from_the_parent_stage_counts_and_is_reported_there():
    text = 'FROM python:3.12 AS base\nCMD ["uvicorn", "app:app"]\nFROM base\nRUN echo\n'
    assert [f.span.line for f in lint(text, "DLX003")] == [2]


def test_expose_in_the_parent_stage_counts():
    text = 'FROM python:3.12 AS base\nEXPOSE 8000\nFROM base\nCMD ["uvicorn", "app:app"]\n'
    assert lint(text, "DLX003") == []


def test_only_the_target_stage_is_judged():
    text = 'FROM python:3.12 AS dev\nCMD ["flask", "run"]\nFROM python:3.12\nCMD ["python", "job.py"]\n'
    assert lint(text, "DLX003") == []


def test_later_entrypoint_drops_the_inherited_cmd_as_buildkit_does():
    text = 'FROM python:3.12 AS base\nCMD ["gunicorn", "app:app"]\nFROM base\nENTRYPOINT ["python", "job.py"]\n'
    assert lint(text, "DLX003") == []


def test_cmd_after_an_entrypoint_wrapper_is_the_server():
    text = 'FROM debian:12\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["nginx", "-g", "daemon off;"]\n'
    assert [f.span.line for f in lint(text, "DLX003")] == [3]


def test_server_behind_tini_and_gosu_is_seen():
    assert len(lint('FROM debian:12\nENTRYPOINT ["tini", "--", "gosu", "app", "gunicorn", "a:b"]\n', "DLX003")) == 1


def test_sh_dash_c_exec_form_is_reported_on_the_server_command_inside_the_string():
    text = 'FROM python:3.12\nCMD ["sh", "-c", "python manage.py migrate && gunicorn app.wsgi"]\n'
    (finding,) = lint(text, "DLX003")
    assert finding.span == Span(2, 47, 2, 64)


def test_base_image_that_exposes_its_port_already_documents_it():
    assert lint('FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]\n', "DLX003") == []


def test_server_command_on_a_continuation_line_is_reported_there():
    text = "FROM python:3.12\nCMD set -e; \\\n    exec gunicorn app:app\n"
    assert [f.span for f in lint(text, "DLX003")] == [Span(3, 5, 3, 26)]


def test_port_chosen_by_a_variable_is_not_guessed():
    (finding,) = lint("FROM python:3.12\nCMD gunicorn app:app --bind 0.0.0.0:$PORT\n", "DLX003")
    assert "`EXPOSE <port>`" in finding.message


def test_option_and_value_in_one_exec_word_are_read():
    (finding,) = lint('FROM python:3.12\nCMD ["gunicorn", "-b 0.0.0.0:5000", "wsgi"]\n', "DLX003")
    assert "`EXPOSE 5000`" in finding.message
