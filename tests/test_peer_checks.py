"""Every Dockerfile check of Trivy and Checkov, selected by its own id through the engine.

Each id has a Dockerfile it must be reported on and a fixed twin on which it
must stay quiet.
"""

from __future__ import annotations

import textwrap

import pytest

from dlint.engine.config.settings import FileSettings
from dlint.engine.lint import FileJob, current_index, lint_file
from dlint.engine.selection import SelectionLayer, select_rules

# Peer id -> (bad Dockerfile, fixed Dockerfile).
CASES = {
    "DS001": ("FROM nginx:latest\nUSER nginx\n", "FROM nginx:1.27\nUSER nginx\n"),
    "DS002": ("FROM alpine:3.20\nRUN true\n", "FROM alpine:3.20\nUSER nobody\n"),
    "DS004": ("FROM alpine:3.20\nEXPOSE 22\n", "FROM alpine:3.20\nEXPOSE 8080\n"),
    "DS005": ("FROM alpine:3.20\nADD app.py /app/\n", "FROM alpine:3.20\nCOPY app.py /app/\n"),
    "DS006": ("FROM alpine:3.20 AS build\nCOPY --from=build /a /b\n",
              "FROM alpine:3.20 AS deps\nRUN true\nFROM alpine:3.20 AS build\nCOPY --from=deps /a /b\n"),
    "DS007": ('FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n', 'FROM alpine:3.20\nENTRYPOINT ["b"]\n'),
    "DS008": ("FROM alpine:3.20\nEXPOSE 70000\n", "FROM alpine:3.20\nEXPOSE 7000\n"),
    "DS009": ("FROM alpine:3.20\nWORKDIR app\n", "FROM alpine:3.20\nWORKDIR /app\n"),
    "DS010": ("FROM debian:12\nRUN sudo apt-get update\n", "FROM debian:12\nRUN apt-get update\n"),
    "DS011": ("FROM alpine:3.20\nCOPY a.txt b.txt /dest\n", "FROM alpine:3.20\nCOPY a.txt b.txt /dest/\n"),
    "DS012": ("FROM alpine:3.20 AS x\nRUN true\nFROM alpine:3.20 AS x\n",
              "FROM alpine:3.20 AS x\nRUN true\nFROM alpine:3.20 AS y\n"),
    "DS013": ("FROM alpine:3.20\nRUN cd /tmp && make\n", "FROM alpine:3.20\nWORKDIR /tmp\nRUN make\n"),
    "DS014": ("FROM alpine:3.20\nRUN wget -q https://e.com/a && curl -fsSO https://e.com/b\n",
              "FROM alpine:3.20\nRUN curl -fsSO https://e.com/a && curl -fsSO https://e.com/b\n"),
    "DS015": ("FROM centos:7\nRUN yum install -y vim\n", "FROM centos:7\nRUN yum install -y vim && yum clean all\n"),
    "DS016": ('FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n', 'FROM alpine:3.20\nCMD ["b"]\n'),
    "DS017": ("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n",
              "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n"),
    "DS019": ("FROM fedora:40\nRUN dnf install -y vim\n", "FROM fedora:40\nRUN dnf install -y vim && dnf clean all\n"),
    "DS020": ("FROM opensuse/leap:15.6\nRUN zypper install -y vim\n",
              "FROM opensuse/leap:15.6\nRUN zypper install -y vim && zypper clean\n"),
    "DS021": ("FROM debian:12\nRUN apt-get install curl\n", "FROM debian:12\nRUN apt-get install -y curl\n"),
    "DS022": ("FROM alpine:3.20\nMAINTAINER me@example.com\n",
              'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="me@example.com"\n'),
    "DS023": ("FROM alpine:3.20\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n", "FROM alpine:3.20\nHEALTHCHECK CMD b\n"),
    "DS025": ("FROM alpine:3.20\nRUN apk add curl\n", "FROM alpine:3.20\nRUN apk add --no-cache curl\n"),
    "DS026": ("FROM alpine:3.20\nCMD [\"sh\"]\n", "FROM alpine:3.20\nHEALTHCHECK CMD true\nCMD [\"sh\"]\n"),
    "DS027": ("FROM rockylinux:9-minimal\nRUN microdnf install -y vim\n",
              "FROM rockylinux:9-minimal\nRUN microdnf install -y vim && microdnf clean all\n"),
    "DS029": ("FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
              "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n"),
    "DS030": ("FROM alpine:3.20\nWORKDIR /proc/app\n", "FROM alpine:3.20\nWORKDIR /srv/app\n"),
    "DS031": ("FROM python:3.12\nARG AWS_SECRET_ACCESS_KEY\n", "FROM python:3.12\nARG AWS_REGION\n"),
    "CKV_DOCKER_1": ("FROM alpine:3.20\nEXPOSE 80 22\n", "FROM alpine:3.20\nEXPOSE 80\n"),
    "CKV_DOCKER_2": ("FROM alpine:3.20\nCMD [\"sh\"]\n", "FROM alpine:3.20\nHEALTHCHECK CMD true\n"),
    "CKV_DOCKER_3": ("FROM alpine:3.20\nRUN true\n", "FROM alpine:3.20\nUSER root\n"),
    "CKV_DOCKER_4": ("FROM alpine:3.20\nADD config.yml /etc/app/\n", "FROM alpine:3.20\nCOPY config.yml /etc/app/\n"),
    "CKV_DOCKER_5": ("FROM debian:12\nRUN apt-get update\n", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"),
    "CKV_DOCKER_6": ("FROM alpine:3.20\nMAINTAINER me\n", 'FROM alpine:3.20\nLABEL maintainer="me"\n'),
    "CKV_DOCKER_7": ("FROM alpine\n", "FROM alpine:3.20\n"),
    "CKV_DOCKER_8": ("FROM alpine:3.20\nUSER root\n", "FROM alpine:3.20\nRUN true\n"),
    "CKV_DOCKER_9": ("FROM debian:12\nRUN apt install -y curl\n", "FROM debian:12\nRUN apt-get install -y curl\n"),
    "CKV_DOCKER_10": ("FROM alpine:3.20\nWORKDIR app\n", "FROM alpine:3.20\nWORKDIR /app\n"),
    "CKV_DOCKER_11": ("FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20 AS a\n",
                      "FROM alpine:3.20 AS a\nRUN true\nFROM alpine:3.20 AS b\n"),
    "CKV2_DOCKER_1": ("FROM debian:12\nRUN sudo make install\n", "FROM debian:12\nRUN make install\n"),
    "CKV2_DOCKER_2": ("FROM debian:12\nRUN curl -fsSLk https://e.com/i.sh -o i.sh\n",
                      "FROM debian:12\nRUN curl -fsSL https://e.com/i.sh -o i.sh\n"),
    "CKV2_DOCKER_3": ("FROM debian:12\nRUN wget --no-check-certificate https://e.com/a\n",
                      "FROM debian:12\nRUN wget https://e.com/a\n"),
    "CKV2_DOCKER_4": ("FROM python:3.12\nRUN pip install --trusted-host pypi.org flask\n",
                      "FROM python:3.12\nRUN pip install flask\n"),
    "CKV2_DOCKER_5": ("FROM python:3.12\nENV PYTHONHTTPSVERIFY=0\n", "FROM python:3.12\nENV PYTHONHTTPSVERIFY=1\n"),
    "CKV2_DOCKER_6": ("FROM node:22\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", "FROM node:22\nENV NODE_ENV=production\n"),
    "CKV2_DOCKER_7": ("FROM alpine:3.20\nRUN apk add --allow-untrusted ./pkg.apk\n",
                      "FROM alpine:3.20\nRUN apk add --no-cache curl\n"),
    "CKV2_DOCKER_8": ("FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n",
                      "FROM debian:12\nRUN apt-get install -y curl\n"),
    "CKV2_DOCKER_9": ("FROM fedora:40\nRUN dnf install -y --nogpgcheck vim\n", "FROM fedora:40\nRUN dnf install -y vim\n"),
    "CKV2_DOCKER_10": ("FROM fedora:40\nRUN rpm -i --nosignature ./pkg.rpm\n", "FROM fedora:40\nRUN rpm -i ./pkg.rpm\n"),
    "CKV2_DOCKER_11": ("FROM debian:12\nRUN apt-get install -y --force-yes curl\n",
                       "FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n"),
    "CKV2_DOCKER_12": ("FROM node:22\nARG NPM_CONFIG_STRICT_SSL=false\n", "FROM node:22\nARG NPM_CONFIG_STRICT_SSL=true\n"),
    "CKV2_DOCKER_13": ("FROM node:22\nRUN npm config set strict-ssl false\n",
                       "FROM node:22\nRUN npm config set fund false\n"),
    "CKV2_DOCKER_14": ("FROM alpine:3.20\nENV GIT_SSL_NO_VERIFY=true\n", "FROM alpine:3.20\nENV GIT_TERMINAL_PROMPT=0\n"),
    "CKV2_DOCKER_15": ("FROM fedora:40\nRUN dnf config-manager --setopt=sslverify=false --save\n",
                       "FROM fedora:40\nRUN dnf config-manager --setopt=sslverify=true --save\n"),
    "CKV2_DOCKER_16": ("FROM python:3.12\nENV PIP_TRUSTED_HOST=pypi.org\n", "FROM python:3.12\nENV PIP_INDEX_URL=https://pypi.org/simple\n"),
    "CKV2_DOCKER_17": ("FROM debian:12\nRUN echo 'root:pw' | chpasswd\n", "FROM debian:12\nRUN passwd -l root\n"),
}

TRIVY = [f"DS{n:03}" for n in (1, 2, *range(4, 18), *range(19, 24), 25, 26, 27, 29, 30, 31)]
CHECKOV = [f"CKV_DOCKER_{n}" for n in range(1, 12)] + [f"CKV2_DOCKER_{n}" for n in range(1, 18)]


def reported_ids(text: str, selector: str) -> set[str]:
    """Every name the findings of ``--select selector`` on ``text`` answer to."""
    index = current_index()
    layers = (SelectionLayer(select=(selector,)),)
    settings = FileSettings(rules=select_rules(index, layers), layers=layers)
    result = lint_file(FileJob("Dockerfile", settings, text=textwrap.dedent(text)))
    assert not result.problems
    return {name for finding in result.findings for name in (finding.rule, *finding.aliases)}


def test_every_listed_id_has_a_case():
    assert sorted(CASES) == sorted(TRIVY + CHECKOV)


@pytest.mark.parametrize("peer_id", TRIVY + CHECKOV)
def test_the_bad_file_is_reported_and_its_fixed_twin_is_quiet(peer_id):
    assert current_index().lookup(peer_id), f"no rule answers to {peer_id}"
    bad, good = CASES[peer_id]
    assert peer_id in reported_ids(bad, peer_id)
    assert reported_ids(good, peer_id) == set()


@pytest.mark.parametrize("peer_id", TRIVY)
def test_each_trivy_id_has_its_avd_form(peer_id):
    assert current_index().lookup(peer_id), f"no rule answers to {peer_id}"
    avd = f"AVD-DS-{peer_id[2:].zfill(4)}"
    assert current_index().lookup(peer_id) == current_index().lookup(avd)
