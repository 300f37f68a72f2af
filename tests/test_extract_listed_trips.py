"""kg.extract.listed_trips: trips listed as items under a sentence that speaks of missions."""
from kg.extract import extract


def trips(text):
    return [(e.name, e.date.when, e.date.until) for e in extract(text, known={}).events
            if e.type == "mission"]


def test_each_listed_trip_is_a_mission_with_its_days_and_the_letters_year():
    text = ("Brief van de minister\n\nUtrecht, 3 september 2021\n\nDeze brief bevat verslagen "
            "van de handelsmissies naar:\n\n• Peru en Chili (2–6 mei),\n\n• Ghana (14 juni).\n\n"
            "Tevens de hoofdlijnen van:\n\n• de missie van minister Bos naar Japan (1–3 juli).\n")
    assert trips(text) == [
        ("Mission to Peru en Chili", "2021-05-02", "2021-05-06"),
        ("Mission to Ghana", "2021-06-14", None)]
    # the item that tells a mission with its days is the draft's own mission, not one more
    assert extract(text, known={}).mission["quotes"][-1].text.startswith("de missie van minister")
    text = text.replace("• de missie van minister Bos naar Japan (1–3 juli)",
                        "• Japan (1–3 juli)").replace("Tevens de hoofdlijnen van:",
                                                       "Tevens de hoofdlijnen van de reis naar:")
    assert trips(text)[-1] == ("Mission to Japan", "2021-07-01", "2021-07-03")


def test_items_under_a_sentence_that_speaks_of_no_trip_are_no_missions():
    text = ("Annual report\n\nLondon, 3 September 2021\n\nThe board met twice:\n\n"
            "• Budget review (2–6 May),\n\n• Audit (14 June).\n")
    assert trips(text) == []


def test_an_english_list_of_visits_is_one_mission_each():
    text = ("Ministerial travel\n\nLondon, 3 September 2021\n\nThe minister made official visits "
            "to:\n\n• Peru and Chile (2–6 May),\n\n• Ghana (14 June).\n")
    assert [name for name, _, _ in trips(text)] == ["Mission to Peru and Chile", "Mission to Ghana"]


def test_visits_to_a_list_of_places_are_one_trip_each():
    d = extract("Minutes\n\nThe Mayor reported on his recent overseas visits to Avalon, Lavaux "
                "and Utopia.\n", known={})
    assert sorted(e.name for e in d.events if e.type == "mission") == [
        "Visit to Avalon", "Visit to Lavaux", "Visit to Utopia"]
    d = extract("Verslag\n\nDe burgemeester deed verslag van zijn werkbezoeken aan Lavaux en "
                "Utopia.\n", known={})
    assert sorted(e.name for e in d.events if e.type == "mission") == [
        "Bezoek aan Lavaux", "Bezoek aan Utopia"]


def test_trips_listed_by_their_years_are_one_mission_each_of_its_year():
    text = ("Gedeputeerde Bos naar Lavaux\n\nGedeputeerde Bos brengt op 3 mei 2014 een bezoek aan "
            "Lavaux. In 2006, 2009 en 2012 zijn er handelsmissies geweest van Ruisland naar "
            "deze regio.\n")
    assert [t for t in trips(text) if t[1] != "2014-05-03"] == [
        ("Handelsmissie (2006)", "2006", None), ("Handelsmissie (2009)", "2009", None),
        ("Handelsmissie (2012)", "2012", None)]


def test_one_year_with_a_plural_trip_word_is_no_list_of_trips():
    text = ("Mayor Bos to Lavaux\n\nMayor Bos will visit Lavaux on 3 May 2014. Trade missions "
            "to the region began in 2006.\n")
    assert [t for t in trips(text) if t[1] != "2014-05-03"] == []
