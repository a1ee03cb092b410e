"""Counting what stands behind a proposition: the pure rules, on members written for these tests."""

from scoring.corroboration import Member, corroborate, summarise


def member(claim_id, article_id, voice, origins, *, attributed, stance="support", belligerent=False):
    return Member(claim_id, article_id, f"{voice.lower()}.example", voice, stance, origins, belligerent, attributed)


def test_an_outlets_own_voice_shares_the_origin_others_name_for_the_fact():
    """Outlet A states a toll in its own voice; outlet B quotes the ministry for it: one origin, two outlets."""
    own = member(1, 1, "A", ("voice:A",), attributed=False)
    quoted = member(2, 2, "B", ("UA",), attributed=True)
    counts = corroborate(own, summarise([own, quoted]))
    assert (counts.independent_outlets, counts.independent_origins) == (2, 1)


def test_own_reports_of_independent_outlets_stand_as_origins_when_nobody_is_named():
    a = member(1, 1, "A", ("voice:A",), attributed=False)
    b = member(2, 2, "B", ("voice:B",), attributed=False)
    assert corroborate(a, summarise([a, b])).independent_origins == 2


def test_an_outlets_own_voice_shares_the_unplaced_source_its_article_names_for_the_fact():
    """A headline in A's own voice over the words of a director A names, whom we cannot place; B quotes the
    director too: one origin, the director's, not A's voice besides."""
    headline = member(1, 1, "A", ("voice:A",), attributed=False)
    quoted_in_a = member(2, 1, "A", ("source:brenner",), attributed=True)
    quoted_in_b = member(3, 2, "B", ("source:brenner",), attributed=True)
    counts = corroborate(quoted_in_b, summarise([headline, quoted_in_a, quoted_in_b]))
    assert (counts.independent_outlets, counts.independent_origins) == (2, 1)
    own_in_b = member(4, 2, "B", ("voice:B",), attributed=False)  # B's own report, A names nobody: two voices
    assert corroborate(own_in_b, summarise([headline, own_in_b])).independent_origins == 2


def test_two_named_origins_are_two():
    a = member(1, 1, "A", ("UA",), attributed=True)
    b = member(2, 2, "B", ("UN",), attributed=True)
    own = member(3, 3, "C", ("voice:C",), attributed=False)
    assert corroborate(own, summarise([a, b, own])).independent_origins == 2


def test_a_loosely_linked_claim_counts_as_an_outlet_never_as_a_second_origin():
    quoted = member(1, 1, "A", ("UA",), attributed=True)
    loose = Member(2, 2, "b.example", "B", "support", ("UN",), False, True, confident=False)
    summary = summarise([quoted, loose])
    for claim in (quoted, loose):
        counts = corroborate(claim, summary)
        assert (counts.independent_outlets, counts.independent_origins) == (2, 1)


def test_a_person_we_cannot_place_shares_the_origin_others_name_for_the_fact():
    """ "Laut Bahnchef Olaf Brenner" in A, "nach Angaben der Ukraine" in B: one origin, not two."""
    unplaced = member(1, 1, "A", ("source:brenner",), attributed=True)
    quoted = member(2, 2, "B", ("UA",), attributed=True)
    for claim in (unplaced, quoted):
        counts = corroborate(claim, summarise([unplaced, quoted]))
        assert (counts.independent_outlets, counts.independent_origins) == (2, 1)


def test_unplaced_people_stand_as_origins_when_nobody_else_is_named():
    a = member(1, 1, "A", ("source:brenner",), attributed=True)
    b = member(2, 2, "B", ("source:kowalenko",), attributed=True)
    assert corroborate(a, summarise([a, b])).independent_origins == 2


def test_an_article_carrying_two_agencies_copy_is_one_voice_with_each():
    ap = member(1, 1, "AP", ("UA",), attributed=True)
    both = member(2, 2, "AP|Reuters", ("UA",), attributed=True)
    reuters = member(3, 3, "Reuters", ("UA",), attributed=True)
    own = member(4, 4, "B", ("UA",), attributed=True)
    assert corroborate(ap, summarise([ap, both])).independent_outlets == 1
    assert corroborate(ap, summarise([ap, both, reuters])).independent_outlets == 1  # chained through "both"
    assert corroborate(ap, summarise([ap, reuters, own])).independent_outlets == 3


def test_own_reports_sharing_an_agency_are_one_origin_as_they_are_one_voice():
    """Nobody is named: each outlet's own voice is the origin, and an article with AP's and Reuters' copy
    speaks with AP's voice as the AP article does."""
    ap = member(1, 1, "AP", ("voice:AP",), attributed=False)
    both = member(2, 2, "AP|Reuters", ("voice:AP|Reuters",), attributed=False)
    own = member(3, 3, "B", ("voice:B",), attributed=False)
    counts = corroborate(ap, summarise([ap, both, own]))
    assert (counts.independent_outlets, counts.independent_origins) == (2, 2)
    assert corroborate(ap, summarise([ap, own])).independent_origins == 2


def test_one_outlet_is_one_voice_whether_it_prints_its_own_report_or_an_agencys():
    """A paper states the fact in its own report and in an agency's copy it prints: one outlet, one voice,
    one origin; a second paper's own report makes two."""

    def printed(claim_id, article_id, outlet, voice):
        return Member(claim_id, article_id, outlet, voice, "support", ("voice:" + voice,), False, False)

    own = printed(1, 1, "blatt.example", "Blatt")
    wire = printed(2, 2, "blatt.example", "dpa")
    counts = corroborate(own, summarise([own, wire]))
    assert (counts.outlets, counts.independent_outlets, counts.independent_origins) == (1, 1, 1)
    other = printed(3, 3, "anzeiger.example", "Anzeiger")
    counts = corroborate(own, summarise([own, wire, other]))
    assert (counts.independent_outlets, counts.independent_origins) == (2, 2)


def test_an_unattributed_quote_is_the_words_of_the_speaker_others_name_not_a_second_origin():
    """ "„Der Damm hält nicht“, sagte Brandt" in A; the same quote printed without its speaker in B: somebody's
    words, not B's own report, so one origin (Brandt), two outlets. B's own report, no quote, stays its own."""
    named = member(1, 1, "A", ("source:brandt",), attributed=True)
    quote = Member(2, 2, "b.example", "B", "support", ("voice:B",), False, False, quoted=True)
    for claim in (named, quote):
        counts = corroborate(claim, summarise([named, quote]))
        assert (counts.independent_outlets, counts.independent_origins) == (2, 1)
    report = member(3, 3, "C", ("voice:C",), attributed=False)
    assert corroborate(report, summarise([named, report])).independent_origins == 2


def test_a_sentence_printed_word_for_word_by_another_outlet_is_the_first_printers_voice():
    """Paper B prints, in its own report, a sentence the wire A printed first, word for word: one voice and
    one origin, credited or not; B's own wording of the fact is a second voice."""
    from scoring.reprints import wording_key

    sentence = "Die Fähre nach Lindenau fährt wegen des Sturms seit Dienstag nur noch zweimal am Tag."
    copied = "Die Fähre nach Lindenau fährt wegen des Sturms seit Dienstag nur noch zweimal am Tag!"
    own = "Seit Dienstag verkehrt die Lindenauer Fähre des Sturms wegen nur noch zweimal täglich."

    def printed(claim_id, voice, text):
        return Member(
            claim_id,
            claim_id,
            f"{voice.lower()}.example",
            voice,
            "support",
            ("voice:" + voice,),
            False,
            False,
            wording=wording_key(text, 8),
        )

    wire, copy, rewritten = printed(1, "A", sentence), printed(2, "B", copied), printed(3, "C", own)
    assert wire.wording == copy.wording != rewritten.wording
    for claim in (wire, copy):
        counts = corroborate(claim, summarise([wire, copy]))
        assert (counts.outlets, counts.independent_outlets, counts.independent_origins) == (2, 1, 1)
    counts = corroborate(rewritten, summarise([wire, copy, rewritten]))
    assert (counts.independent_outlets, counts.independent_origins) == (2, 2)


def test_a_copy_with_a_phrase_moved_to_the_front_is_still_a_copy():
    """German word order lets an editor front any phrase of a wire's sentence without changing a word."""
    from scoring.reprints import wording_key

    wire = "Die Fähre nach Sabirsk hat die Reederei am Dienstag wegen des Sturms in den Hafen zurückgerufen."
    fronted = "Wegen des Sturms hat die Reederei die Fähre nach Sabirsk am Dienstag in den Hafen zurückgerufen."
    rewritten = "Am Dienstag rief die Reederei ihre Sabirsker Fähre des Sturms wegen in den Hafen zurück."
    assert wording_key(wire, 8) == wording_key(fronted, 8) != wording_key(rewritten, 8)


def test_a_short_sentence_written_alike_by_chance_is_no_copy():
    from scoring.reprints import wording_key

    assert wording_key("Die Schulen bleiben geschlossen.", 8) is None
    assert wording_key("„Die Schulen bleiben bis Ende des Monats in ganz Sabirsk geschlossen“", 8) == wording_key(
        '"Die Schulen bleiben bis Ende des Monats in ganz Sabirsk geschlossen"', 8
    )


def test_a_source_that_names_nobody_in_particular_is_whoever_other_articles_name():
    """ "sagte ein Sprecher" in A, "sagte Brandt" in B: the spokesman may well be Brandt, one origin; two
    articles' unnamed sources are one origin too; an outlet's own report beside an unnamed source is a second."""
    unnamed = member(1, 1, "A", ("source:?",), attributed=True)
    named = member(2, 2, "B", ("source:brandt",), attributed=True)
    for claim in (unnamed, named):
        assert corroborate(claim, summarise([unnamed, named])).independent_origins == 1
    other = member(3, 3, "C", ("source:?",), attributed=True)
    assert corroborate(unnamed, summarise([unnamed, other])).independent_origins == 1
    own = member(4, 4, "D", ("voice:D",), attributed=False)
    assert corroborate(unnamed, summarise([unnamed, own])).independent_origins == 2
    # the same words printed as a bare quotation elsewhere are the unnamed speaker's too
    quote = Member(5, 5, "e.example", "E", "support", ("voice:E",), False, False, quoted=True)
    for claim in (unnamed, quote):
        assert corroborate(claim, summarise([unnamed, quote])).independent_origins == 1


def test_words_no_article_gives_a_speaker_for_are_one_unnamed_speakers():
    """The same reported speech in two papers, neither naming who spoke: somebody's words, one origin; a paper's
    own report beside them is a second."""
    a = Member(1, 1, "a.example", "A", "support", ("voice:A",), False, False, quoted=True)
    b = Member(2, 2, "b.example", "B", "support", ("voice:B",), False, False, quoted=True)
    for claim in (a, b):
        assert corroborate(claim, summarise([a, b])).independent_origins == 1
    own = member(3, 3, "C", ("voice:C",), attributed=False)
    assert corroborate(own, summarise([a, b, own])).independent_origins == 2
