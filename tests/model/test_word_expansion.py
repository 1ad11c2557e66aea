"""BuildKit's word expansion (lex.go), one behaviour per test."""

from __future__ import annotations

import pytest

from dlint.model.word_expansion import UNKNOWN, UNSET, WordResult, expand_word


def expand(word: str, env: dict[str, str | None] | None = None, escape: str = "\\", **options) -> WordResult:
    variables = env or {}

    def lookup(name: str):
        return variables.get(name, UNSET)

    return expand_word(word, lookup, escape, **options)


def value(word: str, env: dict[str, str | None] | None = None, escape: str = "\\") -> str | None:
    return expand(word, env, escape).value


ENV = {"NAME": "hello", "EMPTY": "", "PATHS": "/usr/local/bin:/usr/bin:/bin", "ROOT": "/srv/app"}


def test_plain_word_is_unchanged():
    assert value("ubuntu:22.04") == "ubuntu:22.04"


def test_plain_word_has_no_references():
    assert expand("ubuntu").references == ()


def test_dollar_name_expands():
    assert value("$NAME", ENV) == "hello"


def test_braced_name_expands_inside_text():
    assert value("pre-${NAME}-post", ENV) == "pre-hello-post"


def test_name_ends_at_first_non_name_character():
    assert value("$NAME.txt", ENV) == "hello.txt"


def test_unset_variable_expands_to_empty():
    assert value("a${MISSING}b", ENV) == "ab"


def test_unset_variable_is_still_referenced():
    assert expand("$MISSING").references == ("MISSING",)


def test_references_keep_first_appearance_order_without_duplicates():
    assert expand("$B $A ${B}", ENV).references == ("B", "A")


def test_lone_dollar_is_literal():
    assert value("cost: $", ENV) == "cost: $"


def test_dollar_before_non_name_character_is_literal():
    assert value("$/x", ENV) == "$/x"


def test_positional_parameter_reads_all_digits():
    assert expand("$12x").references == ("12",)


def test_special_parameter_is_a_one_character_name():
    result = expand("$$x")
    assert (result.value, result.references) == ("x", ("$",))


def test_unicode_letters_belong_to_names():
    assert value("$NAMEé", {"NAMEé": "ok"}) == "ok"


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("${NAME:-default}", "hello"),
        ("${EMPTY:-default}", "default"),
        ("${MISSING:-default}", "default"),
        ("${NAME-default}", "hello"),
        ("${EMPTY-default}", ""),
        ("${MISSING-default}", "default"),
    ],
)
def test_default_modifier(word, expected):
    assert value(word, ENV) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("${NAME:+alt}", "alt"),
        ("${EMPTY:+alt}", ""),
        ("${MISSING:+alt}", ""),
        ("${NAME+alt}", "alt"),
        ("${EMPTY+alt}", "alt"),
        ("${MISSING+alt}", ""),
    ],
)
def test_alternative_modifier(word, expected):
    assert value(word, ENV) == expected


def test_default_word_is_itself_expanded():
    assert value("${MISSING:-$NAME/x}", ENV) == "hello/x"


def test_default_word_keeps_quotes_processing():
    assert value('${MISSING:-"a}b"}', ENV) == "a}b"


def test_default_word_references_are_recorded_even_when_unused():
    assert expand("${NAME:-$OTHER}", ENV).references == ("NAME", "OTHER")


def test_required_modifier_passes_value_through():
    assert value("${NAME:?must be set}", ENV) == "hello"


def test_required_modifier_fails_with_message_when_unset():
    assert expand("${MISSING?must be set}").error == "MISSING: must be set"


def test_required_modifier_default_message_for_unset():
    assert expand("${MISSING?}").error == "MISSING: is not allowed to be unset"


def test_required_colon_modifier_fails_when_empty():
    assert expand("${EMPTY:?}", ENV).error == "EMPTY: is not allowed to be empty"


def test_required_modifier_without_colon_accepts_empty():
    assert expand("${EMPTY?}", ENV).value == ""


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("${PATHS#*:}", "/usr/bin:/bin"),
        ("${PATHS##*:}", "/bin"),
        ("${PATHS%:*}", "/usr/local/bin:/usr/bin"),
        ("${PATHS%%:*}", "/usr/local/bin"),
        ("${ROOT#/srv}", "/app"),
        ("${ROOT%nomatch}", "/srv/app"),
        ("${ROOT#/?rv}", "/app"),
    ],
)
def test_prefix_and_suffix_removal(word, expected):
    assert value(word, ENV) == expected


def test_prefix_removal_pattern_can_escape_a_wildcard():
    assert value(r"${V#a\*}", {"V": "a*b"}) == "b"


def test_pattern_regex_characters_are_literal():
    assert value("${V#a.b}", {"V": "axb.a.b"}) == "axb.a.b"


def test_invalid_escape_in_pattern_is_an_error():
    assert expand(r"${V#\x}", {"V": "x"}).error == "invalid pattern (\\x) in substitution: invalid escape '\\x'"


def test_replace_first_match():
    assert value("${NAME/l/L}", ENV) == "heLlo"


def test_replace_every_match():
    assert value("${NAME//l/L}", ENV) == "heLLo"


def test_replace_with_wildcard_is_greedy():
    assert value("${ROOT/\\/*\\//-}", ENV) == "-app"


def test_replace_all_reads_escaped_dollar_zero_as_the_match_keeping_the_escape():
    assert value("${V//o/[\\$0]}", {"V": "foo"}) == "f[\\o][\\o]"


def test_replace_without_closing_slash_is_an_error():
    assert expand("${NAME/abc").error == "syntax error: missing '/' in ${}"


def test_missing_closing_brace_is_an_error():
    assert expand("${NAME:-abc").error == "syntax error: missing '}'"


def test_bad_substitution_is_an_error():
    assert expand("${}").error == "syntax error: bad substitution"


def test_unsupported_modifier_is_an_error():
    assert expand("${NAME:=x}", ENV).error == "unsupported modifier (:=) in substitution"


def test_error_result_has_no_value():
    assert expand("${NAME:=x}", ENV).value is None


def test_unclosed_double_quote_is_an_error():
    assert expand('"abc').error == "unexpected end of statement while looking for matching double-quote"


def test_unclosed_single_quote_is_an_error():
    assert expand("'abc").error == "unexpected end of statement while looking for matching single-quote"


def test_single_quotes_are_removed_and_keep_dollar_literal():
    assert value("'$NAME'", ENV) == "$NAME"


def test_double_quotes_are_removed_and_expand_dollar():
    assert value('"$NAME world"', ENV) == "hello world"


def test_double_quotes_keep_single_quotes():
    assert value("\"it's\"", ENV) == "it's"


def test_escape_in_double_quotes_only_escapes_quote_dollar_and_escape():
    assert value(r'"a\"b\$c\\d\e"', ENV) == 'a"b$c\\d\\e'


def test_backslash_escapes_dollar_outside_quotes():
    assert value(r"\$NAME", ENV) == "$NAME"


def test_backslash_escapes_a_quote():
    assert value(r"\"x\"", ENV) == '"x"'


def test_trailing_escape_is_dropped():
    assert value("abc\\", ENV) == "abc"


def test_backtick_escape_directive_escapes_dollar():
    assert value("`$NAME", ENV, escape="`") == "$NAME"


def test_backslash_is_literal_with_backtick_escape():
    assert value(r"C:\dir\$NAME", ENV, escape="`") == "C:\\dir\\hello"


def test_quotes_are_kept_when_quote_processing_is_off():
    assert expand("'$NAME'", ENV, process_quotes=False).value == "'hello'"


def test_words_are_only_split_on_request():
    assert expand("a b").words is None


def test_plain_text_splits_on_whitespace():
    assert expand(" 80/tcp\t443 ", split=True).words == ("80/tcp", "443")


def test_words_split_on_whitespace_outside_quotes():
    assert expand('80/tcp "a b" c', split=True).words == ("80/tcp", "a b", "c")


def test_words_split_inside_expanded_values():
    assert expand("x$PORTS", {"PORTS": "80 443"}, split=True).words == ("x80", "443")


def test_escaped_space_does_not_split():
    assert expand("a\\ b c", split=True).words == ("a b", "c")


def test_empty_quotes_make_no_word():
    assert expand('"" x', split=True).words == ("x",)


def test_unknown_variable_makes_the_value_unknown():
    assert value("python:$TAG", {"TAG": UNKNOWN}) is None


def test_unknown_variable_is_referenced():
    assert expand("python:$TAG", {"TAG": UNKNOWN}).references == ("TAG",)


def test_unknown_result_has_no_words():
    assert expand("$TAG", {"TAG": UNKNOWN}, split=True).words is None


def test_default_of_unknown_variable_stays_unknown():
    assert value("${TAG:-latest}", {"TAG": UNKNOWN}) is None


def test_known_variable_ignores_unknown_default():
    assert value("${NAME:-$TAG}", {"NAME": "x", "TAG": UNKNOWN}) == "x"


def test_unset_variable_takes_unknown_default():
    assert value("${MISSING:-$TAG}", {"TAG": UNKNOWN}) is None


def test_alternative_of_unset_variable_is_empty_even_if_word_unknown():
    assert value("${MISSING:+$TAG}", {"TAG": UNKNOWN}) == ""


def test_trimming_an_unknown_value_is_unknown():
    assert value("${TAG%%-*}", {"TAG": UNKNOWN}) is None


def test_required_unknown_variable_is_not_an_error():
    assert expand("${TAG:?}", {"TAG": UNKNOWN}).error is None


def test_unknown_inside_double_quotes_is_unknown():
    assert value('"v$TAG"', {"TAG": UNKNOWN}) is None


def test_value_longer_than_the_limit_is_unknown_and_says_why():
    from dlint.model.word_expansion import MAX_VALUE_LENGTH

    result = expand("$A$A", {"A": "x" * (MAX_VALUE_LENGTH // 2 + 1)})
    assert (result.value, result.limit) == (None, "a variable expands to more than 128 KiB")


def test_value_at_the_limit_is_kept():
    from dlint.model.word_expansion import MAX_VALUE_LENGTH

    assert len(value("$A$A", {"A": "x" * (MAX_VALUE_LENGTH // 2)})) == MAX_VALUE_LENGTH


def test_replacing_every_match_stops_at_the_value_limit():
    result = expand("${A//?/$B}", {"A": "x" * 1000, "B": "y" * 1000})
    assert (result.value, result.limit) == (None, "a variable expands to more than 128 KiB")


def test_nesting_at_the_limit_is_expanded():
    from dlint.model.word_expansion import MAX_NESTING

    word = "x"
    for _ in range(MAX_NESTING):
        word = "${a:-" + word + "}"
    assert value(word) == "x"


def test_nesting_past_the_limit_is_unknown_and_says_why():
    word = "x"
    for _ in range(5000):
        word = "${a:-" + word + "}"
    result = expand(word)
    assert (result.value, result.error, result.limit) == (
        None, None, "variable references are nested more than 64 deep",
    )


def test_budget_spent_leaves_later_expansions_unknown():
    from dlint.model.word_expansion import ExpansionBudget

    budget = ExpansionBudget(10)
    lookup = {"A": "12345"}.get
    first = expand_word("$A$A", lookup, budget=budget)
    second = expand_word("$A", lookup, budget=budget)
    assert (first.value, second.value, second.limit is not None) == ("1234512345", None, True)


def test_sites_give_the_offsets_of_each_reference_in_written_order():
    result = expand("a$B ${C:-$D}", ENV)
    assert [(site.name, site.start, site.end) for site in result.sites] == [
        ("B", 1, 3), ("C", 4, 12), ("D", 9, 11),
    ]


def test_single_quoted_dollar_is_no_reference_site():
    assert expand("'$A' $B", ENV).sites[0].name == "B"
