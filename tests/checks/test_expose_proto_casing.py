"""ExposeProtoCasing: EXPOSE protocols not in lower case."""

from __future__ import annotations

import pytest

from dlint.model.spans import Span
from tests.helpers import lint


def test_upper_case_protocol_is_reported_on_the_port():
    findings = lint("FROM nginx:1.27\nEXPOSE 80 443/TCP\n", "ExposeProtoCasing")
    assert [(f.span, f.message) for f in findings] == [
        (Span(2, 11, 2, 18), "Defined protocol '443/TCP' in EXPOSE instruction should be lowercase")
    ]


@pytest.mark.parametrize("port", ["80", "80/tcp", "53/udp", "9000/sctp", "8000-8010/tcp"])
def test_lower_case_or_missing_protocol_is_fine(port):
    assert lint(f"FROM nginx:1.27\nEXPOSE {port}\n", "ExposeProtoCasing") == []


def test_port_from_a_variable_is_checked_after_expansion():
    findings = lint("FROM nginx:1.27\nARG PORT=53/UDP\nEXPOSE $PORT\n", "ExposeProtoCasing")
    assert findings[0].message == "Defined protocol '53/UDP' in EXPOSE instruction should be lowercase"


def test_variable_holding_several_ports_is_split():
    findings = lint('FROM nginx:1.27\nARG PORTS="80/TCP 81/udp"\nEXPOSE $PORTS\n', "ExposeProtoCasing")
    assert [f.message for f in findings] == ["Defined protocol '80/TCP' in EXPOSE instruction should be lowercase"]


def test_reading_stops_at_an_unknown_protocol():
    assert lint("FROM nginx:1.27\nEXPOSE 80/http 443/TCP\n", "ExposeProtoCasing") == []


def test_unknown_value_is_not_judged():
    assert lint("FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n", "ExposeProtoCasing") == []
