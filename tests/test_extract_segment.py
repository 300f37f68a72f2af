"""kg.extract.segment: the structure of the raw text kept: a title or list item on a line of its
own ends there, list numbers are no part of a sentence, a heading line ends with its line."""
from kg.extract.segment import heading_lines, line_breaks, split_sentences
from kg.text import normalise

RAW = """Minister Van der Hoeven bezoekt Japan
Minister Maria van der Hoeven brengt van 12 t/m 15 april een bezoek aan Japan.
Programma
1. Bezoek aan Canon
2. Gesprek met minister Naoshima
Bezoek aan Kcity
De delegatie werd rondgeleid.
"""


def sentences(raw):
    text = normalise(raw)
    return [s.text for s in split_sentences(text, heading_lines(raw), line_breaks(raw, text))]


def test_a_title_and_list_items_end_with_their_line_and_lose_their_numbers():
    assert sentences(RAW)[:4] == [
        "Minister Van der Hoeven bezoekt Japan",
        "Minister Maria van der Hoeven brengt van 12 t/m 15 april een bezoek aan Japan.",
        "Bezoek aan Canon", "Gesprek met minister Naoshima"]


def test_a_heading_on_a_line_of_its_own_ends_there():
    text = normalise(RAW)
    [kcity] = [s for s in split_sentences(text, heading_lines(RAW), line_breaks(RAW, text))
               if s.text.startswith("De delegatie")]
    assert kcity.heading == "Bezoek aan Kcity"


def test_wrapped_prose_is_not_cut_at_its_line_ends():
    raw = ("De delegatie bezocht in de ochtend de fabriek van het bedrijf en sprak daar met\n"
           "Jan de Vries over de plannen voor een nieuwe vestiging in de regio Eindhoven.\n"
           "Daarna volgde een lunch met de directie van het bedrijf en enkele medewerkers.\n")
    assert len(sentences(raw)) == 2


def test_an_abbreviated_month_before_a_day_or_year_ends_no_sentence():
    text = "The premier leaves on Tuesday, Sept. 6, for Lima. De missie eindigt op 9 okt. 2022 in Lima."
    assert [s.text for s in split_sentences(text)] == [
        "The premier leaves on Tuesday, Sept. 6, for Lima.", "De missie eindigt op 9 okt. 2022 in Lima."]


def test_mvr_is_an_abbreviation_not_the_end_of_a_sentence():
    assert sentences("Daar zal mvr. A. de Wit aanwezig zijn. Het weer was goed.\n") == [
        "Daar zal mvr. A. de Wit aanwezig zijn.", "Het weer was goed."]


def test_numbered_sub_items_of_a_sentence_are_sentences_of_their_own():
    raw = ("On 3 March 2015, the Council approved the trip of the Mayor to: 2.1 travel to Lyon "
           "(4 - 5 May 2015) to open an office; and 2.2 travel to Turin (6 May 2015) to meet "
           "the Mayor of Turin.")
    assert sentences(raw) == [
        "On 3 March 2015, the Council approved the trip of the Mayor to:",
        "2.1 travel to Lyon (4 - 5 May 2015) to open an office;",
        "2.2 travel to Turin (6 May 2015) to meet the Mayor of Turin."]


def test_a_caption_after_image_is_no_programme_heading():
    text = normalise("The mayor was in Lyon. Image 1: Visit to Lyon City Hall with the Mayor. "
                     "A dinner followed.")
    assert [(s.text, s.section) for s in split_sentences(text)] == [
        ("The mayor was in Lyon.", "preamble"),
        ("Image 1: Visit to Lyon City Hall with the Mayor.", "preamble"),
        ("A dinner followed.", "preamble")]


def test_a_quotation_that_ends_with_a_full_stop_ends_its_sentence():
    assert sentences("Jan Bos: “Wij gaan samenwerken.” Afgesproken is dat Lyon volgt.") == [
        "Jan Bos: “Wij gaan samenwerken.”", "Afgesproken is dat Lyon volgt."]


def test_each_line_of_a_timed_programme_is_a_sentence_of_its_own():
    raw = ("Dinsdag 3 maart\n9.30- 11.00 Workshop met de gasten\n11.00- 12.00 Bezoek aan "
           "Kwekerij Lindeboom\n14:00 Lunch, aangeboden door de gemeente\n")
    assert sentences(raw) == ["Dinsdag 3 maart", "9.30- 11.00 Workshop met de gasten",
                              "11.00- 12.00 Bezoek aan Kwekerij Lindeboom",
                              "14:00 Lunch, aangeboden door de gemeente"]


def test_fam_before_a_family_name_ends_no_sentence():
    assert sentences("We gaan naar het bedrijf van fam. Jansen in Ruisdorp.") == [
        "We gaan naar het bedrijf van fam. Jansen in Ruisdorp."]


def test_abbreviated_titles_and_initials_end_no_sentence():
    raw = ("Lt. Gov. Ann Moe met Sen. Tom Ray and Amb. Li Wei in the U.S. Capitol. Daarna "
           "sprak burg. Jansen met gedep. De Vries en weth. Bos, o.a. over J.P. Kok. Zo ging het.")
    assert sentences(raw) == [
        "Lt. Gov. Ann Moe met Sen. Tom Ray and Amb. Li Wei in the U.S. Capitol.",
        "Daarna sprak burg. Jansen met gedep. De Vries en weth. Bos, o.a. over J.P. Kok.",
        "Zo ging het."]


def test_a_paragraph_without_a_full_stop_ends_before_the_next_one():
    raw = ("The delegation will travel to Lima on 3 May for briefings and meetings with officials\n"
           "\n"
           "\u201cPeru is a growing market for our farmers,\u201d said the Governor.\n")
    assert sentences(raw) == [
        "The delegation will travel to Lima on 3 May for briefings and meetings with officials",
        "\u201cPeru is a growing market for our farmers,\u201d said the Governor."]


def test_an_asterisk_bullet_after_a_full_stop_starts_a_sentence_of_its_own():
    assert sentences("* Eerst gaan we naar de molen. * Daarna gaan we naar Lavaux.") == [
        "Eerst gaan we naar de molen.", "Daarna gaan we naar Lavaux."]


def test_a_dashed_line_after_a_full_stop_is_an_item_of_its_own():
    raw = ("Er waren 2 reizen.\n\n– 3 en 4 maart 2011\nDe gedeputeerde bezocht Lima.\n"
           "– 9 tot 12 mei 2012\nDe burgemeester bezocht Cusco.\n")
    assert sentences(raw) == ["Er waren 2 reizen.", "3 en 4 maart 2011",
                              "De gedeputeerde bezocht Lima.", "9 tot 12 mei 2012",
                              "De burgemeester bezocht Cusco."]


def test_a_quotation_that_ends_before_another_opens_ends_its_sentence():
    found = [s for s in sentences('"We komen vrijdag aan voor de avond." "Op zaterdag '
                                       'bezoeken we het museum."\n')]
    assert found == ['"We komen vrijdag aan voor de avond."', '"Op zaterdag bezoeken we het museum."']
