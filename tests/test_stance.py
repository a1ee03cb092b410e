"""Stance: a sentence is passed over by its words' flags only where no cue of any stance matches."""

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.knowledge import may_be_present, typed_rules
from scoring.stance import _compiled_stances, _presence, find_stance
from tests.test_regex import _lexicon_examples

_PIECES = ["Dementi", "DEMENTIERTE", "bezweifelt", "Zweifel", "in", "nicht", "bestätigte", "leugnet", "Hafen", "wies"]
_GLUE = [" ", "", "-", "_", ", ", "3", "\u0307", ". "]


def test_a_sentence_is_passed_over_only_where_no_stance_cue_matches(lexicon) -> None:
    rules = typed_rules(lexicon).stance
    anything = _compiled_stances(rules).any
    assert anything is not None
    presence = _presence(rules)
    examples = _lexicon_examples()
    assert all(may_be_present(presence, text) for text in examples if anything.search(text))
    assert not all(may_be_present(presence, text) for text in examples)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_GLUE)), max_size=6))
    def check(parts: list[tuple[str, str]]) -> None:
        text = "".join(piece + glue for piece, glue in parts)
        assert may_be_present(presence, text) or not anything.search(text), text

    check()


def test_stances_in_our_own_words(lexicon) -> None:
    assert find_stance("Die Reederei dementierte den Bericht über das gesunkene Schiff.", lexicon) == "deny"
    assert find_stance("Die Fähre legte am Morgen in Westhafen an.", lexicon) == "support"


def test_another_partys_denial_named_by_the_speaker_is_no_denial_of_the_speakers(lexicon) -> None:
    """ "…, sagte der Sprecher mit Blick auf das Dementi der Reederei": the speaker answers a denial, and
    affirms; "veröffentlichte ein Dementi" is the subject's own."""
    assert find_stance("Die Reederei lügt, sagte der Sprecher mit Blick auf das Dementi der Reederei.", lexicon) == (
        "support"
    )
    assert find_stance("Die Reederei veröffentlichte am Abend ein Dementi.", lexicon) == "deny"


def test_a_negation_inside_an_attribute_withholds_no_confirmation(lexicon) -> None:
    """ "Ein nicht genannter Vertreter … bestätigte": the negation qualifies who, not the confirming."""
    assert find_stance("Ein nicht genannter Vertreter der Reederei bestätigte den Brand.", lexicon) == "support"
    assert find_stance("Ein Vertreter der Reederei bestätigte den Brand im Hafen nicht.", lexicon) == "unconfirmed"


def test_a_short_denial_pointing_back_is_a_claim(knowledge) -> None:
    """ "Sabirsk bestreitet dies.": three words, a claim of its own (the denial of the sentence before); a short line
    that denies nothing is none."""
    from scoring import analyse_article

    text = (
        "Sabirien liefere der Miliz in Lindenau Waffen, sagte der Minister. Sabirsk bestreitet dies. "
        "Der Minister schwieg."
    )
    found = [(c.text, c.stance) for c in analyse_article(text, "example.org", knowledge, "2024-11-20").claims]
    assert ("Sabirsk bestreitet dies.", "deny") in found
    assert not any(text == "Der Minister schwieg." for text, _ in found)
