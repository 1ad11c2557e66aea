"""ExposeInvalidFormat: EXPOSE with an IP address or a host port."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_ip_and_host_port_is_reported_on_the_port():
    findings = lint("FROM nginx:1.27\nEXPOSE 127.0.0.1:80:80\n", "ExposeInvalidFormat")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 8, 2, 23), "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:80:80'")
    ]


@pytest.mark.parametrize("port", ["8080:80", "8080:80/udp", "[::1]:80:80", "0.0.0.0:8000-8001:8000-8001"])
def test_host_mappings_are_reported(port):
    assert len(lint(f"FROM nginx:1.27\nEXPOSE {port}\n", "ExposeInvalidFormat")) == 1


@pytest.mark.parametrize("port", ["80", "80/tcp", "8000-8010"])
def test_container_ports_are_fine(port):
    assert lint(f"FROM nginx:1.27\nEXPOSE {port}\n", "ExposeInvalidFormat") == []


def test_each_port_of_an_instruction_is_checked():
    findings = lint("FROM nginx:1.27\nEXPOSE 80 8080:80 9090:90\n", "ExposeInvalidFormat")
    assert [f.span.column for f in findings] == [11, 19]


def test_reading_stops_after_a_port_buildkit_cannot_read():
    assert [f.span.column for f in lint("FROM nginx:1.27\nEXPOSE abc:80 1:1\n", "ExposeInvalidFormat")] == [8]


def test_mapping_from_a_variable_is_reported_expanded():
    findings = lint("FROM nginx:1.27\nENV MAP=8080:80\nEXPOSE ${MAP}\n", "ExposeInvalidFormat")
    assert findings[0].message.endswith("found '8080:80'")
