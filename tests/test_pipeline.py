"""The pipeline's own helpers: what they return, however quickly they build it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.pipeline import _blank


def _blanked_letter_by_letter(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[max(start, 0) : max(end, 0)] = " " * (max(end, 0) - max(start, 0))
    return "".join(chars)


@given(
    st.text(alphabet="ab c,", max_size=14),
    st.lists(st.tuples(st.integers(-3, 16), st.integers(-3, 16)), max_size=4),
)
@settings(max_examples=500, deadline=None)
def test_a_blanked_text_is_the_text_with_each_span_replaced_by_spaces(text, spans):
    assert _blank(text, spans) == _blanked_letter_by_letter(text, spans)


def test_a_text_with_nothing_to_blank_is_the_text_itself():
    text = "Die Fähre nach Westerkoog fällt aus."
    assert _blank(text, []) is text
    assert _blank(text, [(4, 9)]) == "Die       nach Westerkoog fällt aus."
