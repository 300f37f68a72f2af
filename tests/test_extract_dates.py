"""kg.extract.dates and mission: ranges of days keep their first and last day; a day without a
year takes only a year the title or the mission's own sentence states."""
from kg.extract.dates import dates_in
from kg.extract.mission import context_year, day_heading, mission_date, mission_sentence
from kg.extract.model import Sentence


def sentence(text):
    return Sentence(text, 0, len(text), None, "", None)


def dates(text, year=None):
    return [(d.as_stated, d.when, d.until) for d in dates_in(sentence(text), year)]


def test_a_range_keeps_its_first_and_last_day():
    assert dates("Van 22 tot en met 27 oktober 2009 bracht ik een bezoek.") == [
        ("Van 22 tot en met 27 oktober 2009", "2009-10-22", "2009-10-27")]
    assert dates("From the 25th of September until the 1st of October, 2017, we travelled.") == [
        ("From the 25th of September until the 1st of October, 2017", "2017-09-25", "2017-10-01")]


def test_a_range_without_a_year_takes_the_context_year_with_a_note():
    [d] = dates_in(sentence("Jaap Smit heeft van 4 - 9 juni een missie geleid."), "2017")
    assert (d.when, d.until) == ("2017-06-04", "2017-06-09")
    assert d.note == "year not stated; taken from the mission" and d.confidence < 0.8


def test_without_a_context_year_the_range_stays_without_one():
    assert dates("Minister Van der Hoeven brengt van 12 t/m 15 april een bezoek aan Japan.") == [
        ("van 12 t/m 15 april", None, None)]


def test_the_context_year_is_the_title_or_the_mission_sentence_not_a_trade_figure():
    told = sentence("De minister brengt van 12 t/m 15 april een bezoek aan Japan.")
    assert context_year("Minister bezoekt Japan", told) is None
    assert context_year("Missie naar China 2017", told) == "2017"


def test_a_year_in_a_name_is_no_date():
    assert dates("Op 18 juni bezoekt de minister de wereldtentoonstelling Expo 2012 in Yeosu.") == [
        ("Op 18 juni", "--06-18", None)]


def test_a_day_without_any_year_keeps_its_day_and_month_as_a_sheet_writes_them():
    [d] = dates_in(sentence("Op 18 juni bezoekt de minister de Expo."), None)
    assert (d.when, d.note) == ("--06-18", "year not stated, nor that of the mission")
    assert dates("On June 6th, the two mayors signed an MoU.") == [("On June 6th", "--06-06", None)]


def test_a_day_no_month_has_is_no_date():
    assert dates("Op 31 juni bezoekt de minister de Expo.") == []


def test_a_range_with_the_days_of_the_week_is_one_range():
    assert dates("De minister reist van maandag 30 september tot en met woensdag 2 oktober 2024 "
                 "naar Peru.") == [("van maandag 30 september tot en met woensdag 2 oktober 2024",
                                    "2024-09-30", "2024-10-02")]
    assert dates("She travels from Monday 30 September to Wednesday 2 October 2024.") == [
        ("from Monday 30 September to Wednesday 2 October 2024", "2024-09-30", "2024-10-02")]


def test_a_figure_after_a_word_that_numbers_it_is_no_year():
    assert dates("In de zitting van 10 januari 2014 (jaarnummer 1929) keurde het college het "
                 "programma goed.") == [("10 januari 2014", "2014-01-10", None)]
    assert dates("Zie artikel 2015 van het besluit; in 2016 ging de missie door.") == [
        ("in 2016", "2016", None)]


def test_a_range_with_the_month_first_keeps_its_first_and_last_day():
    assert dates("Jane Doe leads a trade mission to Japan from October 10 to 16, 2019.") == [
        ("from October 10 to 16, 2019", "2019-10-10", "2019-10-16")]
    assert dates("The forum runs September 28 - October 2, 2020 in Osaka.") == [
        ("September 28 - October 2, 2020", "2020-09-28", "2020-10-02")]


def test_the_missions_date_is_the_range_of_its_sentence_not_the_decisions_day():
    told = sentence("Het college heeft op 12 maart 2019 besloten deel te nemen aan de handelsmissie "
                    "naar Lima van 3 tot en met 7 juni 2019.")
    d = mission_date([told], told)
    assert (d.when, d.until) == ("2019-06-03", "2019-06-07")


def test_an_abbreviated_month_with_or_without_its_dot_is_that_month():
    assert dates("The mayor arrives in Lima on Sept. 6, 2021.") == [
        ("on Sept. 6, 2021", "2021-09-06", None)]
    assert dates("The mayor arrives in Lima on Sep 6.", "2021") == [("on Sep 6", "2021-09-06", None)]
    assert dates("De burgemeester landt op 6 okt. in Lima.", "2021") == [
        ("op 6 okt.", "2021-10-06", None)]
    assert dates("De missie vertrekt op 14 febr. 2022 naar Lima.") == [
        ("op 14 febr. 2022", "2022-02-14", None)]
    assert dates("The delegation returns in Jan. 2023.") == [("in Jan. 2023", "2023-01", None)]


def test_a_day_of_the_week_before_an_abbreviated_month_is_part_of_the_day():
    [d] = dates_in(sentence("The governor leaves for Peru on Tuesday, Sept. 6."), None)
    assert (d.as_stated, d.when, d.day_of_week) == ("on Tuesday, Sept. 6", "--09-06", "tuesday")
    [d] = dates_in(sentence("De gedeputeerde vertrekt dinsdag 6 sept. naar Peru."), "2022")
    assert (d.as_stated, d.when, d.day_of_week) == ("dinsdag 6 sept.", "2022-09-06", "tuesday")


def test_a_first_name_like_a_month_is_no_month():
    assert dates("In Jan Smit's view the fair went well.") == []


def test_a_time_before_the_text_is_a_vague_date():
    assert dates("The strategy was set out last spring.") == [("last spring", None, None)]
    assert dates("Het convenant werd twee jaar geleden getekend.") == [
        ("twee jaar geleden", None, None)]
    assert dates("In de jaren die volgden groeide de handel.") == [
        ("In de jaren die volgden", None, None)]
    assert dates("Afgelopen voorjaar (maart 2019) kwam een delegatie naar Lima.") == [
        ("maart 2019", "2019-03", None)]


def test_parts_of_two_months_are_one_vague_span():
    assert dates("Eind augustus - begin september vindt een werkbezoek plaats.") == [
        ("Eind augustus - begin september", None, None)]
    assert dates("The visit takes place late August to early September.") == [
        ("late August to early September", None, None)]


def test_a_range_of_years_is_one_range():
    assert dates("Het convenant loopt van 2021 tot 2025.") == [("van 2021 tot 2025", "2021", "2025")]
    assert dates("The programme runs between 2021 and 2025.") == [
        ("between 2021 and 2025", "2021", "2025")]
    assert dates("Het plan 2021-2025 is vastgesteld.") == [("2021-2025", "2021", "2025")]
    assert dates("Exports grew in 2014 and 2015.") == [("in 2014", "2014", None), ("2015", "2015", None)]


def test_two_days_of_the_week_together_are_one_date():
    assert [d.as_stated for d in dates_in(sentence("Donderdag en vrijdag is de delegatie in Lima."),
                                          None)] == ["Donderdag en vrijdag"]


def test_a_day_written_against_its_month_is_that_day():
    assert dates("The group left on Friday, 9March 2012 and came back on Monday, 12March 2012.") == [
        ("on Friday, 9March 2012", "2012-03-09", None), ("on Monday, 12March 2012", "2012-03-12", None)]
    assert dates("Wij vertrokken op 3juni 2015.") == [("op 3juni 2015", "2015-06-03", None)]


def test_a_figure_against_an_abbreviation_is_no_day():
    assert dates("Room 3mar of the hall was booked in 2012.") == [("in 2012", "2012", None)]


def test_two_months_of_one_year_are_one_range():
    assert dates("The tour of March/April 2016 was a success.") == [
        ("March/April 2016", "2016-03", "2016-04")]
    assert dates("Van mei tot juli 2019 liep de proef.") == [("Van mei tot juli 2019", "2019-05", "2019-07")]


def test_a_year_before_a_name_is_part_of_the_name():
    assert dates("As host to the 2023 Sailing World Cup, Ruritania in 2023 was busy.") == [
        ("in 2023", "2023", None)]


def test_a_day_of_the_trip_by_its_order_is_a_vague_date():
    assert dates("During my first day in Peru, I met the mayor.") == [
        ("During my first day", None, None)]
    assert dates("Op onze laatste dag bezochten we de haven.") == [("Op onze laatste dag", None, None)]


def test_a_stay_from_the_day_of_arrival_to_the_day_of_departure_is_the_missions_range():
    told = sentence("The group arrived in Lima on Monday, 3May 2010 and left for home on "
                    "Friday, 7May 2010.")
    d = mission_date([told], told)
    assert (d.when, d.until) == ("2010-05-03", "2010-05-07") and d.as_stated.endswith("7May 2010")
    body = [Sentence(t, 0, len(t), "preamble") for t in (
        "A report on the visit to Peru in May 2010 was given.", told.text)]
    assert mission_sentence(body, "") is body[1]


def test_years_between_an_article_and_a_noun_describe_a_thing():
    assert dates("This was published under the 2010 to 2015 administration in 2016.") == [
        ("in 2016", "2016", None)]


def test_today_is_the_releases_day_but_recently_is_no_date():
    assert dates("Today, the two premiers signed a pact.") == [("Today", None, None)]
    assert dates("Vandaag plaatste de gemeente het laatste bord.") == [("Vandaag", None, None)]
    assert dates("The minister recently visited Lima.") == []


def test_a_day_in_figures_is_day_first_with_dots():
    assert dates("Persbericht - 03.04.2011") == [("03.04.2011", "2011-04-03", None)]


def test_a_day_in_figures_with_a_slash_is_month_first_when_the_second_figure_is_no_month():
    assert dates("Posted 10/23/2018 | 09:00am") == [("10/23/2018", "2018-10-23", None)]
    assert dates("Gepubliceerd (23/10/2018)") == [("23/10/2018", "2018-10-23", None)]


def test_an_ambiguous_day_in_figures_follows_the_texts_order():
    [d] = dates_in(sentence("Released 05/06/2018."), None, us_order=True)
    assert d.when == "2018-05-06"
    [d] = dates_in(sentence("Gepubliceerd 05/06/2018."), None)
    assert d.when == "2018-06-05"


def test_figures_that_are_no_day_are_no_date():
    assert dates("Versie 31.02.2018 van het plan.") == []


def test_years_before_a_name_are_the_names_not_a_date():
    assert dates("The talks will support the 2021-2022 ABC Chair's Initiative.") == []


def test_a_datelines_year_is_the_year_of_days_told_without_one():
    assert context_year("03/15/2018 | 10:00am EST", None) == "2018"


def test_a_dateline_in_figures_is_no_programme_day():
    line = sentence("03/15/2018 | 10:00am EST")
    assert day_heading(line, dates_in(line, None)) is None
    line = sentence("Maandag 18 januari 2010")
    assert day_heading(line, dates_in(line, None)).when == "2010-01-18"


def test_a_year_inside_a_code_is_no_date():
    assert dates("12-2015-Fotos-3.1 Dan ontving de burgemeester de gasten.") == []


def test_a_guest_who_came_to_a_place_came_on_a_trip_and_an_agency_named_visit_is_none():
    title = "Samenwerking"
    found = [sentence(title), sentence("De viering wordt van 2 tot 4 mei gehouden met VisitLima."),
             sentence("Op 6 juni kwam de burgemeester van Lima, Ana Pérez, naar Zeist.")]
    for s in found:
        s.section = "preamble"
    assert mission_sentence(found, title).text.startswith("Op 6 juni kwam")


def test_a_group_received_at_home_on_its_days_is_the_trip_the_text_tells():
    title = sentence("Zusterstad Lavaux komt op bezoek")
    received = sentence("De stichting ontvangt van vrijdag 8 tot zondag 10 juni 2007 een groep "
                        "inwoners uit de zusterstad Lavaux.")
    assert mission_sentence([title, sentence("Het weer was goed."), received], title.text) is received


def test_two_days_in_a_row_joined_by_and_are_a_range_but_days_apart_are_not():
    assert dates("Op 3 en 4 maart 2011 bezocht de gedeputeerde Lima.") == [
        ("3 en 4 maart 2011", "2011-03-03", "2011-03-04")]
    assert dates("The mayor was in Lima on 9 and 10 June 2015.") == [
        ("9 and 10 June 2015", "2015-06-09", "2015-06-10")]
    assert dates("In het weekeinde van 8, 9 en 10 juni 2007 ontvangt het college gasten.") == [
        ("8, 9 en 10 juni 2007", "2007-06-08", "2007-06-10")]
    assert all(until is None for _, _, until in dates("De raad vergaderde op 3 en 10 mei 2011."))


def test_a_day_written_with_an_ordinal_is_a_day():
    assert dates("On Monday 8th June, the province welcomed a delegation.", "2015") == [
        ("On Monday 8th June", "2015-06-08", None)]
    assert dates("Wednesday 9th November 2011. Meeting with the Deputy Mayor.") == [
        ("Wednesday 9th November 2011", "2011-11-09", None)]
    assert dates("They met on the 3rd of May 2024.") == [("on the 3rd of May 2024", "2024-05-03", None)]
    assert dates("It was the 20th anniversary of the agreement.") == []


def test_a_dutch_day_of_the_week_with_its_part_of_the_day_is_that_day():
    [d] = dates_in(sentence("Zaterdagochtend brengen zij een bezoek aan de molen."), "2007-06")
    assert (d.as_stated, d.precision, d.day_of_week) == ("Zaterdagochtend", "weekday", "saturday")
    assert dates("De gasten worden verwelkomd op vrijdagavond 8 juni 2007.") == [
        ("op vrijdagavond 8 juni 2007", "2007-06-08", None)]


def test_a_preposition_inside_a_word_is_none():
    assert dates("They came to the Corporation Wednesday evening.") == [("Wednesday", None, None)]


def test_a_weekend_without_its_days_is_a_vague_date():
    assert dates("Over the weekend the Mayoress and I visited Solingen.") == [
        ("Over the weekend", None, None)]
    assert dates("Afgelopen weekend bezocht de burgemeester Lima.") == [
        ("Afgelopen weekend", None, None)]


def preamble(*texts):
    """Sentences of a text's opening, before any heading."""
    found = [sentence(t) for t in texts]
    for s in found:
        s.section = "preamble"
    return found


def test_the_trip_is_told_by_the_bodys_sentence_not_by_a_headline_or_a_heading():
    title, headline, told = preamble(
        "City Scene", "Mayor visits Lima, Avalon",
        "Mayor Jan Bos visited Lima and Avalon last month, meeting two partner cities.")
    assert mission_sentence([title, headline, told], title.text) is told
    heading, guests = preamble("Hoofdstuk 1 Overzicht van het bezoek",
                               "Van vrijdag 5 tot zondag 7 augustus is burgemeester Anna Vos met "
                               "leden van Lavaux in Ruisdorp te gast.")
    assert mission_sentence([title, heading, guests], title.text) is guests


def test_a_dutch_past_visit_with_its_range_of_days_is_the_trip_but_not_without_one():
    title, talk, visited = preamble(
        "Bezoek minister Vos aan Nederland",
        "Zij sprak met de minister over de betrekkingen met Lavaux en een bezoek.",
        "De minister bezocht van 13 t/m 14 september 2017 Nederland.")
    assert mission_sentence([title, talk, visited], title.text) is visited
    visited, = preamble("De minister bezocht in september 2017 ook Lavaux.")
    assert mission_sentence([title, talk, visited], title.text) is talk
