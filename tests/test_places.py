"""Places named in a sentence, and definite descriptions that refer back to one."""

import pytest

from scoring.places import named_places, refers_back


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("In der russischen Grenzregion Belgorod sind Flüchtlinge angekommen.", ["Belgorod"]),
        ("Die Söldner sollen in Richtung Kursk gebracht werden.", ["Kursk"]),
        ("Die Soldaten wurden nach Wladiwostok transportiert.", ["Wladiwostok"]),
        ("Nordkoreanische Truppen seien in Russland.", []),  # a state is an actor, not a place name here
        ("Die Offensive begann im August.", []),
        ("Die Region war von ukrainischen Truppen erobert worden.", []),
    ],
)
def test_named_places(text, places, knowledge):
    assert named_places(text, knowledge) == places


def test_a_definite_description_without_a_name_refers_back(knowledge):
    assert refers_back("Die russische Region war erobert worden.", knowledge)
    assert not refers_back("Die russische Region Kursk war erobert worden.", knowledge)
    assert not refers_back("Eine Region war erobert worden.", knowledge)
