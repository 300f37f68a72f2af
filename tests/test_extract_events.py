"""kg.extract.events: one event per thing a sentence lists, a dinner as a dinner."""
import pytest

from kg.config import Paths
from kg.extract import draft_to_yaml, extract
from kg.extract.events.naming import bare_kind_words, joined_words, visited_words
from kg.extract.known import load_known


@pytest.fixture(scope="module")
def known():
    return load_known(Paths())


def events(text, known):
    # a title, then the sentence that tells the mission
    told = "Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan Japan. "
    return [(e.type, e.name) for e in extract(told + text, known=known).events]


def types(text, known):
    return [t for t, _ in events(text, known)]


def test_a_visit_to_a_list_of_companies_is_one_visit_each(known):
    found = events("Ook staan bezoeken aan Canon, Panasonic en Mitsubishi Motor Corporation op "
                   "het programma.", known)
    assert [name for _, name in found] == ["Visit to Canon", "Visit to Panasonic",
                                           "Visit to Mitsubishi Motor Corporation"]


def test_a_visit_to_a_city_with_its_province_is_one_visit(known):
    found = events("Daarna werd een bezoek gebracht aan Nagoya, provincie Aichi, Japan.", known)
    assert [name for _, name in found if "Nagoya" in name or "Aichi" in name] == [
        "Visit to Nagoya"]


def test_events_told_one_after_another_are_each_an_event(known):
    found = events("Daarnaast staan een ronde tafelgesprek over smart grids en een "
                   "netwerkbijeenkomst met Japanse bedrijven op het programma.", known)
    assert [t for t, _ in found] == ["talk", "networking-event"]


def test_a_dinner_is_no_lunch(known):
    assert [t for t, _ in events("'s Avonds ontvangt de minister de gasten bij een diner.",
                                 known)] == ["dinner"]


def test_an_event_as_the_subject_of_a_sentence_about_it_is_no_new_event(known):
    assert events("Het bezoek aan Gyeonggi draagt bij aan de relatie. Bij de ondertekening van "
                  "dit Memorandum is afgesproken dat de partijen elkaar jaarlijks ontmoeten.",
                  known) == []
    assert [t for t, _ in events("The delegation also visited the Ruritania Battery Institute.",
                                 known)] == ["institute-visit"]


def test_items_under_a_day_heading_get_that_day(known):
    draft = extract("Afrikaanse delegatie bezoekt Groningen\nVan 18 tot en met 22 januari 1999 "
                    "bezoekt een delegatie Groningen.\nMaandag 18 januari 1999 14.00 uur\n"
                    "Officiële ontvangst in het provinciehuis in Assen.\nDinsdag 19 januari 1999\n"
                    "Bezoek aan de gemeente Emmen.", known=known)
    assert [(e.type, e.date.when if e.date else None) for e in draft.events] == [
        ("reception", "1999-01-18"), ("company-visit", "1999-01-19")]


def test_an_event_at_the_same_time_takes_the_date_told_last(known):
    draft = extract("Eindhoven delegation visits Taipei\nOn June 6th 2019, Mayor Jorritsma led a "
                    "delegation to visit Taipei. At the same time, Brainport Eindhoven signed a "
                    "memorandum of cooperation.", known=known)
    [signing] = [e for e in draft.events if e.type == "signing"]
    assert (signing.date.as_stated, signing.date.when) == ("At the same time", "2019-06-06")
    assert signing.date.note == "the date told before ('On June 6th 2019')"


def test_an_evening_after_a_day_without_a_year_is_that_day_in_its_own_words(known):
    draft = extract("Burgemeester bezoekt Rundu\nOp 18 juni brengt burgemeester De Vos een bezoek "
                    "aan Rundu.\n's Avonds is er een diner met de gemeenteraad van Rundu.",
                    known=known)
    [dinner] = [e for e in draft.events if e.type == "dinner"]
    assert (dinner.date.as_stated, dinner.date.when) == ("'s Avonds", "--06-18")
    assert dinner.date.sentence is dinner.quotes[0]      # the words are of the dinner's sentence


def test_another_trip_is_an_event_of_its_own_and_the_reported_one_is_the_mission(known):
    draft = extract("Eindhoven visits Taipei\nOn June 6th, Mayor Jorritsma led a delegation to "
                    "visit Taipei.\nIn January, Mayor Ko led a delegation to visit Mayor Jorritsma "
                    "in Eindhoven.", known=known)
    assert [(e.type, [q.text for q in e.quotes]) for e in draft.events] == [
        ("mission", ["In January, Mayor Ko led a delegation to visit Mayor Jorritsma in "
                     "Eindhoven."])]


@pytest.mark.parametrize("again", [
    "Prime Minister Mark Rutte travelled to India with several cabinet members.",
    "The delegation visited the cities of Mumbai, New Delhi and Bangalore."])
def test_travel_to_the_place_of_the_mission_or_its_route_is_the_mission_told_again(known, again):
    draft = extract("Trade mission to India\nThis week's trade mission to India was a success. "
                    + again, known=known)
    assert draft.events == []
    assert draft.mission["quotes"][-1].text == again


def test_travel_by_others_or_to_another_place_is_another_trip(known):
    for other in ("Minister Schultz travelled to India as well.",
                  "Aansluitend zal er ook een ambtelijke delegatie afreizen naar India.",
                  "Later the governor travelled to Shanghai."):
        draft = extract("Trade mission to India\nFrom 12 to 15 May 2018 the trade mission to "
                        f"India was a success. {other}", known=known)
        assert [e.type for e in draft.events] == ["mission"], other


def test_an_invitation_to_visit_is_no_visit_but_a_visit_at_an_invitation_is(known):
    assert events("Wij hebben de burgemeester van Yangzhou uitgenodigd voor een bezoek aan "
                  "Zeeland.", known) == []
    assert [t for t, _ in events("Op uitnodiging van burgemeester Ko bezocht de delegatie het "
                                 "bedrijf Sorama.", known)] == ["company-visit"]


def test_talks_with_one_person_and_with_another_are_two_talks(known):
    found = events("Daartoe zal minister Jansen gesprekken voeren met minister Aki Tanaka van "
                   "Economie en met minister Ryo Sato van Onderwijs.", known)
    assert [(t, n) for t, n in found if t == "talk"] == [
        ("talk", "Talk with minister Aki Tanaka"), ("talk", "Talk with minister Ryo Sato")]


def test_talks_with_a_list_of_organisations_are_one_talk_each(known):
    found = events("Highlights included the governmental talks with the Government of Hebei and "
                   "Shanghai Pudong Province.", known)
    assert [(t, n) for t, n in found if t == "talk"] == [
        ("talk", "Talk with Government of Hebei"), ("talk", "Talk with Shanghai Pudong Province")]


def test_a_visit_to_no_named_organisation_is_named_by_its_words(known):
    found = events("Op 18 juni brengt minister Jansen een bezoek aan de wereldtentoonstelling "
                   "Expo 2012 in Yeosu.", known)
    assert [n for t, n in found if "visit" in t] == ["Visit to wereldtentoonstelling Expo 2012"]


def test_visits_paid_are_visits(known):
    found = events("De gasten zullen samen met de gedeputeerden verschillende bezoeken afleggen "
                   "in de provincie Drenthe.", known)
    assert [t for t, _ in found] == ["company-visit"]


def test_an_earlier_mission_and_another_groups_trip_are_trips_of_their_own(known):
    assert [t for t, _ in events("Eindhoven had op een eerdere missie al bedrijven "
                                 "meegenomen.", known)] == ["mission"]
    assert [t for t, _ in events("Vorig jaar kwam ook al een delegatie van ambtenaren naar "
                                 "Groningen om een stage te volgen.", known)] == ["mission"]


def test_taking_part_in_a_named_event_is_an_event_but_taking_part_in_the_mission_is_not(known):
    assert events("The mayor will lead 17 companies to participate in InnoVEX, the exhibition "
                  "of Computex.", known) == [("networking-event", "Participation in InnoVEX")]
    assert events("Dertig bedrijven nemen deel aan de missie.", known) == []


def test_in_a_report_told_afterwards_an_event_still_to_come_is_a_follow_up_too(known):
    text = ("Eindhoven visits Taipei\nOn June 6th, Mayor Jorritsma led a delegation to visit "
            "Taipei.\nIn May, Mayor Jorritsma will lead 17 companies to participate in InnoVEX.")
    draft = extract(text, known=known)
    assert [e.name for e in draft.events] == ["Participation in InnoVEX"]
    assert [f.quotes[0].text for f in draft.follow_ups] == [
        "In May, Mayor Jorritsma will lead 17 companies to participate in InnoVEX."]
    announced = extract(text.replace("led a delegation", "leads a delegation"), known=known)
    assert announced.follow_ups == []


def test_investors_visited_in_the_passive_are_a_visit(known):
    found = events("Er werden verschillende buitenlandse investeerders in Japan bezocht.", known)
    assert [t for t, _ in found] == ["company-visit"]


def test_a_clause_after_a_semicolon_tells_an_event_of_its_own(known):
    found = events("Aanleiding was de viering van tien jaar samenwerking met de provincie Hebei; "
                   "ook met de bestuurders van het stadsdeel Shanghai Pudong werd overleg "
                   "gevoerd.", known)
    assert [t for t, _ in found] == ["networking-event", "talk"]


def test_visits_paid_in_a_list_of_places_are_one_visit(known):
    found = events("De gasten zullen verschillende bezoeken afleggen in de provincie Groningen en "
                   "de provincie Drenthe.", known)
    assert len(found) == 1


def test_a_sentence_set_at_an_event_told_before_is_about_that_event(known):
    draft = extract("Missie naar Korea\nMinister Jansen brengt van 17 tot en met 20 juni een bezoek "
                    "aan Zuid-Korea. Op 18 juni brengt zij een bezoek aan de wereldtentoonstelling "
                    "Expo 2012. Op de Expo, met als thema de zee, presenteert Nederland zich met "
                    "een paviljoen.", known=known)
    [expo] = draft.events
    assert [q.text[:10] for q in expo.quotes] == ["Op 18 juni", "Op de Expo"]


def test_a_list_of_what_someone_does_is_an_event_each(known):
    found = events("Verder bezoekt minister Jansen de fabriek van Kiwa, spreekt zij bij het "
                   "Waterforum en gaat zij in gesprek met Japanse studenten.", known)
    assert [t for t, _ in found] == ["company-visit", "networking-event", "talk"]


def test_a_visit_and_a_talk_in_one_english_sentence_are_two_events(known):
    told = "Mission to Chile\nMinister Jansen visits Chile from 12 to 15 April. "
    found = [e.type for e in extract(told + "She also visited the port company Navira and "
                                     "discussed trade with the Chilean transport minister.",
                                     known=known).events]
    assert found == ["company-visit", "talk"]


def test_speaking_at_an_event_is_taking_part_in_it_as_its_speaker(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. Op 13 april spreekt minister Jansen bij het Waterforum in Osaka.",
                    known=known)
    [speech] = draft.events
    assert speech.type == "networking-event" and speech.name.startswith("Speech at")
    assert [p.role for p in speech.participants] == ["speaker"]


@pytest.mark.parametrize("sentence, visit", [
    ("Op donderdag 14 april is minister Jansen in Osaka.", True),
    ("Jansen en de ondernemers zijn woensdag in Kyoto.", True),
    ("Het bedrijf is gevestigd in Kobe.", False),
    ("De vooruitzichten in Japan zijn goed.", False),
])
def test_being_somewhere_is_a_visit_there_when_someone_is_there(known, sentence, visit):
    assert bool([t for t, _ in events(sentence, known) if t == "regional-visit"]) is visit


def test_a_talk_at_an_organisation_is_a_visit_to_it(known):
    found = events("Bij Mitsubishi Heavy Industries zal de minister spreken over "
                   "energiecentrales.", known)
    assert found == [("company-visit", "Visit to Mitsubishi Heavy Industries")]


def test_sentences_of_a_paragraph_that_opens_with_a_day_are_on_that_day(known):
    draft = extract("Missie naar Japan\n\nMinister Jansen brengt van 12 t/m 15 april 2024 een "
                    "bezoek aan Japan.\n\nWoensdag 13 april spreekt zij met minister Sato. Verder "
                    "bezoekt zij het bedrijf Canon.\n\nOok bezoekt zij het bedrijf Panasonic.",
                    known=known)
    days = {e.name: e.date.when if e.date else None for e in draft.events}
    assert days == {"Talk with minister Sato": "2024-04-13", "Visit to Canon": "2024-04-13",
                    "Visit to Panasonic": None}


def test_a_trade_dinner_and_what_is_signed_that_evening_are_on_the_day_told(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. Het bezoek start op 12 april met een handelsdiner in Tokio. Er worden "
                    "deze avond drie overeenkomsten getekend.", known=known)
    assert [(e.type, e.date.when if e.date else None) for e in draft.events] == [
        ("dinner", "--04-12"), ("signing", "--04-12")]


def test_taking_part_in_a_list_of_events_is_taking_part_in_each(known):
    found = events("Verder neemt zij deel aan het Lima Water Forum, het Andes Mining Forum en een "
                   "bijeenkomst van de Kamer van Koophandel.", known)
    assert [name for _, name in found] == [
        "Participation in Lima Water Forum", "Participation in Andes Mining Forum",
        "Participation in bijeenkomst van de Kamer van Koophandel"]


def test_taking_part_in_an_event_told_with_an_apposition_is_one_event(known):
    found = events("Zij neemt deel aan InnoVEX, de tentoonstelling van Computex.", known)
    assert len(found) == 1


def test_taking_part_in_a_part_of_the_mission_is_no_event(known):
    found = events("De ministers Berg en Smit namen deel aan het luik Osaka. The mayor took part "
                   "in the Kyoto leg of the mission.", known)
    assert not [name for t, name in found if name.startswith("Participation in")]


def test_a_list_of_events_taken_part_in_ends_with_its_clause(known):
    found = events("De minister neemt deel aan het Water Forum en het Energy Forum; daarna "
                   "reist zij door naar Tokio en de Federatie Kansai.", known)
    assert [name for _, name in found if name.startswith("Participation in")] == [
        "Participation in Water Forum", "Participation in Energy Forum"]


def test_a_caption_in_the_present_tense_tells_a_meeting(known):
    found = events("Minister meets Vice Governor Li Ming, Provincial Government of Sichuan.", known)
    assert [t for t, _ in found] == ["bilateral-meeting"]


def test_meetings_in_the_plural_are_a_meeting(known):
    found = events("The programme included meetings with Peruvian port authorities.", known)
    assert [t for t, _ in found] == ["bilateral-meeting"]


def test_an_event_named_as_taking_place_is_an_event_but_a_manner_of_speaking_is_not(known):
    found = events("Tijdens het bezoek vindt ook de Osaka Water Fair plaats. Dit vindt al "
                   "plaats op het gebied van cultuur.", known)
    assert found == [("networking-event", "Osaka Water Fair")]


def test_opening_a_stand_and_company_visits_paid_are_events(known):
    found = events("De wethouder zal de stand officieel openen. Er zullen bedrijfsbezoeken worden "
                   "afgelegd aan Japanse bedrijven.", known)
    assert [t for t, _ in found] == ["networking-event", "company-visit"]


def test_in_an_announcement_what_the_trip_holds_is_no_follow_up(known):
    # a register entry written before the trip: a title without a verb, the programme in the future
    draft = extract("Dienstreis burgemeester naar Osaka (Japan)\n\n3-7 mei 2024\n\nDe goede "
                    "relatie tussen beide steden wordt bij deze reis ingezet. Tien bedrijven zullen "
                    "meereizen naar Osaka. De gemeente zal daar deelnemen in een stand. Zij zal ook "
                    "onderzoeken of een stedenband mogelijk is.", known=known)
    assert [f.quotes[0].text for f in draft.follow_ups] == [
        "Zij zal ook onderzoeken of een stedenband mogelijk is."]


def test_attending_an_exhibition_and_meetings_are_two_events(known):
    found = events("The minister had a busy week, including attending the Lima Food Fair "
                   "exhibition and meetings with port authorities.", known)
    assert [t for t, _ in found] == ["networking-event", "bilateral-meeting"]
    assert found[0][1] == "Lima Food Fair"


def test_meetings_in_the_plural_are_other_meetings_than_one_told_before(known):
    found = events("Minister Jansen meets Governor Ruiz. Minister Jansen also held meetings "
                   "with port authorities.", known)
    assert [t for t, _ in found] == ["bilateral-meeting", "bilateral-meeting"]


@pytest.mark.parametrize("text, name", [
    ("Mission to Japan\nMinister Jansen visits Japan from 12 to 15 April. The next day the "
     "minister opened the new Water Office in Kobe.", "Opening of the new Water Office"),
    ("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan Japan. De "
     "wethouders zullen daar de stand officieel openen.", "Opening van de stand"),
    ("Trip to Lavaux\nThe Mayor travelled to Lavaux from 2 to 5 May. After the meeting, the "
     "Mayor unveiled the representative office of Avalon City in Lavaux.",
     "Unveiling of the representative office of Avalon City"),
    ("Trip to Lavaux\nThe Mayor travelled to Lavaux from 2 to 5 May. She also launched the new "
     "market access protocol in Lavaux.", "Launch of the new market access protocol"),
    ("Reis naar Lavaux\nDe burgemeester reist van 2 tot 5 mei naar Lavaux. Daar onthulde zij "
     "het nieuwe monument.", "Onthulling van het nieuwe monument"),
])
def test_an_opening_an_unveiling_or_a_launch_is_named_by_what_it_is_of(known, text, name):
    assert name in [e.name for e in extract(text, known=known).events]


def test_a_meeting_is_named_by_whom_it_is_with_not_by_its_subject(known):
    draft = extract("Mission to Peru\nMinister Jansen visits Peru from 12 to 15 April.\nMinister "
                    "Jansen meets Governor Ruiz Vega, Regional Government of Cusco.", known=known)
    assert [e.name for e in draft.events if e.type == "bilateral-meeting"] == [
        "Meeting with Governor Ruiz Vega"]


def test_a_name_cut_before_the_next_event_ends_on_a_word_of_substance():
    # "speaking at the opening ceremony of the event": the name stops where the next cue starts
    assert joined_words(" the opening ceremony of the", 0, "Speech at") == \
        "Speech at opening ceremony"
    assert joined_words(" het Lima Forum en", 0) == "Participation in Lima Forum"


def test_meetings_with_people_the_text_does_not_name_are_named_by_its_words(known):
    found = events("In Lima heeft ze ontmoetingen met vertegenwoordigers van de havens.", known)
    assert ("bilateral-meeting", "Ontmoeting met vertegenwoordigers van de havens") in found


def test_a_governing_bodys_session_that_decides_is_an_event_with_its_date(known):
    draft = extract("Handelsmissie naar Lima\nIn de zitting van 10 januari 2014 keurde het college "
                    "het programma goed. Gedeputeerde Staten besloten op 3 maart 2014 de missie te "
                    "steunen.", known=known)
    sessions = [(e.type, e.name, e.date.when) for e in draft.events if e.type == "council-session"]
    assert sessions == [("council-session", "Zitting van het college", "2014-01-10"),
                        ("council-session", "Zitting van Gedeputeerde Staten", "2014-03-03")]


def test_a_decision_in_the_perfect_tense_is_a_session_on_its_day(known):
    draft = extract("Raadsinformatiebrief missie Lima\nHet college heeft op 12 maart 2019 besloten "
                    "deel te nemen aan de handelsmissie naar Lima van 3 tot en met 7 juni 2019.",
                    known=known)
    assert [(e.name, e.date.when) for e in draft.events if e.type == "council-session"] == [
        ("Zitting van het college", "2019-03-12")]


def test_a_decision_in_the_passive_is_a_session_of_its_body(known):
    assert named_events("Missie naar Lima\nIn maart 2019 werd door de gemeenteraad vastgesteld "
                        "dat er een convenant komt.", known, "council-session") == [
        "Zitting van de gemeenteraad"]
    assert named_events("Mission to Lima\nThe mission was approved by the city council in May "
                        "2019.", known, "council-session") == ["Session of the council"]


def test_a_session_in_english_is_named_by_its_body(known):
    assert named_events("Mission to Lima\nThe council approved the mission on 3 May 2019.", known,
                        "council-session") == ["Session of the council"]


def test_an_agreement_concluded_is_signed_but_a_mission_concluded_is_not(known):
    found = events("Op 17 oktober werd een overeenkomst afgesloten tussen de havens. De missie "
                   "werd afgesloten met een diner.", known)
    assert [t for t, _ in found].count("signing") == 1


def named_events(text, known, etype):
    """The names of the events of one type in the draft of a whole text."""
    return [e.name for e in extract(text, known=known).events if e.type == etype]


def test_a_meeting_told_as_a_noun_with_whom_it_was_is_a_meeting(known):
    assert named_events("Visit to Peru\nThe minister visited Peru from 3 to 5 May 2019. The first "
                        "meeting of the visit was with the Mayor of Lima, Carlos Soto. The meeting "
                        "was useful.", known, "bilateral-meeting") == ["Meeting with Carlos Soto"]


def test_in_consultation_with_is_no_talk(known):
    found = events("De dienst maakte het programma op in overleg met het Lima Havenbedrijf.", known)
    assert "talk" not in [t for t, _ in found]


def test_a_visit_to_a_site_without_a_name_is_a_visit(known):
    found = events("Op 14 april bezocht de delegatie de haven van Osaka.", known)
    assert ("company-visit", "Visit to haven van Osaka") in found


def test_who_pays_a_visit_is_not_whom_it_is_paid_to(known):
    assert named_events("Mission to Japan\nThe trade mission to Japan ran from 3 to 5 May 2019. "
                        "During the mission, Taoiseach Liam Byrne visited an €80m construction "
                        "project at Osaka.", known, "company-visit") == [
        "Visit to an €80m construction project"]


def test_a_tour_of_a_site_that_is_no_pavilion_is_a_visit_to_it(known):
    assert named_events("Mission to Japan\nThe trade mission to Japan ran from 3 to 5 May 2019. "
                        "On 4 May the delegation toured the Port of Kobe.", known,
                        "company-visit") == ["Visit to Port of Kobe"]


def statuses(text, known):
    told = "Mission to Peru\nGovernor Anna Ruiz visited Peru from 3 to 7 October 2022. "
    return [(e.type, e.status) for e in extract(told + text, known=known).events]


def test_a_meeting_in_the_future_tense_is_planned_not_held(known):
    assert statuses("The governor is scheduled to meet with the Callao Port Authority.",
                    known) == [("bilateral-meeting", "planned")]
    assert statuses("She will also meet with the Lima Chamber of Commerce.", known) == [
        ("bilateral-meeting", "planned")]
    assert statuses("Daarna gaat zij in gesprek met de Kamer van Koophandel Lima.", known) == [
        ("talk", "planned")]
    assert statuses("In Lima zal zij de burgemeester ontmoeten.", known) == [
        ("bilateral-meeting", "planned")]


def test_a_meeting_told_in_the_past_tense_has_no_status(known):
    assert statuses("She met with the Lima Chamber of Commerce.", known) == [
        ("bilateral-meeting", None)]


def test_a_future_tense_in_another_clause_does_not_make_a_meeting_planned(known):
    assert statuses("She met with the Lima Chamber of Commerce, which will open an office in "
                    "Rotterdam.", known) == [("bilateral-meeting", None)]


def test_a_planned_meeting_says_so_on_the_sheet(known):
    draft = extract("Mission to Peru\nGovernor Anna Ruiz visited Peru from 3 to 7 October 2022. "
                    "She will also meet with the Lima Chamber of Commerce.", known=known)
    assert "status: planned" in draft_to_yaml(draft)


def test_a_lunch_or_dinner_told_by_its_verb_is_a_meal(known):
    assert [t for t, _ in events("De minister lunchte met drie Peruaanse academici.", known)] == [
        "working-lunch"]
    assert [t for t, _ in events("The minister dined with the Lima Port Authority.", known)] == [
        "dinner"]


def test_viewing_something_somewhere_is_a_visit(known):
    found = events("Daarna bezichtigde de delegatie het Museo Larco Museum.", known)
    assert found == [("institute-visit", "Visit to Museo Larco Museum")]


def test_those_someone_visits_with_are_companions_not_visited(known):
    draft = extract("Missie naar Peru\nMinister Jansen bezocht op 3 mei 2022 samen met de Lima "
                    "Foundation en het Peru Centrum voor Handel de Callao Port Authority.",
                    known=known)
    [visit] = [e for e in draft.events if "visit" in e.type]
    assert visit.name == "Visit to Callao Port Authority"
    assert {p.label: p.role for p in visit.participants if p.label != "Minister Jansen"} == {
        "Lima Foundation": "companion", "Peru Centrum voor Handel": "companion",
        "Callao Port Authority": "visited-organisation"}


def test_an_office_holder_the_text_does_not_name_takes_part_by_the_placeholder(known):
    draft = extract("Missie naar Peru\nGedeputeerde Jansen brengt van 3 tot en met 7 oktober 2022 "
                    "een bezoek aan Peru. In Lima zal zij de burgemeester van Lima ontmoeten.",
                    known=known)
    [meeting] = [e for e in draft.events if e.type == "bilateral-meeting"]
    assert meeting.status == "planned"
    assert [p.ref for p in meeting.participants] == ["burgemeester van Lima"]


def test_a_ceremony_a_presentation_and_a_conference_are_events(known):
    assert types("Op 13 april woont de minister de prijsuitreiking van de Groene Stad bij.",
                 known) == ["networking-event"]
    assert types("The mayor gave presentations to local chambers of commerce.",
                 known) == ["networking-event"]
    assert types("The alderman was invited to the Harbour Cities Conference.",
                 known) == ["conference"]


def test_getting_to_know_someone_is_a_meeting(known):
    assert types("Zij maakt daar kennis met burgemeester Tom Reyes van Lima.",
                 known) == ["bilateral-meeting"]


def test_another_groups_trip_told_by_its_kind_is_a_mission_but_not_a_bare_plural(known):
    assert types("Jaarlijks organiseert Stichting Havenstad een netwerkreis naar Oslo.",
                 known) == ["mission"]
    assert types("It followed a regional food and drink trade mission to Osaka.",
                 known) == ["mission"]
    assert types("No other province has organised so many trade missions.", known) == []
    assert types("My stay coincided with one of Ruritania’s largest ever trade missions to Peru.",
                 known) == ["mission"]
    assert types("Er was een diner ter gelegenheid van de handelsmissie.", known) == ["dinner"]


def test_the_day_before_an_event_refers_to_it(known):
    assert types("De dag voorafgaand aan de prijsuitreiking brengt de delegatie een bezoek aan "
                 "de Stichting Groen.", known) == ["company-visit"]


def test_an_event_noun_names_its_event_as_the_text_writes_it(known):
    found = events("Op 13 april woont de minister de prijsuitreiking van de Groene Stad bij.", known)
    assert [name for _, name in found] == ["prijsuitreiking van de Groene Stad"]


def test_what_a_trip_is_for_does_not_take_the_trips_days(known):
    draft = extract("Reis naar Noorwegen\nVoor de prijsuitreiking van de Groene Stad reist een "
                    "delegatie van 4 tot en met 6 mei 2015 naar Noorwegen. De jury heeft ons "
                    "uitgenodigd voor de prijsuitreiking in Bergen op 5 mei.", known=known)
    [award] = [e for e in draft.events if e.type == "networking-event"]
    assert award.date.when == "2015-05-05" and len(award.quotes) == 2


def test_trips_abroad_with_no_place_are_no_trip(known):
    assert types("In het najaar nemen de wethouders deel aan reizen naar het buitenland.",
                 known) == []


def test_the_writer_or_someone_told_of_meeting_a_name_is_a_meeting(known):
    assert types("On my second day I met KTX, a group of shipping firms.", known) == [
        "bilateral-meeting"]
    assert types("Daarna gingen we met de bus naar het hotel.", known) == []


def test_round_tables_are_talks_and_facility_tours_are_visits(known):
    assert types("The tour featured business roundtables and facility tours with local firms.",
                 known) == ["talk", "company-visit"]


def test_a_visit_made_to_meet_someone_is_one_visit(known):
    assert types("A visit to Callao was organised to meet with the partners of Acme Holdings.",
                 known) == ["company-visit"]


def test_what_someone_asked_for_is_no_event(known):
    assert types("The governor had requested that the two regions now formally sign an "
                 "agreement.", known) == []


def test_the_signing_of_a_named_agreement_as_a_subject_tells_it_when_none_was_told(known):
    assert types("The signing of the Twin Town Agreement with Callao was a step forward.",
                 known) == ["signing"]
    assert types("The signing of the agreement was a step forward.", known) == []


def test_the_writer_of_the_byline_takes_part_in_what_i_did(known):
    draft = extract("Rt Hon Lisa Pryce, First Minister of Ruritania\n\nI have returned from my "
                    "first visit to Peru.\n\nDuring my visit, I met KTX, a group of shipping "
                    "firms. The ambassador met with Acme Holdings.", known=known)
    [ktx, acme] = draft.events
    assert ktx.name == "Meeting with KTX" and [p.ref for p in ktx.participants] == [
        "Lisa Pryce", "KTX"]
    assert "Lisa Pryce" not in [p.ref for p in acme.participants]


def test_without_a_byline_i_is_no_one_named(known):
    draft = extract("Missie naar Peru\n\nIk bezocht Acme Holdings.", known=known)
    assert [p.ref for e in draft.events for p in e.participants] == ["Acme Holdings"]


def test_a_body_informed_of_a_report_met_in_session(known):
    draft = extract("Visit to Peru\n\nThe Cabinet was informed that the Council had been "
                    "developing ties with Lima since 2008.", known=known)
    [session] = [e for e in draft.events if e.type == "council-session"]
    assert session.name == "Session of the Cabinet" and session.date is None
    assert types("De raad werd geïnformeerd over de reis.", known) == ["council-session"]


def test_someone_reporting_on_a_trip_to_the_body_that_sent_them_is_a_session(known):
    draft = extract("Visits\n\nMinutes: the Mayor reported on his recent overseas visits to "
                    "Avalon and Lavaux.", known=known)
    assert [e.type for e in draft.events if e.type == "council-session"] == ["council-session"]
    draft = extract("Verslag\n\nRaadsleden deden dinsdag 3 maart verslag van hun bezoek aan de "
                    "stad Lavaux.", known=known)
    [session] = [e for e in draft.events if e.type == "council-session"]
    assert session.date is not None and session.date.as_stated.endswith("3 maart")
    # a report someone writes is no session: "het verslag van de reis staat online"
    assert "council-session" not in types("Het verslag van de reis staat online.", known)


def test_a_dutch_visit_paid_to_what_comes_before_it_is_a_visit_and_the_next_clause_too(known):
    found = events("Daarnaast wordt aan enkele bedrijven in Ruisdorp een bezoek gebracht en "
                   "worden er gesprekken gevoerd.", known)
    assert ("company-visit", "Bezoek aan enkele bedrijven in Ruisdorp") in found
    assert "talk" in [t for t, _ in found]


def test_a_programme_that_lists_its_talks_or_meetings_tells_them(known):
    draft = extract("Officials visit Lavaux\n\nA delegation of Avalon officials is visiting Lavaux "
                    "from 2 to 5 May. The program includes talks with Lavaux leaders, ministries "
                    "and academics.", known=known)
    assert [e.type for e in draft.events] == ["talk"]
    # the talks as the subject of a sentence about them are still the ones told before
    assert "talk" not in types("De gesprekken waren nuttig.", known)


def test_dutch_meetings_with_someone_by_the_noun_are_meetings(known):
    found = events("Tijdens de missie zijn er verschillende bijeenkomsten met Lavause "
                   "vertegenwoordigers uit het bedrijfsleven.", known)
    assert [t for t, _ in found] == ["bilateral-meeting"]
    assert "bilateral-meeting" not in types("Er is een netwerkbijeenkomst met ondernemers.", known)


def test_a_visit_by_others_by_its_noun_is_a_visit_but_not_one_only_promised(known):
    draft = extract("Trade mission to Lavaux\n\nThe trade mission to Lavaux ran from 2 to 5 May. "
                    "It ran parallel to the state visit by King Albert and Queen Rosa.",
                    known=known)
    assert "regional-visit" in [e.type for e in draft.events]
    assert "regional-visit" in types("Water speelt een grote rol bij dit tegenbezoek.", known)
    assert "regional-visit" not in types("De burgemeester beloofde zijn ambtsgenoot Piet Lavaar "
                                         "een snel tegenbezoek.", known)


def test_a_signing_is_named_after_what_is_signed_not_who_signed(known):
    found = events("Op 14 april tekende gouverneur Jan Bos een samenwerkingsovereenkomst. The "
                   "mayors of Lima and Avalon signed a Sister City Agreement on 15 April.", known)
    assert [name for t, name in found if t == "signing"] == [
        "Signing of een samenwerkingsovereenkomst", "Signing of a Sister City Agreement"]


def test_a_count_of_signings_told_one_by_one_after_it_is_no_signing_of_its_own(known):
    found = events("The trip included the signing of two agreements. The first was signed with "
                   "Peru on 13 April. The second agreement was signed with Chile on 14 April.",
                   known)
    assert [name for t, name in found if t == "signing"] == [
        "Signing", "Signing of the second agreement with Chile"]


def test_a_body_that_meets_is_a_meeting_and_its_first_meeting_is_one(known):
    found = extract("Gemeente Ruisdorp\n\nDe werkgroep vergaderde onlangs voor het eerst. Daarna "
                    "kwam de werkgroep voor het eerst bij elkaar om een plan te maken.\n",
                    known=known).events
    assert [(e.type, len(e.quotes)) for e in found] == [("bilateral-meeting", 2)]
    found = extract("Town news\n\nThe board convened on 3 May to discuss the budget.\n",
                    known=known).events
    assert [e.type for e in found] == ["bilateral-meeting"]


def test_a_headlines_bare_signing_is_the_one_the_next_sentence_tells(known):
    found = extract("AVALON, May 3 - Released on May 3, 2024\n\nTowns sign agreement to share "
                    "ports.\n\nToday, the mayors of Avalon and Utopia signed a Memorandum of "
                    "Understanding on port sharing.\n", known=known).events
    assert [(e.name, len(e.quotes)) for e in found if e.type == "signing"] == [
        ("Signing of a Memorandum of Understanding", 2)]


def test_matchmaking_is_a_talk_with_companies(known):
    assert types("Op 14 april organiseert de Kamer van Koophandel een matchingsbijeenkomst met "
                 "Japanse bedrijven.", known) == ["conversation-with-companies"]


def test_who_sign_are_signatories_but_not_those_present(known):
    [signing] = [e for e in extract(
        "Mayor visits Lima\n\nOn 3 May, in the presence of Mayor Ana Ruiz, the Lima Port Authority "
        "and the Dutch company Acme Holdings signed a memorandum of understanding.\n",
        known=known).events if e.type == "signing"]
    assert [(p.label, p.role) for p in signing.participants] == [
        ("Mayor Ana Ruiz", "attendee"), ("Lima Port Authority", "signatory"),
        ("Acme Holdings", "signatory")]


def test_signatories_after_the_verb_in_dutch_and_in_the_passive(known):
    def roles(text):
        [signing] = [e for e in extract(text, known=known).events if e.type == "signing"]
        return [(p.label, p.role) for p in signing.participants]
    assert roles("Gemeente Ruisdorp\n\nOp 8 mei 2001 tekenden de burgemeesters van Ruisdorp en "
                 "Kleinwijk een overeenkomst.\n") == [
        ("burgemeester van Ruisdorp", "signatory"), ("burgemeester van Kleinwijk", "signatory")]
    assert roles("Port news\n\nOn 3 May an agreement was signed by Acme Holdings and the Lima "
                 "Port Authority to establish a Avalon Trade Centre.\n") == [
        ("Acme Holdings", "signatory"), ("Lima Port Authority", "signatory"),
        ("Avalon Trade Centre", "organisation-representative")]


def test_a_councils_decision_told_verb_first_is_a_session_of_the_council(known):
    assert types("Op 3 maart 2010 besloot de gemeenteraad de stedenband met Lima voort te "
                 "zetten.", known) == ["council-session"]


def test_a_first_visit_told_of_is_a_trip_of_its_own(known):
    assert types("In mei 2009 bracht het college van de gemeente Zeist voor het eerst een bezoek "
                 "aan Lima.", known) == ["mission"]


def test_a_sentence_saying_what_the_event_before_was_is_no_event_of_its_own(known):
    text = "Op 13 april bezocht de minister Osaka. Dit betrof een eerste kennismaking."
    found = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. " + text, known=known).events
    assert len(found) == 1
    assert found[0].quotes[-1].text == "Dit betrof een eerste kennismaking."


def test_a_session_that_follows_a_reception_is_an_event_of_its_own(known):
    found = events("Om 10 uur worden de gasten ontvangen op het stadhuis, gevolgd door een "
                   "gezamenlijke zitting over waterbeheer.", known)
    assert [t for t, _ in found] == ["reception", "bilateral-meeting"]
    assert found[1][1] == "Gezamenlijke zitting over waterbeheer"


def test_a_walk_through_a_town_is_a_cultural_part_of_the_programme(known):
    assert events("'s Avonds volgt een culinaire route door de binnenstad van Osaka, waarbij "
                  "de keuken centraal staat.", known) == [
        ("cultural-programme", "Culinaire route door de binnenstad van Osaka")]
    assert types("In the evening the guests join a walking tour of the old town.",
                 known) == ["cultural-programme"]


def test_guests_received_and_a_breakfast_offered_are_events(known):
    assert types("Daarna ontving de wethouder de delegatie op het stadhuis.",
                 known) == ["reception"]
    assert types("Ten slotte bood de burgemeester de gasten een ontbijt aan.",
                 known) == ["working-lunch"]


def test_then_opening_a_clause_after_a_pictures_code_is_no_name(known):
    d = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                "Japan. Foto-4.3 Dan ontving Piet Bos de delegatie.", known=known)
    assert "Dan" not in [u.name for u in d.unknown]


def test_an_office_nothing_says_who_holds_takes_no_part_the_sheet_cannot_declare(known):
    [dinner] = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek "
                       "aan Japan. De dag werd afgesloten met een diner in de Residentie van de "
                       "Gouverneur.", known=known).events
    assert "Gouverneur" not in [p.ref for p in dinner.participants]


def test_it_was_agreed_says_no_what_the_event_before_was(known):
    found = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. Op 13 april bezocht de minister Osaka. Het was afgesproken dat hij de "
                    "Water Expo zou bijwonen.", known=known).events
    assert [e.type for e in found] == ["company-visit", "networking-event"]


def test_each_stage_of_a_trip_gives_its_events_its_own_days(known):
    text = ("Mayor Travel to Lyon and Turin 4 - 6 May 2015\nOn 3 March 2015, the Council approved "
            "the proposal for Mayor Anna Berg to travel to Lyon and Turin to: 2.1 travel to Lyon "
            "(4 - 5 May 2015) to take part in the Urban Mobility Forum; and 2.2 travel to "
            "Turin (6 May 2015) to meet the Mayor of Turin.")
    found = [(e.type, e.name, e.date.when if e.date else None)
             for e in extract(text, known=known).events]
    assert ("council-session", "Session of the Council", "2015-03-03") in found
    assert ("regional-visit", "Visit to Lyon", "2015-05-04") in found
    assert ("regional-visit", "Visit to Turin", "2015-05-06") in found
    assert [(name, when) for t, name, when in found if t == "bilateral-meeting"] == [
        ("Meeting with Mayor of Turin", "2015-05-06")]
    assert [when for _, name, when in found if "Forum" in name] == ["2015-05-04"]


def test_the_events_of_a_trip_listed_after_the_word_are_one_event_each(known):
    found = events("Our events – a business forum, a jazz concert and an alumni reunion – were "
                   "well attended.", known)
    assert found == [("conference", "Business forum"), ("cultural-programme", "Jazz concert"),
                     ("networking-event", "Alumni reunion")]


def test_a_list_after_events_that_names_no_events_is_none(known):
    assert events("De thema's van het programma: handel, cultuur en sport.", known) == []


def test_meetings_held_every_year_are_no_event(known):
    assert types("De samenwerking rust op jaarlijkse ontmoetingen tussen beide provincies.",
                 known) == []
    assert types("Vanaf 1 mei worden de contacten en ontmoetingen tussen beide steden "
                 "afgebouwd.", known) == []
    assert types("Op 3 mei vond de jaarlijkse ontmoeting van beide provincies plaats.",
                 known) == ["bilateral-meeting"]


def test_a_celebration_is_named_by_the_words_of_its_clause(known):
    assert events("De minister nam deel aan de viering van het 25-jarig bestaan van het "
                  "Holland Huis.", known) == [
        ("networking-event", "Viering van het 25-jarig bestaan van het Holland Huis")]


def test_how_a_relationship_began_told_in_passing_is_no_signing(known):
    found = events("Signed in 1979, the Avalon-Lima relationship is kept up by yearly visits. "
                   "On 3 May 2024 the mayors signed a memorandum.", known)
    assert [t for t, _ in found].count("signing") == 1
    found = events("Getekend in 1990, is de band tussen Ruisdorp en Lima nog altijd sterk.", known)
    assert "signing" not in [t for t, _ in found]


@pytest.mark.parametrize("text", [
    "Report\n\nThe council gave the delegation a mandate to sign the Friendship Agreement with "
    "Lavaux.\n",
    "Verslag\n\nDe raad gaf de delegatie het mandaat om de vriendschapsovereenkomst met Lavaux "
    "te ondertekenen.\n",
])
def test_a_signing_only_mandated_is_planned_not_held(text):
    [signing] = [e for e in extract(text, known={}).events if e.type == "signing"]
    assert signing.status == "planned"


@pytest.mark.parametrize("text, said", [
    ("Report\n\nThe trip was approved at last week's Special Council meeting.\n", "last week's"),
    ("Verslag\n\nDe reis werd goedgekeurd in de bijzondere raadsvergadering van vorige week.\n",
     "vorige week"),
])
def test_a_council_meeting_that_approved_the_trip_is_its_session(text, said):
    [session] = extract(text, known={}).events
    assert session.type == "council-session" and session.date.as_stated == said


def test_a_programme_told_as_verbs_in_one_sentence_is_one_event_each_all_planned(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. In Osaka she will also visit a number of local businesses, open a new "
                    "factory and address the Osaka Academy of Arts before visiting the site of the "
                    "new stadium.", known=known)
    assert [(e.type, e.name, e.status) for e in draft.events] == [
        ("company-visit", "Visit to number of local businesses", "planned"),
        ("networking-event", "Opening of the new factory", "planned"),
        ("networking-event", "Address to Osaka Academy of Arts", "planned"),
        ("company-visit", "Visit to site of the new stadium", "planned")]


def test_official_calls_are_a_meeting_and_a_tour_is_a_visit(known):
    assert events("During the visit Ms Berg will make official calls on the Governor, address the "
                  "Chamber of Industry and tour a tree nursery.", known) == [
        ("bilateral-meeting", "Official calls on the Governor"),
        ("networking-event", "Address to Chamber of Industry"),
        ("company-visit", "Visit to tree nursery")]


def test_addressing_a_matter_is_no_address_to_anyone(known):
    assert events("The Mayor said the cities will address major challenges like traffic.",
                  known) == []


def test_a_dutch_programme_lists_its_items_each_named_by_its_words(known):
    found = events("Het programma omvat een bezoek aan Philips, gesprekken met de gouverneur en "
                   "een ontvangst door de burgemeester van Osaka.", known)
    assert found == [("company-visit", "Visit to Philips"),
                     ("talk", "Gesprekken met de gouverneur"),
                     ("reception", "Ontvangst door de burgemeester van Osaka")]


def test_a_meal_is_named_by_who_offers_it_and_an_excursion_by_where_it_goes(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan.\nDinsdag 13 april\n12.30- 13.30 Lunch, aangeboden door de VNG\n"
                    "14.00- 16.00 Excursie naar een kwekerij van fam. Jansen, bij Osaka\n"
                    "17.00- 18.00 Bezoek aan Kwekerij Lindeboom\n", known=known)
    assert [(e.type, e.name, e.date.when) for e in draft.events] == [
        ("working-lunch", "Lunch aangeboden door de VNG", "--04-13"),
        ("company-visit", "Excursie naar een kwekerij van fam. Jansen", "--04-13"),
        ("company-visit", "Visit to Kwekerij Lindeboom", "--04-13")]


def test_a_reception_hosted_by_someone_is_named_so(known):
    assert events("In the evening the delegation attended a reception hosted by the Ruritania "
                  "Trade Board.", known)[-1][1] == "Reception hosted by the Ruritania Trade Board"


def test_what_a_dutch_main_clause_opens_follows_its_verb(known):
    assert events("De Commissaris van de Koning opende de beurs in Osaka.", known) == [
        ("networking-event", "Opening van de beurs")]
    assert events("De Commissaris van de Koning opende op 13 april de Holland Pavilion.",
                  known)[0][1] == "Opening van de Holland Pavilion"
    # (in a clause of its own the object still comes before the verb)
    assert events("Minister Jansen zal de stand officieel openen.", known)[0][1] == \
        "Opening van de stand"


def test_what_was_opened_by_someone_is_the_subject_of_the_passive(known):
    assert events("De beurs werd geopend door de burgemeester van Osaka.", known)[0][1] == \
        "Opening van de beurs"
    draft = extract("Mission to Japan\nMinister Jansen leads a trade mission to Japan from 12 to "
                    "15 April.\nOn 14 April, the new office of Acme was officially opened by the "
                    "Governor of Osaka.", known=known)
    assert [e.name for e in draft.events] == ["Opening of the new office of Acme"]


def test_a_name_visited_is_a_new_visit_a_country_visited_is_not(known):
    assert events("De Ruritaanse delegatie werd ontvangen door de gouverneur. The delegation "
                  "visited Brightlane in Ruisdorp and signed a new cooperation agreement.",
                  known)[1:] == [("company-visit", "Visit to Brightlane"),
                                 ("signing", "Signing of a new cooperation agreement")]
    assert ("company-visit", "Visit to China") not in events(
        "Countries visited China, Indonesia and Singapore.", known)


def test_guests_made_welcome_are_received(known):
    assert types("De delegatie werd in Ruisdorp warm welkom geheten door gedeputeerde Jansen "
                 "op het provinciehuis.", known) == ["reception"]


def test_a_reception_is_named_by_which_it_is_and_where(known):
    assert events("Daarna volgde een officiële ontvangst op het stadhuis van Ruisdorp.",
                  known) == [("reception", "Officiële ontvangst op het stadhuis van Ruisdorp")]
    assert events("The day ended with a joint lunch.", known) == [("working-lunch", "Joint lunch")]


def test_a_dutch_programme_with_its_verbs_last_is_one_planned_event_each(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. Op 13 april zal minister Jansen Philips bezoeken, een nieuwe fabriek "
                    "openen en de Kamer van Koophandel toespreken.", known=known)
    assert [(e.type, e.name, e.status, e.date.when) for e in draft.events] == [
        ("company-visit", "Bezoek aan Philips", "planned", "--04-13"),
        ("networking-event", "Opening van een nieuwe fabriek", "planned", "--04-13"),
        ("networking-event", "Toespraak tot de Kamer van Koophandel", "planned", "--04-13")]


def test_places_visited_together_are_no_dutch_programme_list(known):
    assert events("De delegatie zal Osaka en Kyoto bezoeken.", known) == []


def test_a_planned_dutch_list_leaves_the_next_programme_unplanned(known):
    draft = extract("Missie naar Japan\nMinister Jansen brengt van 12 t/m 15 april een bezoek aan "
                    "Japan. Minister Jansen zal Philips bezoeken en de Kamer toespreken. Het "
                    "programma: een receptie, een concert en een tentoonstelling.", known=known)
    assert [e.status for e in draft.events] == ["planned", "planned", None, None, None]


def test_a_signing_is_named_by_the_agreement_and_the_parties_it_is_signed_between(known):
    found = events("A second MoU was signed between the Lavaux College of English and the Avalon "
                   "Education Technology and Research Institute. Op 3 mei werd een convenant "
                   "getekend tussen Ruisdorp Port en de gemeente Lavaux.", known)
    assert [name for t, name in found if t == "signing"] == [
        "Signing of a second MoU between the Lavaux College of English and the Avalon Education "
        "Technology and Research Institute",
        "Signing of een convenant tussen Ruisdorp Port en de gemeente Lavaux"]


def test_an_mou_struck_between_two_parties_is_a_signing(known):
    found = events("On Thursday an MOU was struck between the Lavaux Port Authority and the "
                   "Avalon District of Education.", known)
    assert [name for t, name in found if t == "signing"] == [
        "Signing of an MOU between the Lavaux Port Authority and the Avalon District of Education"]


def test_one_agreement_signed_told_in_two_sentences_is_one_signing_with_its_day(known):
    told = ("Lavaux Release\nFriday 2 April 2010\nA delegation from Ruisdorp will visit Lavaux "
            "on 9 April. The party will come together for the signing of a Memorandum of "
            "Understanding between the Lavaux Museum and Ruisdorp. Mayor Anna Berg will "
            "witness the signing of the Memorandum of Understanding at 10 am on 9 April 2010.")
    signings = [e for e in extract(told, known=known).events if e.type == "signing"]
    assert [(e.name, e.date.when, len(e.quotes)) for e in signings] == [
        ("Signing of a Memorandum of Understanding", "2010-04-09", 2)]


def test_een_overeenkomst_in_twee_zinnen_is_een_ondertekening(known):
    found = events("Op 13 april wordt een samenwerkingsovereenkomst ondertekend. Burgemeester "
                   "Piet Brink ondertekent de samenwerkingsovereenkomst namens Ruisdorp.", known)
    assert [t for t, _ in found].count("signing") == 1


def test_two_agreements_signed_on_two_days_stay_two_signings(known):
    found = events("On 13 April a Memorandum of Understanding is signed with Lavaux. On 14 "
                   "April a second Memorandum of Understanding is signed with Ruisdorp.", known)
    assert [t for t, _ in found].count("signing") == 2


def test_a_body_whose_name_ends_in_an_event_word_is_no_event(known):
    found = events("Mr Tol, chairperson of the Lavaux People's Political Consultative "
                   "Conference, will meet the minister on 13 April.", known)
    assert "conference" not in types_of(found)


def test_a_named_conference_is_still_an_event(known):
    found = events("On 13 April the minister will speak at the Sister City Mayors Conference.",
                   known)
    assert "conference" in types_of(found) or any("Conference" in n for _, n in found)


def test_een_lichaam_met_een_evenementwoord_in_zijn_naam_is_geen_evenement(known):
    found = events("De voorzitter van de Lavauxse Politieke Consultatieve Conferentie ontmoet op "
                   "13 april de minister.", known)
    assert "conference" not in types_of(found)


def types_of(found):
    return [t for t, _ in found]


def test_the_tasks_a_delegation_had_listed_after_a_colon_are_no_events(known):
    found = events("De delegatie had drie opdrachten:\n\n• kennismaking met het gemeentebestuur "
                   "van Lavaux\n• ondertekening van de afsprakennota tussen Ruisdorp en Lavaux\n",
                   known)
    assert found == []


def test_the_objectives_of_a_mission_listed_after_a_colon_are_no_events(known):
    found = events("The mission had these objectives:\n\n• meetings with the council of Lavaux\n"
                   "• signing of an agreement between Ruisdorp and Lavaux\n", known)
    assert found == []


def test_a_programme_listed_after_a_colon_still_tells_its_events(known):
    found = events("Het programma:\n\n• ondertekening van de afsprakennota tussen Ruisdorp en "
                   "Lavaux\n", known)
    assert "signing" in types_of(found)


def test_an_event_told_in_the_lead_and_again_in_the_body_with_its_day_is_one_event(known):
    assert types("Op 14 april is er een receptie. Het college meldt dat er op 14 april een "
                 "receptie in het stadhuis is.", known) == ["reception"]
    assert types("On 14 April there is a dinner. The council says that on 14 April a dinner "
                 "is held in the town hall.", known) == ["dinner"]



def test_a_thing_to_be_welcomed_is_no_reception(known):
    assert "reception" not in types("The councillor said the new link was to be welcomed as it "
                                    "would bring jobs.", known)
    assert types("The delegation was welcomed by the mayor in the town hall.", known) == [
        "reception"]


def test_the_visit_of_the_delegation_told_again_joins_the_trip(known):
    # (a heading tells the trip first, as agenda minutes do; the body's sentence is the one
    # that tells it, the heading only sums it up)
    for text in ("Agenda\nDelegation Visit to the Town\nThe Mayor spoke of the recent visit "
                 "of the delegation from Ruritania to the Town.",
                 "Agenda\nBezoek delegatie aan de stad\nDe burgemeester sprak over het bezoek "
                 "van de delegatie uit Ruritanië aan de stad."):
        draft = extract(text, known=known)
        assert draft.mission["quotes"][-1].text.split()[0] in ("The", "De")
        assert draft.events == []


def test_a_working_visit_is_a_visit_to_the_town_not_to_the_visitors_own(known):
    found = events("Burgemeester Anna Berg van Ruisdorp brengt eind mei een werkbezoek aan de "
                   "zusterstad Lavaux.", known)
    assert ("regional-visit", "Visit to Lavaux") in found
    assert not [name for _, name in found if "Ruisdorp" in name]


def test_a_name_ending_in_an_event_word_is_no_event_name(known):
    found = events("Gov. Ann Dayton will lead a trade mission to Peru.", known)
    assert not [name for _, name in found if name.endswith("Day")]


def test_meetings_with_officials_of_an_abbreviated_country_keep_the_whole_name(known):
    found = events("The delegation will hold meetings with key U.S. and Japanese officials.",
                   known)
    assert ("bilateral-meeting", "Meeting with key U.S. and Japanese officials") in found


def test_events_named_by_no_party_are_named_by_their_own_words(known):
    found = events("In Tokyo the delegation will attend networking events.", known)
    assert ("networking-event", "Networking events") in found


def test_a_visit_is_named_by_where_it_goes_not_by_what_for(known):
    found = events("Zaterdagmiddag brengen de gasten een bezoek aan Lavaux om te genieten van de "
                   "kunst.", known)
    assert [name for _, name in found] == ["Visit to Lavaux"]


def test_the_mission_named_again_by_its_noun_and_place_without_a_date_is_the_mission(known):
    text = ("Peru Trade Mission of Governor Moe\nThe delegation will travel to Lima on 3 to 7 May "
            "2015 for briefings. Fifty business leaders will accompany Governor Moe on an "
            "upcoming trade mission to Peru.")
    assert [e.name for e in extract(text, known=known).events if e.type == "mission"] == []


def test_a_dated_mission_to_the_same_place_is_a_mission_of_its_own(known):
    text = ("Peru Trade Mission of Governor Moe\nThe delegation will travel to Lima on 3 to 7 May "
            "2015 for briefings. In 2009 Governor Moe was on a trade mission to Peru.")
    assert [e.type for e in extract(text, known=known).events].count("mission") == 1


def test_a_title_after_a_dutch_visiting_verb_is_its_subject_not_the_site():
    s = "Daarna bezocht drs. K. Lam samen met de wethouder de veiling."
    assert visited_words(s, s.find("bezocht") + len("bezocht"), "bezocht", []) is None


def test_an_event_with_no_one_named_is_named_by_what_it_is_about_or_where():
    assert bare_kind_words("Woensdag spreekt de gedeputeerde over groene waterstof op een congres "
                           "in Lyon.", "Talk") == "Talk about groene waterstof"
    assert bare_kind_words("Daarna volgt een gesprek in Lyon.", "Talk") == "Talk in Lyon"
    assert bare_kind_words("Daarna volgt een gesprek.", "Talk") == "Talk"


def test_a_promise_sealed_with_a_treaty_is_the_treatys_signing(known):
    found = events("In 1990 werd die belofte bezegeld met een officieel vriendschapsverdrag.", known)
    assert found == [("signing", "Signing of een officieel vriendschapsverdrag")]
    found = events("The bond was sealed with a friendship charter in 1995.", known)
    assert [t for t, _ in found] == ["signing"]
    assert types("Their friendship was sealed by years of exchanges.", known) == []


def test_a_participant_named_with_a_style_is_the_person_the_draft_declares(known):
    import yaml
    text = ("Bezoek aan Lakeside, mei 2019.\n\nThen Lakeside mayor Sir Tom, Baker re-signed the "
            "sister city agreement in Lakeside in 2019.\n")
    sheet = yaml.safe_load(draft_to_yaml(extract(text, known=known)))
    declared = {p["id"] for p in sheet.get("people", [])}
    whos = {p["who"] for e in sheet.get("programme", []) + sheet.get("events", [])
            for p in e.get("participants", [])}
    assert "tom" in declared and "tom" in whos and "Sir Tom" not in whos


def test_a_signing_wished_for_or_said_to_be_possible_is_no_signing_a_future_one_is_planned(known):
    assert events("Eyeing to sign a twin-city agreement with Lima, the council is proposing to "
                  "send its members there.", known) == []
    assert events("\"We can sign a mutual agreement for friendship,\" the mayor said.", known) == []
    assert events("Beide steden willen in 2025 een vriendschapsovereenkomst tekenen.", known) == []
    draft = extract("Mayor to visit Lima\n\nThe mayor of Avalon will sign a port agreement with "
                    "Lima.", known=known)
    assert [(e.type, e.status) for e in draft.events] == [("signing", "planned")]
    draft = extract("Op 3 mei tekenden Lima en Zeist een vriendschapsovereenkomst.", known=known)
    assert [(e.type, e.status) for e in draft.events] == [("signing", None)]


def test_a_cabinets_decisions_under_its_meeting_are_that_meetings_and_a_budget_is_no_trip(known):
    draft = extract("Twinning and Exchanges\n\nMeeting: 03/05/2024 - Cabinet (Item 4.)\n\n"
                    "Decision:\n\n12/2024 The Cabinet agreed that further work would go ahead "
                    "with Lima.\n13/2024 The Cabinet noted a budget of £5,000 could be "
                    "transferred to twinning activities.\n", known=known)
    [meeting] = draft.events
    assert (meeting.date.as_stated, meeting.date.when) == ("03/05/2024", "2024-05-03")
    assert [q.text[:12] for q in meeting.quotes] == ["Meeting: 03/", "Decision: 12"]
    assert not draft.mission["told"] and draft.mission["quotes"] == []
    draft = extract("De raad vergaderde op 3 mei 2024 over de stedenband. De raad besloot een "
                    "delegatie naar Lima te sturen.", known=known)
    assert [len(e.quotes) for e in draft.events] == [2]


def test_two_places_visited_on_one_day_are_two_visits(known):
    draft = extract("Missie naar Brabant\nDe minister brengt van 12 t/m 15 april 2024 een bezoek "
                    "aan Brabant. Op 13 april bezoekt de minister Acmeco. Op 13 april bezoekt de "
                    "minister ook Brightlane.", known=known)
    assert [(e.name, e.date.when) for e in draft.events] == [
        ("Visit to Acmeco", "2024-04-13"), ("Visit to Brightlane", "2024-04-13")]
    draft = extract("Mission to Brabant\nThe minister visited Brabant from 12 to 15 April 2024. "
                    "On 13 April the minister visited Acmeco. On 13 April the minister also "
                    "visited Brightlane.", known=known)
    assert [e.name for e in draft.events] == ["Visit to Acmeco", "Visit to Brightlane"]
    draft = extract("Mission to Brabant\nThe minister visits Brabant from 12 to 15 April 2024. "
                    "On 13 April the minister visits Acmeco. On 13 April the minister also "
                    "visits Brightlane.", known=known)
    assert [(e.name, e.date.when) for e in draft.events] == [
        ("Visit to Acmeco", "2024-04-13"), ("Visit to Brightlane", "2024-04-13")]


def test_a_visit_by_someone_named_told_by_its_noun_is_a_visit_with_its_day(known):
    draft = extract("Lima and Avalon\nThe city is proposing to send its councillors to Lima. The "
                    "proposal comes in the wake of a visit by Li Wei, the Mayor of Lima, and his "
                    "delegation to the Corporation Wednesday evening.", known=known)
    assert [(e.name, e.date.as_stated) for e in draft.events] == [("Visit by Li Wei", "Wednesday")]
    draft = extract("Lima en Zeist\nHet college wil naar Lima. Dat volgt op een bezoek van "
                    "burgemeester Li Wei aan Zeist op 3 mei 2024.", known=known)
    assert [(e.name, e.date.when) for e in draft.events] == [
        ("Bezoek van burgemeester Li Wei", "2024-05-03")]


def test_the_events_of_a_trip_told_as_one_day_are_on_that_day(known):
    text = ("Delegatie uit Lima in Zeist\n\nOp 13 juni 2024 brachten elf vertegenwoordigers uit "
            "Lima een werkbezoek aan Zeist.\n\nZij werden ontvangen door de burgemeester. Nog "
            "niet zo lang geleden bracht een delegatie uit Zeist een bezoek aan Lima.{more}")
    draft = extract(text.format(more=""), known=known)
    assert [(e.date and e.date.when) for e in draft.events] == ["2024-06-13", None]
    assert draft.events[0].date.note == "the day of the trip ('Op 13 juni 2024')"
    # (a programme of several days: each event its own day, or none)
    draft = extract(text.format(more=" Op 14 juni reisden zij door naar Utrecht."), known=known)
    assert draft.events[0].date is None


def test_names_listed_after_a_visit_verb_with_their_towns_are_one_visit_each(known):
    draft = extract("Mission to Antwerp\nThe delegation visited Antwerp on 8 June 2015. They also "
                    "visited Acmeco Pharmaceutica, Brightlane (Hoboken) and Thomas Cornwell "
                    "(Turnhout).", known=known)
    assert [e.name for e in draft.events] == [
        "Visit to Acmeco Pharmaceutica", "Visit to Brightlane", "Visit to Thomas Cornwell"]
    draft = extract("Missie naar Lima\nDe delegatie bezocht Lima op 3 mei 2024. Daarna bezochten "
                    "zij Acmeco, Brightlane en Cornwell. De delegatie bezocht ook Dunmore.",
                    known=known)
    assert [e.name for e in draft.events] == [
        "Visit to Acmeco", "Visit to Brightlane", "Visit to Cornwell", "Visit to Dunmore"]


def test_someone_by_an_english_style_or_a_body_by_its_word_who_met_a_name_had_a_meeting(known):
    draft = extract("Mayor visits Songpa\nMayor Garry Moore visited Songpa on 3 May 2024. Mr Moore "
                    "met Songpa Mayor Yoo Taek Lee. The delegation also met Governor Li.",
                    known=known)
    assert [e.name for e in draft.events] == ["Meeting with Mayor Yoo Taek Lee",
                                              "Meeting with Governor Li"]
    # (Dutch "met" is "with": no meeting)
    assert types("De delegatie met Jan Smit bezocht de haven van Osaka.", known) == [
        t for t in types("De delegatie bezocht de haven van Osaka.", known)]


def test_an_idea_or_an_example_is_no_event_but_the_idea_is_a_follow_up(known):
    draft = extract("Jumelage met Lima\nIn mei 2024 bezocht een delegatie uit Lima Zeist. Gedacht "
                    "wordt aan een ontvangst op het gemeentehuis. Bijvoorbeeld in de vorm van een "
                    "receptie. For example, a reception at the town hall.", known=known)
    assert draft.events == []
    assert [f.quotes[0].text[:14] for f in draft.follow_ups] == ["Gedacht wordt "]


def test_a_signing_announced_as_a_milestone_to_come_is_no_signing_but_a_follow_up(known):
    draft = extract("Trade mission to Lima\nThe trade mission visited Lima in May 2024. Major "
                    "milestones were announced such as a new office in Lima and signing of the "
                    "Port Agreement.", known=known)
    assert [e.type for e in draft.events] == []
    assert [f.quotes[0].text[:14] for f in draft.follow_ups] == ["Major mileston"]


def test_the_trip_ranked_among_others_is_the_mission_described_no_visit_of_its_own(known):
    assert types("Het was het eerste bezoek aan Japan sinds de fusie van 2009, de band werd "
                 "gelegd door de Gemeente Ruisdorp.", known) == []
    assert types("It was the first twinning visit to Lavaux since 2009, the link having been "
                 "established by Ruisdorp District Council.", known) == []
    assert types("Daarna bracht de minister een bezoek aan Toyota.", known) == ["company-visit"]


def test_a_quoted_paragraph_or_one_that_opens_with_the_trips_nth_day_is_on_that_day(known):
    draft = extract("Missie naar Japan\n\nMinister Jansen brengt van 12 t/m 15 april 2024 een "
                    "bezoek aan Japan.\n\n\"Op woensdag 13 april spreken we met minister Sato. "
                    "Daarna brengen we een bezoek aan Canon.\n\n\"Ook brengen we een bezoek aan "
                    "Panasonic.", known=known)
    days = {e.name: e.date.when if e.date else None for e in draft.events}
    assert days["Visit to Canon"] == "2024-04-13" and days["Visit to Panasonic"] is None
    draft = extract("Mission to Lavaux\n\nThe mayor led a delegation to Lavaux from 3 to 6 May "
                    "2024.\n\nOn the first day of the exchange, the delegation met the mayor of "
                    "Lavaux. They then visited Acme Steel.\n\nThe delegation visited Lavaux Port.",
                    known=known)
    days = {e.name: e.date.as_stated if e.date else None for e in draft.events}
    assert days["Visit to Acme Steel"] == "On the first day"
    assert days["Visit to Lavaux Port"] is None


def test_a_celebration_is_named_by_what_it_celebrates_but_a_trip_to_celebrate_is_the_trip(known):
    draft = extract("Civic party returns\n\nThe civic party has returned from a twinning visit to "
                    "Lavaux. Mayor Ann Bell and town clerk Bill Bates were invited to help "
                    "celebrate the 40th anniversary of Lavaux district.", known=known)
    assert [(e.type, e.name) for e in draft.events] == [
        ("networking-event", "Celebration of the 40th anniversary of Lavaux district")]
    assert events("Daar vierden beide steden het 25-jarig jubileum van de stedenband.", known) == [
        ("networking-event", "Viering van het 25-jarig jubileum van de stedenband")]
    draft = extract("Mayor to Lavaux\n\nThe mayor travelled to Lavaux in May 2024 to celebrate "
                    "the 30th anniversary of the sister city relationship.", known=known)
    assert draft.events == []


def test_someone_who_told_a_council_by_its_name_spoke_at_its_session(known):
    draft = extract("Civic party returns\n\nThe civic party has returned from a twinning visit to "
                    "Lavaux. \"It was a very valuable experience,\" Coun Bell told Ruisdorp Town "
                    "Council.", known=known)
    assert [e.type for e in draft.events] == ["council-session"]
    assert types("Zij vertelde de gemeenteraad over het bezoek.", known) == ["council-session"]
    draft = extract("Mayor in Lavaux\n\nThe mayor visited Lavaux in May 2024. He told the press it "
                    "was a success.", known=known)
    assert draft.events == []


def test_a_sentence_that_opens_with_a_time_of_day_is_on_the_day_told_last(known):
    draft = extract("Delegatie Lavaux bezoekt Ruisdorp\n\nVan vrijdag 27 tot zondag 29 februari "
                    "2004 brengt een delegatie uit Lavaux een bezoek aan Ruisdorp. Zij arriveren "
                    "op vrijdag 27 februari 2004 omstreeks 13.00 uur. Om 14.30 uur worden zij "
                    "officieel ontvangen op het stadhuis.", known=known)
    assert [(e.type, e.date.when, e.date.as_stated) for e in draft.events] == [
        ("reception", "2004-02-27", "Om 14.30 uur")]
    # (after a range of days, a time of day says nothing about which day: the trip's days)
    draft = extract("Delegatie Lavaux bezoekt Ruisdorp\n\nVan vrijdag 27 tot zondag 29 februari "
                    "2004 brengt een delegatie uit Lavaux een bezoek aan Ruisdorp. Om 14.30 uur "
                    "worden zij officieel ontvangen op het stadhuis.", known=known)
    assert [e.date.as_stated for e in draft.events] == [
        "Van vrijdag 27 tot zondag 29 februari 2004"]


def test_a_networking_meeting_is_named_by_its_noun_and_modifier_not_just_event(known):
    assert events("Daarom ligt, naast een centrale netwerkbijeenkomst, een bezoek aan bedrijven "
                  "in het verschiet.", known)[0] == ("networking-event",
                                                     "Centrale netwerkbijeenkomst")
    assert events("Er is een netwerkbijeenkomst in het stadhuis.", known) == [
        ("networking-event", "Netwerkbijeenkomst")]
