from tests.helpers import lint

RULE = "DLX013"


def test_port_22_is_reported_on_its_word():
    [finding] = lint("FROM ubuntu:24.04\nEXPOSE 80 22/tcp\n", RULE)
    assert (finding.span.line, finding.span.column) == (2, 11)


def test_a_range_holding_22_counts():
    assert lint("FROM ubuntu:24.04\nEXPOSE 20-30\n", RULE) != []


def test_the_port_is_read_after_expansion():
    assert lint("FROM ubuntu:24.04\nARG P=22\nEXPOSE $P\n", RULE) != []
    assert lint("FROM ubuntu:24.04\nARG P=2222\nEXPOSE $P\n", RULE) == []


def test_udp_port_22_is_not_ssh():
    assert lint("FROM ubuntu:24.04\nEXPOSE 22/udp\n", RULE) == []


def test_a_build_stage_that_does_not_reach_the_image_is_not_judged():
    assert lint("FROM ubuntu:24.04 AS sshd\nEXPOSE 22\nFROM ubuntu:24.04\nEXPOSE 80\n", RULE) == []


def test_a_stage_the_image_is_built_from_is_judged():
    assert lint("FROM ubuntu:24.04 AS base\nEXPOSE 22\nFROM base\nEXPOSE 80\n", RULE) != []


def test_other_ports_are_quiet():
    assert lint("FROM ubuntu:24.04\nEXPOSE 220 2022 8022\n", RULE) == []
