"""What the analysis knows about the world: lexicons, actors, outlets and conflicts.

Built from plain data (the project's seeds, or the store's current tables), so that
scoring stays pure: nothing here reads a file or a database.
"""

from __future__ import annotations

import dataclasses
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Generic, TypeVar

from scoring.lemmas import lemma
from scoring.lexicon import Lexicon, Thesaurus
from scoring.regex import HeldStrings, Presence, fold_case


def _with_spoken_acronyms(names: tuple[str, ...]) -> tuple[str, ...]:
    """A news agency's acronym of four letters or more is read as a word, and German papers write it so: "SANA"
    as "Sana", "IRNA" as "Irna" ("AFP", spelt out letter by letter, stays as it is). Agencies only: a paper's
    name in capitals ("BILD", "WELT") is a German word in title case."""
    spoken = tuple(n.capitalize() for n in names if len(n) >= _SPOKEN_ACRONYM and n.isalpha() and n.isupper())
    return names + tuple(n for n in spoken if n not in names)


_SPOKEN_ACRONYM = 4


def _with_inflected_adjectives(names: tuple[str, ...]) -> tuple[str, ...]:
    """A medium's name opening with adjectives is inflected after an article: "der Deutschen Presse-Agentur", "in
    der Neuen Zürcher Zeitung". Each adjective before the last word takes the weak ending "-en"."""
    inflected = []
    for name in names:
        words = name.split()
        if len(words) > 1 and words[0][:1].isupper() and words[0].endswith("e"):
            leading = [w + "n" if w.endswith("e") and w[:1].isupper() else w for w in words[:-1]]
            inflected.append(" ".join([*leading, words[-1]]))
    return names + tuple(n for n in inflected if n not in names)


@dataclass(frozen=True)
class Actor:
    """Someone who can be a source: a person, an organ, a capital, a state."""

    name: str
    party: str | None
    kind: str  # person | organ | state | capital | group | medium | adjective
    medium_domain: str | None = None


def opening_a_sentence(name: str) -> str | None:
    """How a name written with a lower-case particle first ("al-Burhan") is written opening a sentence
    ("Al-Burhan"); None for a name that opens with a capital already."""
    return name[:1].upper() + name[1:] if name[:1].islower() else None


T = TypeVar("T")
R = TypeVar("R")
S = TypeVar("S")


def once_per_lexicon(build: Callable[[S], R]) -> Callable[[S], R]:
    """Compile rules from a lexicon (or one of its typed sections) once per object, not once per sentence."""
    cache: dict[int, tuple[S, R]] = {}
    # the section asked for last: nearly always the same one (at first a placeholder no section is)
    last: list[tuple[Any, Any]] = [(object(), None)]

    def compiled(section: S) -> R:
        hit = last[0]  # one read: another thread may replace it, never half of it
        if hit[0] is section:
            return hit[1]  # type: ignore[no-any-return]  # the placeholder is never returned
        found = cache.get(id(section))
        if found is None or found[0] is not section:  # the section is kept alive, so its id stays its own
            found = cache[id(section)] = (section, build(section))
        last[0] = found
        return found[1]

    return compiled


F = TypeVar("F")


def built(cls: type[F], **fields: Any) -> F:
    """An instance of a frozen dataclass from every one of its fields, the same object its `__init__` makes,
    without setting each field through `object.__setattr__` as a frozen dataclass's `__init__` does (2.7 µs
    for a signature's nineteen fields, 0.4 µs so): for the analysis's results, made once a claim. Only for
    a class without slots, `__post_init__` or a field left to its default (tests/test_fast_paths.py).
    A class compiled by mypyc (`make native`) has no instance dict and refuses `object.__new__`: made by
    its `__init__`."""
    try:
        made = object.__new__(cls)
    except TypeError:
        return cls(**fields)
    made.__dict__.update(fields)
    return made


def quick_init(cls: type[F]) -> type[F]:
    """A frozen dataclass whose `__init__` puts its fields into the new instance's dict, as `built` does,
    instead of through `object.__setattr__` one by one as the frozen dataclass's own does (0.35 → 0.15 µs
    for four fields): for the small records made once a sentence or a claim. The same parameters and
    defaults, the same objects (tests/test_fast_paths.py); still frozen once made. Only for a class without
    slots, `__post_init__`, a default factory, a field left out of `__init__` or a keyword-only one."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if (
        not cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        or "__slots__" in vars(cls)
        or hasattr(cls, "__post_init__")
        or any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields)
    ):
        raise TypeError(f"{cls.__name__}: quick_init needs a plain frozen dataclass")
    defaults = {f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    parameters = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}" for f in fields
    )
    stores = "".join(f"    fields[{f.name!r}] = {f.name}\n" for f in fields)
    namespace: dict[str, Any] = dict(defaults)
    exec(f"def __init__(self, {parameters}):\n    fields = self.__dict__\n{stores}", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {**{f.name: f.type for f in fields}, "return": None}
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


_TOKEN = re.compile(r"[^\W_]+")
# The same runs where the text holds no "_": the engine tests `\w` by its category, where `[^\W_]` is a set
# with a negated category and a literal (a sentence split 11 % quicker).
_WORD_RUN = re.compile(r"\w+")
_INFLECTIONS = frozenset({"", "s", "n", "e", "en", "er", "es", "em"})


def words_of(text: str) -> tuple[str, ...]:
    """The words of a text: one sentence is looked up in several indexes (actors, learned names,
    conflict terms, places) one after another, and split once. Within `one_article`, a text whose
    flags were read keeps its words beside them (stage 3 reads a sentence's words long after stage 2)."""
    texts = _ARTICLE_TEXTS.get()
    if texts is not None:
        found = texts.get(text)
        if found is not None:
            return found[2]
    return _split(text)


@lru_cache(maxsize=4)
def _split(text: str) -> tuple[str, ...]:
    return _words(text)


def _words(text: str) -> tuple[str, ...]:
    r"""`_TOKEN.findall(text)`: by `\w+` where the text holds no "_" (nearly all), which then splits alike."""
    return tuple(_WORD_RUN.findall(text) if "_" not in text else _TOKEN.findall(text))


@lru_cache(maxsize=4)
def word_set_of(text: str) -> frozenset[str]:
    """The words of a text (`words_of`) as a set."""
    return frozenset(words_of(text))


@lru_cache(maxsize=4)
def folded_words_of(text: str) -> frozenset[str]:
    """The words of a text folded as a pattern ignoring case compares them (`scoring.regex.fold_case`)."""
    return frozenset(fold_case(" ".join(words_of(text))).split(" "))  # folded at once: no letter folds to a space


_FORMS_LIMIT = 200_000


@dataclass(frozen=True)
class _Tests:
    """The word tests known so far, each with the first of its bits, and each word form's flags under them."""

    tests: tuple[tuple[int, Callable[[str], Any], bool], ...]  # (first bit, test, gives one bit: a truth)
    flags: dict[str, int]


class _WordFlags:
    """One record per word form for every test a rule asks of single words: a flags integer, a bit per
    test, filled the first time the form is met. A text's words are then looked up once, in one dict,
    and every rule that needs a word of its own (an alias may open, a place, a number, a Konjunktiv form,
    a speech verb) asks a bit of the text's flags instead of looking its words up in a set of its own."""

    def __init__(self) -> None:
        self._known = _Tests((), {})  # replaced whole, never changed in place: a reader sees one state
        self.generation = 0  # counts the changes of the tests: flags read under another are read again
        self._bits = 0  # how many bits are given out
        self._free: list[int] = []  # bits of tests whose owner is gone, to be given out again
        self._lock = threading.Lock()

    def flag(self, test: Callable[[str], object]) -> int:
        """The bit that says a word form passes `test` (a pure test of the word alone)."""
        return 1 << self._add(test, 1, single=True)

    def flags(self, count: int, read: Callable[[str], int]) -> int:
        """The first of `count` bits that `read` gives a word form (an integer below 2**count): one
        reading of the form for many bits."""
        return self._add(read, count, single=False)

    def owned_flag(self, owner: object, test: Callable[[str], object]) -> tuple[int, Callable[[], object]]:
        """A bit for `test` that is given out again once `owner` is collected, or once the returned
        release is called (an index whose aliases change): an object built and dropped again and again
        (the knowledge of a database, rebuilt when its tables change) holds no bit for long. `test` must
        not hold `owner` (a weak reference does)."""
        with self._lock:
            reused = self._free.pop() if self._free else None
        if reused is None:
            first = self._add(test, 1, single=True)
        else:
            with self._lock:
                tests = tuple((reused, test, True) if entry[0] == reused else entry for entry in self._known.tests)
                self._known = _Tests(tests, {})
                self.generation += 1
            first = reused
        return 1 << first, weakref.finalize(owner, self._free.append, first)  # no lock: it may run in any call

    def _add(self, test: Callable[[str], object], count: int, *, single: bool) -> int:
        with self._lock:
            first = self._bits
            self._known = _Tests((*self._known.tests, (first, test, single)), {})  # earlier flags are dropped
            self._bits = first + count
            self.generation += 1
        return first

    def of(self, words: Iterable[str]) -> int:
        """The flags of all the words together, under the tests known now (at least those known before)."""
        known = self._known
        table = known.flags
        flags = 0
        for word in words:
            found = table.get(word)
            if found is None:
                found = self._read(word, known)
            flags |= found
        return flags

    @staticmethod
    def _read(word: str, known: _Tests) -> int:
        if len(known.flags) >= _FORMS_LIMIT:
            known.flags.clear()  # a bound on memory in a long-running worker
        found = 0
        for first, test, single in known.tests:
            if single:
                if test(word):
                    found |= 1 << first
            else:
                found |= test(word) << first
        known.flags[word] = found
        return found


_WORD_FLAGS = _WordFlags()


def word_flag(test: Callable[[str], object]) -> int:
    """A new bit of `word_flags`: set for the word forms `test` holds for (told once per form)."""
    return _WORD_FLAGS.flag(test)


def word_flag_block(count: int, read: Callable[[str], int]) -> int:
    """`count` new bits of `word_flags`, read for a word form by one call of `read` (an integer below
    2**count, shifted to them); returns the first bit's position."""
    return _WORD_FLAGS.flags(count, read)


def word_flags(text: str) -> int:
    """The flags of every word of a text (as `words_of` splits it) together: a bit of `word_flag` is set
    where one of its words passes that bit's test. Within `one_article`, each text is read once."""
    generation = _WORD_FLAGS.generation
    last = _LAST[0]  # the text asked about last: nearly always the same sentence, asked again and again
    if last[0] is text and last[1] == generation:
        return last[2]
    texts = _ARTICLE_TEXTS.get()
    if texts is None:
        flags = _flags_of(text, generation)
    else:
        found = texts.get(text)
        if found is None or found[0] != generation:
            words = _words(text) if found is None else found[2]  # read once within the article: no cache
            found = texts[text] = (generation, _WORD_FLAGS.of(words), words)
        flags = found[1]
    _LAST[0] = (text, generation, flags)  # replaced whole: another thread reads one text's flags or another's
    return flags


_LAST: list[tuple[str, int, int]] = [("", -1, 0)]


# The texts an article's analysis has read, with their flags (under the tests of a generation) and their
# words: a sentence's body is read in stage 2 and again in stage 3, with every other sentence read in between.
_ARTICLE_TEXTS: ContextVar[dict[str, tuple[int, int, tuple[str, ...]]] | None] = ContextVar(
    "article_texts", default=None
)


@contextmanager
def one_article() -> Iterator[None]:
    """Each text read within is split and looked up once (per thread, for the article's analysis only)."""
    token = _ARTICLE_TEXTS.set({})
    try:
        yield
    finally:
        _ARTICLE_TEXTS.reset(token)


@lru_cache(maxsize=4)
def _flags_of(text: str, generation: int) -> int:
    """Remembered with the number of tests known: a rule compiled later (a new bit) reads the text again."""
    return _WORD_FLAGS.of(_split(text))


_DIGIT = word_flag(re.compile(r"\d").search)  # a digit stands only inside a word ([^\W_]+ holds \d)


def holds_a_digit(text: str) -> bool:
    r"""Whether the text holds a digit (`\d`), told by its words' flags."""
    return bool(word_flags(text) & _DIGIT)


_LETTERS = re.compile(r"[^\W\d_]+")


def letter_words(text: str) -> list[str]:
    r"""The runs of letters of a text (`[^\W\d_]+`). `[^\W_]` is a letter or a digit: where the text holds
    no digit (most texts, told by their flags) these are its words as `words_of` split it, split once
    for every reader; where it holds one, the runs of letters of each of those words (no run of letters
    goes on past a word): the word itself where it is all letters, none where it is all digits (`\d` is a
    decimal digit), else read from the word (a third of the time of reading the text again)."""
    if not word_flags(text) & _DIGIT:  # read first: within `one_article` the words are then kept beside the flags
        return list(words_of(text))
    runs: list[str] = []
    for word in words_of(text):
        if word.isalpha():  # a letter is no decimal digit: all of it one run
            runs.append(word)
        elif not word.isdecimal():
            runs += _LETTERS.findall(word)
    return runs


def after_letter_words(text: str) -> list[str]:
    """The text after each of `letter_words`' words, up to the next one or the end: what stands between
    them (a comma ending a clause, the space before a verb's particle)."""
    return _LETTERS.split(text)[1:]


_HOLDING: tuple[dict[frozenset[str], int], dict[frozenset[str], int]] = ({}, {})  # a bit per set of words


def holds_a_word(words: frozenset[str] | None, text: str, *, folded: bool = False) -> bool:
    """Whether the text holds one of these words (as `scoring.regex.leading_words` gives them: `folded`
    for a pattern ignoring case), a bit of its words' flags; always where they are not known (None)."""
    if words is None:
        return True
    # taken before the flags are read (they must know it); a bit given out already looked up here
    bit = _HOLDING[folded].get(words) or words_bit(words, folded=folded)
    last = _LAST[0]  # `word_flags`' own first test, here: most calls ask about the sentence asked about last
    if last[0] is text and last[1] == _WORD_FLAGS.generation:
        return bool(last[2] & bit)
    return bool(word_flags(text) & bit)


def words_bit(words: frozenset[str], *, folded: bool = False) -> int:
    """The bit of `word_flags` that `holds_a_word(words, …, folded=folded)` tests: several such bits or-ed
    together tell at once that a text holds none of several sets of words."""
    bits = _HOLDING[folded]
    bit = bits.get(words)
    if bit is None:
        bit = bits[words] = word_flag(_folded_test(words) if folded else words.__contains__)
    return bit


_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzäöüß0123456789")  # folded as `lower` folds them


def _folded_test(words: frozenset[str]) -> Callable[[str], bool]:
    """`fold_case(word) in words`, told by `word.lower()` where it can be (read for every word form met
    anew): a word folds otherwise only where it holds "İ", "ſ" or "ı", never ASCII, and then its lower
    case holds a character no word of plain letters holds."""
    if not all(_PLAIN.issuperset(word) for word in words):
        return lambda word: fold_case(word) in words
    return lambda word: word.lower() in words or (not word.isascii() and fold_case(word) in words)


# each presence's bits: of its plain opening words; of its gated alternatives' opening words (the block's
# first bit and mask), and for each gated alternative (by its place in the block) the patterns searched and
# the alternative; of its others, the bit of the literal runs each needs (0: none told so), what it needs, itself;
# those bits together (-1 where one is 0)
_Alternatives = tuple[tuple[tuple[HeldStrings, ...], re.Pattern[str]], ...]
_Gated = tuple[int, int, _Alternatives]
_Others = tuple[tuple[int, re.Pattern[str] | None, re.Pattern[str]], ...]
_Known = tuple[Presence, int, int, int, _Alternatives, _Others, int]
_PRESENCES: dict[int, _Known] = {}


def _gated_bits(presence: Presence) -> _Gated:
    """The bits of `word_flags` that tell a presence's gated alternatives ("nach" with "Angaben"): a block
    with a bit for each alternative, set for a word form that opens it, read by one look-up of the (folded)
    form; what an alternative needs besides is searched in the text. One test for them all: a test costs
    each word form met for the first time (a block of the runs they need cost 1.5 µs a form, 0.1 ms an
    article seen first)."""
    if not presence.gated:
        return 0, 0, ()
    by_word = {word: sum(1 << i for i in alternatives) for word, alternatives in presence.gated_by_word.items()}
    first = word_flag_block(len(presence.gated), _opening_reader(by_word, presence.ignore_case))
    each = tuple((patterns, alternative) for _, patterns, alternative in presence.gated)
    return first, ((1 << len(presence.gated)) - 1) << first, each


def _opening_reader(by_word: dict[str, int], ignore_case: bool) -> Callable[[str], int]:
    if not ignore_case:
        return lambda word: by_word.get(word, 0)
    plain = all(_PLAIN.issuperset(word) for word in by_word)  # folded as `_folded_test` tells

    def read(word: str) -> int:
        if plain:
            found = by_word.get(word.lower())
            if found is not None or word.isascii():
                return found or 0
        return by_word.get(fold_case(word), 0)

    return read


# what tells one presence of `Presences`: the bit of its plain words, the bits opening its gated alternatives,
# its gated alternatives (the bit each needs, the patterns searched, the alternative), its others (the bit of
# their runs, what they need, the pattern)
_Tell = tuple[
    int,
    int,
    tuple[tuple[int, tuple[HeldStrings, ...], re.Pattern[str]], ...],
    tuple[tuple[int, re.Pattern[str] | None, re.Pattern[str]], ...],
]


class Presences:
    """Several presences, each told as `may_be_present` tells it, by two blocks of bits for them all: the
    words their alternatives open with (one look-up of the folded word form), the runs of letters they
    need (one search of the form where it holds any): two tests of every word form met anew, not one or
    more per presence. For many presences of the same case (a rule's cues, each with its own pattern)."""

    def __init__(self, presences: Sequence[Presence]) -> None:
        self.presences = tuple(presences)
        self._tells: tuple[_Tell, ...] = ()  # (bit of its plain words, its gated ones, its others), at first use

    def _take_bits(self) -> None:
        ignore_case = any(presence.ignore_case for presence in self.presences)
        if not all(presence.ignore_case == ignore_case for presence in self.presences):
            raise ValueError("presences of one case only")
        first, positions = self._openings(ignore_case)
        tells = []
        for presence, (plain, gated) in zip(self.presences, positions, strict=True):
            each = [
                (1 << (first + at), patterns, alternative)
                for at, (_, patterns, alternative) in zip(gated, presence.gated, strict=True)
            ]
            others = tuple((0, needs, pattern) for needs, pattern in presence.others)
            opened = sum(bit for bit, _, _ in each)  # the bits of its gated alternatives' openings
            tells.append((1 << (first + plain) if presence.words else 0, opened, tuple(each), others))
        self._tells = tuple(tells)

    def _openings(self, ignore_case: bool) -> tuple[int, list[tuple[int, list[int]]]]:
        """One block: a bit for each presence's plain words, one for each of its gated alternatives."""
        by_word: dict[str, int] = {}
        positions: list[tuple[int, list[int]]] = []
        count = 0
        for presence in self.presences:
            for word in presence.words:
                by_word[word] = by_word.get(word, 0) | 1 << count
            gated = []
            for opening, _, _ in presence.gated:
                count += 1
                for word in opening:
                    by_word[word] = by_word.get(word, 0) | 1 << count
                gated.append(count)
            positions.append((count - len(gated), gated))
            count += 1
        return word_flag_block(count, _opening_reader(by_word, ignore_case)), positions

    def may_be_present(self, index: int, text: str) -> bool:
        """`may_be_present(self.presences[index], text)`."""
        if not self._tells:
            self._take_bits()
        plain, opened, gated, others = self._tells[index]
        flags = word_flags(text)
        if flags & plain:
            return True
        if flags & opened:  # most sentences: no word opens one of its gated alternatives
            for needed, searched, alternative in gated:
                if flags & needed and all(p.search(text) for p in searched) and alternative.search(text):
                    return True
        for bit, needs, pattern in others:
            if (flags & bit if bit else needs is None or needs.search(text)) and pattern.search(text):
                return True
        return False


def may_be_present(presence: Presence, text: str) -> bool:
    """`presence.may_match(text, its words)`: the opening words and the literal runs of letters the other
    alternatives need (`Presence.needs_letters`) told by the words' flags, the rest by searching; a gated
    alternative ("nach" with "Angaben") read only where the text's words open it and hold what it needs."""
    known = _PRESENCES.get(id(presence))
    if known is None or known[0] is not presence:  # kept alive here, so its id stays its own
        known = _PRESENCES[id(presence)] = _presence_bits(presence)
    flags = word_flags(text)  # after the bits are taken: the flags must know them
    if flags & known[1]:
        return True  # one of its plain opening words
    opened = flags & known[3]
    if opened:  # "nach" only with "Angaben" or "Zahlen" …: the alternatives its words open, one by one
        gated, opened = known[4], opened >> known[2]
        while opened:
            lowest = opened & -opened
            searched, alternative = gated[lowest.bit_length() - 1]
            if all(p.search(text) for p in searched) and alternative.search(text):
                return True
            opened ^= lowest
    told = known[6]
    if told >= 0 and not flags & told:
        return False  # most texts: none of the runs its others need (all told by bits)
    for bit, needs, pattern in known[5]:
        if (flags & bit if bit else needs is None or needs.search(text)) and pattern.search(text):
            return True
    return False


def _presence_bits(presence: Presence) -> _Known:
    """What `may_be_present` reads of a presence, its bits taken: the bit of its plain words (as
    `holds_a_word` tests them), its gated alternatives' block, its others with the bit of their runs."""
    words = words_bit(presence.words, folded=presence.ignore_case)
    others = tuple(
        (word_flag(needs.search) if needs is not None and letters else 0, needs, pattern)
        for (needs, pattern), letters in zip(presence.others, presence.needs_letters, strict=True)
    )
    # the bits of all its others together, where each has one (-1: one is searched for whatever the words)
    told = 0
    for bit, _, _ in others:
        told = told | bit if bit and told >= 0 else -1
    return (presence, words, *_gated_bits(presence), others, told)


class WordForms:
    """Whether a text holds a word (as `words_of` splits it) that `test` holds for, each word form told
    once: where every match of a scan is a whole word that such a test tells, a text none of whose words
    passes holds no match, and one bit of its words' flags spares the scan (most sentences)."""

    def __init__(self, test: Callable[[str], object]) -> None:
        self._bit = word_flag(test)

    @property
    def bit(self) -> int:
        """The bit of `word_flags` that `held` tests."""
        return self._bit

    def held(self, text: str) -> bool:
        return bool(word_flags(text) & self._bit)


@lru_cache(maxsize=4)
def _tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    """The words with their offsets, only for a text one of whose words may begin an alias: each of its
    words (`words_of`, split once) found from the end of the one before it, where it stands (the gap
    between them holds no word character), not the text read again match by match (5 against 12 µs)."""
    found = []
    at = 0
    find = text.find
    for word in words_of(text):
        at = find(word, at)
        end = at + len(word)
        found.append((at, end, word))
        at = end
    return tuple(found)


_FEW = 32


@lru_cache(maxsize=4)
def _folded_text(text: str) -> str:
    """The text as `AliasIndex` folds a word it looks up (folding is letter by letter: a word's folded
    form stands in the folded text)."""
    return text.replace("ß", "ss").casefold()


def _fold(token: str, case_sensitive: bool) -> str:
    token = token.replace("ß", "ss")
    return token if case_sensitive else token.casefold()


class AliasIndex(Generic[T]):
    """Aliases looked up a token at a time: cost grows with the sentence, not with the registry."""

    def __init__(self, *, flagged: bool = False) -> None:
        # An index looked up in every sentence for the life of a process (actors, conflict terms, places):
        # whether a word form may begin an alias is a bit of `word_flags`, and a sentence none of whose
        # words may is told by that bit; taken when first looked up, given back when the index goes.
        self._flagged = flagged
        self._bit = 0
        self._release: Callable[[], object] | None = None
        # …and whether it may end one: "der", "die", "von" begin aliases in most sentences, which mostly hold
        # no word an alias ends with ("Kreml" of "der Kreml", "Putin"): a second bit tells those.
        self._end_bit = 0
        self._end_release: Callable[[], object] | None = None
        # the last token of each alias (folded as it is compared), for aliases ignoring case and keeping it
        self._lasts: tuple[set[str], set[str]] = (set(), set())
        # first token (folded) -> [(all tokens folded, case sensitive, prefix only, what the alias names)]
        self._by_first: dict[str, list[tuple[tuple[str, ...], bool, bool, T]]] = {}
        # Word forms that begin no alias, remembered: most words of a text begin none, and a look-up
        # folds and inflects each word three ways (bounded, and emptied when an alias is added).
        self._begins_none: set[str] = set()
        self._starting: dict[str, tuple[tuple[tuple[str, ...], bool, bool, T], ...]] = {}  # and the others' aliases
        # The aliases that fit the words from one on, by those words (as many as its longest alias has):
        # "der", "als", "von" begin aliases in most sentences, and seldom their whole names.
        self._fits: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], bool, bool, T], ...]] = {}

    def add(self, alias: str, actor: T, case_sensitive: bool) -> None:
        tokens = tuple(_fold(t, case_sensitive) for t in _TOKEN.findall(alias))
        if tokens:
            self._begins_none.clear()
            self._starting.clear()
            self._fits.clear()
            if self._release is not None:  # the words that may begin or end an alias change: new bits
                self._release()
                self._release, self._bit = None, 0
            if self._end_release is not None:
                self._end_release()
                self._end_release, self._end_bit = None, 0
            self._lasts[case_sensitive].add(tokens[-1])
            entries = self._by_first.setdefault(tokens[0].casefold(), [])
            entries.append((tokens, case_sensitive, alias.endswith("-"), actor))
            entries.sort(key=lambda e: -len(e[0]))

    def __len__(self) -> int:
        return len(self._by_first)

    def find(self, text: str) -> list[tuple[int, int, T]]:
        """Non-overlapping (start, end, named) matches, the longest alias at each place."""
        if self._flagged:
            bit = self._bit or self._take_bit()  # taken before the flags are read: they must know it
            flags = word_flags(text)
            if not (flags & bit and flags & self._end_bit):
                return []  # most sentences: no word that may begin an alias, or none that may end one
        if len(self._by_first) <= _FEW:
            # An index of a few aliases (the names an article taught): a word that begins one holds its
            # first word folded, and so does the text folded; most sentences hold none. Quicker than
            # reading the words of every sentence, which such an index (new for each article) has not met.
            folded = _folded_text(text)
            if not any(first in folded for first in self._by_first):
                return []
        words = words_of(text)
        begins_none = self._begins_none
        # the places of the words not known to begin none, found before any is looked up (which adds to the set)
        places = [n for n, word in enumerate(words) if word not in begins_none]
        if not places:
            return []  # most sentences: every word known to begin no alias
        tokens: tuple[tuple[int, int, str], ...] | None = None
        found: list[tuple[int, int, T]] = []
        i = 0  # the first word not covered by an alias found
        for at in places:
            fitting = self._fitting(words, at) if at >= i else ()
            if not fitting:
                continue
            tokens = tokens or _tokens(text)  # offsets only where the words of an alias stand ("der" begins many)
            match = _placed(text, tokens, at, fitting)
            if match:
                length, end, actor = match
                found.append((tokens[at][0], end, actor))
                i = at + length
        return found

    def _take_bit(self) -> int:
        index = weakref.ref(self)

        def begins_one(word: str) -> bool:
            found = index()
            return found is not None and bool(found._candidates(word))

        def ends_one(word: str) -> bool:
            found = index()
            return found is not None and found._may_end_one(word)

        self._end_bit, self._end_release = _WORD_FLAGS.owned_flag(self, ends_one)
        self._bit, self._release = _WORD_FLAGS.owned_flag(self, begins_one)
        return self._bit

    def _may_end_one(self, word: str) -> bool:
        """Whether a word form may be the last word of an alias where it stands (`_words_fit`: that word
        folded as the alias is, the alias's last token plus an inflection ending)."""
        for case_sensitive, lasts in enumerate(self._lasts):
            if not lasts:
                continue
            folded = _fold(word, bool(case_sensitive))
            if folded in lasts:
                return True
            for cut in (1, 2):
                if len(folded) > cut and folded[-cut:] in _INFLECTIONS and folded[:-cut] in lasts:
                    return True
        return False

    def _candidates(self, word: str) -> tuple[tuple[tuple[str, ...], bool, bool, T], ...]:
        """The aliases a word form may begin, the longest first; remembered for the word forms that begin some."""
        known = self._starting.get(word)
        if known is not None:
            return known
        folded = word.replace("ß", "ss").casefold()
        candidates: list[tuple[tuple[str, ...], bool, bool, T]] = []
        for cut in (0, 1, 2):  # "Russlands", "ukrainischen": the alias plus an inflection ending
            if cut and (len(folded) <= cut + 1 or folded[-cut:] not in _INFLECTIONS):
                continue
            candidates += self._by_first.get(folded[: len(folded) - cut], ())
        found = tuple(sorted(candidates, key=lambda e: -len(e[0])))
        if found:
            if len(self._starting) >= 200_000:
                self._starting.clear()
            self._starting[word] = found
        return found

    def _fitting(self, words: tuple[str, ...], i: int) -> tuple[tuple[tuple[str, ...], bool, bool, T], ...]:
        """The aliases whose words stand from word i on, the longest first."""
        candidates = self._candidates(words[i])
        if not candidates:
            if len(self._begins_none) >= 200_000:
                self._begins_none.clear()
            self._begins_none.add(words[i])
            return ()
        # Whether an alias fits depends on the words it may cover alone (and on none standing past the text's
        # end: a shorter key): those of the longest, the first candidate, tell every candidate's fit.
        key = words[i : i + len(candidates[0][0])]
        fits = self._fits.get(key)
        if fits is None:
            if len(self._fits) >= 200_000:
                self._fits.clear()
            fits = self._fits[key] = tuple(c for c in candidates if _words_fit(words, i, c[0], c[1]))
        return fits


def _words_fit(words: tuple[str, ...], i: int, alias: tuple[str, ...], case_sensitive: bool) -> bool:
    """Whether the words from word i on are the alias's, its last one inflected or not."""
    n = len(alias)
    if i + n > len(words):
        return False
    for word, expected in zip(words[i : i + n - 1], alias[:-1], strict=True):
        if _fold(word, case_sensitive) != expected:
            return False
    last = _fold(words[i + n - 1], case_sensitive)
    return last.startswith(alias[-1]) and last[len(alias[-1]) :] in _INFLECTIONS


def _placed(
    text: str,
    tokens: tuple[tuple[int, int, str], ...],
    i: int,
    fitting: tuple[tuple[tuple[str, ...], bool, bool, T], ...],
) -> tuple[int, int, T] | None:
    """The first fitting alias that stands where an alias may: not inside a word or as the tail of a
    compound, and "US-" only as the first part of one ("US-Regierung")."""
    start = tokens[i][0]
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-" and start > 1 and text[start - 2].isalnum()):
        return None
    for alias_tokens, _, prefix_only, actor in fitting:
        n = len(alias_tokens)
        end = tokens[i + n - 1][1]
        if prefix_only and text[end : end + 1] != "-":
            continue
        return n, end, actor
    return None


@dataclass(frozen=True)
class Outlet:
    domain: str
    name: str
    owner_group: str
    wire_agency: bool = False
    state_affiliation: str | None = None
    disinformation: bool = False
    known: bool = True
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Belligerent:
    party: str
    since: str  # ISO date; a party is a belligerent from this day on
    side: str | None = None  # the parties of one side share it ("a", "b"); None where the data does not say


@dataclass(frozen=True)
class Conflict:
    id: str
    name: str
    belligerents: tuple[Belligerent, ...]
    terms: tuple[str, ...]

    def belligerents_on(self, day: str | None) -> set[str]:
        """The parties at war on `day` (all of them when the day is unknown)."""
        return {b.party for b in self.belligerents if day is None or b.since <= day}

    def opponents_of(self, party: str) -> set[str]:
        """The parties on the other side from `party`; every other belligerent where the sides are not given."""
        side = next((b.side for b in self.belligerents if b.party == party), None)
        return {b.party for b in self.belligerents if b.party != party and (side is None or b.side != side)}

    def fronts_of_one_war(self, other: Conflict) -> bool:
        """Two belligerents of both, each time on opposite sides: one war's two fronts (the war with Iran
        and the Gaza war, Israel against Iran in both), whose claims may state one fact."""
        parties = {b.party for b in other.belligerents}
        shared = [b for b in self.belligerents if b.party in parties]
        return any(
            x.party in self.opponents_of(y.party) and x.party in other.opponents_of(y.party)
            for i, x in enumerate(shared)
            for y in shared[i + 1 :]
        )


@once_per_lexicon
def typed_rules(lexicon: Mapping[str, Any]) -> Lexicon:
    """The language data of `lexicon` as typed rules (scoring/lexicon.py), checked once per lexicon object.
    Events, thesaurus and gazetteer have their own files and stay plain data."""
    return Lexicon.load(lexicon, elsewhere=("events", "thesaurus", "gazetteer", "government_sites"))


@once_per_lexicon
def typed_thesaurus(data: Mapping[str, Any]) -> Thesaurus:
    """seeds/thesaurus.json as typed rules, checked once per lexicon object."""
    return Thesaurus.load(data["thesaurus"])


@dataclass
class Knowledge:
    """Everything the pipeline consults, compiled once."""

    lexicon: Mapping[str, Any]
    outlets: dict[str, Outlet] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_terms: AliasIndex[tuple[str, ...]] = field(default_factory=lambda: AliasIndex(flagged=True))
    party_names: dict[str, str] = field(default_factory=dict)
    party_kinds: dict[str, str] = field(default_factory=dict)  # state | group | organisation
    wire_groups: set[str] = field(default_factory=set)  # owner groups of registered wire agencies
    alias_index: AliasIndex[Actor] = field(default_factory=lambda: AliasIndex(flagged=True))
    state_words: dict[str, str] = field(default_factory=dict)  # a state's one-word names, lower case: its party
    theatres: dict[str, str] = field(default_factory=dict)  # conflict → the first listed of its war's fronts
    _government_sites: dict[str, str | None] = field(default_factory=dict)  # domain → the state it speaks for

    @classmethod
    def build(
        cls,
        lexicon: Mapping[str, Any],
        parties: Iterable[Mapping[str, Any]],
        outlets: Iterable[Mapping[str, Any]],
        conflicts: Iterable[Mapping[str, Any]],
    ) -> Knowledge:
        """Compile plain records (as in seeds/ or the store) into matchers."""
        knowledge = cls(lexicon=lexicon)
        for party in parties:
            knowledge._add_party(party)
        for record in outlets:
            outlet = knowledge._outlet_of(record)
            knowledge.outlets[outlet.domain] = outlet
            if outlet.wire_agency and outlet.known:
                knowledge.wire_groups.add(outlet.owner_group)
            names = _with_inflected_adjectives(outlet.names)
            for name in _with_spoken_acronyms(names) if outlet.wire_agency else names:
                knowledge._add_actor(name, Actor(name, outlet.state_affiliation, "medium", outlet.domain))
        for record in conflicts:
            conflict = Conflict(
                id=record["id"],
                name=record.get("name", record["id"]),
                belligerents=tuple(
                    Belligerent(b["party"], b.get("since", "0000"), b.get("side")) for b in record["belligerents"]
                ),
                terms=tuple(record.get("terms", ())),
            )
            front = next((c for c in knowledge.conflicts if c.fronts_of_one_war(conflict)), None)
            knowledge.theatres[conflict.id] = knowledge.theatres[front.id] if front else conflict.id
            knowledge.conflicts.append(conflict)
        # A term may belong to several conflicts ("Israel": the Gaza war and the war with Iran).
        owners: dict[str, list[str]] = {}
        for conflict in knowledge.conflicts:
            for term in conflict.terms:
                owners.setdefault(term, []).append(conflict.id)
        for term, ids in owners.items():
            knowledge.conflict_terms.add(term, tuple(ids), case_sensitive=term.isupper())
        return knowledge

    @property
    def rules(self) -> Lexicon:
        """The lexicon as typed rules, validated once per lexicon."""
        return typed_rules(self.lexicon)

    def _add_actor(self, alias: str, actor: Actor) -> None:
        # Names of people and media are case-sensitive ("Wood" is not "wood").
        case_sensitive = actor.kind in ("person", "medium") or alias.isupper()
        self.alias_index.add(alias, actor, case_sensitive=case_sensitive)
        opening = opening_a_sentence(alias) if case_sensitive else None
        if opening:
            self.alias_index.add(opening, actor, case_sensitive=True)

    def _outlet_of(self, record: Mapping[str, Any]) -> Outlet:
        known = bool(record.get("known", True))
        return Outlet(
            domain=record["domain"],
            name=record.get("name") or record["domain"],
            owner_group=record.get("owner_group") or record["domain"],
            wire_agency=bool(record.get("wire_agency")),
            # a site only met in a submission may still be a state's office ("ukraine-botschaft.example")
            state_affiliation=record.get("state_affiliation")
            or (None if known else self._state_of_site(record["domain"])),
            disinformation=bool(record.get("disinformation")),
            known=known,
            names=tuple(record.get("names") or ()),
        )

    def _add_party(self, party: Mapping[str, Any]) -> None:
        """A party's name, kind and actors; a state's one-word names, its English one too, read its sites' domains
        ("rwanda-…botschaft")."""
        code = party["code"]
        self.party_names[code] = party.get("name", code)
        self.party_kinds[code] = party.get("kind") or "state"
        if self.party_kinds[code] == "state" and party.get("name", "").isalpha():
            self.state_words[party["name"].lower()] = code
        for actor in party.get("actors", []):
            names = [actor["name"], *actor.get("aliases", [])]
            for alias in names:
                self._add_actor(alias, Actor(actor["name"], code, actor.get("kind", "organ")))
                if (inflected := inflected_name(alias)) not in names:  # not listed already ("Islamischen Republik")
                    self._add_actor(inflected, Actor(actor["name"], code, actor.get("kind", "organ")))
                if actor.get("kind") in ("state", "adjective") and alias.isalpha():
                    self.state_words[alias.lower()] = code

    def outlet(self, domain: str) -> Outlet:
        """The registered outlet, or an unknown one forming its own independence group."""
        registered = self.outlets.get(domain) or self._edition_of(domain)
        if registered is not None:
            return registered
        return Outlet(domain, domain, domain, known=False, state_affiliation=self._state_of_site(domain))

    def _edition_of(self, domain: str) -> Outlet | None:
        """A registered outlet's edition in one language or for phones ("de.irna.ir", "m.example.de"): the outlet
        itself; any other subdomain may be somebody else's site on a shared host."""
        label, _, rest = domain.partition(".")
        if "." not in rest or not (len(label) == _LANGUAGE_LABEL or label in _EDITION_LABELS):
            return None  # nearly every domain: registered already, or unknown
        return self.outlets.get(rest)

    def _state_of_site(self, domain: str) -> str | None:
        """The state an unregistered site of a government's office speaks for (seeds/outlets.json:
        government_sites), None for any other site."""
        if domain not in self._government_sites:
            sites = self.lexicon.get("government_sites", {})
            self._government_sites[domain] = state_of_government_site(
                domain, sites.get("words", ()), self.state_words
            ) or state_of_abbreviated_site(domain, sites.get("short_words", ()), sites.get("state_codes", {}))
        return self._government_sites[domain]

    def theatre(self, conflict_id: str | None) -> str | None:
        """The war a conflict is a front of, as the first listed of its fronts' ids: what the linking compares
        (two claims of different wars never state one fact; two fronts of one war may)."""
        return self.theatres.get(conflict_id, conflict_id) if conflict_id is not None else None

    def conflict(self, conflict_id: str | None) -> Conflict | None:
        if conflict_id is None:
            return None  # most claims: no conflict, no conflict's id (a string) to compare with each
        return next((c for c in self.conflicts if c.id == conflict_id), None)


_LANGUAGE_LABEL = 2  # "de.", "en.", "ar.": a language's code opening the domain
_EDITION_LABELS = frozenset({"m", "mobile", "amp"})


def state_of_government_site(domain: str, office_words: Iterable[str], state_words: Mapping[str, str]) -> str | None:
    """ "ukraine-botschaft.example" → the party of Ukraine; "mfa.gov.ua" → Ukraine's (the country code after "gov");
    None where no label names a government's office. A domain word names a state where it and one of the state's
    names share their first five letters, or one opens the other ("thai" / "thailand")."""
    labels = re.split(r"[.\-]", domain.lower())
    offices = [w for w in office_words if any(w in label for label in labels)]
    if not offices:
        return None  # nearly every site
    words = [part for label in labels for part in re.split("|".join(map(re.escape, offices)), label) if part]
    for word in words:
        for name, party in state_words.items():
            if len(word) >= 4 and (
                name.startswith(word) or word.startswith(name) or word[:5] == name[:5] and len(word) >= 5
            ):
                return party
    if "gov" in labels and labels[-1] != "gov":
        code = labels[-1].upper()
        return code if code in state_words.values() else None
    return None


def state_of_abbreviated_site(domain: str, short_words: Iterable[str], state_codes: Mapping[str, str]) -> str | None:
    """ "pakemb.example" → the party of Pakistan: a label that is a state's three-letter code joined to a short
    office word, before or after it. A short word is read only so joined ("dezember" holds "emb")."""
    for label in re.split(r"[.\-]", domain.lower()):
        for short in short_words:
            for rest in (label.removeprefix(short), label.removesuffix(short)):
                if rest != label and rest in state_codes:
                    return state_codes[rest]
    return None


def inflected_name(name: str) -> str:
    """A name opened by adjectives in the case after an article ("der Demokratischen Republik Kongo", "den
    Vereinigten Staaten"): an adjective before the name's noun ends in "-en" there. An adjective is told by its lemma,
    written in lower case ("demokratisch", "vereinigen"), where a noun's is capitalised ("Garde")."""
    words = name.split(" ")
    if len(words) < 2:
        return name  # most names: one word
    for at, word in enumerate(words[:-1]):
        if not (word[:1].isupper() and word.endswith("e") and lemma(word.lower())[:1].islower()):
            break
        words[at] = word + "n"
    return " ".join(words)
