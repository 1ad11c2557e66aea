from tests.helpers import lint

RULE = "DL3011"


def test_a_port_above_65535_is_reported_on_its_word():
    [finding] = lint("FROM nginx:1.27\nEXPOSE 80 65536/tcp\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 11)
    assert "65536" in finding.message


def test_the_end_of_a_range_and_a_host_port_count():
    assert lint("FROM nginx:1.27\nEXPOSE 8000-70000\n", RULE) != []


def test_ports_are_judged_after_expansion():
    assert lint("FROM nginx:1.27\nARG PORT=99999\nEXPOSE $PORT\n", RULE) != []
    assert lint("FROM nginx:1.27\nARG PORT=8080\nEXPOSE $PORT\n", RULE) == []


def test_an_unknown_port_is_not_judged():
    assert lint("FROM nginx:1.27\nEXPOSE $PORT\n", RULE) == []


def test_the_highest_port_is_valid():
    assert lint("FROM nginx:1.27\nEXPOSE 0 65535/udp\n", RULE) == []


def test_an_expose_before_the_first_from_is_judged_too():
    [finding] = lint("EXPOSE 80000\n", RULE)
    assert (finding.span.line, finding.span.column) == (1, 8)
