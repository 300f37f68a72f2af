"""kg.reconcile: generic names ('Nederlandse ambassade', 'the Director') say what something is,
not which one; only a context that names a distinguishing word of the actor agrees."""
import pytest

from kg.reconcile import context_agrees, distinguishing_words, is_generic_name


@pytest.mark.parametrize("name", ["Nederlandse ambassade", "the Director", "het ministerie",
                                  "het Zuid-Koreaanse ministerie", "Indian embassy", "de gouverneur"])
def test_kind_post_and_nationality_words_make_a_generic_name(name):
    assert is_generic_name(name)


@pytest.mark.parametrize("name", ["TNO APAC", "Japan", "Director of Public Diplomacy",
                                  "Nederlandse ambassade in Zuid-Korea", "Lionvolt"])
def test_a_name_with_a_word_of_its_own_is_not_generic(name):
    assert not is_generic_name(name)


def test_the_distinguishing_words_leave_out_kind_and_nationality():
    assert distinguishing_words(["Netherlands Embassy in South Korea",
                                 "Nederlandse ambassade in Zuid-Korea"]) == {"korea"}


def test_the_context_agrees_only_when_it_names_one_of_them():
    embassy = ["Nederlandse ambassade in Zuid-Korea"]
    assert context_agrees(embassy, "Bezoek aan Zuid-Korea, maart 2025")
    assert not context_agrees(embassy, "Handelsmissie naar China")
    assert not context_agrees(embassy, "de Nederlandse ambassade")
