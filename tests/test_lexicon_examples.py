"""Every lexicon entry's example sentence, run through the code that uses the entry.

An entry in seeds/lexicon/*.json carries `example` (an invented German sentence) and, where the
concern needs one, `expect`. One parametrised test runs every example; a meta-test counts the
entries still without one, so a new entry without an example fails.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

import seeds
from scoring import Knowledge, attribution, claims, cleaning, hedging, matching, numbers, pipeline, places, stance
from scoring.cleaning import Block
from scoring.lemmas import lemma
from scoring.lexicon import Attribution as AttributionLexicon
from scoring.lexicon import unwrap
from scoring.sentences import split_sentences


@dataclass(frozen=True)
class Example:
    file: str
    key: str  # section.key, or the section for a top-level list
    entry: Any  # the entry without its annotations
    raw: dict[str, Any]  # the entry as written, with example and expect

    @property
    def id(self) -> str:
        shown = self.entry.get("pattern", self.entry.get("verbs", "")) if isinstance(self.entry, dict) else self.entry
        return f"{self.key}:{str(shown)[:40]}"


def _is_entry(node: Any) -> bool:
    return isinstance(node, dict) and bool({"word", "pattern", "value"} & set(node))


def _entries(body: Any, section: str) -> Iterator[tuple[str, Any]]:
    """(section.key, entry) for every entry of a section: list items, mapping values, single values."""
    if isinstance(body, list):
        yield from ((section, item) for item in body)
        return
    for name, value in body.items():
        key = f"{section}.{name}"
        if isinstance(value, list):
            yield from ((key, item) for item in value)
        elif isinstance(value, dict) and not _is_entry(value):  # aliases, units, hedge kinds
            for sub in value.values():
                yield from ((key, item) for item in sub) if isinstance(sub, list) else [(key, sub)]
        else:
            yield key, value


def all_entries() -> list[tuple[str, str, Any]]:
    """(file, key, entry as written) for every entry of every lexicon file."""
    found = []
    for file, content in seeds.lexicon_files().items():
        for section, body in content.items():
            if section != "about":
                found += [(file, key, entry) for key, entry in _entries(body, section)]
    return found


def _plain(entry: Any) -> Any:
    """The entry as the analysis reads it (what `scoring.lexicon.unwrap` makes of it)."""
    return unwrap(entry, "example")


EXAMPLES = [
    Example(file, key, _plain(entry), entry)
    for file, key, entry in all_entries()
    if isinstance(entry, dict) and "example" in entry
]


# --- how each concern's example is run ---------------------------------------------------------------


def _contains(pattern: str, text: str, flags: int = re.IGNORECASE) -> bool:
    return bool(re.search(rf"(?<![\w-])(?:{pattern})(?![\w-])", text, flags))


def _hedge_cue(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence, kind = ex.raw["example"], ex.raw.get("expect", ex.entry["kind"])
    spans = [m.span() for m in re.finditer(ex.entry["pattern"], sentence, re.IGNORECASE)]
    assert spans, "the cue's own pattern does not match its example"
    found = hedging.find_hedges(sentence, lexicon)
    assert any(h.kind == kind and any(s < h.end and h.start < e for s, e in spans) for h in found), found


def _speech_verb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A speech verb names a speaker; a directive one ("forderte", expect "directive") is a demand, not a claim."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b(?:{ex.entry})\b", sentence), "the verb is not in its example"
    if " " not in ex.entry and re.fullmatch(r"[\w ]+", ex.entry):  # patterns are read by attribution alone
        assert hedging.names_speech(sentence, lexicon)
    found = attribution.attribute_sentence(sentence, 0, knowledge, attribution.ArticleMemory(), carries_over=False)
    if ex.raw.get("expect") == "directive":
        assert ex.entry in lexicon["attribution"]["directive_verbs"] and not found.sources, found.sources
    else:
        assert found.sources, "no speaker found for the verb"


def _negation(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A negation negates the fact (matching); a word only stance reads negates a confirmation there."""
    sentence, word = ex.raw["example"], ex.raw["word"]
    assert _contains(re.escape(word), sentence), "the word is not in its example"
    if "matching" not in ex.raw.get("not_for", ()):
        assert matching.is_negated(sentence, lexicon), "the fact is not read as negated"
        return
    assert stance.find_stance(sentence, lexicon) == ex.raw["expect"]
    rest = [w for w in lexicon["stance"]["negations"] if w != word]
    assert stance.find_stance(sentence, _replaced(lexicon, "stance", negations=rest)) != ex.raw["expect"]


def _abbreviation(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    text = ex.raw["example"]
    assert ex.entry in text.lower(), "the abbreviation is not in its example"
    found = split_sentences(text, [Block(0, len(text), 0, len(text))], lexicon["abbreviations"])
    assert len(found) == 1, [text[s.start : s.end] for s in found]


def _ordinal_opener(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "im 2. Stock": after the entry a number's full stop is an ordinal's, one sentence, and the number
    counts nothing; without the entry the sentence ends there."""
    text = ex.raw["example"]
    assert re.search(rf"\b{ex.entry} \d+\. ", text), "the entry is not before an ordinal in its example"

    def split(words: dict[str, Any]) -> list[str]:
        found = split_sentences(text, [Block(0, len(text), 0, len(text))], *pipeline._splitting_words(words))
        return [text[s.start : s.end] for s in found]

    assert split(lexicon) == [text]
    assert not _lows(text, lexicon), "the ordinal is read as a count"
    rest = [w for w in lexicon["ordinal_openers"] if w != ex.entry]
    assert len(split({**lexicon, "ordinal_openers": rest})) == 2, "the same without the entry"


def _ordinal_noun(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "nach 20. Jahrhundert": before the entry a number's full stop is an ordinal's, one sentence; without
    the entry the sentence ends there."""
    text = ex.raw["example"]
    assert re.search(rf"\d+\. {ex.entry}", text, re.IGNORECASE), "the entry does not follow an ordinal"

    def split(words: dict[str, Any]) -> int:
        return len(split_sentences(text, [Block(0, len(text), 0, len(text))], *pipeline._splitting_words(words)))

    assert split(lexicon) == 1
    rest = [w for w in lexicon["ordinal_nouns"] if w != ex.entry]
    assert split({**lexicon, "ordinal_nouns": rest}) == 2, "the same without the entry"


def _stance(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence = ex.raw["example"]
    assert re.search(ex.entry, sentence, re.IGNORECASE), "the pattern does not match its example"
    assert stance.find_stance(sentence, lexicon) == ex.raw["expect"]


def _denial_pointing_back(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence = ex.raw["example"]
    assert stance.find_stance(sentence, lexicon) == "deny" and stance.points_back(sentence, lexicon)
    assert not stance.points_back("Die Reederei wies das Angebot der Hafenbehörde zurück.", lexicon)


def _agency(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    assert ex.entry in cleaning.wire_credits(ex.raw["example"], lexicon)


# An article around each furniture example: a headline and two paragraphs of body.
_TITLE = "Fähre nach Brückenfeld fährt wieder"
_BODY = (
    "Nach drei Wochen Pause fährt die Fähre zwischen Lindenau und Brückenfeld ab Montag wieder, wie das "
    "Hafenamt am Freitag mitteilte; der Anleger war bei dem Hochwasser im Februar schwer beschädigt worden.",
    "Die Reparatur hatte länger gedauert als geplant, weil Ersatzteile fehlten und das Hochwasser die Arbeiten "
    "zweimal unterbrach, sagte die Leiterin des Hafenamts.",
)
_HEADLINES = ("Neue Brücke für Lindenau geplant", "Hafen von Brückenfeld wieder offen")


def _kept(lines: list[str], lexicon: dict[str, Any]) -> tuple[str, list[tuple[int, int]], list[int]]:
    """The article of `lines` (one paragraph each), its body blocks, and where each line starts."""
    text = "\n\n".join(lines)
    starts = [sum(len(line) + 2 for line in lines[:i]) for i in range(len(lines))]
    return text, [(b.start, b.end) for b in cleaning.find_body_blocks(text, lexicon)], starts


def _covered(blocks: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in blocks)


def _furniture(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    kind, example, entry = ex.key.split(".")[1], ex.raw["example"], ex.entry
    if kind in ("line", "tail", "teaser_intro", "dated_line"):
        match = re.search if kind == "dated_line" else re.fullmatch
        assert match(entry, example, re.IGNORECASE), "the entry does not match its example"
    if kind in ("foreign_words", "german_words"):
        # a line in another language is no part of the article; without the entry it would be one.
        # A German word counts against the foreign ones: a mixed line with it is kept, without it not.
        without = {**lexicon["furniture"], kind: [w for w in lexicon["furniture"][kind] if w != entry]}
        assert _contains(re.escape(entry), example), "the word is not in its example"
        foreign = kind == "foreign_words"
        for lex, removed in ((lexicon, foreign), ({**lexicon, "furniture": without}, not foreign)):
            text, blocks, at = _kept([_TITLE, example, *_BODY], lex)
            assert _covered(blocks, at[1], at[1] + len(example)) != removed, (removed, blocks)
        return
    if kind in ("teaser_intro", "media_label"):
        # the headlines after it link elsewhere (or name the clip): gone with it, kept without it
        heads = _HEADLINES if kind == "teaser_intro" else _HEADLINES[:1]
        text, blocks, at = _kept([_TITLE, example, *heads, *_BODY], lexicon)
        assert not any(_covered(blocks, at[2 + i], at[2 + i] + len(h)) for i, h in enumerate(heads)), blocks
        text, blocks, at = _kept([_TITLE, *heads, *_BODY], lexicon)
        assert _covered(blocks, at[1], at[1] + len(heads[0])), "the headline goes without the entry too"
        return
    # a furniture line before the body (after it, a tail line would end the body anyway)
    example_lines = example.split("\n")
    lines = [_TITLE, *example_lines, *_BODY] if kind == "line" else [_TITLE, _BODY[0], *example_lines, _BODY[1]]
    text, blocks, at = _kept(lines, lexicon)
    first = text.index(example_lines[0])
    last = first + len(example.replace("\n", "\n\n"))  # the example's span in the article
    kept = [text[max(s, first) : min(e, last)] for s, e in blocks if s < last and first < e]
    if kind in ("prefix", "suffix"):
        assert kept == [ex.raw["expect"]], kept
    elif kind == "run_in_opener":
        assert kept and all(ex.raw["expect"] not in piece for piece in kept), kept
    else:
        assert not kept, f"kept as body: {kept}"
    after = text.index(_BODY[1])
    assert _covered(blocks, after, after + len(_BODY[1])) != (kind == "tail"), "a tail line ends the body"


def _replaced(lexicon: dict[str, Any], section: str, **lists: list[str]) -> dict[str, Any]:
    """The lexicon with some lists of one section replaced: to show that the example needs them."""
    return {**lexicon, section: {**lexicon[section], **lists}}


_NEVER = ["(?!)"]  # a list that matches nothing (an empty one would match everywhere)


def _hedges_at(sentence: str, pattern: str, lexicon: dict[str, Any], previous: str = "") -> list[str]:
    """The kinds of the hedges found where `pattern` matches."""
    spans = [m.span() for m in re.finditer(rf"\b(?:{pattern})\b", sentence, re.IGNORECASE)]
    assert spans, "the entry does not match its example"
    found = hedging.find_hedges(sentence, lexicon, previous)
    return [h.kind for h in found if any(s < h.end and h.start < e for s, e in spans)]


def _epistemic_modal(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    assert "epistemic" in _hedges_at(ex.raw["example"], ex.entry, lexicon)


def _plan_word(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "soll" beside a word of plans or of the future states a plan, not a report."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b(?:{ex.entry})\b", sentence, re.IGNORECASE), "the entry does not match its example"
    assert _hedges_at(sentence, "soll|sollen", lexicon) == ["deontic"]
    without = _replaced(lexicon, "hedging", deontic_markers=_NEVER, future_time=_NEVER)
    assert _hedges_at(sentence, "soll|sollen", without) != ["deontic"], "a plan even without the plan words"


def _agreement(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A sentence about an agreement makes "sollen" in the next one its terms (`expect`)."""
    previous, sentence = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"\b(?:{ex.entry})", previous, re.IGNORECASE), "the entry does not match its example"
    assert _hedges_at(sentence, "soll|sollen", lexicon, previous) == ["deontic"]
    without = _replaced(lexicon, "hedging", agreement_markers=_NEVER)
    assert _hedges_at(sentence, "soll|sollen", without, previous) != ["deontic"]


def _rating(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A modal that rates a thing ("könne als erledigt betrachtet werden") is no possibility: no doubt."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b(?:{ex.entry})\b", sentence, re.IGNORECASE), "the entry does not match its example"
    assert _hedges_at(sentence, "kann|könne|könnte", lexicon) == ["ability"]
    without = _replaced(lexicon, "hedging", rating_markers=_NEVER)
    assert _hedges_at(sentence, "kann|könne|könnte", without) == ["epistemic"]


def _speech_marks(sentence: str, lexicon: dict[str, Any]) -> list[str]:
    return [m.cue for m in hedging.find_reported_speech(sentence, lexicon)]


def _subjunctive(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A Konjunktiv form after a speech verb marks reported speech."""
    assert ex.entry in _speech_marks(ex.raw["example"], lexicon)


def _not_subjunctive(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence = ex.raw["example"]
    assert ex.entry not in _speech_marks(sentence, lexicon)
    others = [w for w in lexicon["hedging"]["not_konjunktiv_i"] if w != ex.entry]
    assert ex.entry in _speech_marks(sentence, _replaced(lexicon, "hedging", not_konjunktiv_i=others))


def _conditional(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A Konjunktiv II form (`expect`) in a condition or a wish is no reported speech."""
    sentence, form = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"\b(?:{ex.entry})\b", sentence, re.IGNORECASE), "the entry does not match its example"
    assert form not in _speech_marks(sentence, lexicon)
    assert form in _speech_marks(sentence, _replaced(lexicon, "hedging", conditional_markers=_NEVER))


def _disclaimer(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence = ex.raw["example"]
    if ex.key.endswith("plural_subjects"):
        assert hedging.disclaims_several(sentence, lexicon) == "statements"
    elif ex.key.endswith("sides_subjects"):
        assert hedging.disclaims_several(sentence, lexicon) == "both sides"
    elif ex.key.endswith("number_subjects"):
        assert hedging.disclaims_several(sentence, lexicon) == "numbers"
    elif ex.key.endswith("topics"):
        assert hedging.disclaimed_topic(sentence, lexicon) == ("Herkunft", "Drohne")
    else:
        assert hedging.disclaims_earlier(sentence, hedging.find_hedges(sentence, lexicon), lexicon)


def _attribution_outcome(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> bool:
    """Whether the example (after its `context` sentence) shows what `expect` says: a party code (a
    source of that party), "not" and a party code (no source of it), "phrase" (the entry's words are
    blanked as who says it), "not phrase" (they are not), or "no speaker"."""
    sentence, expect = ex.raw["example"], ex.raw["expect"]
    memory = attribution.ArticleMemory()
    if "context" in ex.raw:
        attribution.attribute_sentence(ex.raw["context"], 0, knowledge, memory, carries_over=False)
    found = attribution.attribute_sentence(sentence, 0, knowledge, memory, carries_over=False)
    if expect == "no speaker":
        return not found.sources
    if expect in ("phrase", "not phrase"):  # "not phrase": a verb ends who says it ("hat", "soll")
        spans = [m.span() for m in re.finditer(rf"\b(?:{ex.entry})\b", sentence, re.IGNORECASE)]
        blanked = any(s < pe and ps < e for s, e in spans for ps, pe in found.phrases)
        return blanked == (expect == "phrase")
    if expect.startswith("not "):  # "bei Kiew sagte ein Anwohner": where the speaker is, not who speaks
        return not any(expect[4:] in (source.party, source.medium) for source in found.sources)
    return any(expect in (source.party, source.medium) for source in found.sources)  # a party code or a medium


# Nouns read as a word's ending, inflection included: "sprecherin" is also "sprecher" + "in", and
# "staatschef" also ends in "chef"; a role is a role noun or a state noun ("Streitkräfte", "Kreise").
# Such an entry is shown on its own: with the entries that cover it removed its example still works,
# and with the entry removed as well it no longer does.
_ENDINGS = {
    "role_nouns": "in|innen|en|es|s|n",
    "state_nouns": "in|innen|en|es|s|n",
    "local_roles": "in|innen|en|es|s|n",
    "seated_roles": "s|en|n",
    "posted_roles": "s|en|n|in|innen",
    "cabinet_roles": "in|innen|s|n",
    "not_state_actors": "s|n|en|in|innen|e",
}
# Function words are read as several lists at once ("mit" is fronted and a preposition, "über" ends a
# noun phrase too): a function word is shown on its own, with the same word gone from the other lists.
_FUNCTION_WORDS = (
    "fronted",
    "fronted_adverbs",
    "noun_phrase_words",
    "phrase_ends",
    "prepositions",
    "determiners",
    "subordinators",
)
_READ_TOGETHER = {
    # a local role is a source's head as a role noun is ("nach Angaben der Klinik"), though no person's title
    "role_nouns": ("state_nouns", "local_roles"),
    "state_nouns": ("role_nouns", "local_roles"),
    "local_roles": ("role_nouns", "state_nouns"),
    **{key: tuple(k for k in _FUNCTION_WORDS if k != key) for key in _FUNCTION_WORDS},
}


def _covering(section: dict[str, Any], entry: Any, key: str) -> dict[str, list[str]]:
    """Per list read with `key`, the entries that also read the word of `entry`."""
    if not isinstance(entry, str) or key not in _READ_TOGETHER and key not in _ENDINGS:
        return {key: []}
    ending = _ENDINGS.get(key)

    def covers(v: str, k: str) -> bool:
        if not ending:
            return k != key and v == entry
        return (v != entry or k != key) and bool(re.search(rf"(?:{v})(?:{ending})?$", entry, re.I))

    return {k: [v for v in section[k] if covers(v, k)] for k in (key, *_READ_TOGETHER.get(key, ()))}


def _without(lexicon: dict[str, Any], covering: dict[str, list[str]], entry: Any = None) -> dict[str, Any]:
    """The lexicon without the entries that cover `entry` (and without `entry` itself, if given)."""
    section = lexicon["attribution"]
    lists = {k: [v for v in section[k] if v not in c and (entry is None or v != entry)] for k, c in covering.items()}
    return _replaced(
        lexicon, "attribution", **{k: v or ([] if k in _MAY_BE_EMPTY else _NEVER) for k, v in lists.items()}
    )


# lists of words the lexicon may leave empty (a typed default of none), where the others are alternatives of a pattern
_MAY_BE_EMPTY = frozenset(
    f.name for f in dataclasses.fields(AttributionLexicon) if f.default == () and f.type.startswith("tuple[Word")
)


def _attribution_form(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The example shows the form at work, and does not without the entry."""
    key = ex.key.split(".")[1]
    words = ex.entry["verbs"] if isinstance(ex.entry, dict) else ex.entry
    speech = lexicon["attribution"]["speech_verbs"]
    if key == "directive_verbs" and not re.fullmatch(f"(?:{'|'.join(speech)})", ex.entry):
        # The weakest property that still needs the entry: "verspricht" is no speech verb (yet), and read
        # as one it names a speaker unless the entry makes it an appeal, an act the outlet reports.
        lexicon = _replaced(lexicon, "attribution", speech_verbs=[*speech, ex.entry])
        knowledge = dataclasses.replace(knowledge, lexicon=lexicon)
    if not isinstance(words, int):
        assert re.search(rf"\b(?:{words})", ex.raw["example"], re.IGNORECASE), "the entry is not in its example"
    assert _attribution_outcome(ex, lexicon, knowledge), f"the example does not show {ex.raw['expect']!r}"
    value = lexicon["attribution"][key]
    if isinstance(value, list):
        covering = _covering(lexicon["attribution"], ex.entry, key)
        if any(covering.values()):  # the entry on its own shows it too
            alone = _without(lexicon, covering)
            assert _attribution_outcome(ex, alone, dataclasses.replace(knowledge, lexicon=alone)), "not on its own"
        without = dataclasses.replace(knowledge, lexicon=_without(lexicon, covering, ex.entry))
    else:
        value = 1 if isinstance(value, int) else _NEVER[0]
        without = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "attribution", **{key: value}))
    assert not _attribution_outcome(ex, without.lexicon, without), "the same without the entry"


def _military_rank(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Oberst Karl Beispiel sagte …", a sentence after the forces of `expect` spoke (the `context`) and one naming
    nobody: the officer serves those forces; without the entry the officer's party is not known."""
    assert re.match(rf"(?i){ex.entry}\b", ex.raw["example"]), "the example does not open with the rank"

    def parties(known: Knowledge) -> list[str | None]:
        memory = attribution.ArticleMemory()
        for sentence in (ex.raw["context"], "Die Stadt liegt an einem Fluss."):
            attribution.attribute_sentence(sentence, 0, known, memory, carries_over=False)
        found = attribution.attribute_sentence(ex.raw["example"], 0, known, memory, carries_over=False)
        return [s.party for s in found.sources]

    assert ex.raw["expect"] in parties(knowledge)
    assert ex.raw["expect"] not in parties(_without_word(knowledge, "attribution", "military_ranks", ex.entry))


def _statement_noun(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A compound of the example ends in the entry, and shows `expect` with it and not without it."""
    assert re.search(rf"\w{{3,}}(?:{ex.entry})\b", ex.raw["example"], re.IGNORECASE), "no compound ends in the entry"
    assert _attribution_outcome(ex, lexicon, knowledge), f"the example does not show {ex.raw['expect']!r}"
    without = _without(lexicon, {"statement_nouns": []}, ex.entry)
    assert not _attribution_outcome(ex, without, dataclasses.replace(knowledge, lexicon=without)), "the same without"


def _says_what_came_before(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    sentence = ex.raw["example"]
    found = attribution.attribute_sentence(sentence, 0, knowledge, attribution.ArticleMemory(), carries_over=False)
    assert attribution.says_what_came_before(sentence, found, lexicon)


def _object_pointing_back(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The example names the source of its `context` sentence, and does not without the pattern."""
    text = f"{ex.raw['context']} {ex.raw['example']}"

    def context_attributed(known: Knowledge) -> bool:
        return pipeline.analyse_article(text, "example.org", known).claims[0].attributed

    assert context_attributed(knowledge)
    without = _replaced(lexicon, "attribution", object_pointing_back="(?!)")
    assert not context_attributed(dataclasses.replace(knowledge, lexicon=without))


def _withheld_details(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A disclaimer after the example covers its `context` sentence, not the example; not so without the pattern."""
    text = f"{ex.raw['context']} {ex.raw['example']} Eine unabhängige Bestätigung dafür gab es nicht."

    def hedged(known: Knowledge) -> list[bool]:
        return [c.hedged for c in pipeline.analyse_article(text, "example.org", known).claims[:2]]

    assert hedged(knowledge) == [True, False]
    without = _replaced(lexicon, "hedging", withheld_details="(?!)")
    assert hedged(dataclasses.replace(knowledge, lexicon=without)) == [False, True]


def _credit(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """An alias or a credit line credits its agency (`expect`, or the alias's agency), and does not
    without the entry; a picture's credit line (`photo_line`) keeps its agency from crediting the text."""
    key, text = ex.key.split(".")[1], ex.raw["example"]
    credits = lexicon["credits"]
    if key == "aliases":
        agency = ex.entry
        without = {**credits, "aliases": {a: v for a, v in credits["aliases"].items() if v != agency}}
    elif key == "patterns":
        agency, without = ex.raw["expect"], {**credits, "patterns": [p for p in credits["patterns"] if p != ex.entry]}
    else:
        agency, without = ex.raw["expect"], {**credits, "photo_line": _NEVER[0]}
    credited = agency in cleaning.wire_credits(text, lexicon)
    assert credited != (key == "photo_line"), cleaning.wire_credits(text, lexicon)
    assert (agency in cleaning.wire_credits(text, {**lexicon, "credits": without})) != credited, "the same without it"


def _same_stem(entry: str) -> Callable[[str], bool]:
    return lambda word: matching.stem(word) == matching.stem(entry)


def _same_lemma(entry: str) -> Callable[[str], bool]:
    return lambda word: lemma(word).lower() == lemma(entry).lower()


def _fact_words(sentence: str, lexicon: dict[str, Any]) -> frozenset[str]:
    return matching.fact_signature(sentence, [], [], lexicon).words


def _headline_topic(ex: Example, lexicon: dict[str, Any]) -> None:
    """A headline's topic before its dash: a stop word there says nothing, so the dash starts no second
    statement ("Port Sabir und Lindenau – …"); without the entry the topic would say something."""
    topic = ex.raw["example"].split(" – ")[0]
    assert _contains(re.escape(ex.entry), topic), "the entry is not in the headline's topic"
    rest = [w for w in lexicon["matching"]["stopwords"] if w != ex.entry]
    assert not pipeline._says_something(topic, lexicon), "the topic says something"
    assert pipeline._says_something(topic, _replaced(lexicon, "matching", stopwords=rest)), "the same without it"


_NO_ANCHOR = ("stopwords", "speech_acts", "time_words")
_NO_WORDS = ["zzzz"]  # a word list that holds no German word (the typed rules take words, not patterns)


def _no_anchor(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A stop word, a speech act, a time word or a purpose gives the fact no anchor; without the entry
    its word would."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]
    if key == "stopwords" and " – " in sentence:
        _headline_topic(ex, lexicon)
        return
    if key != "speech_acts":  # speech acts are lemmas: "bestätigen" is read in "bestätigte"
        assert re.search(rf"(?i)(?:{ex.entry})", sentence), "the entry is not in its example"
    # speech acts and time words are read by their stems, stop words by their lemmas too ("den" is a form
    # of "der"): entries of one stem or lemma are one entry
    same = {"purpose_markers": lambda w: w == ex.entry, "stopwords": _same_lemma(ex.entry)}.get(key) or _same_stem(
        ex.entry
    )
    rest = [w for w in lexicon["matching"][key] if not same(w)] or _NO_WORDS
    without = _fact_words(sentence, _replaced(lexicon, "matching", **{key: rest}))
    if without - _fact_words(sentence, lexicon):
        return
    # A word two lists read ("Woche" a stop word and a time word, "Bericht" a stop word and the noun of
    # a speech act) is shown on its own: with the other lists of words without an anchor emptied, the
    # entry still keeps its word from being one, and without it the word is one.
    others = {k: _NO_WORDS for k in _NO_ANCHOR if k != key}
    alone = _replaced(lexicon, "matching", **others)
    without = _fact_words(sentence, _replaced(lexicon, "matching", **others, **{key: rest}))
    assert without - _fact_words(sentence, alone), "the word gives no anchor even without the entry"


def _unit(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A counted noun gives its number a kind (`expect`): person, time, money, share; "clock" (a time of
    day) takes the number out of the fact."""
    sentence, kind = ex.raw["example"], ex.raw["expect"]
    found = numbers.find_quantities(sentence, numbers.number_rules(lexicon))

    def kinds(lex: dict[str, Any]) -> list[str]:
        return [unit for _, _, unit in matching.fact_signature(sentence, [], found, lex).quantities]

    assert ex.entry in lexicon["matching"]["units"][kind], f"not a word of {kind}"
    want = [] if kind == "clock" else [kind]  # a time of day is no amount: the claim has no quantity
    assert kinds(lexicon) == want
    same = _same_stem(ex.entry)
    units = {**lexicon["matching"]["units"], kind: [w for w in lexicon["matching"]["units"][kind] if not same(w)]}
    assert kinds(_replaced(lexicon, "matching", units=units)) != want, "the same kind without the entry"


def _count_noun(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Die Zahl der Todesopfer stieg auf neun": the noun after a count noun is what the number counts (`expect`)."""
    sentence, kind = ex.raw["example"], ex.raw["expect"]
    found = numbers.find_quantities(sentence, numbers.number_rules(lexicon))

    def kinds(lex: dict[str, Any]) -> list[str]:
        return [unit for _, _, unit in matching.fact_signature(sentence, [], found, lex).quantities]

    assert kinds(lexicon) == [kind]
    rest = [w for w in lexicon["matching"]["count_nouns"] if w != ex.entry] or _NO_WORDS
    assert kinds(_replaced(lexicon, "matching", count_nouns=rest)) != [kind], "the same kind without the entry"


def _not_negating(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A denial denied, or "nicht nur": a negation word that does not negate the fact."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]
    assert not matching.is_negated(sentence, lexicon)
    assert matching.is_negated(sentence, _replaced(lexicon, "matching", **{key: _NEVER[0]}))


def _reaction(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A condemnation or an outcry marks the claim a reaction (the mode a denial not denied has), only with it."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]

    def reacts(lex: dict[str, Any]) -> bool:
        known = dataclasses.replace(knowledge, lexicon=lex)
        return pipeline.analyse_article(sentence, "example.org", known, "2025-03-07").claims[0].signature.undenied

    assert reacts(lexicon)
    assert not reacts(_replaced(lexicon, "matching", **{key: _NEVER[0]}))


def _place_word(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A preposition of place names the place in `expect`; a kind of place makes "die Stadt" refer back to
    one named before; a capitalised word that is no place ("in Folge", "nach Montag") is not one."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]

    def shows(lex: dict[str, Any]) -> bool:
        known = dataclasses.replace(knowledge, lexicon=lex)
        if key == "prepositions":
            return ex.raw["expect"] in places.named_places(sentence, known)
        if key in ("kinds", "pointing_back"):
            return places.refers_back(sentence, known)
        return ex.entry not in places.named_places(sentence, known)

    assert re.search(rf"\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert shows(lexicon)
    rest = [w for w in lexicon["places"][key] if w != ex.entry]
    assert not shows(_replaced(lexicon, "places", **{key: rest})), "the same without the entry"


def _not_a_claim(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """Too short, a teaser, an opinion, the page speaking to its reader: no claim, though without the
    entry it would be one."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]
    assert not claims.is_claim(sentence, lexicon)
    value = lexicon["claims"][key]
    if isinstance(value, list):
        value = [v for v in value if v != ex.entry] or _NEVER
    else:
        value = 1 if isinstance(value, int) else _NEVER[0]
    assert claims.is_claim(sentence, _replaced(lexicon, "claims", **{key: value})), "no claim even without the entry"


def _foreign_sentence(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """Two function words of another language: the word in `expect` ("like", "passe") is no German
    Konjunktiv I there; without the entry it would be taken for one."""
    sentence, word = ex.raw["example"], ex.raw["expect"]
    assert word not in _speech_marks(sentence, lexicon)
    rest = [w for w in lexicon["hedging"]["foreign_function_words"] if w != ex.entry]
    assert word in _speech_marks(sentence, _replaced(lexicon, "hedging", foreign_function_words=rest))


def _person_ending(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Der Publizist Anton Weber war … Er sagte, …": the ending makes the noun a person's, so the pronoun
    is the person introduced (`expect`, the surname); without the entry nobody speaks."""

    def speakers(known: Knowledge) -> list[str]:
        *_, said = pipeline.analyse_article(ex.raw["example"], "example.org", known, "2025-05-10").claims
        return [s.text for s in said.sources]

    assert any(s.endswith(ex.raw["expect"]) for s in speakers(knowledge))
    rest = [e for e in lexicon["attribution"]["person_endings"] if e != ex.entry]
    without = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "attribution", person_endings=rest))
    assert not any(s.endswith(ex.raw["expect"]) for s in speakers(without)), "the same without the entry"


def _no_actor(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Ukraine-Krieg", "ukrainische Journalisten": the country's name or adjective names no actor of
    the party in `expect` there; without the entry it would."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]

    def parties(known: Knowledge) -> list[str | None]:
        return [m.actor.party for m in attribution.find_mentions(sentence, known)]

    assert ex.raw["expect"] not in parties(knowledge)
    covering = _covering(lexicon["attribution"], ex.entry, key)
    if any(covering.values()):  # the entry on its own shows it too
        alone = dataclasses.replace(knowledge, lexicon=_without(lexicon, covering))
        assert ex.raw["expect"] not in parties(alone), "not on its own"
    without = dataclasses.replace(knowledge, lexicon=_without(lexicon, covering, ex.entry))
    assert ex.raw["expect"] in parties(without), "no actor even without the entry"


def _reportative_modal(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "soll" of a report hedges the claim; without the entry the word is not read."""
    sentence = ex.raw["example"]
    assert "reportative" in _hedges_at(sentence, ex.entry, lexicon)
    rest = [w for w in lexicon["hedging"]["reportative_modals"] if w != ex.entry]
    assert "reportative" not in _hedges_at(sentence, ex.entry, _replaced(lexicon, "hedging", reportative_modals=rest))


def _claiming_modal(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "will … gesehen haben" hedges the claim; without the entry the word is not read."""
    sentence = ex.raw["example"]
    assert "reportative" in _hedges_at(sentence, ex.entry, lexicon)
    rest = [w for w in lexicon["hedging"]["claiming_modals"] if w != ex.entry]
    assert not _hedges_at(sentence, ex.entry, _replaced(lexicon, "hedging", claiming_modals=rest))


def _source_texts(sentence: str, known: Knowledge) -> list[str]:
    found = attribution.attribute_sentence(sentence, 0, known, attribution.ArticleMemory(), carries_over=False)
    return [source.text for source in found.sources]


def _without_word(knowledge: Knowledge, section: str, key: str, word: str) -> Knowledge:
    lexicon = knowledge.lexicon
    rest = [w for w in lexicon[section][key] if w != word]
    return dataclasses.replace(knowledge, lexicon=_replaced(dict(lexicon), section, **{key: rest}))


def _relay_verb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Wie die Zeitung schreibt, …": the relay names who says it (`expect`); without the entry nobody."""
    sentence = ex.raw["example"]
    assert ex.raw["expect"] in _source_texts(sentence, knowledge)
    without = _without_word(knowledge, "attribution", "relay_verbs", ex.entry)
    assert ex.raw["expect"] not in _source_texts(sentence, without)


def _calling_verb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "nannte X nicht vertretbar": the negation is the name given, and the subject speaks; without the entry
    the negation reads as nothing said, and nobody speaks."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b{ex.entry}\b.*\bnicht \w+\.$", sentence), "the example negates the name it gives"
    assert _source_texts(sentence, knowledge)
    assert not _source_texts(sentence, _without_word(knowledge, "attribution", "calling_verbs", ex.entry))


def _declaring_verb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "erklärte das Gebiet zur Sperrzone": the verb declares what something is, an act that names no speaker;
    without the entry it is a verb of saying, and its subject speaks."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b{ex.entry}\b", sentence) and re.search(r"\bzu[mr]?\s", sentence), "a verb and its 'zu'"
    assert not _source_texts(sentence, knowledge)
    assert _source_texts(sentence, _without_word(knowledge, "attribution", "declaring_verbs", ex.entry))


# A paragraph that names who speaks, before each example of a word that lets that speaker go on.
_SPEAKER_PARAGRAPH = (
    "Die Fähre zwischen Lindenau und Brückenfeld fährt ab Montag wieder, teilte das Hafenamt am Freitag mit. "
    "Der Anleger sei nach dem Hochwasser im Februar repariert worden, sagte die Leiterin des Hafenamts."
)


def _hedge_kinds_of_last_claim(text: str, known: Knowledge) -> list[str]:
    result = pipeline.analyse_article(text, "example.org", known)
    return [h.kind for h in result.claims[-1].hedges]


def _continuation_adverb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Zudem hieß es, …" in the paragraph after a speaker's: that speaker goes on, so "hieß es" is
    attributed, not hearsay; without the entry it would be hearsay."""
    text = "\n\n".join([_TITLE, _SPEAKER_PARAGRAPH, ex.raw["example"]])
    assert re.search(rf"(?i)\b{ex.entry}\b", ex.raw["example"]), "the entry is not in its example"
    assert _hedge_kinds_of_last_claim(text, knowledge) == ["attributed"]
    without = _without_word(knowledge, "attribution", "continuation_adverbs", ex.entry)
    assert _hedge_kinds_of_last_claim(text, without) == ["hearsay"]


def _run_in_headline(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A headline run into a paragraph ("… mit. Stadtrat lobt Hafenmeister Der neue …") is cut out, but
    not one with an article or ending in a word a headline does not end in: the words in `expect` stay
    in the body, and without the entry they would be cut."""
    key, line = ex.key.split(".")[1], ex.raw["example"]
    assert re.search(rf"(?i)\b{ex.entry}\b", ex.raw["expect"]), "the entry is not in the words kept"

    def kept(lex: dict[str, Any]) -> bool:
        text, blocks, at = _kept([_TITLE, line, *_BODY], lex)
        start = text.index(ex.raw["expect"])
        return _covered(blocks, start, start + len(ex.raw["expect"]))

    assert kept(lexicon), "the words are cut"
    rest = [w for w in lexicon["furniture"][key] if w != ex.entry]
    assert not kept(_replaced(lexicon, "furniture", **{key: rest})), "kept even without the entry"


def _line_goes_on(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A line ending in the word breaks inside a sentence: its two lines are one claim, and without the
    entry the line ending in it is cut off from the sentence it begins."""
    text = ex.raw["example"]
    first_line = text.split("\n")[0]
    assert first_line.rsplit(None, 1)[-1] == ex.entry and text.split("\n")[1][:1].isupper(), "no break after it"

    def claims_of(lex: dict[str, Any]) -> list[str]:
        known = dataclasses.replace(knowledge, lexicon=lex)
        return [c.text for c in pipeline.analyse_article(text, "example.org", known).claims]

    assert claims_of(lexicon) == [text], "the lines are not one claim"
    rest = [w for w in lexicon["furniture"]["line_goes_on"] if w != ex.entry]
    assert claims_of(_replaced(lexicon, "furniture", line_goes_on=rest)) != [text], "one claim even without it"


def _war_label(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A headline's line opened by a war and naming no happening is the page's label: no claim, though
    without the entry it would be one."""
    text = ex.raw["example"] + "\n\nDie Fähren nach Lindenau fahren seit Montag wieder nach dem Fahrplan."

    def claims_of(lex: dict[str, Any]) -> list[str]:
        known = dataclasses.replace(knowledge, lexicon=lex)
        return [c.text for c in pipeline.analyse_article(text, "example.org", known).claims]

    assert ex.raw["example"] not in claims_of(lexicon)
    rest = [w for w in lexicon["claims"]["war_labels"] if w != ex.entry]
    assert ex.raw["example"] in claims_of(_replaced(lexicon, "claims", war_labels=rest)), "a label even without it"


def _auxiliary(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A perfect auxiliary makes a participle's subject the speaker ("hat … gemeldet"); a passive one
    makes the agent the speaker ("wurde vom Hafenamt bestätigt"): a source that opens with `expect`,
    and none without the entry."""
    key, sentence = ex.key.split(".")[1], ex.raw["example"]

    def speaks(known: Knowledge) -> bool:
        return any(text.startswith(ex.raw["expect"]) for text in _source_texts(sentence, known))

    assert re.search(rf"\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert speaks(knowledge), _source_texts(sentence, knowledge)
    assert not speaks(_without_word(knowledge, "attribution", key, ex.entry)), "the same without the entry"


def _statements(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A second statement of one subject (", erneuerte aber …") or a headline's after its dash is a
    claim of its own; a sentence opened by a condition ("Sollte …") states a plan, not a fact. Without
    the entry the example is one claim, and a fact."""
    key = ex.key.split(".")[1]

    def claims_of(lex: dict[str, Any]) -> list[Any]:
        known = dataclasses.replace(knowledge, lexicon=lex)
        return list(pipeline.analyse_article(ex.raw["example"], "example.org", known).claims)

    without = _replaced(lexicon, "claims", **{key: _NEVER[0]})
    if key in ("conditional", "intention", "counterfactual", "open_question"):
        assert [c.signature.planned for c in claims_of(lexicon)] == [True]
        assert [c.signature.planned for c in claims_of(without)] == [False], "a plan even without the entry"
    else:
        assert [c.text for c in claims_of(lexicon)] == ex.raw["expect"]
        assert len(claims_of(without)) == 1, "two claims even without the entry"


def _all_kinds(sentence: str, lexicon: dict[str, Any]) -> list[str]:
    return [h.kind for h in hedging.find_hedges(sentence, lexicon)]


def _without_hedging_word(lexicon: dict[str, Any], key: str, word: str) -> dict[str, Any]:
    return _replaced(lexicon, "hedging", **{key: [w for w in lexicon["hedging"][key] if w != word]})


def _question_word(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A clause opened by a question word asks what might be ("Ob … könnte, ist unklar"): no guess."""
    sentence = ex.raw["example"]
    assert re.match(rf"(?i){ex.entry}\b", sentence), "the example does not open with the entry"
    assert "epistemic" not in _all_kinds(sentence, lexicon)
    assert "epistemic" in _all_kinds(sentence, _without_hedging_word(lexicon, "interrogatives", ex.entry))


def _topic_preposition(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Zu möglichen Schäden gab es keine Angaben": the possible is the topic of what is not known."""
    sentence, possible = ex.raw["example"], r"möglich\w*"
    assert re.search(rf"(?i)\b{ex.entry}\s+möglich", sentence), "the entry does not stand before the cue"
    assert _hedges_at(sentence, possible, lexicon) == ["negated"]
    without = _without_hedging_word(lexicon, "topic_prepositions", ex.entry)
    assert _hedges_at(sentence, possible, without) == ["lexical"]


def _noun_phrase_determiner(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "die vermutlich beschädigten Leitungen": the adverb (`expect`) qualifies the noun phrase only."""
    sentence, cue = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"(?i)\b{ex.entry}\s+{cue}\b", sentence), "the entry does not stand before the cue"
    assert _hedges_at(sentence, cue, lexicon) == []
    without = _without_hedging_word(lexicon, "noun_phrase_determiners", ex.entry)
    assert _hedges_at(sentence, cue, without) == ["lexical"]


def _first_person(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """Someone speaks in the first person: a form in -e (`expect`, "laufe") is no Konjunktiv I there."""
    sentence, form = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"(?i)\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert form not in _speech_marks(sentence, lexicon)
    assert form in _speech_marks(sentence, _without_hedging_word(lexicon, "first_person_pronouns", ex.entry))


def _subject_pronoun(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "er laufe": a subject pronoun right before a form in -e (`expect`) makes it a Konjunktiv I even in
    a sentence where someone speaks in the first person, which would veto it without the entry."""
    sentence, form = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"\b{ex.entry}\s+{form}\b", sentence), "the entry does not stand before the form"
    assert form in _speech_marks(sentence, lexicon)
    assert form not in _speech_marks(sentence, _without_hedging_word(lexicon, "subject_pronouns", ex.entry))


def _slug_joiner(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Quelle: AFP und Reuters": the word joins two agencies of one credit, both credited (`expect`
    the second), which without the entry is read as one unknown name."""
    text, agency = ex.raw["example"], ex.raw["expect"]
    assert re.search(rf"\b{ex.entry}\b", text), "the entry is not in its example"
    assert agency in cleaning.wire_credits(text, lexicon)
    rest = [w for w in lexicon["credits"]["slug_joiners"] if w != ex.entry]
    assert agency not in cleaning.wire_credits(text, _replaced(lexicon, "credits", slug_joiners=rest))


def _reacting_auxiliary(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Das Hafenamt hat … nicht bestätigt": with the auxiliary its subject did not confirm, a reaction that
    does not hedge; without the entry the text's own doubt ("ist nicht bestätigt")."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert _hedges_at(sentence, "nicht bestätigt", lexicon) == ["reaction"]
    without = _without_hedging_word(lexicon, "reacting_auxiliaries", ex.entry)
    assert _hedges_at(sentence, "nicht bestätigt", without) == ["unverified"]


def _reacting_agent(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "wurde vom Hafenamt nicht bestätigt": the passive's agent did not confirm, a reaction that does not hedge;
    without the pattern the text's own doubt."""
    sentence = ex.raw["example"]
    assert _hedges_at(sentence, "nicht bestätigt", lexicon) == ["reaction"]
    never = _replaced(lexicon, "hedging", reacting_agents=r"(?!)")
    assert _hedges_at(sentence, "nicht bestätigt", never) == ["unverified"]
    assert _hedges_at("Die Zahl wurde von unabhängiger Seite nicht bestätigt.", "nicht bestätigt", lexicon) == [
        "unverified"
    ]


def _reflexive(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Der Verdacht hat sich nicht bestätigt": it proved untrue, no hedge; without the entry its auxiliary
    would make it a reaction."""
    sentence = ex.raw["example"]
    assert re.search(rf"\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert _hedges_at(sentence, "nicht bestätigt", lexicon) == []
    without = _without_hedging_word(lexicon, "reflexives", ex.entry)
    assert _hedges_at(sentence, "nicht bestätigt", without) == ["reaction"]


def _verb_changing_particle(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "sagte das Hafenfest ab": the particle ending the clause makes the speech verb another one, and the
    sentence has no speaker; without the entry its subject speaks."""
    verb, particle = ex.entry.split()
    sentence = ex.raw["example"]
    assert re.search(rf"\b{verb}\b.*\b{particle}\W*$", sentence), "the entry is not in its example"
    found = attribution.attribute_sentence(sentence, 0, knowledge, attribution.ArticleMemory(), carries_over=False)
    assert not found.sources
    rest = [w for w in lexicon["attribution"]["verb_changing_particles"] if w != ex.entry]
    without = _replaced(lexicon, "attribution", verb_changing_particles=rest)
    found = attribution.attribute_sentence(
        sentence, 0, dataclasses.replace(knowledge, lexicon=without), attribution.ArticleMemory(), carries_over=False
    )
    assert found.sources


def _owning_determiner(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Ihre Sprecherin X sagte": in a state outlet's article (whose state speaks where no one else is known)
    a person by role after the entry is the official of the one the sentence before named (`expect`)."""
    sentence, expect = ex.raw["example"], ex.raw["expect"]
    assert re.match(rf"{ex.entry}\s", sentence), "the example does not open with the entry"

    def parties(known: Knowledge) -> list[str | None]:
        memory = attribution.ArticleMemory(affiliation="KP")
        attribution.attribute_sentence(ex.raw["context"], 0, known, memory, carries_over=False)
        return [s.party for s in attribution.attribute_sentence(sentence, 0, known, memory, carries_over=False).sources]

    assert parties(knowledge) == [expect]
    rest = [w for w in lexicon["attribution"]["owning_determiners"] if w != ex.entry]
    without = _replaced(lexicon, "attribution", owning_determiners=rest)
    assert parties(dataclasses.replace(knowledge, lexicon=without)) == ["KP"]


def _report_time_noun(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Nach Berichten der vergangenen Tage": a report of a time names no source, so it stays hearsay;
    without the entry it would be read as a report that names whose it is (`named_report`)."""
    sentence, cue = ex.raw["example"], r"Berichten(?: zufolge)?"
    assert re.search(rf"\b{ex.entry}\b", sentence), "the entry is not in its example"
    assert _hedges_at(sentence, cue, lexicon) == ["hearsay"]
    assert _hedges_at(sentence, cue, _without_hedging_word(lexicon, "report_time_nouns", ex.entry)) == ["named_report"]


def _says_what_came_before_verb(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """ "Das gab die Luftwaffe bekannt": the verb makes the speaker the source of the sentence before,
    which it is not without the entry."""
    sentence = ex.raw["example"]
    found = attribution.attribute_sentence(sentence, 0, knowledge, attribution.ArticleMemory(), carries_over=False)
    assert attribution.says_what_came_before(sentence, found, lexicon)
    rest = [w for w in lexicon["attribution"]["says_what_came_before_verbs"] if w != ex.entry]
    assert not attribution.says_what_came_before(
        sentence, found, _replaced(lexicon, "attribution", says_what_came_before_verbs=rest)
    )


def _lows(sentence: str, lexicon: dict[str, Any]) -> list[float]:
    return [q.low for q in numbers.find_quantities(sentence, numbers.number_rules(lexicon))]


def _number(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A number word, scale, vague amount or joining word: the example's quantities (their low ends)
    are `expect`, or the entry's own number or range, and are not without the entry; a number word
    worth less than two ("null") is no quantity but no content word of the fact either."""
    key = ex.key.split(".")[1]
    word = ex.entry if isinstance(ex.entry, str) else ex.entry["word"]
    sentence = ex.raw["example"]
    assert re.search(rf"(?i){re.escape(word)}", sentence), "the entry is not in its example"
    without = _replaced(lexicon, "numbers", **{key: [e for e in lexicon["numbers"][key] if e != ex.entry]})
    if "expect" in ex.raw:
        want: list[float] = [ex.raw["expect"]]
    elif isinstance(ex.entry, dict) and "low" in ex.entry:
        want = [ex.entry["low"]]
    elif ex.entry["number"] >= 2:
        want = [ex.entry["number"]]
    else:
        assert word not in _fact_words(sentence, lexicon) and word in _fact_words(sentence, without)
        return
    assert _lows(sentence, lexicon) == want
    assert _lows(sentence, without) != want, "the same without the entry"


def _bound(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """A bound ("mehr als 200", "fast 200"): the number is one end of its quantity, the other end lies
    `bound_share` past it, on the side the word says; without the entry the number is the whole quantity."""
    rules = numbers.number_rules(lexicon)
    (found,) = numbers.find_quantities(ex.raw["example"], rules)
    share = lexicon["numbers"]["bound_share"]
    if ex.key.endswith("at_least"):
        assert (found.low, found.high) == (200, round(200 * (1 + share), 6))
    else:
        assert (found.low, found.high) == (round(200 * (1 - share), 6), 200)
    key = ex.key.split(".")[1]
    without = _replaced(lexicon, "numbers", **{key: [e for e in lexicon["numbers"][key] if e != ex.entry]})
    (plain,) = numbers.find_quantities(ex.raw["example"], numbers.number_rules(without))
    assert (plain.low, plain.high) == (200, 200), "the same without the entry"


def _bound_share(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The bound's reach: "mehr als 200" reaches past 200 by the share, and with none it is 200 alone."""
    share = lexicon["numbers"]["bound_share"]
    (found,) = numbers.find_quantities(ex.raw["example"], numbers.number_rules(lexicon))
    assert found.low == 200 and found.high == round(200 * (1 + share), 6) > 200
    none = _replaced(lexicon, "numbers", bound_share=0.0)
    (plain,) = numbers.find_quantities(ex.raw["example"], numbers.number_rules(none))
    assert (plain.low, plain.high) == (200, 200)


def _scheduled_day(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """Written on a Monday, the example's Tuesday is the next day; without the pattern, the one before."""
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", knowledge, "2025-03-03").claims
    assert claim.signature.days == {"20250304"}
    never = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "matching", scheduled="(?!)"))
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", never, "2025-03-03").claims
    assert claim.signature.days == {"20250225"}, "the same without the pattern"


def _past_year(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The example's year, before its article's, is a day it names (the year's last); without the pattern none."""
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", knowledge, "2025-03-03").claims
    assert claim.signature.days == {"20121231"}
    never = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "matching", past_year="(?P<span>)(?P<year>(?!))"))
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", never, "2025-03-03").claims
    assert not claim.signature.days, "the same without the pattern"


def _background_clause(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The clause describing someone the example names gives the fact no word; without the pattern it does."""
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", knowledge, "2025-03-03").claims
    never = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "matching", background_clauses="(?!)"))
    (described,) = pipeline.analyse_article(ex.raw["example"], "example.org", never, "2025-03-03").claims
    assert described.signature.words > claim.signature.words, "the same words without the pattern"


def _between_sides(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The example names two parties as the sides of what happens between them; without the pattern, as
    parties who act."""
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", knowledge, "2025-03-03").claims
    never = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "matching", between_sides="(?!)"))
    (acting,) = pipeline.analyse_article(ex.raw["example"], "example.org", never, "2025-03-03").claims
    assert len(claim.signature.parties) > 1, "the example names fewer than two parties"
    assert claim.signature.between and not acting.signature.between, "the same without the pattern"


def _incidental_party(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """The example blames one party and names another only as a place or a backer: without the pattern, the
    blame holds both to account."""
    (claim,) = pipeline.analyse_article(ex.raw["example"], "example.org", knowledge, "2025-03-03").claims
    never = dataclasses.replace(knowledge, lexicon=_replaced(lexicon, "matching", incidental_party="(?!)"))
    (both,) = pipeline.analyse_article(ex.raw["example"], "example.org", never, "2025-03-03").claims
    assert claim.signature.blames and len(claim.signature.parties) == 1, claim.signature.parties
    assert len(both.signature.parties) > 1, "the same without the pattern"


def _reference_place(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """After the example's first sentence names a place as a reference point, a local speaker in its second is
    still of the place named before it (`expect`); without the entry, of the reference point."""
    named, local = ex.raw["example"].split(". ", 1)
    assert re.search(ex.entry, named, re.IGNORECASE), "the entry is not in its example"

    def probed(knowledge: Knowledge) -> set[str | None]:
        memory = attribution.ArticleMemory()
        for text in (ex.raw["context"], named + "."):
            attribution.attribute_sentence(text, 0, knowledge, memory, carries_over=False)
        found = attribution.attribute_sentence(local, 0, knowledge, memory, carries_over=False)
        return {source.party for source in found.sources}

    assert ex.raw["expect"] in probed(knowledge)
    never = _replaced(lexicon, "attribution", reference_places=_NEVER[0])
    assert ex.raw["expect"] not in probed(dataclasses.replace(knowledge, lexicon=never)), "the same without the entry"


def _place_in_context(ex: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    """After the context names a place as held by another party (`held_places`), a state after a place to say
    where it lies (`place_locators`), or a nationality before a word for land (`territories`), a local speaker in
    the example is of the place's holder (`expect`); without the entry, of the state the gazetteer names."""
    assert re.search(ex.entry.rstrip("$"), ex.raw["context"]), "the entry is not in its context"

    def probed(knowledge: Knowledge) -> set[str | None]:
        memory = attribution.ArticleMemory()
        attribution.attribute_sentence(ex.raw["context"], 0, knowledge, memory, carries_over=False)
        found = attribution.attribute_sentence(ex.raw["example"], 0, knowledge, memory, carries_over=False)
        return {source.party for source in found.sources}

    assert ex.raw["expect"] in probed(knowledge)
    never = _replaced(lexicon, "attribution", **{ex.key.split(".")[1]: _NEVER[0]})
    assert ex.raw["expect"] not in probed(dataclasses.replace(knowledge, lexicon=never)), "the same without the entry"


RUNNERS: dict[str, Callable[[Example, dict[str, Any], Knowledge], None]] = {
    **{
        f"numbers.{key}": _number
        for key in (
            "words",
            "scales",
            "vague",
            "several",
            "per",
            "ranks",
            "range",
            "whole",
            "subset",
            "previous",
            "changed_to",
            "count_before",
        )
    },
    "numbers.at_least": _bound,
    "numbers.bound_share": _bound_share,
    "numbers.at_most": _bound,
    "abbreviations": _abbreviation,
    "ordinal_openers": _ordinal_opener,
    "ordinal_nouns": _ordinal_noun,
    "hedging.cues": _hedge_cue,
    "attribution.speech_verbs": _speech_verb,
    "negations": _negation,
    "stance.deny": _stance,
    "stance.confirm": _stance,
    "stance.no_evidence": _stance,
    "credits.agencies": _agency,
    "hedging.epistemic_modals": _epistemic_modal,
    "attribution.not_state_actors": _no_actor,
    "attribution.person_endings": _person_ending,
    "attribution.compound_not_actor": _no_actor,
    "attribution.compound_of_a_country": _no_actor,
    "attribution.name_final_nouns": _no_actor,
    "attribution.compass_points": _no_actor,
    "attribution.official_adjectives": _attribution_form,
    "attribution.unnamed_adjectives": _attribution_form,
    "attribution.state_adjectives": _attribution_form,
    "attribution.occupation_prefixes": _attribution_form,
    "attribution.state_forces": _attribution_form,
    "attribution.military_ranks": _military_rank,
    "hedging.foreign_function_words": _foreign_sentence,
    "credits.aliases": _credit,
    "places.prepositions": _place_word,
    "places.kinds": _place_word,
    "places.not_places": _place_word,
    "places.pointing_back": _place_word,
    "claims.min_words": _not_a_claim,
    "claims.not_claims": _not_a_claim,
    "claims.reader_address": _not_a_claim,
    "claims.conditional": _statements,
    "claims.intention": _statements,
    "claims.counterfactual": _statements,
    "claims.open_question": _statements,
    "claims.coordinated_statement": _statements,
    "claims.shared_subject_clause": _statements,
    "claims.new_subject_clause": _statements,
    "claims.asyndetic_clause": _statements,
    "claims.relative_fact_clause": _statements,
    "claims.fronted_clause": _statements,
    "claims.verb_lemma": _statements,
    "claims.headline_statement": _statements,
    "claims.war_labels": _war_label,
    "credits.patterns": _credit,
    "credits.photo_line": _credit,
    "matching.stopwords": _no_anchor,
    "matching.speech_acts": _no_anchor,
    "matching.time_words": _no_anchor,
    "matching.purpose_markers": _no_anchor,
    "matching.units": _unit,
    "matching.count_nouns": _count_noun,
    "matching.negated_denials": _not_negating,
    "matching.reactions": _reaction,
    "not_negating.idioms_not_negating": _not_negating,
    "matching.clauses_not_negating": _not_negating,
    "matching.scheduled": _scheduled_day,
    "matching.past_year": _past_year,
    "matching.background_clauses": _background_clause,
    "matching.between_sides": _between_sides,
    "matching.incidental_party": _incidental_party,
    "attribution.reference_places": _reference_place,
    "attribution.held_places": _place_in_context,
    "attribution.place_locators": _place_in_context,
    "attribution.territories": _place_in_context,
    "attribution.says_what_came_before": _says_what_came_before,
    "attribution.object_pointing_back": _object_pointing_back,
    **{
        f"attribution.{key}": _attribution_form
        for key in (
            "prepositional",
            "judged_statements",
            "tally_going_on",
            "own_statement",
            "anaphoric",
            "continuation",
            "accusations",
            "role_nouns",
            "state_nouns",
            "group_nouns",
            "pronouns",
            "demonstratives",
            "phrase_openers",
            "media_nouns",
            "local_roles",
            "seated_roles",
            "posted_roles",
            "cabinet_roles",
            "local_cues",
            "sides",
            "located",
            "gapped_speech",
            "said_objects",
            "envoy_roles",
            "portfolio_roles",
            "organisation_nouns",
            "company_nouns",
            "compound_heads",
            "accusation_fronted",
            "quoting_verbs",
        )
        + ("directive_verbs", "warning_verbs", "publication_verbs", "publication_objects", "headline_speaker_words")
        + ("agent_prepositions", "participle_coordinators", "possessives", "reciprocals", "subject_determiners")
        + ("governed_conjuncts",)
        + ("controlling_participles", "focus_particles", "modals_saying_negation")
        + _FUNCTION_WORDS
    },
    "hedging.deontic_markers": _plan_word,
    "hedging.future_time": _plan_word,
    "hedging.agreement_markers": _agreement,
    "hedging.rating_markers": _rating,
    "hedging.konjunktiv_i": _subjunctive,
    "hedging.konjunktiv_ii": _subjunctive,
    "hedging.not_konjunktiv_i": _not_subjunctive,
    "hedging.conditional_markers": _conditional,
    "hedging.disclaimer_subjects": _disclaimer,
    "stance.points_back": _denial_pointing_back,
    "hedging.disclaimer_plural_subjects": _disclaimer,
    "hedging.disclaimer_sides_subjects": _disclaimer,
    "hedging.disclaimer_number_subjects": _disclaimer,
    "hedging.disclaimer_topics": _disclaimer,
    "hedging.withheld_details": _withheld_details,
    **{
        f"furniture.{key}": _furniture
        for key in ("line", "tail", "prefix", "suffix", "dated_line", "teaser_intro", "teaser_list", "media_label")
        + ("photo_credit", "caption_closing_credit", "reader_address", "self_promotion", "run_in_opener")
        + ("foreign_words", "german_words")
    },
    "hedging.reportative_modals": _reportative_modal,
    "hedging.claiming_modals": _claiming_modal,
    "attribution.relay_verbs": _relay_verb,
    "attribution.calling_verbs": _calling_verb,
    "attribution.declaring_verbs": _declaring_verb,
    "attribution.statement_nouns": _statement_noun,
    "attribution.perfect_auxiliaries": _auxiliary,
    "attribution.passive_auxiliaries": _auxiliary,
    "attribution.continuation_adverbs": _continuation_adverb,
    "furniture.articles": _run_in_headline,
    "furniture.headline_no_end": _run_in_headline,
    "furniture.line_goes_on": _line_goes_on,
    "hedging.interrogatives": _question_word,
    "hedging.topic_prepositions": _topic_preposition,
    "hedging.noun_phrase_determiners": _noun_phrase_determiner,
    "hedging.first_person_pronouns": _first_person,
    "hedging.subject_pronouns": _subject_pronoun,
    "credits.slug_joiners": _slug_joiner,
    "hedging.report_time_nouns": _report_time_noun,
    "hedging.reacting_auxiliaries": _reacting_auxiliary,
    "hedging.reacting_agents": _reacting_agent,
    "attribution.verb_changing_particles": _verb_changing_particle,
    "attribution.owning_determiners": _owning_determiner,
    "hedging.reflexives": _reflexive,
    "attribution.says_what_came_before_verbs": _says_what_came_before_verb,
}


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_example(example: Example, lexicon: dict[str, Any], knowledge: Knowledge) -> None:
    runner = RUNNERS.get(example.key)
    assert runner, f"{example.file}: no runner for examples of {example.key}; add one to RUNNERS"
    runner(example, lexicon, knowledge)


def test_every_entry_has_an_example() -> None:
    missing: dict[str, int] = {}
    for file, key, entry in all_entries():
        if key.startswith("weights.") or key.startswith("hedging.kinds"):
            continue  # weights and hedge kinds carry a reason, not an example (below)
        if not (isinstance(entry, dict) and "example" in entry):
            missing[f"{file}:{key}"] = missing.get(f"{file}:{key}", 0) + 1
    assert not missing, f"entries without an example (add one, or remove an entry nothing reads): {missing}"


def test_every_weight_threshold_and_hedge_kind_says_why() -> None:
    files = seeds.lexicon_files()
    weights = files["weights.json"]["weights"]
    kinds = files["hedges.json"]["hedging"]["kinds"]
    values = [(key, e) for _, key, e in all_entries() if isinstance(e, (int, float)) or _is_entry(e) and "value" in e]
    for name, entry in [*weights.items(), *kinds.items(), *values]:
        assert isinstance(entry, dict) and len(entry.get("why", "")) > 20, f"{name}: say why"


def test_every_lexicon_file_says_what_it_holds() -> None:
    for file, content in seeds.lexicon_files().items():
        assert len(content.get("about", "")) > 20, file
