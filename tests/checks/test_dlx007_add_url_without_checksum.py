from tests.helpers import lint

RULE = "DLX007"


def test_remote_add_without_checksum_points_at_the_url():
    [finding] = lint("FROM alpine:3.20\nADD https://example.com/a.tgz /tmp/\n", RULE)
    assert (finding.span.column, finding.span.end_column) == (5, 30)


def test_checksum_flag_silences_it():
    assert lint("FROM alpine:3.20\nADD --checksum=sha256:abc https://example.com/a.tgz /tmp/\n", RULE) == []


def test_local_sources_and_copy_are_fine():
    assert lint("FROM alpine:3.20\nADD a.tgz /tmp/\nCOPY https-notes.txt /x\n", RULE) == []


def test_each_remote_source_is_reported():
    assert len(lint("FROM alpine:3.20\nADD http://a/x HTTPS://b/y /tmp/\n", RULE)) == 2


def test_onbuild_add_is_checked():
    assert lint("FROM alpine:3.20\nONBUILD ADD https://a/x /x\n", RULE) != []
