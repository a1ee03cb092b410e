"""The candidate comparison's quick test (matching._may_be_anchored) against the gates it stands before:
it rules out only pairs that _ruled_in rules out too, so similarity is what the gates alone give."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

import seeds
from scoring import matching
from scoring.matching import FactSignature

WEIGHTS = seeds.lexicon()["weights"]


def _few(pool: list[str]) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(pool), max_size=len(pool))


signatures = st.builds(
    FactSignature,
    words=_few(["drohne", "angriff", "hafen", "getreide", "stadt", "brand", "schiff"]),
    quantities=st.lists(
        st.sampled_from([(3.0, 3.0, "person"), (39.0, 39.0, "person"), (10.0, 20.0, ""), (2.0, 2.0, "day")]),
        max_size=2,
    ).map(tuple),
    negated=st.booleans(),
    parties=_few(["RU", "UA"]),
    names=_few(["orlingen", "talheim"]),
    events=_few(["attack", "death", "strike"]),
    circumstances=_few(["attack", "massacre"]),
    planned=st.booleans(),
    undenied=st.booleans(),
    reciprocal=st.booleans(),
    blames=st.booleans(),
    truce=st.booleans(),
    setting=_few(["orlingen", "talheim"]),
    days=_few(["20250312", "20250313"]),
    acts=_few(["attack", "strike"]),
    agents=_few(["RU", "UA"]),
    towns=_few(["orling", "talh", "talheimer"]),
    counted=_few(["soldier", "civilian"]),
    conflict=st.sampled_from([None, "ru-ua", "other"]),
)


# One party held to account for an attack, and that party's attack: one perpetrator, the only anchor.
BLAME = FactSignature(
    words=frozenset({"macht", "verantwortlich"}),
    parties=frozenset({"RU"}),
    blames=True,
    circumstances=frozenset({"attack"}),
)
ACT = FactSignature(words=frozenset({"truppen", "hafen"}), parties=frozenset({"RU"}), acts=frozenset({"attack"}))


@settings(max_examples=600, deadline=None)
@given(signatures, signatures)
@example(BLAME, ACT)
@example(ACT, BLAME)
def test_the_quick_test_rules_out_only_what_the_gates_rule_out(a, b):
    shared = matching._ruled_in(a, b, WEIGHTS)
    if not matching._may_be_anchored(a, b, WEIGHTS):
        assert shared is None
    expected = 0.0 if shared is None else matching._score(a, b, shared, WEIGHTS, None)
    assert matching.similarity(a, b, WEIGHTS) == expected


def test_the_quick_test_rules_out_claims_sharing_a_word_or_two_and_nothing_else():
    assert matching._ruled_in(BLAME, ACT, WEIGHTS) is not None  # the example above is one the gates let through
    one = FactSignature(words=frozenset({"hafen", "getreide", "brand", "feuerwehr"}))
    other = FactSignature(words=frozenset({"hafen", "getreide", "schiff", "kapitän"}))
    assert not matching._may_be_anchored(one, other, WEIGHTS)
    assert matching._may_be_anchored(one, FactSignature(words=one.words | {"nacht"}), WEIGHTS)  # a long shared wording
    named = FactSignature(words=one.words, names=frozenset({"orlingen"}))
    assert matching._may_be_anchored(named, FactSignature(words=other.words, names=frozenset({"orlingen"})), WEIGHTS)
