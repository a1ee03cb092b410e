"""Hostile text never crashes the analysis, and every offset stays inside the submitted text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import seeds
from scoring import analyse_article

KNOWLEDGE = seeds.knowledge()
GERMANISH = st.text(
    alphabet=st.sampled_from(
        list("aäbcdeéfghijklmnoöpqrsßtuüvwxyzAÄBCDKLMNOÖSÜZ .,;:!?\"'„“«»()-–\n\u00a0\u00ad0123456789")
    ),
    max_size=400,
)
WORDS = st.lists(
    st.sampled_from(
        [
            "Laut",
            "dem",
            "Pentagon",
            "sollen",
            "angeblich",
            "12.000",
            "Soldaten",
            "sei",
            "Kiew",
            "erklärte",
            "nicht",
            "„",
            "“",
            ".",
            "\n",
            "Kursk",
            "zufolge",
            "er",
            "Dieser",
            "wohl",
        ]
    ),
    max_size=80,
).map(" ".join)


def check(text: str) -> None:
    result = analyse_article(text, "example.org", KNOWLEDGE, "2024-11-01")
    for claim in result.claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.text
        for span in (*claim.hedges, *claim.reported_speech):
            assert 0 <= span.start <= span.end <= len(text) and text[span.start : span.end] == span.text
        for source in claim.sources:
            assert 0 <= source.start <= source.end <= len(text) and text[source.start : source.end] == source.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=500), GERMANISH, WORDS))
def test_random_text_never_crashes(text):
    check(text)


def test_pathological_inputs():
    check("x" * 1_000_000)  # a megabyte-long line
    check("<div>" * 5000 + "Laut Kiew wurden 3 Dörfer befreit." + "</div>" * 5000)
    check("\x00\x01\x02 Laut Kiew\x1f wurden 3 Dörfer befreit.\ufeff\u200b")
    check(". " * 20000)
    check("„" * 3000 + " sagte er.")
