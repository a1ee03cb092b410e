"""Corroboration that a reprint cannot fool, on article pairs written for these tests."""

from service import ingest, store
from service.ingest import store_article
from tests.conftest import post_article

FACT = "Bei einem Drohnenangriff auf die Stadt Charkiw sind nach ukrainischen Angaben 14 Menschen getötet worden."
OTHER_WORDS = (
    "In der Stadt Charkiw kamen laut ukrainischen Behörden 14 Menschen bei einem Angriff mit Drohnen ums Leben."
)


def first_claim(response):
    return response.get_json()["claims"][0]


def counts(client, claim_id):
    c = client.get(f"/v1/claims/{claim_id}").get_json()["corroboration"]
    return c["outlets"], c["independent_outlets"], c["independent_origins"]


def test_wire_reprints_are_one_voice(client):
    a = first_claim(post_article(client, FACT + " (dpa)", outlet="tagesspiegel.de"))
    b = first_claim(post_article(client, OTHER_WORDS, outlet="faz.net", credits=["dpa"]))
    assert counts(client, b["id"]) == (2, 1, 1)
    assert counts(client, a["id"]) == (2, 1, 1)


def test_an_article_with_two_agencies_credits_is_one_voice_with_either(client):
    a = first_claim(post_article(client, FACT, outlet="tagesspiegel.de", credits=["AP"]))
    both = post_article(client, OTHER_WORDS, outlet="faz.net", credits=["Reuters", "AP"])
    assert "|" in both.get_json()["voice"]  # the voice names both agencies
    assert counts(client, a["id"]) == (2, 1, 1)


def test_same_owner_is_one_voice(client):
    post_article(client, FACT, outlet="fr.de")
    b = first_claim(post_article(client, OTHER_WORDS, outlet="merkur.de"))
    assert counts(client, b["id"]) == (2, 1, 1)


def test_near_copy_without_credit_is_one_voice(client):
    text = (
        FACT + "\nDie Behörden sprachen von einem der schwersten Angriffe auf die Stadt seit Monaten.\n"
        "Unter den Toten seien auch zwei Kinder, teilte die Militärverwaltung mit."
    )
    post_article(client, text, outlet="nzz.ch")
    copy = post_article(client, text.replace("seit Monaten", "seit vielen Monaten"), outlet="unknown-copy.example")
    assert copy.get_json()["voice"] == "NZZ"
    assert counts(client, first_claim(copy)["id"]) == (2, 1, 1)


def test_a_sentence_printed_word_for_word_is_one_statement_and_one_voice(client):
    """Few anchors ("Für eine Bilanz sei es noch zu früh") but eight words alike: the same sentence of one
    text in two printings joins one proposition, and counts one voice."""
    alike = "Für eine genaue Bilanz der Schäden am Hafen sei es am Abend noch zu früh, sagte der Gouverneur."
    post_article(client, FACT + "\n" + alike, outlet="nzz.ch", published_at="2025-03-01")
    copy = post_article(client, OTHER_WORDS + "\n" + alike, outlet="spiegel.de", published_at="2025-03-02")
    printed = next(c for c in copy.get_json()["claims"] if c["text"].startswith("Für eine"))
    assert counts(client, printed["id"]) == (2, 1, 1)
    # two words fewer alike: no longer one text's sentence, and too few anchors to be one fact
    shorter = "Für eine Bilanz sei es zu früh, sagte der Gouverneur."
    other = post_article(client, FACT + "\n" + shorter, outlet="taz.de", published_at="2025-03-02")
    assert counts(client, next(c for c in other.get_json()["claims"] if c["text"].startswith("Für"))["id"])[0] == 1


def test_independent_outlets_same_origin(client):
    post_article(client, FACT, outlet="nzz.ch")
    b = first_claim(post_article(client, OTHER_WORDS, outlet="spiegel.de"))
    assert counts(client, b["id"]) == (2, 2, 1)  # two voices, both quoting Kyiv: one origin


def test_independent_origins(client):
    post_article(client, FACT, outlet="nzz.ch")
    b = first_claim(
        post_article(
            client,
            "Nach Angaben der Vereinten Nationen sind bei einem Drohnenangriff auf Charkiw 14 Menschen getötet worden.",
            outlet="spiegel.de",
        )
    )
    assert counts(client, b["id"]) == (2, 2, 2)
    body = client.get(f"/v1/claims/{b['id']}").get_json()
    assert body["grade"]["information"] == 1
    # The explanation names what joined the two reports.
    joined = [line for line in body["explanation"] if line.startswith("same fact as claim")]
    assert joined and "the number 14" in joined[0] and "Charkiw" in joined[0]


def test_number_variants_link_and_different_numbers_do_not(client):
    a = first_claim(
        post_article(
            client, "Nordkorea hat nach Angaben Seouls rund 12.000 Soldaten nach Russland geschickt.", outlet="nzz.ch"
        )
    )
    b = first_claim(
        post_article(
            client, "Nach Angaben Seouls hat Nordkorea 12'000 Soldaten nach Russland geschickt.", outlet="spiegel.de"
        )
    )
    c = first_claim(
        post_article(
            client, "Nach Angaben Seouls hat Nordkorea 3000 Soldaten nach Russland geschickt.", outlet="faz.net"
        )
    )
    assert b["proposition_id"] == a["proposition_id"] != c["proposition_id"]


def test_a_vague_count_does_not_join_two_precise_counts_of_one_event(client):
    """ "mehr als 50 Tote" agrees with 51 and with 52: the toll of 52 must not join the proposition of 51
    through it, a revised toll is another fact."""
    texts = [
        ("Bei einem Raketenangriff auf Lindenau sind mehr als 50 Menschen getötet worden.", "nzz.ch"),
        ("Bei einem Raketenangriff auf Lindenau sind 51 Menschen getötet worden.", "spiegel.de"),
        ("Bei einem Raketenangriff auf Lindenau sind 52 Menschen getötet worden.", "faz.net"),
    ]
    vague, fifty_one, fifty_two = (first_claim(post_article(client, t, outlet=o)) for t, o in texts)
    assert fifty_one["proposition_id"] == vague["proposition_id"]
    assert fifty_two["proposition_id"] != fifty_one["proposition_id"]


def test_denial_contradicts_and_is_listed(client):
    a = first_claim(
        post_article(client, "Laut dem Pentagon hat Nordkorea 10.000 Soldaten nach Russland entsandt.", outlet="nzz.ch")
    )
    d = first_claim(
        post_article(
            client,
            "Nordkorea wies die Berichte über die Entsendung von 10.000 Soldaten nach Russland als Lügen zurück.",
            outlet="spiegel.de",
        )
    )
    assert d["stance"] == "deny" and d["proposition_id"] == a["proposition_id"]
    claim = client.get(f"/v1/claims/{a['id']}").get_json()
    assert claim["corroboration"]["contradicting_claims"] == [d["id"]]
    assert claim["corroboration"]["independent_outlets"] == 1  # a denial does not corroborate
    assert claim["grade"]["information"] == 3  # the denial comes from a belligerent: no 5


def test_a_copy_of_a_contradiction_contradicts_too(client):
    """Polarity is read against the proposition's founding claim: a wire's denial printed twice is two
    contradictions of the fact, not a contradiction and a confirmation of it."""
    fact = first_claim(post_article(client, "Die Armee hat Stellungen bei Sabirsk angegriffen.", outlet="nzz.ch"))
    denial = "Stellungen der Armee bei Sabirsk seien nicht angegriffen worden, sagte ein Sprecher in Dorinsk."
    first = first_claim(post_article(client, denial, outlet="spiegel.de", credits=["dpa"]))
    copy = first_claim(post_article(client, denial, outlet="faz.net", credits=["dpa"]))
    assert first["proposition_id"] == copy["proposition_id"] == fact["proposition_id"]
    assert first["stance"] == copy["stance"] == "deny"


def test_contradiction_by_an_independent_non_belligerent_origin(client):
    a = first_claim(
        post_article(
            client,
            "Laut Moskau hat es bei dem Angriff auf Odessa keine zivilen Opfer gegeben.",
            outlet="nzz.ch",
            published_at="2025-01-10",
        )
    )
    post_article(
        client,
        "Laut den Vereinten Nationen hat es bei dem Angriff auf Odessa zivile Opfer gegeben.",
        outlet="spiegel.de",
        published_at="2025-01-10",
    )
    claim = client.get(f"/v1/claims/{a['id']}").get_json()
    assert claim["corroboration"]["contradicting_claims"] and claim["grade"]["information"] == 5
    assert any("contradicted" in line for line in claim["explanation"])


def test_a_sentence_an_outlet_prints_under_every_article_is_furniture(client):
    promo = "Die Redaktion verschickt jeden Morgen die wichtigsten Nachrichten aus der Region aufs Handy."
    for n in range(4):
        claims = post_article(
            client,
            f"Laut Kiew wurden in Welle {n} insgesamt {n + 10} Dörfer befreit.\n{promo}",
            outlet="tagesspiegel.de",
        ).get_json()["claims"]
        assert (promo in [c["text"] for c in claims]) == (n < 3)
    other = post_article(client, f"Die Lage bleibt angespannt.\n{promo}", outlet="nzz.ch").get_json()["claims"]
    assert promo in [c["text"] for c in other]  # another outlet saying it once is no furniture


def test_term_statistics_stay_in_step_with_the_claims(client, app):
    import sqlite3

    post_article(client, FACT, outlet="nzz.ch")
    post_article(client, OTHER_WORDS + "\nDie Stadt Charkiw liegt nahe der Grenze zu Russland.", outlet="spiegel.de")
    from service import store

    db = store.connect(app.config["DB"])
    with sqlite3.connect(app.config["DB"]) as conn:
        stats = dict(conn.execute("SELECT term, df FROM terms").fetchall())
    counted: dict[str, int] = {}
    for claim in store.search_claims(db, {}, after=0, limit=1000):  # terms read back from their word ids
        for term in set(claim["terms"].split()):
            counted[term] = counted.get(term, 0) + 1
    db.close()
    assert stats == counted and stats["0wcharkiv"] == 3  # a name (its spelling key): an anchor as well as a word


def test_disclaimers_do_not_corroborate_each_other(client):
    disclaimer = "Die Angaben ließen sich nicht unabhängig überprüfen."
    post_article(client, "In Charkiw wurden am Morgen drei Häuser zerstört. " + disclaimer, outlet="nzz.ch")
    claims = post_article(client, "Bei Cherson wurde eine Brücke gesprengt. " + disclaimer, outlet="spiegel.de")
    last = claims.get_json()["claims"][-1]
    assert last["text"] == disclaimer
    assert counts(client, last["id"]) == (1, 1, 1)


WIRE_COPY = [
    "Bei einem Drohnenangriff auf die Stadt Charkiw sind nach ukrainischen Angaben 14 Menschen getötet worden.",
    "Die Behörden sprachen von einem der schwersten Angriffe auf die Stadt seit Beginn des Jahres.",
    "Unter den Toten seien auch zwei Kinder, teilte die regionale Militärverwaltung am Abend mit.",
    "Rettungskräfte suchten bis in die Nacht in den Trümmern eines Wohnhauses nach Verschütteten.",
    "Die Luftabwehr habe in der Nacht insgesamt 40 Drohnen abgefangen, hieß es weiter aus Kiew.",
]


def test_edited_wire_copy_without_credit_is_one_voice(client):
    """Cut, reordered and with a rewritten sentence, the copy still shares its runs of words."""
    post_article(client, "\n".join(WIRE_COPY), outlet="nzz.ch")
    edited = [WIRE_COPY[0], "Es war einer der schwersten Angriffe seit Monaten.", WIRE_COPY[3], WIRE_COPY[2]]
    copy = post_article(client, "\n".join(edited), outlet="unknown-regional.example")
    assert copy.get_json()["voice"] == "NZZ"


def test_a_short_sentence_of_a_reprint_states_its_twins_fact(client):
    """Too short to tell a copy alone ("Die Schulen bleiben geschlossen."), a sentence printed word for word in an
    article that reprints another states the original's fact; printed by an outlet of its own, it does not."""
    short = "Die Schulen bleiben geschlossen."
    post_article(client, "\n".join([*WIRE_COPY[:3], short, *WIRE_COPY[3:]]), outlet="nzz.ch")
    copy = post_article(client, "\n".join([WIRE_COPY[0], short, *WIRE_COPY[2:]]), outlet="unknown-regional.example")
    printed = next(c for c in copy.get_json()["claims"] if c["text"] == short)
    assert counts(client, printed["id"])[0] == 2
    alone = post_article(client, "In Lindenau brannte am Abend eine Lagerhalle.\n" + short, outlet="taz.de")
    assert counts(client, next(c for c in alone.get_json()["claims"] if c["text"] == short)["id"])[0] == 1


def test_a_reprint_of_a_text_printed_many_times_joins_all_its_printings_short_sentences(client):
    """Only the closest printings are read for twins (reprint_twin_sources), yet each twin joins the proposition
    the earlier printings joined: the sixth printing's short sentence is told by six outlets."""
    short = "Die Schulen bleiben geschlossen."
    ids = []
    for n in range(6):
        printed = post_article(client, "\n".join([*WIRE_COPY[:3], short, *WIRE_COPY[3:]]), outlet=f"paper{n}.example")
        ids.append(next(c for c in printed.get_json()["claims"] if c["text"] == short)["id"])
    assert counts(client, ids[-1])[0] == 6


def test_a_regional_edit_keeping_few_wire_sentences_is_one_voice(client):
    """A copy rewritten but for two sentences of the wire text, among its own, is still the wire's voice."""
    post_article(client, "\n".join(WIRE_COPY), outlet="nzz.ch")
    own = [
        "In Lindenau erinnerten am Abend Hunderte Menschen mit Kerzen an die Opfer des Krieges.",
        "Die Partnerstadt hatte im Frühjahr zwei Feuerwehrfahrzeuge und ein Notstromaggregat geschickt.",
        "Der Bürgermeister von Lindenau kündigte weitere Hilfe für die Menschen in der Ukraine an.",
        "Eine Spendenaktion der Sparkasse brachte in drei Wochen mehr als 40.000 Euro zusammen.",
        "Auch Schulen der Stadt sammelten Decken, Medikamente und haltbare Lebensmittel.",
        "Der nächste Hilfstransport soll Anfang des kommenden Monats aufbrechen.",
    ]
    copy = post_article(
        client, "\n".join([WIRE_COPY[0], *own[:3], WIRE_COPY[3], *own[3:]]), outlet="lindenauer.example"
    )
    assert copy.get_json()["voice"] == "NZZ"


def test_credited_copy_gives_its_wire_to_an_earlier_uncredited_printing(client):
    first = post_article(client, "\n".join(WIRE_COPY), outlet="nzz.ch").get_json()
    post_article(client, "\n".join(WIRE_COPY[:4]), outlet="spiegel.de", credits=["dpa"])
    assert client.get(f"/v1/articles/{first['id']}").get_json()["voice"] == "dpa"
    assert counts(client, first["claims"][0]["id"]) == (2, 1, 1)


def test_own_reporting_of_the_same_event_stays_independent(client):
    post_article(client, "\n".join(WIRE_COPY), outlet="nzz.ch")
    own = post_article(
        client,
        "In Charkiw starben bei dem nächtlichen Angriff mit Drohnen nach Angaben der Ukraine 14 Menschen.\n"
        "Helfer bargen am Morgen weitere Verletzte aus einem beschädigten Wohnblock im Zentrum.",
        outlet="spiegel.de",
    ).get_json()
    assert own["voice"] == "Spiegel-Verlag"


def test_a_named_source_without_a_party_shares_the_origin_others_name(client):
    """A spokesman we cannot place stands as an origin of his own only where nobody names a party for the
    fact: counted beside the Ukrainian authorities, an unplaced name would manufacture a confirmation."""
    hospital = (
        "Bei einem Drohnenangriff auf Charkiw sind 14 Menschen getötet worden, sagte ein Sprecher des "
        "Beispiel-Krankenhauses."
    )
    alone = first_claim(post_article(client, hospital, outlet="spiegel.de"))
    assert client.get(f"/v1/claims/{alone['id']}").get_json()["corroboration"]["origins"] == ["beispiel-krankenhauses"]
    post_article(client, FACT, outlet="nzz.ch")
    body = client.get(f"/v1/claims/{alone['id']}").get_json()
    assert body["corroboration"]["independent_outlets"] == 2
    assert body["corroboration"]["origins"] == ["UA"]


def test_an_own_voice_claim_says_whose_origin_it_shares(client):
    post_article(client, FACT, outlet="nzz.ch")
    own = first_claim(
        post_article(
            client, "Bei einem Drohnenangriff auf Charkiw sind 14 Menschen getötet worden.", outlet="spiegel.de"
        )
    )
    body = client.get(f"/v1/claims/{own['id']}").get_json()
    assert body["corroboration"]["origins"] == ["UA"]
    assert "its origin is the one named for the same fact: Ukraine" in body["explanation"]


def test_wire_copy_printed_by_an_unregistered_site_is_judged_as_the_agencys(client):
    copy = first_claim(
        post_article(client, "In Charkiw brannte am Abend ein Lagerhaus.", outlet="portal.example", credits=["dpa"])
    )
    own = first_claim(post_article(client, "In Charkiw brannte am Morgen eine Schule.", outlet="portal2.example"))
    assert copy["grade"]["source"] == "C" and own["grade"]["source"] == "F"


def test_candidates_are_ranked_by_the_terms_they_share_then_newest_first():
    from sqlite_utils import Database

    from service.ingest import _Retrieval

    postings = {"hafen": [9, 7, 5, 3], "brand": [9, 5, 2], "talheim": [8, 5, 1], "lagerhalle": [12, 11]}

    class Fixed(_Retrieval):  # the postings given, to rank them
        def _postings(self, term):
            return postings[term]

    weights = {"postings_per_term": 100, "candidates": 3, "link_window_days": 60}
    retrieval = Fixed(Database(memory=True), 1, [], weights)
    assert retrieval.ranked(["hafen", "brand", "talheim"]) == [5, 9, 8, 7, 3, 2]  # 3, 2, then one each, newest first
    assert retrieval.ranked(["lagerhalle", "talheim", "brand"]) == [5, 12, 11, 9, 8, 2]  # the first limit * 2
    assert retrieval.ranked([]) == []
    assert retrieval.ranked(["lagerhalle", "talheim"]) == [12, 11, 8, 5, 1]  # no claim holds two: newest first


def test_a_candidate_reported_months_apart_takes_no_candidates_place():
    """It could never link (another incident, or background to a new story): the reports of the same days
    behind it are the candidates, however many older claims share more terms."""
    from sqlite_utils import Database

    from service.ingest import _Retrieval
    from service.store import StoredClaim

    weights = {"postings_per_term": 100, "candidates": 2, "link_window_days": 60}
    retrieval = _Retrieval(Database(memory=True), 1, [], weights, published_at="2024-05-20T08:00:00")
    days = {9: "2021-03-01", 8: "2021-03-02", 7: "2024-05-19", 6: None, 5: "2024-04-01"}
    retrieval.claims = {i: StoredClaim(i, 100 + i, day, "hafen", (), False, None) for i, day in days.items()}
    assert [c.id for c in retrieval.stored([9, 8, 7, 6, 5], read=False)] == [7, 6]  # a day unknown rules nothing out


def test_a_new_claims_evidence_is_put_together_once_and_shown_as_a_read_shows_it(
    tmp_path, knowledge, lexicon, monkeypatch
):
    """The re-grading puts each new claim's evidence together (with its sources and the claims that
    corroborate it); the response shows that one, the same as a later read puts together anew."""
    db = store.connect(str(tmp_path / "evidence.db"))
    store.migrate(db)
    weights = lexicon["weights"]
    store_article(db, knowledge, {"text": FACT, "outlet": "nzz.ch"}, weights, max_claims=100)
    built = []
    evidence_of = ingest._evidence
    monkeypatch.setattr(ingest, "_evidence", lambda *a: built.append(a[0]["id"]) or evidence_of(*a))
    for persist in (False, True):
        built.clear()
        submission = {"text": OTHER_WORDS + "\nDie Feuerwehr war bis in den Morgen im Einsatz.", "outlet": "spiegel.de"}
        article, claims, created = store_article(db, knowledge, submission, weights, max_claims=100, persist=persist)
        assert created and len(claims) == 2
        assert sorted(built) == [1, 2, 3]  # the stored claim and the two new ones, each once
    assert claims[0]["corroboration"]["claims"] == [1] and claims[0]["sources"]
    monkeypatch.undo()
    assert claims == ingest.with_evidence(db, knowledge, store.claims_of_article(db, article["id"]), weights)
    db.close()


def test_a_proposition_is_joined_through_two_of_its_claims_where_its_founding_claim_differs(client):
    """An act founds the proposition; two blames naming it join as its perpetrator. A blame that names no
    object is no match for the act, but states the fact the two blames state: it joins through them."""
    town = "In Sabirsk brannte nach einem Einschlag das Depot am Hafen.\n\n"
    texts = [
        ("Es war ein russischer Luftangriff auf das Depot, teilte die Hafenbehörde mit.", "spiegel.de"),
        ("Die Hafenbehörde machte die russische Armee für den Angriff auf das Depot verantwortlich.", "faz.net"),
        ("Die Stadtverwaltung machte russische Truppen für den Luftangriff auf das Depot verantwortlich.", "zeit.de"),
        ("Die Stadtverwaltung machte die russische Armee verantwortlich.", "taz.de"),
    ]
    propositions = []
    for sentence, outlet in texts:
        claims = post_article(client, town + sentence, outlet=outlet).get_json()["claims"]
        (claim,) = [c for c in claims if "Armee" in c["text"] or "Luftangriff" in c["text"]]
        propositions.append(claim["proposition_id"])
    assert propositions[1] == propositions[2] == propositions[0]
    assert propositions[3] == propositions[0]


def test_a_stored_claims_signature_is_kept_for_that_very_claim():
    claim = store.StoredClaim(7, 1, "2025-03-01", "0esta drohn getot charkiw", ((14.0, 14.0, "person"),), False, None)
    kept = ingest._KeptSignatures(4)
    first = kept.of(claim)
    assert first == ingest._stored_signature(claim.terms, claim.quantities, claim.negated, claim.conflict)
    assert kept.of(claim) is first  # the same claim: the same signature, not built again
    # Another store's claim 7 (or the same claim read anew) has its own signature, whatever was kept for the id.
    other = store.StoredClaim(7, 2, "2025-03-02", "0eattack kiew rakete", (), True, "ru-ua")
    assert kept.of(other) == ingest._stored_signature(other.terms, other.quantities, other.negated, other.conflict)
    assert kept.of(other) != first and kept.of(claim) == first


def test_kept_signatures_are_bounded_and_an_older_one_used_again_is_kept():
    kept = ingest._KeptSignatures(2)
    claims = [store.StoredClaim(i, 1, None, f"wort{i} drohn", (), False, None) for i in range(5)]
    for claim in claims[:2]:
        kept.of(claim)
    assert set(kept.older) == {0, 1} and not kept.kept  # a full generation becomes the older one
    kept.of(claims[0])  # used again: back among the kept
    assert set(kept.kept) == {0} and set(kept.older) == {1}
    for claim in claims[2:]:
        kept.of(claim)
    assert len(kept.kept) + len(kept.older) <= 4
    assert all(kept.of(c).words == frozenset(c.terms.split()) for c in claims)


def test_a_stored_claims_signature_is_the_one_its_fields_make():
    import dataclasses

    from scoring.matching import FactSignature

    stored = "0eattack 0ncharkiw 0pru 0mplanned 0mblames 0d20250301 drohn charkiw 0agru 0tcharkiw"
    for quantities, negated, conflict in ((((14.0, 14.0, "person"),), False, "ru-ua"), ((), True, None)):
        signature = FactSignature.from_index(stored, quantities, negated, conflict)
        fields = {f.name: getattr(signature, f.name) for f in dataclasses.fields(FactSignature)}
        made = FactSignature(**fields)
        assert signature == made and hash(signature) == hash(made) and repr(signature) == repr(made)
        assert list(vars(signature)) == list(vars(made))  # every field, in its order
        assert signature.planned and signature.blames and not signature.truce and signature.conflict == conflict


def test_a_member_and_its_evidence_are_those_their_fields_make(knowledge):
    import dataclasses

    from scoring.corroboration import Member, corroborate, summarise
    from scoring.grading import Evidence

    row = {
        "id": 3,
        "article_id": 2,
        "outlet": "nzz.ch",
        "voice": "NZZ",
        "stance": "support",
        "origin_parties": ["UA"],
        "origin_media": [],
        "origin_sources": [],
        "belligerent": True,
        "attributed": True,
        "quoted": True,
        "link_score": 1.0,
        "wording": b"12345678",
        "conflict": "russia-ukraine-war",
        "hedges": [{"cue": "angeblich", "start": 0, "end": 9, "kind": "lexical", "decisive": True}],
        "speech": [{"cue": "sei", "start": 20, "end": 23}],
        "sources": [{"text": "Kiew", "start": 30, "end": 34, "party": "UA", "role": "origin"}],
    }
    weights = {"confident_link": 0.5}
    member = ingest._member(row, weights)
    assert member == Member(**{f.name: getattr(member, f.name) for f in dataclasses.fields(Member)})
    assert list(vars(member)) == [f.name for f in dataclasses.fields(Member)]
    evidence = ingest._evidence(row, corroborate(member, summarise([member])), knowledge)
    made = Evidence(**{f.name: getattr(evidence, f.name) for f in dataclasses.fields(Evidence)})
    assert evidence == made and list(vars(evidence)) == list(vars(made))
    assert evidence.hedged and evidence.belligerent and evidence.origin_spans == (("Kiew", 30, 34),)


# The re-grading's proposition of one claim (nearly every new claim's): summarised and counted without the
# general pass, to the same Summary and the same counts.
_ORIGINS = ["UA", "RU", "voice:ap", "voice:ap|reuters", "medium:example.org", "source:Anton Beispiel"]


def _one_member(draw_origins, stance, attributed, confident, voice):
    from scoring.corroboration import Member

    return Member(
        claim_id=12,
        article_id=3,
        outlet="example.org",
        voice=voice,
        stance=stance,
        origins=tuple(draw_origins),
        belligerent_origin=False,
        attributed=attributed,
        confident=confident,
    )


def test_a_proposition_of_one_claim_is_summarised_as_the_general_pass_summarises_it():
    from hypothesis import given
    from hypothesis import strategies as st

    from scoring import corroboration

    @given(
        st.lists(st.sampled_from(_ORIGINS), max_size=3),
        st.sampled_from(["support", "deny", "unconfirmed"]),
        st.booleans(),
        st.booleans(),
        st.sampled_from(["ap", "ap|reuters", "example"]),
    )
    def check(origins, stance, attributed, confident, voice):
        member = _one_member(origins, stance, attributed, confident, voice)
        one = corroboration.summarise([member])
        assert one == corroboration._summarise_many([member])
        assert corroboration.corroborate(member, one) == corroboration.corroborate(
            member, corroboration._summarise_many([member])
        )

    check()


def test_one_voice_or_none_counts_as_many_independent_voices_as_it_is():
    from scoring.corroboration import independent_voices

    assert [independent_voices(frozenset(v)) for v in ([], ["ap"], ["ap|reuters"], ["ap", "ap|reuters"])] == [
        0,
        1,
        1,
        1,
    ]
    assert independent_voices(frozenset(["ap", "dpa", "reuters|dpa", "example"])) == 3


def test_an_unattributed_quote_counts_as_the_speaker_named_elsewhere_not_as_the_outlets_voice(client):
    """The same quote, named in one paper and printed without its speaker in another: one origin, two outlets."""
    quote = "„Der Damm bei Lindenau hält dem Hochwasser nicht mehr lange stand, wir brauchen Sandsäcke“"
    named = first_claim(post_article(client, quote + ", sagte Hafenmeisterin Ilse Brandt am Montag.", outlet="nzz.ch"))
    bare = first_claim(post_article(client, quote + ".", outlet="spiegel.de"))
    for claim in (named, bare):
        assert counts(client, claim["id"]) == (2, 2, 1)
    assert client.get(f"/v1/claims/{bare['id']}").get_json()["corroboration"]["origins"] == ["brandt"]


def test_a_quote_framed_by_a_speaker_we_cannot_place_is_the_speaker_named_elsewhere(client):
    """ "„…“, sagte er." where "er" points at nobody we can name is still somebody's words, not the paper's own
    report: with the quote named in another paper, one origin; a paper's own sentence beside it stays its own."""
    quote = "„Die Fähre nach Lindenau fährt bei diesem Sturm nur noch zweimal am Tag, mehr geht nicht“"
    named = first_claim(post_article(client, quote + ", sagte Hafenmeisterin Ilse Brandt am Montag.", outlet="nzz.ch"))
    posted = post_article(client, "Der Sturm hält an. " + quote + ", sagte er.", outlet="spiegel.de")
    framed = posted.get_json()["claims"][-1]
    assert framed["text"].endswith("sagte er.") and not framed["sources"]
    for claim in (named, framed):
        assert counts(client, claim["id"]) == (2, 2, 1)


def test_a_short_quotation_in_a_sentence_does_not_make_it_somebodys_words(knowledge):
    from scoring import analyse_article

    text = "Die Zeitung titelte „Chaos in Lindenau“ über den Bericht des Bürgermeisters zum Damm."
    (claim,) = analyse_article(text, "example.org", knowledge).claims
    assert not claim.quoted
