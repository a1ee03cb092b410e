import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scoring.cleaning import find_body_blocks, wire_credits

BODY = (
    "Die Regierung in Kiew meldete am Dienstag neue Angriffe auf die Energieversorgung im Osten des Landes, "
    "bei denen mehrere Umspannwerke beschädigt wurden."
)


def kept(text: str, lexicon) -> list[str]:
    return [text[b.start : b.end] for b in find_body_blocks(text, lexicon)]


@pytest.mark.parametrize(
    "furniture",
    [
        "zum Hauptinhalt",
        "© dpa/Max Mustermann",
        "Foto: Jane Doe/AP",
        "Ein Soldat steht vor einem zerstörten Haus in Charkiw. (Archivbild)",
        "Update",
        "Stand: 05.11.2024, 10:31 Uhr",
        "Lesedauer: 4 Minuten",
        "showPaywall:",
        "false",
        'console.debug({ userId: "", verifiedBot: "false" })',
        "Mehr zum Thema – Liveblog zum Bürgerkrieg im Sudan",
        "4 + drei =",
        "Registrieren Sie sich kostenlos",
        "- Exporte steigen auf Rekordwert - 13. Januar 2025.",
    ],
)
def test_furniture_lines_are_dropped(furniture, lexicon):
    text = f"{BODY}\n{furniture}\n{BODY}"
    assert kept(text, lexicon) == [BODY, BODY]


@pytest.mark.parametrize(
    "marker",
    [
        "Kommentare",
        "Zur Startseite",
        "Schreiben Sie einen Kommentar",
        "Deine E-Mail wird nicht angezeigt. Pflichtangaben sind mit einem Stern gekennzeichnet",
    ],
)
def test_everything_after_the_comment_section_is_dropped(marker, lexicon):
    text = f"{BODY}\n{marker}\nDie Nato hat gar nichts gesagt, meint ein Leser in seinem langen Kommentar hier."
    assert kept(text, lexicon) == [BODY]


@pytest.mark.parametrize("share", ["Artikel teilen", "Teilen"])
def test_a_share_bar_under_the_teaser_does_not_end_the_article(share, lexicon):
    """A share bar sits under the teaser on many pages; the article goes on below it. Under the article it
    ends it: what follows is the page's own (an appeal, a notice), no report."""
    teaser = (
        "Nach dem Sturm sollen in Lindenau mehr als 40 Boote beschädigt worden sein. "
        "Nun meldet das Hafenamt am Abend erste Zahlen."
    )
    first = f"{BODY} Das Hafenamt in Lindenau sprach von den schwersten Schäden seit Jahren und kündigte Hilfen an."
    second = "Die Fähre nach Brückenfeld fährt nach Angaben der Reederei ab Montag wieder, zweimal am Tag. " * 3
    appeal = "Die Sperrung unserer Seite durch die Behörden von Lindenau soll eine kritische Stimme stumm machen."
    page = f"Sturm über Lindenau\n{teaser}\n{share}\n{first}\n{second}\n{share}\n{appeal}\nKommentare\nLeser: Gut."
    assert kept(page, lexicon) == ["Sturm über Lindenau", teaser, first, second.strip()]


@pytest.mark.parametrize(
    "credit", ["Foto: AFP", "Bild: Hafenamt Lindenau/dpa", "© Greta Lindqvist", "(Foto: Greta Lindqvist/AP/dpa)"]
)
def test_the_line_over_a_picture_credit_is_the_caption(credit, lexicon):
    caption = "Helfer vor der beschädigten Fähre im Hafen von Lindenau."
    assert kept(f"{BODY}\n{caption}\n{credit}\n{BODY}", lexicon) == [BODY, BODY]


def test_a_clips_title_after_its_label_makes_no_caption_of_the_paragraph_before(lexicon):
    """ "Video: Die Fähre legt wieder an, 20:00 Uhr" titles a clip and credits no picture: the paragraph before it
    is the article's; "Video: Reuters" credits the picture the line before describes."""
    paragraph = "Der Bürgermeister sagte während seiner Reise nach Brückenfeld, die Fähre fahre ab Montag wieder."
    title = "Video: Die Fähre legt in Lindenau wieder an, Nachrichten 20:00 Uhr, 03.05.2024"
    assert kept(f"{BODY}\n\n{paragraph}\n\n{title}\n\n{BODY}", lexicon) == [BODY, paragraph, BODY]
    assert kept(f"{BODY}\n\n{paragraph}\n\nVideo: Reuters\n\n{BODY}", lexicon) == [BODY, BODY]


@pytest.mark.parametrize("label", ["Video abspielen\n02:41", "Video ansehen 02:14", "Audio\n4:37 min"])
def test_the_title_under_a_clip_is_the_clip_s(label, lexicon):
    assert kept(f"{BODY}\n{label}\nLindenau: Die Fähre sinkt im Hafen\n{BODY}", lexicon) == [BODY, BODY]


def test_related_headlines_with_dates_after_the_body(lexicon):
    text = f"{BODY}\nDas könnte Sie auch interessieren\nWegen westlicher Raketen\n21.11.2024"
    assert kept(text, lexicon) == [BODY]


def test_headline_followed_by_its_date_is_kept(lexicon):
    text = f"Nordkorea schickt wohl Soldaten an die Front\n23.10.2024\n{BODY}"
    assert kept(text, lexicon)[0] == "Nordkorea schickt wohl Soldaten an die Front"


def test_update_prefix_is_cut_but_the_sentence_kept(lexicon):
    text = f"Update vom 3. Februar, 14.05 Uhr: {BODY}"
    assert kept(text, lexicon) == [BODY]


def test_breadcrumb_and_dateline_prefixes(lexicon):
    assert kept(f"Ukraine-Krieg / {BODY}", lexicon) == [BODY]
    assert kept(f"Erstmeldung: Moskau - {BODY}", lexicon) == [BODY]


def test_credit_at_the_end_of_a_paragraph_is_cut(lexicon):
    assert kept(f"{BODY} (AFP/Valeriia Semeniuk)", lexicon) == [BODY]
    assert kept(f"{BODY} (dpa)", lexicon) == [BODY]
    assert kept(f"{BODY} (jkf)", lexicon) == [BODY]


def test_a_teaser_after_mehr_zum_thema_and_the_recommendations_at_the_end_are_furniture(lexicon):
    page = (
        "Russische Truppen haben nach Angaben aus Moskau ein weiteres Dorf im Gebiet Donezk eingenommen, "
        "die ukrainische Armee bestätigte das zunächst nicht und sprach von schweren Kämpfen.\n"
        "Mehr zum Thema\n"
        "Selenskyj fordert mehr Waffen – und kritisiert den Westen\n"
        "Die Kämpfe um Pokrowsk dauern seit Monaten an.\n"
        "Mehr aus Politik\n"
        "Merz will Bundeswehr stärken – SPD skeptisch\n"
    )
    kept = [page[b.start : b.end] for b in find_body_blocks(page, lexicon)]
    assert kept[1:] == ["Die Kämpfe um Pokrowsk dauern seit Monaten an."]


@pytest.mark.parametrize(
    "line",
    [
        "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt.",
        "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.",
        "Dieser Artikel wurde automatisch aus Material der dpa erstellt.",
        "Folgen Sie uns auf WhatsApp, um keine Nachrichten mehr zu verpassen.",
    ],
)
def test_embedded_content_notices_and_page_notes_are_furniture(line, lexicon):
    assert find_body_blocks(line, lexicon) == []


@pytest.mark.parametrize(
    "line",
    [
        "Dieses Thema im Programm: Das Erste | tagesschau | 24.10.2024 20:00 Uhr",
        "Über dieses Thema berichtete die tagesschau am 24. Oktober 2024 um 20:00 Uhr.",
        "Diese Nachricht wurde am 24.10.2024 im Programm Deutschlandfunk gesendet.",
        "Alle Entwicklungen im Liveblog",
        "Bildunterschrift: Ein zerstörtes Wohnhaus in Charkiw.",
        "Ein zerstörtes Wohnhaus in Charkiw. (Archivbild) Foto: Sergey Bobok/AFP",
        "Helfer am Anleger von Lindenau nach dem Untergang der Fähre. Quelle: Hafenamt Lindenau",
        "Bildrechte: picture alliance/dpa",
        "Ukrainian forces repelled 35 attacks near Pokrovsk. pic.twitter.com/AbCdEf123\n"
        "— Defence of Ukraine (@DefenceU) October 24, 2024",
        "Transparenzhinweis: Dieser Artikel wurde aktualisiert.",
        "Korrekturhinweis: In einer früheren Version hieß es, die Brücke sei zerstört worden.",
        "Redaktionell empfohlener externer Inhalt von Twitter",
        "Unsere Autorin berichtet seit 2014 aus der Ukraine.",
        "Max Mustermann ist Korrespondent in Kiew.",
        "Ukraine-Krieg: Selenskyj fordert mehr Luftabwehr\nNahost: Israel greift Ziele im Libanon an",
        "Hinweis: Die Kommentarfunktion ist unter diesem Beitrag nicht freigeschaltet.",
        "Zu diesem Beitrag sind keine Kommentare möglich.",
        "Lindenauer Bote | Lokales | Sabirsk | Sport | Wetter",
        "Teilen: Facebook | Mastodon | E-Mail | Link kopieren",
        "Startseite > Lokales > Hafen von Lindenau",
        "Zur Startseite von lindenau.example",
        "Verwandte Artikel: Neue Fähre für den Hafen von Lindenau",
        "Den Lindenauer Boten digital lesen: drei Monate für 1,99 Euro",
        "L.B. Morgenpost – Der Newsletter für Lindenau. Jetzt kostenfrei anmelden",
        "Von der Redaktion lindenau.example, mit Informationen des Studios Sabirsk",
    ],
)
def test_notes_captions_credits_posts_bios_teasers_navigation_offers_and_comment_notices_are_furniture(line, lexicon):
    assert kept(BODY + "\n" + line, lexicon) == [BODY]


@pytest.mark.parametrize(
    "line",
    [
        "Die Bahn will neue Züge digital testen, die Fahrt soll 12 Euro kosten.",
        "Sabirsk | Die Fähre nach Lindenau fährt wieder",
        "Der Vorwurf an Bild: Zahlen falsch wiedergegeben",
    ],
)
def test_a_sentence_with_a_price_or_one_bar_is_no_furniture(line, lexicon):
    assert kept(BODY + "\n" + line, lexicon) == [BODY, line]


@pytest.mark.parametrize(
    "line",
    [
        "Drucken Teilen Twittern Per Mail versenden",
        "Teilen   Zur Merkliste hinzufügen   Kommentare",
        "12. März 2026, 9:15 Uhr | Lesezeit: 4 min",
        "Lokales · Hafen · 12. März 2026 um 10:47 Uhr",
        "Die Fähre am Anleger von Brückenfeld Foto: Hafenamt",
        "Die Fähre am Anleger von Brückenfeld. Bild: picture alliance / lindenau.example",
        "Die Fähre am Anleger von Brückenfeld (Foto: Archiv)",
        "Botschaft der Republik Sabirien, Berlin | 12.03.2026",
        "Aus dem Englischen übersetzt von der Redaktion",
    ],
)
def test_a_line_of_controls_dates_credits_or_a_letterhead_is_furniture(line, lexicon):
    """Items set apart by bars, dots or wide spaces, each furniture on its own; a caption closed by its credit; a
    mission's letterhead; a note on the translation."""
    assert kept(BODY + "\n" + line, lexicon) == [BODY]


def test_a_source_credit_closing_a_paragraph_makes_no_caption_of_it(lexicon):
    """ "(Quelle: dpa)" after a paragraph's last sentence credits its text, not a picture: the line before it is no
    picture's description."""
    short = "Der Staat habe die Aufgabe, die Bürger von Lindenau zu schützen."
    kept_lines = kept(f"{BODY}\n{short}\nDer Hafen bleibt geschlossen, sagte er. (Quelle: dpa)", lexicon)
    assert short in kept_lines


def test_the_list_of_sources_ends_the_body(lexicon):
    assert kept(BODY + "\nVerwendete Quellen:\nNachrichtenagenturen dpa, AFP und Reuters", lexicon) == [BODY]


def test_an_editors_note_keeps_what_it_says(lexicon):
    note = "Hinweis der Redaktion: Die Angaben beider Kriegsparteien lassen sich nicht unabhängig überprüfen."
    assert kept(BODY + "\n" + note, lexicon) == [BODY, note.split(": ", 1)[1]]


def test_one_kicker_headline_in_the_body_stays(lexicon):
    assert kept(BODY + "\nKursk: Kämpfe dauern an\n" + BODY, lexicon) == [BODY, "Kursk: Kämpfe dauern an", BODY]


# Issue 12: furniture that real pages put between the paragraphs. Every text here is invented.
LEAD = "Die Stadtverwaltung von Saporischschja meldete am Morgen Schäden an zwei Schulen und einem Umspannwerk."


@pytest.mark.parametrize(
    "furniture",
    [
        "Das Wichtigste in Kürze",
        "- von Erika Beispiel und Max Muster",
        "Sehen Sie hier im Video: Löscharbeiten an einem Depot.",
        "Legende: Helfer räumen Trümmer vor einer Schule.",
        "Helfer räumen am Morgen Trümmer vor einer Schule. 03.02.2025 | 1:20 min",
        "Anna Muster (l.) und Bernd Beispiel bei der Pressekonferenz",
        "Von red/dpa",
        "/abc/DP/xy",
        "dpa/moko",
        "(dpa-AFX)",
        "Holen Sie sich unsere App mit allen Eilmeldungen auf Ihr Handy.",
        "Abonnieren Sie unseren Newsletter mit den wichtigsten Nachrichten des Tages.",
        "14:05 Uhr",
    ],
)
def test_issue_12_furniture_lines(furniture, lexicon):
    assert kept(f"{BODY}\n{furniture}\n{LEAD}", lexicon) == [BODY, LEAD]


def test_a_caption_closed_by_a_photographers_credit_and_the_alt_text_before_it(lexicon):
    page = f"{BODY}\nEin Kran hebt Trümmer von der Straße.\nDie Aufräumarbeiten dauern an. (AFP / ERIKA MUSTER)\n{LEAD}"
    assert kept(page, lexicon) == [BODY, LEAD]


def test_alt_text_repeating_its_caption(lexicon):
    caption = "Ein Kran hebt Trümmer von der Straße"
    page = f"{BODY}\n{caption}\n{caption} (picture alliance / Max Beispiel)\n{LEAD}"
    assert kept(page, lexicon) == [BODY, LEAD]


def test_a_text_credit_with_spaced_slash_is_no_caption(lexicon):
    assert kept(f"{BODY} (tsp / dpa)", lexicon) == [BODY]


def test_the_title_of_a_clip_after_its_media_label(lexicon):
    page = f"{BODY}\nAudio\nNach dem Angriff: «Wir haben nichts mehr»\n{LEAD}"
    assert kept(page, lexicon) == [BODY, LEAD]


def test_a_list_of_most_read_headlines_with_kickers_ends_at_the_next_furniture(lexicon):
    page = (
        f"{BODY}\nMeistgelesen\nGartentipps\nSo überwintern Ihre Rosen ohne Frost\nTV-Kritik\n"
        "Großer Streit in der Kochshow: Ein Kandidat geht!\n"
        "Crowds gathering near the river right now, you can hear the sirens pic.twitter.com/Xy12Ab\n"
        "Russische Truppen rücken im Süden weiter vor\n"
        f"{LEAD}"
    )
    assert kept(page, lexicon) == [BODY, "Russische Truppen rücken im Süden weiter vor", LEAD]


def test_a_headline_run_into_a_paragraph_is_cut_out(lexicon):
    first = "Die Behörde meldete zwei Verletzte."
    rest = "Das örtliche Krankenhaus nahm beide auf."
    for run_in in ("Bürgermeister kündigt neue Schutzräume an", 'Zwei Jahre danach: "Wir bauen alles wieder auf"'):
        line = f"{first} {run_in} {rest}"
        assert kept(line, lexicon) == [first, rest]


def test_a_title_inside_a_sentence_is_no_run_in_headline(lexicon):
    line = "Die Lage war ruhig. Am Abend spielte das Theater im Ort das Stück Die Räuber als Gastspiel."
    assert kept(line, lexicon) == [line]


def test_more_on_the_topic_at_the_end_of_a_paragraph_and_a_time_stamp_after_a_headline(lexicon):
    assert kept(f"{BODY} Mehr zum Thema - Kiew meldet neue Angriffe auf Charkiw", lexicon) == [BODY]
    headline = "Neue Angriffe auf Charkiw"
    assert kept(f"{headline} Stand: 03.02.2025 12:00 Uhr\n{BODY}", lexicon) == [headline, BODY]


@pytest.mark.parametrize(
    "dateline",
    ["Dnipro/Charkiw (Reuters) - ", "Saporischschja (dpa). ", "KIEW/WARSCHAU afp/dpa/xyz | "],
)
def test_datelines_with_an_agency_are_cut(dateline, lexicon):
    assert kept(dateline + BODY, lexicon) == [BODY]


def test_a_line_mostly_in_another_language_is_an_embedded_post(lexicon):
    post = "We are still here and we will not leave this city, says the mayor of the town"
    assert kept(f"{BODY}\n{post}\n{LEAD}", lexicon) == [BODY, LEAD]
    quoted = 'Der Bürgermeister sagte auf Englisch: "We are still here and we will not leave this city."'
    assert kept(f"{BODY}\n{quoted}", lexicon) == [BODY, quoted]


def test_a_paragraph_that_speaks_to_its_reader_about_the_page_is_a_promotion(lexicon):
    promo = (
        "Unser Kanal auf der Videoplattform ist gelöscht worden. Abonniert Euch deshalb unseren Newsletter, "
        "damit Ihr keine Folge verpasst. Wir zählen auf Euch."
    )
    assert kept(f"{BODY}\n{promo}\n{LEAD}", lexicon) == [BODY, LEAD]
    answer = "Muster: Wir haben die Schulen geschlossen, wie Sie wissen. Sie sehen ja, wie die Lage ist."
    assert kept(f"{BODY}\n{answer}", lexicon) == [BODY, answer]


# Issue 12: credit lines are read before the furniture they stand in is removed.
@pytest.mark.parametrize(
    ("page", "agencies"),
    [
        (f"Frankfurt (dpa-AFX) - {BODY}", ("dpa-AFX",)),
        (f"{BODY}\n/abc/DP/xy", ("dpa-AFX",)),
        (f"{BODY}\nVon red/dpa", ("dpa",)),
        (f"{BODY}\ndpa/moko", ("dpa",)),
        (f"{BODY}\nQuelle: dpa", ("dpa",)),
        (f"{BODY}\nAPA/AFP", ("APA", "AFP")),
        (f"Bern (SDA) {BODY}", ("SDA",)),
        (f"{BODY} (Reuters/abc)", ("Reuters",)),
        (f"{BODY}\n© dpa-infocom, dpa:250203-99-123456/2", ("dpa",)),
        (f"{BODY}\nAFP", ("AFP",)),
        (f"KIEW/WARSCHAU rtr/ap/xyz | {BODY}", ("Reuters", "AP")),
        (f"{BODY} (Mit Material von dts)", ("dts",)),
        (f"{BODY} (AFP, KNA, epd)", ("AFP", "KNA", "epd")),
        (f"{BODY}\nVerwendete Quellen:\nNachrichtenagenturen dpa und Reuters", ("dpa", "Reuters")),
    ],
)
def test_wire_credits_in_credit_lines(page, agencies, lexicon):
    assert wire_credits(page, lexicon) == agencies


@pytest.mark.parametrize(
    "picture",
    [
        "© dpa/Max Mustermann",
        "Foto: Jane Doe/AP",
        "Ein Kran hebt Trümmer. (AFP / ERIKA MUSTER)",
        "Ein Kran hebt Trümmer. Reuters/Max Beispiel",
        "Bild: Keystone/AP/Max Beispiel",
    ],
)
def test_a_pictures_credit_is_not_the_texts(picture, lexicon):
    assert wire_credits(f"{picture}\n{BODY}", lexicon) == ()


def test_an_agency_named_in_a_sentence_or_a_poll_is_no_credit(lexicon):
    text = "Das berichtete die Agentur Reuters am Abend. Eine Reuters/Ipsos-Umfrage sieht beide gleichauf."
    assert wire_credits(text, lexicon) == ()


@pytest.mark.parametrize(
    "furniture",
    ["Ein Kommentar von Erika Beispiel, Korrespondentin in Kiew", "Ihre Redaktion"],
)
def test_bylines_of_opinion_pieces_and_sign_offs(furniture, lexicon):
    assert kept(f"{BODY}\n{furniture}\n{LEAD}", lexicon) == [BODY, LEAD]


def test_a_report_named_at_the_start_of_a_sentence_is_no_byline(lexicon):
    line = "Ein Bericht von Menschenrechtlern dokumentiert 40 Fälle von Folter in der Region."
    assert kept(line, lexicon) == [line]


@pytest.mark.parametrize("stamp", ["14:05 Uhr: ", "9.30 Uhr – ", "03.02.2025, 14:05 Uhr | "])
def test_a_live_ticker_time_stamp_before_an_entry_is_cut(stamp, lexicon):
    assert kept(stamp + BODY, lexicon) == [BODY]


def test_a_number_at_the_start_of_a_sentence_is_no_time_stamp(lexicon):
    line = "40 Busse sind am Nachmittag mit Reisenden aus dem Süden in der Stadt eingetroffen."
    assert kept(line, lexicon) == [line]


def test_a_read_also_link_closing_a_paragraph_is_cut(lexicon):
    assert kept(f"{BODY} Lesen Sie auch: Was über die Angriffe bekannt ist", lexicon) == [BODY]


@pytest.mark.parametrize(
    "furniture",
    [
        "picture alliance / dpa | Max Beispiel",
        "IMAGO/Max Beispiel",
        "Video abspielen",
        "Laufzeit: 2 Minuten",
        "Dieser Text erschien zuerst auf einer Partnerseite.",
        "+++ Eilmeldung +++",
        "Fehler gefunden? Jetzt melden.",
        "Jetzt weiterlesen mit dem Digital-Abo",
        "beispiel.de, abc/dpa",
        "BEISPIEL ONLINE, dpa, AFP, rtr, xyz",
    ],
)
def test_picture_credits_player_labels_paywall_and_sign_off_lines(furniture, lexicon):
    assert kept(f"{BODY}\n{furniture}\n{LEAD}", lexicon) == [BODY, LEAD]


def test_a_ticker_marker_before_an_entry_is_cut(lexicon):
    assert kept(f"+++ 14:05 Uhr +++ {BODY}", lexicon) == [BODY]


@pytest.mark.parametrize(
    ("line", "agencies"),
    [
        ("beispiel.de, abc/dpa", ("dpa",)),
        ("beispiel.de, abc/rts", ("Reuters",)),
        ("BEISPIEL ONLINE, dpa, AFP, rtr, xyz", ("dpa", "AFP", "Reuters")),
        ("Quelle: BEISPIEL.NET/dpa", ("dpa",)),
    ],
)
def test_sign_off_lines_of_outlets_name_their_agencies(line, agencies, lexicon):
    assert wire_credits(f"{BODY}\n{line}", lexicon) == agencies


def test_a_list_of_places_is_no_credit(lexicon):
    assert wire_credits(f"{BODY}\nKiew, Charkiw, Odessa", lexicon) == ()


@pytest.mark.parametrize(
    "furniture",
    [
        "Bild 3 von 12",
        "Teilen Sie diesen Artikel mit Ihren Freunden",
        "Hinweis: Dieser Beitrag enthält Affiliate-Links, für Käufe erhalten wir eine Provision.",
    ],
)
def test_gallery_counters_share_prompts_and_affiliate_notes(furniture, lexicon):
    assert kept(f"{BODY}\n{furniture}\n{LEAD}", lexicon) == [BODY, LEAD]


def test_a_headline_shown_again_further_down_is_kept_once(lexicon):
    headline = "Neue Angriffe auf Umspannwerke im Osten"
    assert kept(f"{headline}\n{BODY}\n{LEAD}\n{headline}", lexicon) == [headline, BODY, LEAD]


@functools.cache
def _credits():
    import seeds
    from scoring.cleaning import _credit_rules
    from scoring.knowledge import typed_rules

    return _credit_rules(typed_rules(seeds.knowledge().lexicon).credits)


@given(st.text(alphabet="dpa-afx /rtkeysone_1ü\n(),", max_size=30))
@settings(max_examples=400, deadline=None)
def test_a_text_names_an_agency_token_as_its_split_into_pieces_says(text):
    """The one-pass test of a page for an agency's name finds what splitting it into [\\w-] runs finds."""
    from scoring.cleaning import _TOKENS, _names_a_token

    rules = _credits()
    assert rules.named is not None
    assert _names_a_token(text, rules) == (not rules.tokens.isdisjoint(_TOKENS.split(text)))


@functools.cache
def _suffix_patterns() -> list[str]:
    import seeds
    from scoring.knowledge import typed_rules

    return list(typed_rules(seeds.knowledge().lexicon).furniture.suffix)


_INVENTED_SUFFIXES = [r"\s*\((?:dpa|ab)\)\s*$", r"\s+(?-i:Mehr zu)\s*:\s.{0,200}$", r"\s+stand:\s*\d\s*$"]
_LINE = st.text(alphabet=" \n\t(dpa)AFPab/stand:1.2MehrzuThemaLesnSiuch–-x", max_size=80)


@given(line=_LINE, at=st.integers(min_value=1, max_value=5))
@settings(max_examples=300, deadline=None)
def test_a_credit_suffix_near_the_end_is_found_where_the_patterns_as_one_find_it(line, at):
    from scoring.cleaning import _space_led_at_runs, _Suffixes

    long = "Ilse Brandt eröffnete in Lindenau die neue Brücke über den Fluss " * 3
    for patterns in (_suffix_patterns(), _INVENTED_SUFFIXES):
        suffixes, whole = _Suffixes(patterns), _space_led_at_runs(patterns)
        assert suffixes.near is not None and suffixes.rest is not None
        for text in (
            line,
            long + line,
            long + "  " * 80 + line,
            line + long + "(dpa) " + line,
            long + line + " (dpa) ",
        ):
            found, expected = suffixes.search(text, at), whole.search(text, at)
            assert (found and found.start()) == (expected and expected.start()), text


@pytest.mark.parametrize(
    "caption",
    [
        "Die beschädigte Fähre auf einer älteren Aufnahme. Foto: Archiv",
        "Die beschädigte Fähre im Hafen von Lindenau (Archivbild). Foto: Imago",
        "Helfer stehen vor der Fähre, die in der Nacht getroffen wurde. Reuters",
        "Die beschädigte Fähre im April. – APA/AFP",
    ],
)
def test_a_caption_closed_by_a_credit_after_its_last_sentence(caption, lexicon):
    """The credit closes the caption's own line: the caption goes, and the short paragraph before it stays (it
    is no description of the picture, the caption is)."""
    short = "Die Fähre fährt seit Montag wieder."
    assert kept(f"{BODY}\n{short}\n{caption}\n{LEAD}", lexicon) == [BODY, short, LEAD]


def test_a_sentence_naming_an_agency_is_no_caption(lexicon):
    line = "Die Fähre fährt wieder, meldete die Agentur Reuters."
    assert kept(f"{BODY}\n{line}\n{LEAD}", lexicon) == [BODY, line, LEAD]


def test_a_link_to_the_running_coverage_is_furniture(lexicon):
    for line in ("Hochwasser in Lindenau: Alle Entwicklungen im Liveticker", "Die aktuelle Entwicklung im Newsblog"):
        assert kept(f"{BODY}\n{line}\n{LEAD}", lexicon) == [BODY, LEAD], line


def test_a_caption_closed_by_a_photographers_name_and_agency_is_furniture(lexicon):
    """ "… getroffen wurde. Karl Beispiel / AP": a caption whose credit names the photographer before the agency."""
    text = (
        "Die Fähre liegt beschädigt im Hafen von Lindenau, nachdem der Sturm sie losriss. Karl Beispiel / AP\n\n"
        "Der Sturm hat in Lindenau drei Fähren beschädigt, teilte der Hafenmeister mit."
    )
    assert not any("Fähre liegt" in block for block in kept(text, lexicon))


@pytest.mark.parametrize("intro", ["Passend zum Artikel", "Mehr Nachrichten aus dem Agentur-Newskanal"])
def test_the_headlines_after_a_teaser_intro_link_elsewhere(intro, lexicon):
    """The headline-like lines after "Passend zum Artikel" or a wire's news channel are teasers, not claims."""
    text = (
        "Der Sturm hat in Lindenau drei Fähren beschädigt, teilte der Hafenmeister mit.\n\n"
        f"{intro}\nSabirsk meldet neue Schäden am Hafen\nFährpreise steigen nach dem Sturm deutlich\n\n"
        "Die Fähre fährt wieder, sagte der Kapitän."
    )
    assert not any("Sabirsk" in block or "Fährpreise" in block for block in kept(text, lexicon))
