"""German lemmas and compound heads from simplemma's shipped dictionary (no model, nothing downloaded).

simplemma was chosen over HanTa and spaCy: it ships its German dictionary inside the wheel, needs no
model download, and a cached look-up costs well under a microsecond; its lemmas ("starben" → "sterben",
"Toten" → "Toter") are what matching needs to see one word in its inflections.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Sequence
from functools import lru_cache

from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

# The endings of an inflected adjective or participle ("russische", "unterstützten"), after its stem.
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")

# One German dictionary in memory (about 100 MB) for lemmas and for "is this a word": loaded on first
# use, shared by every module of the analysis.
_FACTORY = DefaultDictionaryFactory()
# No cache of simplemma's own: `lemma` keeps each word form's lemma (see `_LIMIT`).
_LEMMATIZER = Lemmatizer(cache_max_size=0, lemmatization_strategy=DefaultStrategy(dictionary_factory=_FACTORY))

# Each word form's lemma and compound head, read once per process, in plain dicts of strings rather than
# `lru_cache`s: the garbage collector does not track a dict holding only strings, where it walked every
# entry of an lru_cache's linked list at each full collection (some 100,000 entries after 300 articles, in
# three caches counting simplemma's: 28 of a full collection's 32 ms). Emptied when full, a bound on memory.
_LIMIT = 300_000
_LEMMAS: dict[str, str] = {}
_HEADS: dict[int, dict[str, str | None]] = {}  # by the shortest head wanted, then by word form
_UNREAD = ""  # no head is empty


def lemma(word: str) -> str:
    """The dictionary form of one word, in its own case ("Angriffen" → "Angriff"); the word if unknown."""
    found = _LEMMAS.get(word)
    if found is None:
        try:
            found = str(_LEMMATIZER.lemmatize(_in_german_spelling(word), lang="de"))
        except (ValueError, RecursionError):  # pragma: no cover - simplemma's guard against odd input
            found = word
        if found.lower() == word.lower() and is_known(word.lower(), exact=True):  # "Abgefeuert" opening a sentence too
            found = _participles_verb(word.lower()) or found
        if len(_LEMMAS) >= _LIMIT:
            _LEMMAS.clear()
        _LEMMAS[word] = found
    return found


def _participles_verb(word: str) -> str | None:
    """The infinitive of a participle the lemmatiser leaves as it is: a separable verb's ("abgefeuert" →
    "abfeuern", as "gefeuert" → "feuern"; the particle and the infinitive one word the dictionary knows) or one in
    "-iert" ("bombardiert" → "bombardieren")."""
    at = word.find("ge", 2)
    if at > 0 and word.endswith(("t", "en")) and is_known(word[:at]):  # the particle a word of its own: "ab"
        verb = _LEMMATIZER.lemmatize(word[at:], lang="de")
        if verb != word[at:] and _INFINITIVE.search(verb) and is_known(word[:at] + verb, exact=True):
            return word[:at] + verb
        if _INFINITIVE.search(word) and is_known(word[:at] + word[at + 2 :], exact=True):
            return word[:at] + word[at + 2 :]  # "abgefangen" → "abfangen": a strong verb's participle is its stem
    if word.endswith("iert") and is_known(word[:-1] + "en", exact=True):
        return word[:-1] + "en"
    return None


_INFINITIVE = re.compile(r"[^e](?:en|ern|eln)$")


def _in_german_spelling(word: str) -> str:
    """A Swiss or Liechtenstein spelling ("Verstössen", "Erschiessung": no ß) the dictionary does not know, as
    written in Germany where that form is known ("Verstößen"); any other word as it is."""
    if "ss" not in word or word in _dictionary():
        return word
    german = word.replace("ss", "ß")
    return german if german in _dictionary() else word


def is_verb(word: str, verb_lemma: re.Pattern[str]) -> bool:
    """A lower-case word the dictionary knows whose lemma has a verb's form (`verb_lemma`): "wächst" → "wachsen";
    or a form in "-iert" of a known verb in "-ieren" the lemmatiser leaves as it is ("bombardiert")."""
    if not word[:1].islower() or not is_known(word):
        return False
    return bool(verb_lemma.match(lemma(word))) or (word.endswith("iert") and is_known(word[:-1] + "en"))


def is_nominalised_adjective(word: str) -> bool:
    """A noun made of an adjective or participle ("Angehörige", "Verstorbenen", "Deutsche"): the dictionary
    gives its masculine singular in "-er" as the lemma of the form in "-e" or of the one in "-en" (not always
    of both: "Verstorbene" is its own lemma, "Verstorbenen" is "Verstorbener"). Such a noun names people;
    a plain noun's lemma is no such form ("Fälle" → "Fall"; "Panzer" ends in "-er" as written)."""
    if len(word) < 5 or not word[:1].isupper() or word[-1] not in "en":
        return False
    base = word[:-2] if word.endswith("en") else word[:-1]
    return base[-1:].isalpha() and any(lemma(base + ending) == base + "er" for ending in ("e", "en"))


def compound_head(word: str, min_length: int) -> str | None:
    """The lemma of the longest known noun a compound ends with ("Raketenangriffe" → "angriff"), remembered
    per word form (`_compound_head`)."""
    heads = _HEADS.get(min_length)
    if heads is None:
        heads = _HEADS.setdefault(min_length, {})
    found = heads.get(word, _UNREAD)
    if found is _UNREAD:
        if len(heads) >= _LIMIT:
            heads.clear()
        found = heads[word] = _compound_head(word, min_length)
    return found


def _compound_head(word: str, min_length: int) -> str | None:
    """The lemma of the longest known noun a compound ends with ("Raketenangriffe" → "angriff").

    German writes compounds as one word with the head last: the head says what kind of thing it is,
    so "Raketenangriff" and "Drohnenangriff" are both attacks. A split counts only where the first
    part is a known word too, with or without its linking letters ("Evakuierungs|züge"), so that
    "Verletzten" is not read as "Ver|letzten". Nouns only; heads shorter than `min_length` are left.
    """
    whole = lemma(word)
    if not word[:1].isupper() or not whole[:1].isupper():  # "Dramatische" at a sentence's start is no noun
        return None
    low, whole = word.lower(), whole.lower()
    found: str | None = None
    for start in range(_MIN_FIRST_PART, len(low) - _SHORTEST_HEAD + 1):  # shorter heads tell a longer one wrong
        split = _split_at(word, low, whole, start)
        if split is None:
            continue
        head, noun_first = split
        if noun_first:
            # a noun first: "Trauer|tage", not "Trau|ertage" (a verb's stem and a rare noun); None where the head is
            # shorter than the caller reads
            return head if len(low) - start >= min_length else None
        # A verb's or an adjective's stem first ("Groß|stadt"): unless a noun first follows. A three-letter head
        # only after a noun ("Trauer|tage"): "-tag" ends many words.
        if len(head) >= _MIN_HEAD and len(low) - start >= min_length:
            found = found or head
    return found


def _split_at(word: str, low: str, whole: str, start: int) -> tuple[str, bool] | None:
    """The head of the compound split at `start`, and whether its first part is a noun; None where no known noun
    ends it there or no known word opens it."""
    tail, first = low[start:], word[:start]
    if not is_known(tail.capitalize()):
        return None
    if first.lower() in _VERB_PREFIXES:
        return None  # "Unter|stützung", "Durch|bruch": a verb's prefix derives a word, it makes no compound
    head = lemma(tail.capitalize())
    if not head[:1].isupper():  # a noun's head is a noun: "Landes|teile", not "Lande|steile"
        return None
    head = head.lower()
    if head in _SUFFIX_LOOKALIKES:
        return None  # "Mill|ionen", "Kommiss|ionen": a noun ending in "-ion" is no compound of "Ion"
    # The compound's lemma ends with its head's ("Streitkräfte" → "Streitkraft", "Kraft"): not
    # "Zivilisten" as "Zivi|listen", whose lemma "Zivilist" does not end with "Liste". A compound the
    # lemmatiser does not know keeps its plural where no singular ends so ("Quetsch|verletzungen").
    if not (whole.endswith(head) or (whole == low and tail.endswith(_PLURAL_ONLY))):
        return None
    firsts = [first[: len(first) - len(link)] for link in _LINKS if first.endswith(link)]
    firsts = [part for part in firsts if len(part) >= _MIN_FIRST_PART and is_known(part)]
    if not firsts:
        return None
    return head, any(lemma(part)[:1].isupper() for part in firsts)


_MIN_FIRST_PART = 4
# Endings of an inflected form whose head is then sure: the plurals of the feminine suffixes ("-ungen" is the plural
# of "-ung" alone), "-innen", the dative plural "-ern" and the genitive "-s" ("Streifen" may be one "Streifen" or two
# "Streifen" of "Streife": "-en" alone is no such ending).
_PLURAL_ONLY = ("ungen", "heiten", "keiten", "schaften", "ionen", "täten", "innen", "ern", "s")
_MIN_HEAD = 4  # a head after no noun has four letters or more ("Haus", "Grab"): three-letter ones end many words
_SUFFIX_LOOKALIKES = frozenset({"ion"})  # a noun that is a suffix too: never a head
_SHORTEST_HEAD = 3  # "Tag", "Zug", "Rat"
_LINKS = ("", "s", "n", "en", "es", "e")
# Prefixes of German verbs four letters or longer (shorter ones are below _MIN_FIRST_PART): a noun made
# from such a verb ("Unterstützung", "Zurückhaltung") is one word, not "Unter" + "Stützung".
_VERB_PREFIXES = frozenset({"unter", "über", "durch", "hinter", "zurück", "nieder", "wider", "zusammen"})


def rejoin_separable_verbs(
    words: Sequence[str], gaps: Sequence[str], particles: Collection[str], coordinators: Collection[str]
) -> dict[int, str]:
    """The verbs whose particle stands at the end of their clause, as infinitives with it: "Truppen
    griffen die Stadt an" gives "angreifen" for "griffen" (index → infinitive). German main clauses
    split these verbs ("greifen … an", "kamen … frei"); without the particle the verb means another thing.

    `gaps[i]` is the text after word i. A particle ends its clause where punctuation or a coordinating
    conjunction ("und", "aber") follows it; its verb is the nearest word before it in the same clause
    that forms a known infinitive with it ("frei" + "kamen" → "freikommen"; "zu" + "gleich" is no verb).
    """

    def ends_clause(i: int) -> bool:
        return i + 1 >= len(words) or _a_clause_mark_in(gaps[i]) or words[i + 1] in coordinators

    def joins_nouns(i: int) -> bool:
        """ "fing Drohnen und Raketen ab": a conjunction between two nouns joins them, the clause goes on."""
        return (
            i + 2 < len(words)
            and words[i + 1] in coordinators
            and not _a_clause_mark_in(gaps[i])
            and words[i][:1].isupper()
            and words[i + 2][:1].isupper()
        )

    joined: dict[int, str] = {}
    for i in [i for i, word in enumerate(words) if word in particles]:
        word = words[i]
        if not ends_clause(i) or gaps[i].lstrip()[:1].isdigit() or _OPENS_A_QUOTE.fullmatch(gaps[i]):
            # "stieg auf 40.", "mit „Einsätzen“ begonnen": a preposition before a number or a quotation,
            # the number's point or the quotation mark no clause's end
            continue
        for j in range(i - 1, max(-1, i - _MAX_CLAUSE_WORDS), -1):
            if ends_clause(j) and not joins_nouns(j):
                break
            infinitive = _particle_verb(word, words[j]) if j not in joined else None
            if infinitive:
                joined[j] = infinitive
                break
    return joined


def _a_clause_mark_in(gap: str) -> bool:
    return not _CLAUSE_MARKS.isdisjoint(gap) or _DASH in gap


def may_rejoin(sentence: str, words: Sequence[str], particles: frozenset[str], coordinators: frozenset[str]) -> bool:
    """Whether a particle among the words of the sentence (its runs of letters) may end its clause as
    `rejoin_separable_verbs` tells it, which joins no verb where none does: the last word, one before a
    coordinating conjunction, or one whose text after it holds a clause mark — the run of letters up to
    each mark, back over what is no letter, is told without the text between all the words (most sentences:
    "an der", "mit dem", each particle followed by a word of its clause: 6,058 of 7,251 claims holding one)."""
    if words[-1] in particles:
        return True
    if not coordinators.isdisjoint(words):
        for before, word in zip(words, words[1:], strict=False):  # each word with the one after it
            if word in coordinators and before in particles:
                return True
    lengths, endings = _lengths(particles), _endings(particles)
    letters_end: dict[int, int] = {}  # each mark's walk back, reused by the next: a run of marks is read once
    for mark in _ORDERED_MARKS:  # each found by `str.find`: most sentences hold two or three marks of two kinds
        at = sentence.find(mark)
        while at >= 0:
            end = at
            while end and not _is_letter(sentence[end - 1]):
                if end - 1 in letters_end:
                    end = letters_end[end - 1]
                    break
                end -= 1
            letters_end[at] = end
            if sentence.endswith(endings, 0, end):  # most marks: after a word that ends in no particle
                for length in lengths:  # the run of letters ending there, if it is a particle
                    if length <= end and sentence[end - length : end] in particles:
                        if length == end or not _is_letter(sentence[end - length - 1]):
                            return True
            at = sentence.find(mark, at + 1)
    return False


def _is_letter(character: str) -> bool:
    r"""`[^\W\d_]`: a word character (`str.isalnum`, or "_", which is none) that is no decimal digit."""
    return character.isalnum() and not character.isdecimal()


@lru_cache(maxsize=8)
def _lengths(particles: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(particle) for particle in particles}))


@lru_cache(maxsize=8)
def _endings(particles: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(particles))


@lru_cache(maxsize=65_536)
def _particle_verb(particle: str, word: str) -> str | None:
    if not word[:1].islower() or len(word) < 3:
        return None
    for candidate in (particle + lemma(word), particle + word):
        if is_known(candidate):
            infinitive = lemma(candidate)
            if infinitive.endswith("n") and infinitive.startswith(particle):  # a verb, not "zugleich"
                return infinitive
    return None


_MAX_CLAUSE_WORDS = 30
_OPENS_A_QUOTE = re.compile(r'\s+["„«‚»]')  # a quotation opening right before the next word
_CLAUSE_MARKS = frozenset(',;:.!?()[]"«»“”„–')
_DASH = " - "  # a dash between spaces, as normalising writes "–": a clause's end; a hyphen in a word is none
_ORDERED_MARKS = (*sorted(_CLAUSE_MARKS), _DASH)


@lru_cache(maxsize=1)
def _dictionary() -> Container[str]:
    """simplemma's German form → lemma table, loaded once: a membership test is a hash look-up
    (0.4 µs), where `simplemma.is_known` runs its whole lemmatising strategy (36 µs)."""
    return _FACTORY.get_dictionary("de")


# Whether the dictionary holds each word form asked about, remembered: a test of simplemma's table runs
# three methods of its own in Python (the form encoded, the bytes looked up and decoded, a KeyError raised
# for a form it lacks), 1–4 µs a test within the analysis, where a form asked about again (most: 4,700 forms
# of 11,000 tests in 300 articles) is one look-up here. Strings and truths only: untracked by the collector.
_KNOWN: dict[str, bool] = {}


def is_known(word: str, exact: bool = False) -> bool:
    """Whether the German dictionary knows the word form, as written or (unless `exact`) in lower case."""
    known = _KNOWN.get(word)
    if known is None:
        known = _in_dictionary(word)
    if known or exact:
        return known
    lowered = word.lower()
    known = _KNOWN.get(lowered)
    return _in_dictionary(lowered) if known is None else known


def _in_dictionary(form: str) -> bool:
    known = _in_german_spelling(form) in _dictionary()  # "Erschiessung": known as written in Germany
    if len(_KNOWN) >= _LIMIT:
        _KNOWN.clear()
    _KNOWN[form] = known
    return known


def load_dictionary() -> None:
    """Load the German dictionary now rather than on the first word: a server calls this before its
    workers fork, so they share one copy and no request pays the second it takes."""
    lemma("Angriffen")
    is_known("Angriff")
