"""kg.extract.amounts: amounts with their scale words, and costs only where a sentence speaks of
costs or a budget."""
from decimal import Decimal

from kg.extract import extract
from kg.extract.amounts import amounts_in
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
