"""kg.extract.amounts: amounts with their scale words, and costs only where a sentence speaks of
costs or a budget."""
from decimal import Decimal

from kg.extract import draft_to_yaml, extract
from kg.extract.amounts import amounts_in, dollar_of
from kg.extract.model import Sentence


def amounts(text):
    return [(a.value, a.currency, a.kind) for a in amounts_in(Sentence(text, 0, len(text), None, "", None))]


def test_million_and_miljard_scale_the_amount():
    assert amounts("The mission generated an estimated €170 million in contracts.") == [
        (Decimal("170000000"), "EUR", None)]
    assert amounts("In 2009 bedroeg de handelsbalans ca. 10 miljard euro.") == [
        (Decimal("10000000000"), "EUR", None)]


def test_an_amount_is_a_cost_or_budget_only_where_the_sentence_says_so():
    assert amounts("De totale kosten bedroegen € 8.330,00.") == [(Decimal("8330.00"), "EUR", "actual")]
    assert amounts("Deze kosten vallen binnen het budget van € 8.763,00.") == [
        (Decimal("8763.00"), "EUR", "budget")]


def test_a_figure_the_title_repeats_is_one_amount_quoted_where_the_text_tells_it():
    d = extract("Trade mission to India generates €170 million\n\nThis week's trade mission "
                "has generated an estimated €170 million in contracts.")
    assert [(a.value, a.sentence.text[:9]) for a in d.amounts] == [(Decimal("170000000"),
                                                                   "This week")]


def test_short_scale_words_glued_to_the_figure_scale_it():
    assert amounts("Contracts worth €80m were signed for a €1.2bn port.") == [
        (Decimal("80000000"), "EUR", None), (Decimal("1200000000"), "EUR", None)]
    assert amounts("Er werd voor 80 miljoen Euro aan orders geboekt.") == [
        (Decimal("80000000"), "EUR", None)]


def test_a_dollar_with_its_country_is_that_countrys_currency():
    assert amounts("Exports rose to C$40 million and A$2bn.") == [
        (Decimal("40000000"), "CAD", None), (Decimal("2000000000"), "AUD", None)]


def test_a_bare_dollar_is_the_dollar_of_the_place_the_text_is_from():
    d = extract("Governor Leads Mission to Peru\n\nGovernor Anna Ruiz of Manitoba leads a "
                "mission to Peru. Exports to Peru totalled $20 million in 2015.")
    [a] = d.amounts
    assert (a.value, a.currency) == (Decimal("20000000"), "CAD") and "taken as CAD" in a.note


def test_a_bare_dollar_the_text_does_not_place_has_no_currency_and_a_review_mark():
    d = extract("Mission to Peru\n\nThe mayor leads a mission to Peru. The total costs were "
                "$5,000 for political participation.")
    [a] = d.amounts
    assert a.currency is None and a.confidence < 0.8 and "which dollar" in a.note
    assert "review: a bare '$': which dollar?" in draft_to_yaml(d)


def test_the_first_dollar_country_named_decides():
    assert dollar_of("A Queensland mission to Ohio and Ontario.") == "AUD"
    assert dollar_of("Een Nederlandse missie naar Lima.") is None


def test_a_cost_in_another_currency_than_euro_says_its_currency():
    d = extract("Mission to Peru\n\nThe Ontario delegation visited Lima. The total costs for "
                "political participation were C$5,000.")
    assert "currency: CAD" in draft_to_yaml(d)


def test_a_cost_without_a_category_gets_a_guessed_one_marked_for_review():
    d = extract("Mission to Peru\n\nThe Ontario delegation visited Lima. Other expenses were "
                "C$5,000.")
    sheet = draft_to_yaml(d)
    assert "category: political-participation" in sheet
    assert "political-participation is a guess" in sheet


def test_a_budget_told_without_the_amount_spent_is_no_cost_of_the_sheet_but_a_note_for_the_reviewer():
    import yaml
    text = ("Besluitenlijst van het college\n\nHet college stelt een budget van € 5.000 beschikbaar "
            "voor de uitwisseling met de partnerstad.\n")
    sheet_text = draft_to_yaml(extract(text))
    assert not (yaml.safe_load(sheet_text).get("costs") or [])
    assert "# Budgets told without the amount spent" in sheet_text and "5000" in sheet_text
