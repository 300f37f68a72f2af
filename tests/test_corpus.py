"""The corpus (benchmarks/corpus/: development and held-out texts) stays honest: every gold file is well-formed and
every gold quote occurs in its stored text; and the scorer's matching rules do what
benchmarks/corpus_scoring.py says."""
from __future__ import annotations

import sys
from decimal import Decimal

import pytest
import yaml

from kg.config import Paths, project_root
from kg.extract import extract

sys.path.insert(0, str(project_root() / "benchmarks"))

from corpus_gold import KINDS, load, problems, reports  # noqa: E402
from corpus_scoring import (Claim, claims, dates_agree, holder_name, names_match,  # noqa: E402
                            score, values_agree)

REPORTS = reports()


def test_the_corpus_has_at_least_eight_real_reports_with_their_text():
    assert len([r for r in REPORTS if r.text is not None]) >= 8


def test_the_corpus_has_dutch_and_english_reports_of_every_level():
    assert {r.meta["language"] for r in REPORTS} >= {"nl", "en"}
    assert {r.meta["level"].split(" ")[0] for r in REPORTS} >= {"provincial", "municipal", "national"}


def test_a_held_out_set_of_at_least_two_stored_texts_is_kept_apart():
    held_out = [r for r in REPORTS if r.meta.get("held_out")]
    assert len([r for r in held_out if r.text is not None]) >= 2
    assert all(r.meta["held_out"] is True for r in held_out)
    assert len(held_out) < len(REPORTS) / 2


@pytest.mark.parametrize("report", REPORTS, ids=[r.id for r in REPORTS])
def test_gold_file_is_well_formed_and_every_quote_is_in_the_text(report):
    assert problems(report) == []


@pytest.mark.parametrize("report", REPORTS, ids=[r.id for r in REPORTS])
def test_meta_names_the_page_and_the_licence_relied_on(report):
    assert report.meta["address"].startswith("http")
    assert report.meta["licence"].strip()


def _write(folder, gold: dict, text: str | None) -> None:
    folder.mkdir()
    meta = {"id": folder.name, "address": "https://example.org/r", "title": "t", "publisher": "p",
            "date": None, "language": "nl", "level": "municipal", "kind": "press release",
            "text_stored": text is not None, "licence": "Auteurswet art. 15b"}
    (folder / "meta.yaml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    (folder / "gold.yaml").write_text(yaml.safe_dump(gold, allow_unicode=True), encoding="utf-8")
    if text is not None:
        (folder / "source.txt").write_text(text, encoding="utf-8")


def _gold(**facts) -> dict:
    return {"report": "r", **{kind: [] for kind in KINDS}, **facts}


def test_a_quote_that_is_not_in_the_text_is_reported(tmp_path):
    gold = _gold(actors=[{"name": "De Vos", "kind": "person",
                          "quote": "burgemeester De Vos vertrekt naar Rundu."}])
    _write(tmp_path / "r", gold, "Op 20 augustus vertrekken burgemeester De Vos en wethouder\n"
                                 "Lubbinge naar Rundu.")
    assert problems(load(tmp_path / "r")) == [
        "gold.yaml actors[0]: quote not in source.txt: 'burgemeester De Vos vertrekt naar Rundu.'"]


def test_a_quote_across_a_line_break_of_the_text_is_found(tmp_path):
    gold = _gold(posts=[{"title": "wethouder", "holder": "Lubbinge",
                         "quote": "wethouder Lubbinge naar Rundu"}])
    _write(tmp_path / "r", gold, "burgemeester De Vos en wethouder\nLubbinge naar Rundu.")
    assert problems(load(tmp_path / "r")) == []


def test_unknown_kinds_and_malformed_dates_are_reported(tmp_path):
    gold = _gold(events=[{"name": "bezoek", "kind": "trip", "quote": "bezoek",
                          "date": {"as_stated": "20 augustus", "when": "20-08"}}])
    _write(tmp_path / "r", gold, None)
    assert problems(load(tmp_path / "r")) == [
        "gold.yaml events[0]: kind 'trip' is not one of ['event', 'meeting', 'mission', 'signing', 'visit']",
        "gold.yaml events[0]: date: when '20-08' is not a date as the text gives it"]


def test_a_draft_name_matches_when_it_holds_the_gold_name_as_whole_words():
    assert names_match("provincie Groningen", "Provincie Groningen Groningen")
    assert names_match("Zuid-Moravië", "regio zuid moravie")
    assert not names_match("Nederland", "Nederlandse ambassade")


def test_a_shorter_draft_name_is_no_match():
    assert not names_match("West Brabant", "Brabant")
    assert not names_match("Maria van der Hoeven", "Maria")


def test_a_run_of_names_is_no_match_for_one_of_them():
    assert not names_match("Hebei Province", "Province of Zuid-Holland and Hebei Province and "
                                             "Shanghai Pudong New Area")


def test_a_day_without_a_year_agrees_with_that_day_in_any_year_but_not_another_day():
    assert values_agree("--06-18", "2012-06-18")
    assert values_agree("2009-10-22/2009-10-27", "2009-10-27")
    assert not values_agree("--06-18", "2012-06-17")


def test_an_event_date_agrees_by_its_words_when_the_draft_gives_no_value():
    gold = {"as_stated": "Van 18 tot en met 22 januari a.s.", "start": "--01-18", "end": "--01-22"}
    assert dates_agree(gold, Claim("d", when=None, as_stated="22 januari"))
    assert not dates_agree(gold, Claim("d", when="1999-02-01", as_stated="1 februari"))


def test_a_second_claim_of_one_actor_is_not_right():
    gold = [{"name": "John Jorritsma", "kind": "person", "quote": "q"}]
    claims = [Claim("John Jorritsma", ["John Jorritsma"], kind="person"),
              Claim("Jorritsma", ["Jorritsma"], kind="person")]
    result = score("actors", gold, claims)
    assert (result.gold, result.claimed, result.found, result.wrong) == (1, 2, 1, ["Jorritsma"])


def test_the_drafts_mission_pairs_with_the_gold_visit_of_its_sentence_but_not_the_reverse():
    trip = "A delegation of Ruritanian officials is visiting Lyon and Turin from 2 to 5 May."
    gold = [{"name": "visit of the officials to Lyon and Turin", "kind": "visit", "quote": trip}]
    assert score("events", gold, [Claim("mission", [], [trip], "mission")]).found == 1
    gold_mission = [{"name": "the officials' trip", "kind": "mission", "quote": trip}]
    assert score("events", gold_mission, [Claim("company-visit", [], [trip], "visit")]).found == 0


def test_a_post_needs_the_same_holder_and_an_unnamed_one_no_holder():
    gold = [{"title": "burgemeester", "of": "gemeente Westland", "holder": "Van der Tak", "quote": "q"},
            {"title": "Commissaris van de Koningin", "of": "Drenthe", "holder": None, "quote": "q"}]
    claims = [Claim("b", ["burgemeester"], holder=["Aboutaleb van Rotterdam"]),
              Claim("c", ["Commissaris van de Koningin"], holder=None)]
    result = score("posts", gold, claims)
    assert (result.found, result.missed) == (1, ["burgemeester"])


def test_a_post_holder_named_with_an_honorific_is_the_holder_the_draft_declares():
    assert holder_name("gedeputeerde", "gedeputeerde mevrouw R.G. Jansen") == "R.G. Jansen"
    assert holder_name("Vice-governor", "Vice-governor mrs. Anna Berg") == "Anna Berg"


def test_each_unnamed_office_holder_is_a_post_of_its_own():
    draft = extract("Brief aan de Kamer\nIk reisde met de minister van Economische Zaken en de "
                    "minister van Onderwijs naar Lima.", Paths())
    assert sorted(c.label for c in claims(draft)["posts"]) == ["minister (unnamed)"] * 2


def test_amounts_match_by_value_and_currency():
    gold = [{"value": 10000000000, "currency": "EUR", "quote": "q"}]
    assert score("amounts", gold, [Claim("a", value=Decimal("1E10"), currency="EUR")]).found == 1
    assert score("amounts", gold, [Claim("a", value=Decimal("1E10"), currency="USD")]).found == 0


def test_event_dates_pair_draft_and_gold_events_by_sentence_and_kind():
    from types import SimpleNamespace
    from corpus_scoring import event_dates
    sentence = SimpleNamespace(text="Op 18 juni bezoekt de minister de Expo.")
    dated = SimpleNamespace(as_stated="Op 18 juni", when="2012-06-18")
    draft = SimpleNamespace(mentions=[], unknown=[], delegation=None, groups=[],
                            mission={}, dates=[], follow_ups=[], amounts=[], known={},
                            events=[SimpleNamespace(type="company-visit", name="Visit",
                                                    quotes=[sentence], date=dated)])
    gold = {"events": [{"kind": "visit", "quote": sentence.text,
                        "date": {"as_stated": "Op 18 juni", "when": "--06-18"}}]}
    assert event_dates(gold, draft) == (1, 1, 1, 1, 1)
