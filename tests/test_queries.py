"""The named queries (queries/*.rq): their exact answers on the seed report (the Noord-Brabant
mission to Gyeonggi / South Korea, March 2025), the same rows on Oxigraph and on rdflib, and the
errors a user gets for unknown queries, parameters and labels and for broken SPARQL.

Expected rows are written out by hand from data/sources/nb-2025-03-kr.txt and the Turtle in
data/ttl/; IRIs are compared in their compact form (rper:…, revt:…), literals by lexical form,
quotes by their full text (each quote is checked against the source text below)."""
from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

import pytest
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.config import project_root
from kg.gather import Beside, Several, gather
from kg.errors import (AmbiguousLabel, InputError, QueryNotFound, QueryParameterError,
                       QuerySyntaxError)
from kg.queries import PARAM_TYPES, catalogue, find_query, load_query
from kg.query import RdflibEngine, bindings_for, compact, run_query
from kg.store import values_clause

ROOT = project_root()
CATALOGUE = catalogue(ROOT / "queries")
SOURCE_TEXT = (ROOT / "data" / "sources" / "nb-2025-03-kr.txt").read_text(encoding="utf-8")

# Sentences of the report, by excerpt number (rexc:nb-2025-03-kr-N).
Q = {
    1: "Verslag Bestuurlijk bezoek Zuid-Korea en Gyeonggi-do, maart 2025",
    4: "Het bezoek van gedeputeerde Van Gruijthuijsen in maart 2025 had als doel om verdere "
       "verdieping te geven aan de relatie met de provincie Gyeonggi.",
    5: "In 2024 is er een Memorandum van Understanding ondertekend tussen beide provincies.",
    6: "Het MoU biedt een instrument om innovatiesamenwerking op onderwerpen als semicon en "
       "fotonica, energie en digitalisering tussen Brabant en Zuid-Korea te bevorderen.",
    8: "Tijdens het bezoek aan Zuid-Korea is ook het Nederlandse paviljoen op de Interbatterybeurs "
       "bezocht.",
    9: "Gedeputeerde Van Gruijthuijsen heeft daar namens Brabant een bijdrage geleverd tijdens "
       "evenementen die door de Nederlandse ambassade zijn georganiseerd op en rondom de "
       "Interbatterybeurs, waaraan ook de Brabantse Ontwikkelingsmaatschappij (BOM), instellingen "
       "als TNO en het Battery Competence Cluster en bedrijven als ASML, Philips en LionVolt hebben "
       "deelgenomen.",
    10: "Tijdens het bezoek aan de provincie Gyeonggi heeft de delegatie uit Brabant zowel een "
        "ontmoeting gehad met gouverneur Kim Dong-yeon van Gyeonggi als een lunch met "
        "vicegouverneur Ko voor economie.",
    11: "De ontmoeting met de gouverneur, waar ook vertegenwoordigers van de BOM, TNO APAC, de "
        "Nederlandse ambassadeur in Zuid-Korea en Lionvolt bij aanwezig waren, was een vervolg op "
        "de ontmoeting in Brabant in oktober 2024.",
    13: "Ook ontving Brabant een uitnodiging om met de Commissaris van de Koning een bezoek te "
        "brengen aan de provincie.",
    16: "De gedeputeerde heeft op de Interbatterybeurs gesproken met de aanwezige Nederlandse "
        "bedrijven en kennisinstellingen over hun interesse in de Zuid-Koreaanse markt.",
    17: "Daarnaast werd de gedeputeerde rondgeleid bij verschillende paviljoens op de beurs, "
        "waaronder die van van POSCO, Samsung SDI, LG Energy Solutions, SK On, SungEel HiTech en "
        "EcoPro.",
    22: "Op vrijdag bezocht de delegatie samen met de directeur van TNO APAC de campus van Kcity "
        "(onderdeel van het Koreaanse ministerie van Transport), waar zich onder andere een groot "
        "testcircuit bevindt voor autonome voertuigen.",
    23: "Ook bracht de gedeputeerde een bezoek aan ASML Korea.",
    24: "Naast de (bedrijfs)bezoeken in Gyeonggi en de interbatterybeurs heeft de gedeputeerde het "
        "Women in Tech evenement geopend.",
    25: "Dit evenement is door de Nederlandse ambassade mede georganiseerd om jong vrouwelijke "
        "studentes uit high tech studies te koppelen aan vrouwelijke managers uit hightech "
        "bedrijven in Zuid-Korea, waaronder Brabantse partijen als ASML en Philips, en om aandacht "
        "te besteden aan de positie van vrouwen op de Zuid-Koreaanse arbeidsmarkt.",
    26: "Ook is er met de Nederlandse ambassadeur en de plaatsvervangende ambassadeur in Korea "
        "gesproken over de verdere samenwerking tussen Brabant en de post in de komende jaren.",
    27: "In de ontmoeting met de gouverneur van Gyeonggi is besproken hoe verder te gaan met het "
        "uitwerken van het MoU tussen Brabant en Gyeonggi en het oprichten van een werkgroep.",
    29: "Het bezoek aan Gyeonggi, waarmee we sinds oktober 2024 een samenwerkingsovereenkomst "
        "hebben, draagt bij aan het opbouwen van de relatie, vertrouwen en relevante netwerken in "
        "deze provincie.",
    32: "De verschillende bedrijfsbezoeken en bezoeken aan instituten dragen bij aan het "
        "specificeren van de mogelijke samenwerkingen tussen Zuid-Korea en Brabant.",
    35: "De Brabantse deelname aan het Women in Tech event heeft bijgedragen aan de matching van "
        "Koreaans vrouwelijk talent op technologische opleidingen met Brabantse bedrijven en "
        "start-ups, zoals ASML, Philips.",
    38: "Tijdens alle bezoeken is Brabant gepositioneerd als de high tech regio van Nederland en "
        "als partner voor Koreaanse bedrijven en instellingen in Europa.",
    39: "Komende maanden wordt ambtelijk de werkgroep uitgewerkt waarin door beide provincie "
        "gekeken wordt naar de implementatie van de samenwerkingsovereenkomst tussen Brabant en "
        "Gyeonggi uit oktober 2024.",
    40: "Ook wordt er gekeken naar de mogelijkheid van een bezoek van de Commissaris van de Koning "
        "in 2026 op uitnodiging van de gouverneur van Gyeonggi in combinatie met een "
        "innovatiemissie naar Zuid-Korea.",
    41: "Vanuit Brabant worden de kansen geformuleerd voor de komende jaren, waarin samen met "
        "Brabantse en andere Nederlandse partijen gekeken wordt naar een strategische inzet op de "
        "samenwerking met Zuid-Korea op de voor Brabant belangrijke thema’s, zoals semicon, "
        "energie en digitalisering.",
    42: "Hierbij zullen verdiepende studies naar de Koreaanse markt worden uitgevoerd en een van de "
        "mogelijkheden is het organiseren van een Brabant Innovation Day in Korea.",
}

MISSION = "revt:nb-2025-03-kr-mission"
GOV_MEETING = "revt:nb-2025-03-kr-meeting-governor"
LUNCH = "revt:nb-2025-03-kr-lunch-vice-governor"
MARTIJN = "rper:martijn-van-gruijthuijsen"
KIM = "rper:kim-dong-yeon"
KO = "rper:gyeonggi-vice-governor-ko"
AMBASSADOR = "rper:nl-ambassador-south-korea"
DELEGATION = "rorg:nb-delegation-2025-03"
CIVIL_SERVANTS = "rper:nb-civil-servants-2025-03"
NB = "rorg:province-noord-brabant"
GG = "rorg:province-gyeonggi"
EMBASSY = "rorg:nl-embassy-south-korea"
MOU = "ragr:mou-nb-gyeonggi-2024"
INVITATION = "rinv:gyeonggi-invites-nb-kings-commissioner"
KC_VISIT = "revt:nb-kings-commissioner-visit-gyeonggi-2026"
WIT = "revt:nb-2025-03-kr-women-in-tech"
SEED = "rdoc:nb-2025-03-kr"

#: the sentence that states the place an event is shown at (its own, or that of the event it is
#: part of): "Zuid-Korea", "in Gyeonggi", "in Brabant", …
PLACE_SENTENCE = {
    MISSION: 1, "revt:nb-2025-03-kr-talk-ambassadors": 1, WIT: 1,
    "revt:nb-2025-03-kr-visit-gsic": 24, "revt:nb-2025-03-kr-visit-iae": 24,
    "revt:nb-2025-03-kr-visit-k-city": 24, "revt:nb-2025-03-kr-visit-asml-korea": 24,
    "revt:nb-2025-03-kr-visit-gyeonggi": 10, GOV_MEETING: 10, LUNCH: 10,
    "revt:nb-2025-03-kr-visit-interbattery": 8, "revt:nb-2025-03-kr-dutch-pavilion-visit": 8,
    "revt:nb-2025-03-kr-embassy-events-interbattery": 8,
    "revt:nb-2025-03-kr-nl-battery-technologies-seminar": 8,
    "revt:nb-2025-03-kr-pavilion-tour": 8,
    "revt:nb-2025-03-kr-talks-dutch-companies-interbattery": 8,
    "revt:nb-2025-03-kr-interbattery-fair": 8, KC_VISIT: 40,
    "revt:nb-2024-10-meeting-brabant": 11,
}
EMBASSY_EVENTS = "revt:nb-2025-03-kr-embassy-events-interbattery"


def cell(term):
    """A cell as compared here: compact IRI, lexical form of a literal, None when unbound; the
    values of a gathered cell as a tuple, a value beside its source as (value, source)."""
    if term is None:
        return None
    if isinstance(term, (Several, Beside)):
        return tuple(cell(t) for t in term)
    if isinstance(term, URIRef):
        return compact(str(term))
    return str(term)


def table(answer) -> list[tuple]:
    return [tuple(cell(t) for t in row) for row in answer.rows]


def run(store, labels, name, **values):
    return run_query(store, CATALOGUE[name], values, labels)


def column(answer, name) -> list:
    i = answer.variables.index(name)
    return [row[i] for row in answer.rows]


# ---------------------------------------------------------------- the library itself

LIBRARY = {"who-met", "who-met-whom", "event-participants", "mission-programme", "theme-actors",
           "shared-themes", "agreements", "follow-ups", "costs", "connectors", "actor-profile",
           "region-relations", "source-of", "events-by-type", "organisations-by-country",
           "invitations", "outcomes", "people", "theme-activity", "disagreements",
           "match-candidates", "companies", "post-holders-on", "open-on", "timeline",
           "identity-decisions", "standing-relations"}

#: queries about several sources: their answers need the reports added after the seed
#: (conftest.built_all); the other queries are checked on the seed alone (conftest.built)
ACROSS_SOURCES = {"disagreements", "match-candidates", "identity-decisions", "post-holders-on"}


def test_catalogue_lists_the_library():
    assert set(CATALOGUE) == LIBRARY


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_header_and_portable_form(name):
    query = CATALOGUE[name]
    assert query.title and query.title != name
    assert query.description
    assert query.tags
    for p in query.params:
        assert p.type in PARAM_TYPES
        assert p.description
    prepared = prepareQuery(query.text)
    projected = {str(v) for v in prepared.algebra["PV"]}
    # Oxigraph only substitutes a parameter that is a variable of the SELECT projection.
    for p in query.params:
        assert p.name in projected, f"parameter {p.name} must be a projected variable"
    body = "\n".join(line for line in query.text.upper().splitlines()
                     if not line.lstrip().startswith("#"))
    assert "ORDER BY" in body                      # a total order: same rows on both engines
    assert "GROUP_CONCAT" not in body              # its order is unspecified
    assert not re.search(r"\bSERVICE\b", body)


def test_quotes_are_sentences_of_the_report():
    for number, quote in Q.items():
        assert quote in SOURCE_TEXT, number


# ---------------------------------------------------------------- 1 who-met

def test_who_met_kim_dong_yeon(store, labels):
    answer = run(store, labels, "who-met", actor="Kim Dong-yeon")
    assert answer.variables == ["actor", "other", "via", "meeting", "when", "whenAsStated",
                                "place", "actorCapacity", "otherCapacity", "otherOnBehalfOf",
                                "evidence"]
    common = (GOV_MEETING, "2025-03", "in maart 2025", "rplace:gyeonggi", "rpost:gyeonggi-governor")
    assert table(answer) == [
        (KIM, "rorg:bom", None, *common, None, None, Q[11]),
        (KIM, "rorg:lionvolt", None, *common, None, None, Q[11]),
        (KIM, DELEGATION, None, *common, None, NB, Q[10]),
        (KIM, "rorg:tno-apac", None, *common, None, None, Q[11]),
        (KIM, MARTIJN, None, *common, "rpost:nb-gedeputeerde", NB, Q[10]),
        # the two civil servants were in the delegation, not named among those present: they
        # met the governor via the delegation (no capacity of their own is stated)
        (KIM, CIVIL_SERVANTS, DELEGATION, *common, None, None, Q[10]),
        (KIM, AMBASSADOR, None, *common, "rpost:nl-ambassador-south-korea", EMBASSY, Q[11]),
    ]
    # the meeting has no time of its own: that of the mission ("in maart 2025") is shown
    assert {w.datatype for w in column(answer, "when")} == {XSD.gYearMonth}


def test_who_met_martijn_leaves_out_his_own_delegation(store, labels):
    answer = run(store, labels, "who-met", actor="Martijn van Gruijthuijsen")
    rows = [(r[1], r[2], r[3], r[6], r[8], r[9], r[10]) for r in table(answer)]
    talk = "revt:nb-2025-03-kr-talk-ambassadors"
    assert rows == [
        (KO, None, LUNCH, "rplace:gyeonggi", "rpost:gyeonggi-vice-governor-economy", GG, Q[10]),
        ("rorg:bom", None, GOV_MEETING, "rplace:gyeonggi", None, None, Q[11]),
        ("rorg:lionvolt", None, GOV_MEETING, "rplace:gyeonggi", None, None, Q[11]),
        ("rorg:tno-apac", None, GOV_MEETING, "rplace:gyeonggi", None, None, Q[11]),
        (KIM, None, GOV_MEETING, "rplace:gyeonggi", "rpost:gyeonggi-governor", GG, Q[10]),
        (AMBASSADOR, None, GOV_MEETING, "rplace:gyeonggi", "rpost:nl-ambassador-south-korea",
         EMBASSY, Q[11]),
        # the talk with the embassy, whose only Brabant participant is the delegation
        (AMBASSADOR, DELEGATION, talk, "rplace:south-korea", "rpost:nl-ambassador-south-korea",
         EMBASSY, Q[26]),
        ("rper:nl-deputy-ambassador-south-korea", DELEGATION, talk, "rplace:south-korea",
         "rpost:nl-deputy-ambassador-south-korea", EMBASSY, Q[26]),
        ("rper:dutch-companies-at-interbattery-2025", None,
         "revt:nb-2025-03-kr-talks-dutch-companies-interbattery", "rplace:south-korea", None, None,
         Q[16]),
    ]
    # his capacity where he was there in person; none is stated for the delegation's talk
    assert [r[7] for r in table(answer)] == ["rpost:nb-gedeputeerde"] * 6 + [None, None,
                                                                             "rpost:nb-gedeputeerde"]


def test_who_met_the_deputy_ambassador_includes_the_delegation_members_via_it(store, labels):
    answer = run(store, labels, "who-met", actor="rper:nl-deputy-ambassador-south-korea")
    assert [(r[1], r[2]) for r in table(answer)] == [
        (DELEGATION, None), (MARTIJN, DELEGATION), (CIVIL_SERVANTS, DELEGATION),
        (AMBASSADOR, None)]


# ---------------------------------------------------------------- 2 who-met-whom

def test_who_met_whom(store, labels):
    answer = run(store, labels, "who-met-whom")
    assert answer.variables == ["a", "b", "sharedMeetings", "meeting", "via"]
    talk = "revt:nb-2025-03-kr-talk-ambassadors"
    talks = "revt:nb-2025-03-kr-talks-dutch-companies-interbattery"
    deputy = "rper:nl-deputy-ambassador-south-korea"
    civil = CIVIL_SERVANTS
    assert table(answer) == [
        (DELEGATION, AMBASSADOR, "2", GOV_MEETING, None),
        (DELEGATION, AMBASSADOR, "2", talk, None),
        # Martijn met the ambassador in person at the governor's, via the delegation at the talk
        (MARTIJN, AMBASSADOR, "2", GOV_MEETING, None),
        (MARTIJN, AMBASSADOR, "2", talk, DELEGATION),
        (civil, AMBASSADOR, "2", GOV_MEETING, DELEGATION),
        (civil, AMBASSADOR, "2", talk, DELEGATION),
        ("rorg:bom", "rorg:lionvolt", "1", GOV_MEETING, None),
        ("rorg:bom", DELEGATION, "1", GOV_MEETING, None),
        ("rorg:bom", "rorg:tno-apac", "1", GOV_MEETING, None),
        ("rorg:bom", KIM, "1", GOV_MEETING, None),
        ("rorg:bom", MARTIJN, "1", GOV_MEETING, None),
        ("rorg:bom", civil, "1", GOV_MEETING, DELEGATION),
        ("rorg:bom", AMBASSADOR, "1", GOV_MEETING, None),
        ("rorg:lionvolt", DELEGATION, "1", GOV_MEETING, None),
        ("rorg:lionvolt", "rorg:tno-apac", "1", GOV_MEETING, None),
        ("rorg:lionvolt", KIM, "1", GOV_MEETING, None),
        ("rorg:lionvolt", MARTIJN, "1", GOV_MEETING, None),
        ("rorg:lionvolt", civil, "1", GOV_MEETING, DELEGATION),
        ("rorg:lionvolt", AMBASSADOR, "1", GOV_MEETING, None),
        (DELEGATION, "rorg:tno-apac", "1", GOV_MEETING, None),
        (DELEGATION, KO, "1", LUNCH, None),
        (DELEGATION, KIM, "1", GOV_MEETING, None),
        (DELEGATION, deputy, "1", talk, None),
        ("rorg:tno-apac", KIM, "1", GOV_MEETING, None),
        ("rorg:tno-apac", MARTIJN, "1", GOV_MEETING, None),
        ("rorg:tno-apac", civil, "1", GOV_MEETING, DELEGATION),
        ("rorg:tno-apac", AMBASSADOR, "1", GOV_MEETING, None),
        ("rper:dutch-companies-at-interbattery-2025", MARTIJN, "1", talks, None),
        (KO, MARTIJN, "1", LUNCH, None),
        (KO, civil, "1", LUNCH, DELEGATION),
        (KIM, MARTIJN, "1", GOV_MEETING, None),
        (KIM, civil, "1", GOV_MEETING, DELEGATION),
        (KIM, AMBASSADOR, "1", GOV_MEETING, None),
        (MARTIJN, deputy, "1", talk, DELEGATION),
        (civil, deputy, "1", talk, DELEGATION),
        (AMBASSADOR, deputy, "1", talk, None),
    ]
    # never a delegation with its own member, nor two members of it through it
    assert (MARTIJN, civil) not in {(r[0], r[1]) for r in table(answer)}
    assert not {(r[0], r[1]) for r in table(answer)} & {(MARTIJN, DELEGATION), (DELEGATION, civil)}


# ---------------------------------------------------------------- 3 event-participants

def test_participants_of_the_meeting_with_the_governor(store, labels):
    answer = run(store, labels, "event-participants",
                 event="Meeting with Governor Kim Dong-yeon of Gyeonggi")
    assert answer.variables == ["event", "participant", "role", "onBehalfOf", "capacity",
                                "evidence"]
    assert table(answer) == [
        (GOV_MEETING, AMBASSADOR, "prole:attendee", EMBASSY, "rpost:nl-ambassador-south-korea",
         Q[11]),
        (GOV_MEETING, DELEGATION, "prole:delegation", NB, None, Q[10]),
        (GOV_MEETING, MARTIJN, "prole:delegation-lead", NB, "rpost:nb-gedeputeerde", Q[10]),
        (GOV_MEETING, KIM, "prole:host", GG, "rpost:gyeonggi-governor", Q[10]),
        (GOV_MEETING, "rorg:bom", "prole:organisation-representative", None, None, Q[11]),
        (GOV_MEETING, "rorg:lionvolt", "prole:organisation-representative", None, None, Q[11]),
        (GOV_MEETING, "rorg:tno-apac", "prole:organisation-representative", None, None, Q[11]),
    ]


def test_participants_of_women_in_tech_by_dutch_name(store, labels):
    answer = run(store, labels, "event-participants", event="Women in Tech evenement")
    assert table(answer) == [
        (WIT, "rper:female-managers-women-in-tech-2025", "prole:attendee", None, None, Q[25]),
        (WIT, "rper:korean-female-students-women-in-tech-2025", "prole:audience", None, None,
         Q[25]),
        (WIT, EMBASSY, "prole:co-organiser", None, None, Q[25]),
        (WIT, MARTIJN, "prole:opener", NB, "rpost:nb-gedeputeerde", Q[24]),
        (WIT, "rorg:asml", "prole:presenter", None, None, Q[25]),
        (WIT, "rorg:philips", "prole:presenter", None, None, Q[25]),
    ]


# ---------------------------------------------------------------- 4 mission-programme

def test_mission_programme(store, labels):
    answer = run(store, labels, "mission-programme")
    assert answer.variables == ["mission", "when", "whenAsStated", "event", "kind", "type",
                                "status", "place", "partOf", "whenEvidence", "whenSource", "placeEvidence",
                                "placeSource"]
    fair = "revt:nb-2025-03-kr-visit-interbattery"
    visit = "revt:nb-2025-03-kr-visit-gyeonggi"
    gy, kr = "rplace:gyeonggi", "rplace:south-korea"
    # all in March 2025: the parts of the programme in the order the report first mentions them
    # (the fair in sentence 8, Gyeonggi in 10, the company visits in 19, Women in Tech in 24, the
    # ambassadors in 26), each with its items; the lunch after the meeting with the governor
    # ("Na de ontmoeting met de gouverneur", rikg:after) although sentence 10 names both
    expected = [
        (fair, "rikg:Event", "etype:fair-visit", kr, MISSION),
        ("revt:nb-2025-03-kr-dutch-pavilion-visit", "rikg:SiteVisit", "etype:fair-visit", kr,
         fair),
        (EMBASSY_EVENTS, "rikg:Event", "etype:networking-event", kr, fair),
        ("revt:nb-2025-03-kr-talks-dutch-companies-interbattery", "rikg:Meeting",
         "etype:conversation-with-companies", kr, fair),
        ("revt:nb-2025-03-kr-pavilion-tour", "rikg:SiteVisit", "etype:pavilion-tour", kr, fair),
        ("revt:nb-2025-03-kr-nl-battery-technologies-seminar", "rikg:Event", "etype:seminar", kr,
         fair),
        (visit, "rikg:Event", "etype:regional-visit", gy, MISSION),
        (GOV_MEETING, "rikg:Meeting", "etype:bilateral-meeting", gy, visit),
        (LUNCH, "rikg:Meeting", "etype:working-lunch", gy, visit),
        ("revt:nb-2025-03-kr-visit-asml-korea", "rikg:SiteVisit", "etype:company-visit", gy,
         MISSION),
        ("revt:nb-2025-03-kr-visit-gsic", "rikg:SiteVisit", "etype:institute-visit", gy, MISSION),
        ("revt:nb-2025-03-kr-visit-iae", "rikg:SiteVisit", "etype:institute-visit", gy, MISSION),
        ("revt:nb-2025-03-kr-visit-k-city", "rikg:SiteVisit", "etype:institute-visit", gy,
         MISSION),
        (WIT, "rikg:Event", "etype:networking-event", kr, MISSION),
        ("revt:nb-2025-03-kr-talk-ambassadors", "rikg:Meeting", "etype:talk", kr, MISSION),
    ]
    assert [r[3:6] + r[7:9] for r in table(answer)] == expected
    assert {r[0] for r in table(answer)} == {MISSION}
    assert {r[6] for r in table(answer)} == {None}      # the report gives no status: as told
    # each time and place with the sentence that states it: the mission's "in maart 2025" (for
    # K-City, whose own time takes that month, too), the place's own sentence
    assert [r[9:] for r in table(answer)] == [
        (Q[4], SEED, Q[PLACE_SENTENCE[r[3]]], SEED) for r in table(answer)]
    # only the K-City visit has a time of its own ("op vrijdag", a Friday in March 2025)
    assert [(r[1], r[2]) for r in table(answer)] == [
        ("2025-03", "op vrijdag" if r[3] == "revt:nb-2025-03-kr-visit-k-city" else "in maart 2025")
        for r in table(answer)]
    # the mission given by its name gives the same programme
    by_name = run(store, labels, "mission-programme",
                  mission="Administrative visit to South Korea and Gyeonggi-do, March 2025")
    assert by_name.rows == answer.rows


def test_mission_programme_keeps_the_lunch_after_the_meeting_on_its_day(store_all, labels_all):
    # the press report dates the meeting (6 March 2025); the lunch, only "March 2025", is after
    # it as the report says, not before it as a month would sort
    events = [cell(e) for e in column(run(store_all, labels_all, "mission-programme"), "event")]
    assert events.index(GOV_MEETING) < events.index(LUNCH)
    assert events[events.index(LUNCH) - 1] == GOV_MEETING


# ---------------------------------------------------------------- 5 theme-actors

def test_theme_actors_hydrogen_by_dutch_label(store, labels):
    answer = run(store, labels, "theme-actors", theme="waterstof")
    assert answer.variables == ["theme", "actor", "how", "via", "role", "matchedTheme"]
    h, iae = "theme:hydrogen", "revt:nb-2025-03-kr-visit-iae"
    assert table(answer) == [
        (h, "rorg:institute-for-advanced-engineering", "took part in event", iae,
         "prole:visited-organisation", h),
        (h, "rorg:institute-for-advanced-engineering", "works on the theme itself", None, None, h),
        (h, DELEGATION, "took part in event", iae, "prole:delegation", h),
        (h, MARTIJN, "took part in event", iae, "prole:delegation-lead", h),
    ]


def test_theme_actors_women_in_tech(store, labels):
    answer = run(store, labels, "theme-actors", theme="women in tech")
    w, o4 = "theme:women-in-tech", "rout:nb-2025-03-kr-4"
    assert table(answer) == [
        (w, "rorg:asml", "named in outcome", o4, None, w),
        (w, "rorg:asml", "took part in event", WIT, "prole:presenter", w),
        (w, EMBASSY, "organised event", WIT, None, w),
        (w, EMBASSY, "took part in event", WIT, "prole:co-organiser", w),
        (w, "rorg:philips", "named in outcome", o4, None, w),
        (w, "rorg:philips", "took part in event", WIT, "prole:presenter", w),
        (w, "rper:female-managers-women-in-tech-2025", "took part in event", WIT,
         "prole:attendee", w),
        (w, "rper:korean-female-students-women-in-tech-2025", "took part in event", WIT,
         "prole:audience", w),
        (w, MARTIJN, "took part in event", WIT, "prole:opener", w),
    ]


def test_theme_actors_energy_includes_narrower_themes(store, labels):
    answer = run(store, labels, "theme-actors", theme="energy")
    matched = {(r[1], r[3], r[5]) for r in table(answer)}
    # the seminar is on batteries and the institute visit on hydrogen, both narrower than energy
    # (the visit is on energy as well: one row, both matched themes in one cell)
    assert (MARTIJN, "revt:nb-2025-03-kr-nl-battery-technologies-seminar",
            "theme:batteries") in matched
    assert ("rorg:institute-for-advanced-engineering", "revt:nb-2025-03-kr-visit-iae",
            ("theme:energy", "theme:hydrogen")) in matched
    assert {r[1] for r in table(answer)} == {
        # ASML Korea is not among them: outcome 3 (semicon, energy, ...) does not name it
        "rorg:asml", "rorg:gyeonggi-semicon-innovation-center",
        "rorg:institute-for-advanced-engineering", "rorg:k-city", DELEGATION, GG, NB,
        "rper:dutch-delegation-battery-seminar-2025", "rper:korean-partners-battery-seminar-2025",
        MARTIJN, "rper:nb-civil-servants-2025-03"}
    assert len(answer.rows) == 18    # one per actor, way and event; matched themes gathered



def iri_order(answer, *columns) -> list[tuple]:
    """The answer's rows by the named columns as texts (code point order, as SPARQL orders IRIs
    and strings; unbound first), gathered cells by their first value."""
    def text(term):
        term = next(iter(term)) if isinstance(term, Several) else term
        return "" if term is None else str(term)
    at = [answer.variables.index(c) for c in columns]
    return [tuple(text(row[i]) for i in at) for row in answer.rows]


def test_theme_actors_come_in_the_order_of_the_actors_and_events_iris(store, labels):
    """The query sorts by pieces of the IRIs (cheaper for Oxigraph): the order of the IRIs."""
    order = iri_order(run(store, labels, "theme-actors", theme="energy"), "actor", "how", "via")
    assert len(set(order)) > 10
    assert order == sorted(order)

# ---------------------------------------------------------------- 6 shared-themes

def test_shared_themes_of_martijn_and_ko(store, labels):
    answer = run(store, labels, "shared-themes", a="Martijn van Gruijthuijsen", b="Ko")
    assert answer.variables == ["a", "b", "theme", "actor", "how", "via"]
    assert table(answer) == [
        (MARTIJN, KO, theme, who, "took part in event", LUNCH)
        for theme in ("theme:climate", "theme:economic-cooperation", "theme:social-issues")
        for who in (KO, MARTIJN)]                     # (by IRI: .../gyeonggi-… before .../martijn-…)


def test_shared_themes_of_the_two_provinces(store, labels):
    answer = run(store, labels, "shared-themes", a="Provincie Noord-Brabant",
                 b="Gyeonggi Province")
    assert {r[2] for r in table(answer)} == {
        "theme:climate", "theme:digitalisation", "theme:economic-cooperation", "theme:energy",
        "theme:photonics", "theme:semicon", "theme:social-issues"}
    rows = {r[2:] for r in table(answer)}
    assert ("theme:energy", NB, "party to agreement", MOU) in rows
    assert ("theme:energy", GG, "party to agreement", MOU) in rows
    assert ("theme:climate", NB, "represented at event", LUNCH) in rows
    assert ("theme:climate", GG, "named in outcome", "rout:nb-2025-03-kr-1") in rows
    # each theme with a way of each side, and no way twice
    assert {(r[2], r[3]) for r in table(answer)} == {(t, who) for t, _, _, _ in rows
                                                      for who in (NB, GG)}
    assert len(rows) == len(answer.rows)


def test_shared_themes_grow_with_the_ways_of_each_not_their_product(store, labels):
    """A row per way of one of the two: the pairs of ways are not listed, so two actors with a
    hundred events on a theme each give two hundred rows, not ten thousand."""
    answer = run(store, labels, "shared-themes", a="Provincie Noord-Brabant",
                 b="Gyeonggi Province")
    ways = {who: {(r[2], r[4], r[5]) for r in table(answer) if r[3] == who} for who in (NB, GG)}
    assert len(answer.rows) == len(ways[NB]) + len(ways[GG])



def test_shared_themes_come_in_the_order_of_the_themes_actors_and_events_iris(store, labels):
    """The query sorts by pieces of the IRIs and the actor by its rank between a and b: the
    order of the IRIs."""
    for a, b in (("Provincie Noord-Brabant", "Gyeonggi Province"),
                 ("Gyeonggi Province", "Provincie Noord-Brabant")):
        order = iri_order(run(store, labels, "shared-themes", a=a, b=b),
                          "theme", "actor", "how", "via")
        assert len({row[1] for row in order}) == 2
        assert order == sorted(order)

# ---------------------------------------------------------------- 7 agreements

def test_agreements(store, labels):
    answer = run(store, labels, "agreements")
    assert answer.variables == ["agreement", "kind", "signed", "aspect", "value", "evidence",
                                "signedEvidence", "signedSource"]
    # the signing date beside the report that gives it, and its sentence
    # ("sinds oktober 2024 een samenwerkingsovereenkomst") beside that report too
    head = (MOU, "rikg:MemorandumOfUnderstanding", (("2024-10", SEED),))
    assert {r[6:] for r in table(answer)} == {(((Q[29], SEED),), SEED)}
    # each row's own fact with the sentence that states it: the parties by the sentences naming
    # them, the themes by the sentence listing them, the working group by the one on working out
    # the MoU in a working group
    begins = ["Het bezoek aan Gyeonggi, waarmee", "Het MoU biedt een instrument",
              "Het MoU biedt een instrument", "Het MoU biedt een instrument",
              "Het MoU biedt een instrument", "Het MoU biedt een instrument",
              "Tijdens het bezoek is gesproken over de verdere uitwerking van het MoU",
              "Komende maanden wordt ambtelijk de werkgroep uitgewerkt",
              "Tijdens het bezoek is gesproken over de verdere uitwerking van het MoU",
              "Het MoU biedt een instrument", "In de ontmoeting met de gouverneur van Gyeonggi",
              "Het bezoek aan Gyeonggi, waarmee"]
    assert [(r[5] or "")[:len(b)] for r, b in zip(table(answer), begins)] == begins
    assert [r[:5] for r in table(answer)] == [
        (*head, "party", GG),
        (*head, "party", NB),
        (*head, "theme", "theme:digitalisation"),
        (*head, "theme", "theme:energy"),
        (*head, "theme", "theme:photonics"),
        (*head, "theme", "theme:semicon"),
        (*head, "implemented by", "rorg:wg-nb-gyeonggi"),
        (*head, "follow-up action", "ract:nb-gyeonggi-working-group"),
        (*head, "event about it", GOV_MEETING),
        (*head, "event about it", MISSION),
        (*head, "outcome about it", "rout:nb-2025-03-kr-1"),
        (*head, "outcome about it", "rout:nb-2025-03-kr-2"),
    ]
    assert {s.value.datatype for cell in column(answer, "signed") for s in cell} == {XSD.gYearMonth}
    one = run(store, labels, "agreements", agreement="MoU")
    assert one.rows == answer.rows


# ---------------------------------------------------------------- 8 follow-ups

def test_follow_ups(store, labels):
    answer = run(store, labels, "follow-ups")
    assert answer.variables == ["action", "status", "commitment", "due", "dueAsStated", "agent",
                                "about", "followsFrom", "evidence", "statusSource"]
    potential = (("schema:PotentialActionStatus", SEED),)     # the status beside its report
    assert table(answer) == [
        ("ract:brabant-innovation-day-korea", potential, "commitment:possibility", None, None, NB,
         None, MISSION, ((Q[42], SEED),), SEED),
        # the report does not say who looks into it: the agent cell says so, no agent guessed
        ("ract:kings-commissioner-visit-2026", potential, "commitment:being-explored", "2026",
         "in 2026", "rikg:agentNotStated", KC_VISIT, INVITATION, ((Q[40], SEED),), SEED),
        ("ract:korea-market-studies", potential, "commitment:committed", None, None, NB, None,
         MISSION, ((Q[42], SEED),), SEED),
        # one row for the working group, both agents in one cell
        ("ract:nb-gyeonggi-working-group", potential, "commitment:committed", None,
         "Komende maanden", (GG, NB), "rorg:wg-nb-gyeonggi", GOV_MEETING, ((Q[39], SEED),), SEED),
        ("ract:nb-korea-opportunities", potential, "commitment:committed", None, None, NB, None,
         MISSION, ((Q[41], SEED),), SEED),
    ]
    assert column(answer, "due")[1].datatype == XSD.gYear


def test_follow_ups_give_each_sources_status_with_its_own_sentence(store_all, labels_all):
    """The seed's "potential" with the seed's "Komende maanden ..." sentence, the press summary's
    "completed" with its own "had already been set up": never the other source's sentence."""
    answer = run(store_all, labels_all, "follow-ups")
    press = "rdoc:press-kr-2024-2025"
    # one row for the action: each status and each sentence beside its own report
    [(status, evidence, sources)] = [(r[1], r[8], r[9]) for r in table(answer)
                                     if r[0] == "ract:nb-gyeonggi-working-group"]
    assert status == (("schema:PotentialActionStatus", SEED),
                      ("schema:CompletedActionStatus", press))
    assert evidence == ((Q[39], SEED), (PRESS_WORKING_BODY, press))
    assert sources == (SEED, press)


def test_timeline_gives_each_status_of_an_action_its_own_sentence(store_all, labels_all):
    """Two sources, two statuses of the working group: two timeline rows, each quoting the
    sentence of its own status, not the action's first sentence."""
    answer = run(store_all, labels_all, "timeline", who="Province of North Brabant")
    rows = {r[6]: r[7] for r in table(answer) if r[1] == "ract:nb-gyeonggi-working-group"}
    assert rows == {"schema:PotentialActionStatus": Q[39],
                    "schema:CompletedActionStatus": PRESS_WORKING_BODY}


def test_follow_ups_being_explored(store, labels):
    answer = run(store, labels, "follow-ups", commitment="being explored")
    assert [r[0] for r in table(answer)] == ["ract:kings-commissioner-visit-2026"]


# ---------------------------------------------------------------- 9 costs

def test_costs_with_total(store, labels):
    answer = run(store, labels, "costs")
    assert answer.variables == ["mission", "category", "currency", "actual", "budget",
                                "difference"]
    rows = [(cell(m), cell(c), str(cur), Decimal(str(a)), Decimal(str(b)), Decimal(str(d)))
            for m, c, cur, a, b, d in answer.rows]
    # € 9.486,54 of € 10.344,00 (civil service) and € 8.330,00 of € 8.763,00 (political)
    assert rows == [
        (MISSION, "cost:civil-service-participation", "EUR", Decimal("9486.54"),
         Decimal("10344.00"), Decimal("-857.46")),
        (MISSION, "cost:political-participation", "EUR", Decimal("8330.00"), Decimal("8763.00"),
         Decimal("-433.00")),
        (MISSION, "total", "EUR", Decimal("17816.54"), Decimal("19107.00"), Decimal("-1290.46")),
    ]
    for row in answer.rows:
        assert {t.datatype for t in row[3:]} == {XSD.decimal}
    one = run(store, labels, "costs",
              mission="Administrative visit to South Korea and Gyeonggi-do, March 2025")
    assert one.rows == answer.rows


# ---------------------------------------------------------------- 10 connectors

def test_connectors(store, labels):
    answer = run(store, labels, "connectors")
    assert answer.variables == ["organisation", "events", "event", "takesPart", "organises",
                                "represented"]
    nb_events = ["revt:nb-2025-03-kr-dutch-pavilion-visit", EMBASSY_EVENTS, LUNCH, GOV_MEETING,
                 MISSION, "revt:nb-2025-03-kr-nl-battery-technologies-seminar",
                 "revt:nb-2025-03-kr-pavilion-tour", "revt:nb-2025-03-kr-talk-ambassadors",
                 "revt:nb-2025-03-kr-talks-dutch-companies-interbattery",
                 "revt:nb-2025-03-kr-visit-asml-korea", "revt:nb-2025-03-kr-visit-gsic",
                 "revt:nb-2025-03-kr-visit-gyeonggi", "revt:nb-2025-03-kr-visit-iae",
                 "revt:nb-2025-03-kr-visit-k-city", WIT]
    f, t = "false", "true"
    expected = [(NB, "15", e, f, t if e == MISSION else f, t) for e in nb_events] + [
        (EMBASSY, "4", EMBASSY_EVENTS, f, t, f),
        (EMBASSY, "4", GOV_MEETING, f, f, t),
        (EMBASSY, "4", "revt:nb-2025-03-kr-talk-ambassadors", f, f, t),
        (EMBASSY, "4", WIT, t, t, f),
        ("rorg:asml", "2", EMBASSY_EVENTS, t, f, f),
        ("rorg:asml", "2", WIT, t, f, f),
        ("rorg:bom", "2", EMBASSY_EVENTS, t, f, f),
        ("rorg:bom", "2", GOV_MEETING, t, f, f),
        ("rorg:lionvolt", "2", EMBASSY_EVENTS, t, f, f),
        ("rorg:lionvolt", "2", GOV_MEETING, t, f, f),
        ("rorg:philips", "2", EMBASSY_EVENTS, t, f, f),
        ("rorg:philips", "2", WIT, t, f, f),
        (GG, "2", LUNCH, f, f, t),
        (GG, "2", GOV_MEETING, f, f, t),
        ("rorg:tno-apac", "2", GOV_MEETING, t, f, f),
        ("rorg:tno-apac", "2", "revt:nb-2025-03-kr-visit-k-city", f, f, t),
    ]
    assert table(answer) == expected


# ---------------------------------------------------------------- 11 actor-profile

def test_profile_of_kim_dong_yeon(store, labels):
    answer = run(store, labels, "actor-profile", actor="Kim Dong-yeon")
    assert answer.variables == ["actor", "aspect", "relation", "value", "evidence"]
    assert table(answer) == [
        (KIM, "post", "holds", "rpost:gyeonggi-governor", Q[10]),
        (KIM, "post", "post in", GG, Q[10]),
        (KIM, "event", "prole:host", GOV_MEETING, Q[10]),
        (KIM, "invitation", "invited", INVITATION, Q[13]),
    ]


def test_profile_of_tno_apac(store, labels):
    answer = run(store, labels, "actor-profile", actor="TNO APAC")
    apac, director = "rorg:tno-apac", "rper:tno-apac-director"
    assert table(answer) == [
        (apac, "kind", "is a", "okind:knowledge-institute", None),      # TNO's kind, unsourced
        (apac, "people", "rpost:tno-apac-director", director, Q[22]),
        (apac, "organisation", "part of", "rorg:tno", Q[11]),
        (apac, "event", "prole:organisation-representative", GOV_MEETING, Q[11]),
        (apac, "represented at event", director, "revt:nb-2025-03-kr-visit-k-city", Q[22]),
    ]


def test_profile_label_asml_is_asml_not_asml_korea(store, labels):
    # "ASML" is a substring of "ASML Korea", but an exact (folded) label match wins
    answer = run(store, labels, "actor-profile", actor="ASML")
    assert cell(answer.bindings["actor"]) == "rorg:asml"
    assert [r[1:4] for r in table(answer)] == [
        ("kind", "is a", "okind:company"),
        ("organisation", "has part", "rorg:asml-korea"),
        ("place", "acts for (side)", "rplace:noord-brabant"),
        ("place", "located in", "rplace:noord-brabant"),
        ("event", "prole:organisation-representative", EMBASSY_EVENTS),
        ("event", "prole:presenter", WIT),
        ("outcome", "names it", "rout:nb-2025-03-kr-3"),
        ("outcome", "names it", "rout:nb-2025-03-kr-4"),
    ]


def test_profile_gives_the_side_and_the_kind_with_the_sentence_of_their_statement(store, labels):
    """The embassy acts for the Netherlands and is located in South Korea: two rows, each with the
    sentence that says it; a side sourced from a web page, not a report, has no sentence."""
    answer = run(store, labels, "actor-profile", actor="Netherlands Embassy in South Korea")
    rows = [r[1:] for r in table(answer) if r[1] in ("kind", "place")]
    assert rows[0] == ("kind", "is a", "okind:embassy", Q[9])
    assert rows[1] == ("place", "acts for (side)", "rplace:netherlands", Q[9])
    assert rows[2][:3] == ("place", "located in", "rplace:south-korea")
    korean = run(store, labels, "actor-profile", actor="Samsung SDI")
    assert [r[1:] for r in table(korean)][:2] == [
        ("kind", "is a", "okind:company", None), ("place", "acts for (side)", "rplace:south-korea", None)]


def test_profile_by_part_of_a_name(store, labels):
    # no exact match: a unique substring match is accepted
    answer = run(store, labels, "actor-profile", actor="Gruijthuijsen")
    assert cell(answer.bindings["actor"]) == MARTIJN
    assert table(answer)[0] == (MARTIJN, "post", "holds", "rpost:nb-gedeputeerde", Q[4])
    assert len(answer.rows) == 16


# ---------------------------------------------------------------- 12 region-relations

def test_relations_between_noord_brabant_and_gyeonggi(store, labels):
    answer = run(store, labels, "region-relations")
    assert answer.variables == ["a", "b", "when", "whenAsStated", "relation", "kind", "status",
                                "item", "evidence", "source"]
    # the evidence is the sentence that states the time shown: the meeting's "in oktober 2024",
    # the MoU's "sinds oktober 2024", the mission's "in maart 2025" (for the items without a time
    # of their own), the planned visit's "in 2026"
    assert table(answer) == [
        (NB, GG, "2024-10", "in oktober 2024", "earlier meeting, followed up on", "rikg:Meeting", None,
         "revt:nb-2024-10-meeting-brabant", Q[11], SEED),
        (NB, GG, "2024-10", None, "agreement between them", "rikg:MemorandumOfUnderstanding", None, MOU,
         Q[29], SEED),
        # the lasting cooperation the same sentence states ("sinds oktober 2024")
        (NB, GG, "2024-10", None, "standing relation", "relkind:cooperation", None,
         "rrel:nb-gyeonggi-cooperation", Q[29], SEED),
        (NB, GG, "2025-03", "in maart 2025", "both took part", "etype:working-lunch", None, LUNCH, Q[4],
         SEED),
        (NB, GG, "2025-03", "in maart 2025", "both took part", "etype:bilateral-meeting", None,
         GOV_MEETING, Q[4], SEED),
        (NB, GG, "2025-03", "in maart 2025", "both took part in its programme", "etype:mission", None,
         MISSION, Q[4], SEED),
        (NB, GG, "2025-03", "in maart 2025", "both took part in its programme",
         "etype:regional-visit", None, "revt:nb-2025-03-kr-visit-gyeonggi", Q[4], SEED),
        (NB, GG, "2025-03", "in maart 2025", "invitation from b to a", "rikg:Invitation", None,
         INVITATION, Q[4], SEED),
        # the visit is only being looked into: planned, not held
        (NB, GG, "2026", "in 2026", "invited visit", "etype:mission", "estatus:planned",
         KC_VISIT, Q[40], SEED),
    ]


def test_region_relations_swapped_turns_the_invitation_round(store, labels):
    answer = run(store, labels, "region-relations", a="Gyeonggi Province",
                 b="Provincie Noord-Brabant")
    rows = table(answer)
    assert {(r[0], r[1]) for r in rows} == {(GG, NB)}
    assert [r[4] for r in rows] == [
        "earlier meeting, followed up on", "agreement between them", "standing relation",
        "both took part",
        "both took part", "both took part in its programme", "both took part in its programme",
        "invitation from a to b", "invited visit"]


# ---------------------------------------------------------------- 13 source-of

def test_source_of_a_registry_person(store, labels):
    answer = run(store, labels, "source-of", subject="Kim Dong-yeon")
    assert answer.variables == ["subject", "graph", "report", "excerpt", "quote"]
    assert table(answer) == [
        (KIM, "rgraph:registry", "rdoc:nb-2025-03-kr", "rexc:nb-2025-03-kr-10", Q[10]),
    ]


def test_source_of_the_mou_given_as_prefixed_iri(store, labels):
    answer = run(store, labels, "source-of", subject="ragr:mou-nb-gyeonggi-2024")
    assert table(answer) == [
        (MOU, "rgraph:nb-2025-03-kr", "rdoc:nb-2025-03-kr", f"rexc:nb-2025-03-kr-{n}", Q[n])
        for n in (5, 6, 29, 39)]
    # the report is shown by its title
    assert labels.label(str(answer.rows[0][2])) == (
        "Verslag Bestuurlijk bezoek Zuid-Korea en Gyeonggi-do, maart 2025")


# ---------------------------------------------------------------- further queries

def test_statement_evidence_gives_the_sentence_of_one_fact(store, labels):
    query = load_query(ROOT / "queries" / "lookup" / "statement-evidence.rq")
    answer = run_query(store, query, {
        "subject": "Working out the Brabant – Gyeonggi working group (civil-service level)",
        "predicate": "https://schema.org/actionStatus"}, labels)
    assert answer.variables == ["subject", "predicate", "object", "quote", "report", "graph"]
    assert [r[2:] for r in table(answer)] == [
        ("schema:PotentialActionStatus", Q[39], SEED, "rgraph:nb-2025-03-kr")]
    # a fact no sentence states gives no row
    none = run_query(store, query, {"subject": "Exploring a visit of the King's Commissioner to "
                                               "Gyeonggi in 2026",
                                    "predicate": "https://schema.org/agent"}, labels)
    assert none.rows == []


def test_events_by_type(store, labels):
    answer = run(store, labels, "events-by-type")
    assert answer.variables == ["type", "events", "event", "status", "when", "whenAsStated",
                                "place", "mission", "whenEvidence", "whenSource", "placeEvidence",
                                "placeSource", "within"]
    m, gy, kr = MISSION, "rplace:gyeonggi", "rplace:south-korea"
    march = ("2025-03", "in maart 2025")
    assert [r[:3] + r[4:8] for r in table(answer)] == [
        ("etype:institute-visit", "3", "revt:nb-2025-03-kr-visit-gsic", *march, gy, m),
        ("etype:institute-visit", "3", "revt:nb-2025-03-kr-visit-iae", *march, gy, m),
        ("etype:institute-visit", "3", "revt:nb-2025-03-kr-visit-k-city", "2025-03", "op vrijdag",
         gy, m),
        ("etype:fair-visit", "2", "revt:nb-2025-03-kr-dutch-pavilion-visit", *march, kr, m),
        ("etype:fair-visit", "2", "revt:nb-2025-03-kr-visit-interbattery", *march, kr, m),
        ("etype:mission", "2", MISSION, *march, kr, None),
        ("etype:mission", "2", KC_VISIT, "2026", "in 2026", gy, None),
        ("etype:networking-event", "2", EMBASSY_EVENTS, *march, kr, m),
        ("etype:networking-event", "2", WIT, *march, kr, m),
        ("etype:bilateral-meeting", "1", GOV_MEETING, *march, gy, m),
        ("etype:company-visit", "1", "revt:nb-2025-03-kr-visit-asml-korea", *march, gy, m),
        ("etype:conversation-with-companies", "1",
         "revt:nb-2025-03-kr-talks-dutch-companies-interbattery", *march, kr, m),
        ("etype:pavilion-tour", "1", "revt:nb-2025-03-kr-pavilion-tour", *march, kr, m),
        ("etype:regional-visit", "1", "revt:nb-2025-03-kr-visit-gyeonggi", *march, gy, m),
        ("etype:seminar", "1", "revt:nb-2025-03-kr-nl-battery-technologies-seminar", *march, kr,
         m),
        ("etype:talk", "1", "revt:nb-2025-03-kr-talk-ambassadors", *march, kr, m),
        ("etype:trade-fair", "1", "revt:nb-2025-03-kr-interbattery-fair", None, None, kr, None),
        ("etype:working-lunch", "1", LUNCH, *march, gy, m),
        ("rikg:Meeting", "1", "revt:nb-2024-10-meeting-brabant", "2024-10", "in oktober 2024",
         "rplace:noord-brabant", None),
    ]
    # the time's sentence: the mission's "in maart 2025", the visit's "in 2026", the meeting's
    # "in oktober 2024"; the fair has no time, so no sentence
    own_time = {KC_VISIT: Q[40], "revt:nb-2024-10-meeting-brabant": Q[11],
                "revt:nb-2025-03-kr-interbattery-fair": None}
    # the King's Commissioner's visit of 2026 is only being looked into: shown as planned
    assert {r[2]: r[3] for r in table(answer)}[KC_VISIT] == "estatus:planned"
    assert {r[3] for r in table(answer) if r[2] != KC_VISIT} == {None}
    assert [r[8:12] for r in table(answer)] == [
        (own_time.get(r[2], Q[4]), None if r[2].endswith("interbattery-fair") else SEED,
         Q[PLACE_SENTENCE[r[2]]], SEED) for r in table(answer)]


def test_organisations_by_country(store, labels):
    """The country is that of the side an organisation acts for: the embassy in Seoul is the
    Netherlands'; ASML Korea (no side of its own) stands on its parent ASML's side; the
    Institute for Advanced Engineering (no side recorded) is counted where it is located."""
    answer = run(store, labels, "organisations-by-country")
    assert answer.variables == ["country", "organisation", "kind", "side", "place", "partOf",
                                "placeEvidence", "placeSource"]
    nl, kr, nbr, ggr = ("rplace:netherlands", "rplace:south-korea", "rplace:noord-brabant",
                        "rplace:gyeonggi")
    company, government = "okind:company", "okind:government"
    institute, campus = "okind:knowledge-institute", "okind:campus"
    assert [r[:6] for r in table(answer)] == [
        (nl, "rorg:asml", company, nbr, nbr, None),
        (nl, "rorg:asml-korea", company, nbr, ggr, "rorg:asml"),
        (nl, "rorg:battery-competence-cluster", "okind:cluster", nl, None, None),
        (nl, "rorg:bom", "okind:development-agency", nbr, None, None),
        (nl, "rorg:lionvolt", company, nl, None, None),
        (nl, EMBASSY, "okind:embassy", nl, kr, None),
        (nl, "rorg:philips", company, nbr, nbr, None),
        (nl, NB, government, nbr, nbr, None),
        (nl, "rorg:tno", institute, nl, None, None),
        (nl, "rorg:tno-apac", institute, nl, None, "rorg:tno"),
        (kr, "rorg:ecopro", company, kr, None, None),
        (kr, "rorg:gyeonggi-semicon-innovation-center", campus, ggr, ggr, None),
        (kr, "rorg:institute-for-advanced-engineering", institute, None, ggr, None),
        (kr, "rorg:k-city", campus, kr, ggr, "rorg:kr-ministry-of-transport"),
        (kr, "rorg:kr-ministry-of-transport", government, kr, kr, None),
        (kr, "rorg:lg-energy-solution", company, kr, None, None),
        (kr, "rorg:posco", company, kr, None, None),
        (kr, GG, government, ggr, ggr, None),
        (kr, "rorg:samsung-sdi", company, kr, None, None),
        (kr, "rorg:sk-on", company, kr, None, None),
        (kr, "rorg:sungeel-hitech", company, kr, None, None),
        (kr, "rorg:university-of-seoul", "okind:university", kr, None, None),
        (None, "rorg:wg-nb-gyeonggi", "working group", None, None, None),
    ]
    # where it is, with the sentence that states it: none for ASML, Philips and the province of
    # Noord-Brabant, whose place no sentence states ("Brabantse partijen als ASML" is not where)
    located = {"rorg:asml-korea": 24, "rorg:gyeonggi-semicon-innovation-center": 24,
               "rorg:institute-for-advanced-engineering": 24, "rorg:k-city": 24,
               "rorg:kr-ministry-of-transport": 22, EMBASSY: 11, GG: 4}
    assert [(r[1], r[6], r[7]) for r in table(answer)] == [
        (r[1], Q[located[r[1]]], SEED) if r[1] in located else (r[1], None, None)
        for r in table(answer)]


def test_companies_took_part_as_exhibitors_presenters_visited_and_representatives(store, labels):
    """One row per company and event (`#+ key: company, event`): Dutch companies in the embassy's events, at the
    governor and at Women in Tech; ASML Korea (no side of its own) on ASML's side; the Korean
    companies as exhibitors whose pavilions were toured. Universities, TNO and BOM are not
    companies and are left out."""
    assert "#+ key: company, event" in CATALOGUE["companies"].text.splitlines()
    answer = run(store, labels, "companies")
    assert answer.variables == ["company", "country", "event", "role", "evidence"]
    nl, kr = "rplace:netherlands", "rplace:south-korea"
    represented = (EMBASSY_EVENTS, "prole:organisation-representative", Q[9])
    presenter = (WIT, "prole:presenter", Q[25])
    tour = ("revt:nb-2025-03-kr-pavilion-tour", "prole:exhibitor", Q[17])
    assert table(answer) == [
        ("rorg:asml", nl, *represented),
        ("rorg:asml", nl, *presenter),
        ("rorg:asml-korea", nl, "revt:nb-2025-03-kr-visit-asml-korea",
         "prole:visited-organisation", Q[23]),
        ("rorg:lionvolt", nl, *represented),
        ("rorg:lionvolt", nl, GOV_MEETING, "prole:organisation-representative", Q[11]),
        ("rorg:philips", nl, *represented),
        ("rorg:philips", nl, *presenter),
    ] + [(f"rorg:{c}", kr, *tour) for c in ("ecopro", "lg-energy-solution", "posco",
                                            "samsung-sdi", "sk-on", "sungeel-hitech")]


def test_invitations(store, labels):
    answer = run(store, labels, "invitations")
    assert answer.variables == ["invitation", "invitedBy", "invitee", "invitedTo", "visitWhen",
                                "madeAt", "followUp", "commitment", "evidence"]
    # made during the visit to Gyeonggi: the report does not say at which meeting
    rest = (KC_VISIT, "2026", "revt:nb-2025-03-kr-visit-gyeonggi", "ract:kings-commissioner-visit-2026",
            "commitment:being-explored", Q[13])
    # one row: both inviters (the province and its governor) in one cell, both invitees in one
    assert table(answer) == [
        (INVITATION, (GG, KIM), (NB, "rper:nb-kings-commissioner"), *rest),
    ]


def test_outcomes_of_the_mission(store, labels):
    answer = run(store, labels, "outcomes")
    assert answer.variables == ["mission", "outcome", "resultOf", "summary", "evidence"]
    assert [(r[0], r[1], r[2], r[4]) for r in table(answer)] == [
        (MISSION, "rout:nb-2025-03-kr-1", (LUNCH, GOV_MEETING), Q[27]),
        (MISSION, "rout:nb-2025-03-kr-2", "revt:nb-2025-03-kr-visit-gyeonggi", Q[29]),
        (MISSION, "rout:nb-2025-03-kr-3", ("revt:nb-2025-03-kr-visit-asml-korea",
                                           "revt:nb-2025-03-kr-visit-gsic",
                                           "revt:nb-2025-03-kr-visit-iae",
                                           "revt:nb-2025-03-kr-visit-k-city"), Q[32]),
        (MISSION, "rout:nb-2025-03-kr-4", WIT, Q[35]),
        (MISSION, "rout:nb-2025-03-kr-5", MISSION, Q[38]),
    ]
    # each summary in English and in Dutch, English first (kg.render shows the reader's one)
    summaries = column(answer, "summary")
    assert all([t.language for t in s] == ["en", "nl"] for s in summaries)
    assert str(summaries[-1][0]) == ("During all visits Brabant was positioned as the high-tech "
                                     "region of the Netherlands and as a partner in Europe for "
                                     "Korean companies and institutions.")
    assert str(summaries[-1][1]).startswith("Tijdens alle bezoeken is Brabant gepositioneerd")
    one = run(store, labels, "outcomes",
              mission="Administrative visit to South Korea and Gyeonggi-do, March 2025")
    assert one.rows == answer.rows


def test_people(store, labels):
    answer = run(store, labels, "people")
    assert answer.variables == ["organisation", "post", "person", "unnamed"]
    assert table(answer) == [
        (EMBASSY, "rpost:nl-ambassador-south-korea", AMBASSADOR, "true"),
        (EMBASSY, "rpost:nl-deputy-ambassador-south-korea", "rper:nl-deputy-ambassador-south-korea",
         "true"),
        (GG, "rpost:gyeonggi-governor", KIM, "false"),
        (GG, "rpost:gyeonggi-vice-governor-economy", KO, "false"),
        (NB, "rpost:nb-gedeputeerde", MARTIJN, "false"),
        (NB, "rpost:nb-kings-commissioner", "rper:nb-kings-commissioner", "true"),
        ("rorg:tno-apac", "rpost:tno-apac-director", "rper:tno-apac-director", "true"),
    ]


# ---------------------------------------------------------------- Oxigraph and rdflib agree

SAMPLES: dict[str, list[dict[str, str]]] = {
    "post-holders-on": [{"date": "2025-01-15"}, {"date": "2025-03-06", "holder": "Peter van der Vliet"}],
    "open-on": [{"date": "2025-03-31"}],
    "who-met": [{"actor": "Kim Dong-yeon"}, {"actor": "Martijn van Gruijthuijsen"}],
    "event-participants": [{"event": "Meeting with Governor Kim Dong-yeon of Gyeonggi"},
                           {"event": "Women in Tech evenement"}],
    "mission-programme": [{}],
    "theme-actors": [{"theme": "energy"}, {"theme": "women in tech"}],
    "shared-themes": [{"a": "Provincie Noord-Brabant", "b": "Gyeonggi Province"},
                      {"a": "Martijn van Gruijthuijsen", "b": "Ko"}],
    "agreements": [{}, {"agreement": "MoU"}],
    "follow-ups": [{}, {"commitment": "committed"}],
    "costs": [{}, {"mission": MISSION}],
    "actor-profile": [{"actor": "Provincie Noord-Brabant"}, {"actor": "Martijn van Gruijthuijsen"},
                      {"actor": "Gyeonggi Semicon Innovation Center"}],
    "region-relations": [{}, {"a": "Gyeonggi Province", "b": "Netherlands Embassy in South Korea"}],
    # (a kind of two events: Virtuoso once found one of them)
    "events-by-type": [{}, {"within": "fair visit"}],
    "source-of": [{"subject": "Meeting with Governor Kim Dong-yeon of Gyeonggi"},
                  {"subject": "Kim Dong-yeon"}],
    "outcomes": [{}, {"mission": MISSION}],
    "disagreements": [{}],
    "match-candidates": [{}, {"status": "confirmed"}],
    "identity-decisions": [{}, {"status": "confirmed"}],
}


def engine_cases(across_sources: bool = False) -> list:
    return [pytest.param(name, values, id=f"{name}-{i}")
            for name in sorted(CATALOGUE) if (name in ACROSS_SOURCES) == across_sources
            for i, values in enumerate(SAMPLES.get(name, [{}]))]


@pytest.fixture(scope="session")
def rdflib_engine(built) -> RdflibEngine:
    return RdflibEngine(built.current / "graph.trig")


@pytest.fixture(scope="session")
def rdflib_engine_all(built_all) -> RdflibEngine:
    return RdflibEngine(built_all.current / "graph.trig")


def comparable(term):
    """An RDF term in a form both engines must agree on: literals by (lexical form, datatype,
    language); a literal without datatype and language is an xsd:string (RDF 1.1), which is how
    the Oxigraph side (kg.store.to_rdflib) returns plain strings. No numeric normalisation is
    needed: the TriG dump already holds Oxigraph's canonical lexical forms."""
    if term is None:
        return None
    if isinstance(term, (Several, Beside)):
        return tuple(comparable(t) for t in term)
    if isinstance(term, URIRef):
        return ("iri", str(term))
    if isinstance(term, BNode):
        return ("bnode",)
    assert isinstance(term, Literal)
    datatype = term.datatype
    if datatype is None and not term.language:
        datatype = XSD.string
    return ("literal", str(term), str(datatype) if datatype else None, term.language)


def test_every_query_with_required_parameters_has_samples():
    for name, query in CATALOGUE.items():
        if any(p.required for p in query.params):
            assert name in SAMPLES, f"add sample parameters for {name} to SAMPLES"
    assert set(SAMPLES) <= set(CATALOGUE)


@pytest.mark.parametrize("name, values", engine_cases())
def test_oxigraph_and_rdflib_give_the_same_rows(name, values, store, labels, rdflib_engine):
    query = CATALOGUE[name]
    on_oxigraph = run_query(store, query, values, labels)
    on_rdflib = run_query(rdflib_engine, query, values, labels)
    assert on_oxigraph.rows, "pick sample values for which the query has an answer"
    assert on_oxigraph.variables == on_rdflib.variables
    assert ([tuple(map(comparable, r)) for r in on_oxigraph.rows]
            == [tuple(map(comparable, r)) for r in on_rdflib.rows])


@pytest.mark.parametrize("name, values", engine_cases(across_sources=True))
def test_across_sources_oxigraph_and_rdflib_give_the_same_rows(name, values, store_all, labels_all,
                                                              rdflib_engine_all):
    test_oxigraph_and_rdflib_give_the_same_rows(name, values, store_all, labels_all,
                                                rdflib_engine_all)


#: "as of" queries compare their date parameter in FILTER/BIND expressions, which a trailing
#: VALUES block (a remote server) cannot reach; known limitation, not yet solved. events-by-type
#: tests `within` in a FILTER alike (kg binds every WHERE instead: kg.store.with_bindings).
AS_OF = {"post-holders-on", "open-on"}
IN_FILTER_ONLY = {"events-by-type": "within"}


def trailing_values_reach(case) -> bool:
    name, values = case.values
    return name not in AS_OF and IN_FILTER_ONLY.get(name) not in values


@pytest.mark.parametrize("name, values", [c for c in engine_cases(across_sources=True)
                                          if trailing_values_reach(c)])
def test_across_sources_parameters_as_trailing_values(name, values, store_all, labels_all):
    test_parameters_as_trailing_values_give_the_same_rows(name, values, store_all, labels_all)


@pytest.mark.parametrize("name, values", [c for c in engine_cases() if trailing_values_reach(c)])
def test_parameters_as_trailing_values_give_the_same_rows(name, values, store, labels):
    """A remote SPARQL server gets the parameters as a trailing VALUES block
    (kg.store.RemoteStore); on the same data that must give the same rows as Oxigraph's
    substitutions."""
    query = CATALOGUE[name]
    substituted = run_query(store, query, values, labels)
    bound = bindings_for(query, values, labels)
    text = query.text.rstrip() + values_clause(bound) if bound else query.text
    variables, rows = store.select(text, name=name)
    assert (variables, gather(name, variables, rows, query.key, query.pairs)) == (
        substituted.variables, substituted.rows)


# ---------------------------------------------------------------- which sentence is the evidence

RIKG = "https://w3id.org/rikg/ontology#"
SEED_GRAPH = "https://w3id.org/rikg/graph/nb-2025-03-kr"


def sentence(n: int) -> str:
    return f"https://w3id.org/rikg/id/excerpt/nb-2025-03-kr-{n}"


@pytest.fixture
def amended(built):
    """A copy of the seed graph in memory, for statements the seed does not make."""
    import pyoxigraph as ox
    from kg.store import EmbeddedStore
    store = EmbeddedStore()
    store.raw.load(path=str(built.current / "graph.trig"), format=ox.RdfFormat.TRIG)

    def cite(thing: str, excerpt: str, graph: str = SEED_GRAPH) -> None:
        store.raw.add(ox.Quad(ox.NamedNode(thing), ox.NamedNode(RIKG + "evidence"),
                              ox.NamedNode(excerpt), ox.NamedNode(graph)))
    return store, cite


def status_statement(action: str) -> str:
    from rdflib import URIRef
    from kg.ingest.statements import statement_iri
    schema = "https://schema.org/"
    return str(statement_iri("nb-2025-03-kr", URIRef(action), URIRef(schema + "actionStatus"),
                             URIRef(schema + "PotentialActionStatus")))


def test_the_first_sentence_is_the_lowest_number_and_a_quote_is_not_looked_for_elsewhere(
        amended, labels):
    """Of the sentences of a status's statement node the lowest number is shown."""
    store, cite = amended
    action = "https://w3id.org/rikg/id/action/"
    # 5 before 42 (not "42" < "5")
    cite(status_statement(action + "brabant-innovation-day-korea"), sentence(5))
    # the first, but it has no quote
    cite(status_statement(action + "nb-korea-opportunities"), sentence(0))
    # the same citation in a second graph: still one row
    cite(status_statement(action + "korea-market-studies"), sentence(42),
         "https://w3id.org/rikg/graph/copy")
    answer = run(store, labels, "follow-ups")
    rows = {r[0]: r[answer.variables.index("evidence")] for r in table(answer)}
    assert len(answer.rows) == 5
    assert rows["ract:brabant-innovation-day-korea"] == ((Q[5], SEED),)
    assert rows["ract:nb-korea-opportunities"] is None
    assert rows["ract:korea-market-studies"] == ((Q[42], SEED),)


def test_a_participant_s_sentence_also_cited_for_the_event_comes_first(amended, labels):
    store, cite = amended
    part = "https://w3id.org/rikg/id/participation/nb-2025-03-kr-meeting-governor--"
    cite(part + "bom", sentence(9))          # earlier, but not cited for the meeting: still 11
    cite(part + "lionvolt", sentence(10))    # cited for the meeting and earlier than 11: 10
    rows = {r[1]: r[5] for r in table(run(store, labels, "event-participants",
                                          event="Meeting with Governor Kim Dong-yeon of Gyeonggi"))}
    assert rows["rorg:bom"] == Q[11]
    assert rows["rorg:lionvolt"] == Q[10]
    assert rows["rorg:tno-apac"] == Q[11]


# ---------------------------------------------------------------- how parameters are bound

def test_parameters_open_every_where_on_the_embedded_store(store, labels):
    """On the embedded store the bound parameters also open each WHERE as a VALUES block (Oxigraph
    plans from it); they stay substituted, so an unprojected parameter is still an error."""
    from kg.query import query_text_for
    query = CATALOGUE["shared-themes"]
    bound = bindings_for(query, {"a": MARTIJN, "b": KO}, labels)
    text = query_text_for(store, query.text, bound)
    assert text.count("VALUES (?a ?b)") == query.text.count("WHERE {") == 7
    assert query_text_for(store, query.text, {}) == query.text
    assert query_text_for(RdflibEngine.__new__(RdflibEngine), query.text, bound) == query.text
    mine = load_query(ROOT / "queries" / "who-met.rq")
    unprojected = mine.text.replace("SELECT ?actor ?other", "SELECT ?other")
    with pytest.raises(QueryParameterError):
        store.select(query_text_for(store, unprojected, {"actor": URIRef(
            "https://w3id.org/rikg/id/person/kim-dong-yeon")}),
            {"actor": URIRef("https://w3id.org/rikg/id/person/kim-dong-yeon")})


# ---------------------------------------------------------------- errors

def test_unknown_query_name(built):
    with pytest.raises(QueryNotFound) as caught:
        find_query(built.queries, "who-met-who")
    assert "who-met" in str(caught.value)          # a suggestion
    with pytest.raises(QueryNotFound):
        find_query(built.queries, "no-such-query")


def test_unknown_parameter(store, labels):
    with pytest.raises(QueryParameterError) as caught:
        run(store, labels, "who-met", actor="Kim Dong-yeon", person="Kim Dong-yeon")
    assert "person" in str(caught.value)


def test_missing_required_parameter(store, labels):
    with pytest.raises(QueryParameterError) as caught:
        run(store, labels, "who-met")
    assert "actor" in str(caught.value)
    with pytest.raises(QueryParameterError):
        run(store, labels, "shared-themes", a="Kim Dong-yeon")


def test_label_matching_nothing(store, labels):
    with pytest.raises(AmbiguousLabel) as caught:
        run(store, labels, "who-met", actor="Nobody Atall")
    assert "nothing is called" in str(caught.value)


def test_label_matching_several_things(store, labels):
    # "Brabant" is an alias of both the province (organisation) and the region (place); the
    # subject of source-of may be either
    with pytest.raises(AmbiguousLabel) as caught:
        run(store, labels, "source-of", subject="Brabant")
    assert "matches 2 things" in str(caught.value)
    # "Gyeonggi Semicon" is part of the centre's name and of the visit's name
    with pytest.raises(AmbiguousLabel):
        run(store, labels, "source-of", subject="Gyeonggi Semicon")


# ---------------------------------------------------------------- names: offices, ids, kinds

def test_find_by_office_names_its_holders(labels):
    for office in ("governor", "gouverneur", "Governor of Gyeonggi"):
        assert KIM in [compact(m) for m in labels.find(office)], office
    assert [compact(m) for m in labels.find("vice-governor", {"person"})] == [KO]
    assert [compact(m) for m in labels.find("King's Commissioner", {"person"})] == [
        "rper:nb-kings-commissioner"]
    # "deputy": the deputy ambassador, and the provincial deputy (gedeputeerde) Martijn
    assert [compact(m) for m in labels.find("deputy", {"person"})] == [
        "rper:nl-deputy-ambassador-south-korea", MARTIJN]


def test_an_actor_parameter_resolves_an_office_to_its_holder(store, labels):
    answer = run(store, labels, "who-met", actor="governor")
    assert cell(answer.bindings["actor"]) == KIM
    assert answer.notes == ["actor: governor -> Kim Dong-yeon (holds Governor of Gyeonggi)"]
    assert GOV_MEETING in {cell(m) for m in column(answer, "meeting")}


def test_an_office_with_several_holders_lists_them(store, labels):
    # "deputy" names the deputy ambassador and the provincial deputy (gedeputeerde) who holds it
    with pytest.raises(AmbiguousLabel) as caught:
        run(store, labels, "who-met", actor="deputy")
    message = str(caught.value)
    assert "matches 2 things" in message
    assert "rper:nl-deputy-ambassador-south-korea" in message and MARTIJN in message


def test_an_office_whose_holders_a_curator_confirmed_as_one_names_that_one(store_all, labels_all):
    # the press names the ambassador the seed report leaves unnamed, and confirms they are one
    answer = run(store_all, labels_all, "who-met", actor="ambassador")
    assert answer.notes == ["actor: ambassador -> Peter van der Vliet (holds Netherlands "
                            "Ambassador in South Korea)"]


def test_an_actor_parameter_prefers_the_organisation_to_the_place(store, labels):
    answer = run(store, labels, "actor-profile", actor="Brabant")
    assert cell(answer.bindings["actor"]) == NB
    assert answer.notes == ["actor: Brabant -> Province of Noord-Brabant (the organisation; "
                            "not the place of that name)"]


def test_an_actor_parameter_refuses_a_place(store, labels):
    with pytest.raises(QueryParameterError) as caught:
        run(store, labels, "who-met", actor="rplace:gyeonggi")
    assert "is a place, not a person, organisation or group" in str(caught.value)


def test_an_actor_parameter_refuses_a_concept_and_names_actors_like_it(store, labels):
    with pytest.raises(QueryParameterError) as caught:
        run(store, labels, "who-met", actor="civil servant")
    message = str(caught.value)
    assert "civil servant (role:civil-servant) is a concept" in message
    assert "rper:nb-civil-servants-2025-03" in message


def test_a_sheet_id_names_the_thing(store, labels):
    answer = run(store, labels, "event-participants", event="meeting-governor")
    assert cell(answer.bindings["event"]) == GOV_MEETING
    assert answer.notes == ["event: meeting-governor -> Meeting with Governor Kim Dong-yeon of "
                            "Gyeonggi (its id)"]
    answer = run(store, labels, "who-met", actor="nb-delegation-2025-03")
    assert cell(answer.bindings["actor"]) == DELEGATION


def test_an_exact_name_needs_no_note(store, labels):
    assert run(store, labels, "who-met", actor="Kim Dong-yeon").notes == []


def test_users_own_query_with_a_syntax_error(built, store, labels, rdflib_engine, tmp_path):
    broken = tmp_path / "mine.rq"
    broken.write_text("#+ title: My broken query\n"
                      "#+ param actor: iri, , Someone\n"
                      "PREFIX rikg: <https://w3id.org/rikg/ontology#>\n"
                      "SELECT ?actor ?event WHERE { ?event rikg:hasParticipant ?actor \n",
                      encoding="utf-8")
    query = find_query(built.queries, str(broken))
    assert query.title == "My broken query"
    with pytest.raises(QuerySyntaxError) as caught:
        run_query(store, query, {"actor": "Kim Dong-yeon"}, labels)
    assert "mine.rq" in str(caught.value)
    with pytest.raises(QuerySyntaxError):
        run_query(rdflib_engine, query, {"actor": "Kim Dong-yeon"}, labels)


def test_users_own_query_that_works(built, store, labels, tmp_path):
    mine = tmp_path / "events-of.rq"
    mine.write_text("#+ title: Events of\n"
                    "#+ param actor: iri, , Someone\n"
                    "PREFIX rikg: <https://w3id.org/rikg/ontology#>\n"
                    "SELECT ?actor ?event WHERE { ?event rikg:hasParticipant ?actor } "
                    "ORDER BY STR(?event)\n", encoding="utf-8")
    answer = run_query(store, load_query(mine), {"actor": "Ko"}, labels)
    assert table(answer) == [(KO, LUNCH)]



def test_a_users_query_whose_facts_are_declared_together_but_come_apart_is_refused(
        built, store, labels, tmp_path):
    mine = tmp_path / "events-by-participant.rq"
    mine.write_text("#+ title: Events by participant\n"
                    "#+ key: actor\n"
                    "#+ facts: together\n"
                    "PREFIX rikg: <https://w3id.org/rikg/ontology#>\n"
                    "SELECT ?actor ?event WHERE { ?event rikg:hasParticipant ?actor } "
                    "ORDER BY ?event ?actor\n", encoding="utf-8")
    with pytest.raises(QuerySyntaxError, match="come together"):
        run_query(store, load_query(mine), {}, labels, limit=1000)


def test_a_facts_line_other_than_together_is_an_input_error(tmp_path):
    mine = tmp_path / "mine.rq"
    mine.write_text("#+ title: Mine\n#+ facts: apart\nSELECT * WHERE { ?s ?p ?o }\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match="facts: together"):
        load_query(mine)


def test_a_query_names_a_servers_own_form(tmp_path):
    (tmp_path / "virtuoso").mkdir()
    (tmp_path / "virtuoso" / "mine.rq").write_text("SELECT ?x WHERE { ?x a ?c } ORDER BY ?x\n",
                                                   encoding="utf-8")
    mine = tmp_path / "mine.rq"
    mine.write_text("#+ title: Mine\n#+ form virtuoso: virtuoso/mine.rq\n"
                    "SELECT ?x WHERE { ?x ?p ?c } ORDER BY ?x\n", encoding="utf-8")
    query = load_query(mine)
    assert query.text_for("virtuoso") == "SELECT ?x WHERE { ?x a ?c } ORDER BY ?x\n"
    assert query.text_for(None) == query.text_for("fuseki") == query.text
    (tmp_path / "virtuoso" / "mine.rq").unlink()
    with pytest.raises(InputError, match="mine.rq:2"):
        load_query(mine)


FORMS = [pytest.param(name, values, form, id=f"{name}-{i}-{form}")
         for name in sorted(CATALOGUE) for form in sorted(CATALOGUE[name].forms)
         for i, values in enumerate(SAMPLES.get(name, [{}]))]


@pytest.mark.parametrize("name, values, form", FORMS)
def test_a_servers_form_gives_the_catalogues_rows(name, values, form, store, labels, store_all,
                                                  labels_all):
    """A server's own form (`#+ form`) answers as the catalogue's form, row for row, on the
    embedded store: on the seed report and on all reports."""
    query = CATALOGUE[name]
    servers = dataclasses.replace(query, text=query.forms[form], forms={})
    for engine, known in ((store, labels), (store_all, labels_all)):
        expected = run_query(engine, query, values, known).rows
        assert expected
        assert run_query(engine, servers, values, known).rows == expected


def test_theme_activity(store, labels):
    answer = run(store, labels, "theme-activity")
    rows = [(labels.label(str(r[0])), *(int(x) for x in r[1:])) for r in answer.rows]
    # energy: the mission, the IAE visit (energy, hydrogen), the fair and the seminar (batteries,
    # narrower than energy); the MoU; the opportunities follow-up; the IAE itself
    assert rows[0] == ("energy", 4, 1, 1, 1, 6)
    assert ("semiconductors", 3, 1, 1, 1, 5) in rows
    assert ("women in tech", 1, 0, 0, 0, 1) in rows
    assert len(rows) == 13


# ---------------------------------------------------------------- across sources (built_all)

PRESS_WORKING_BODY = ("According to the same Korean press reports (the curator's brief does not say "
                      "which of the articles above), a working-level body of the two provinces had "
                      "already been set up.")


def test_disagreements(store_all, labels_all):
    """The seed lists the working group as a follow-up still to be worked out; the press summary
    says a working-level body was already set up. The signing date ("2024-10" / 2024-10-30) and
    the place of the meeting (Gyeonggi / the Gyeonggi provincial office) refine each other and
    are not listed."""
    answer = run(store_all, labels_all, "disagreements")
    assert answer.variables == ["subject", "property", "valueA", "quoteA", "reportA", "valueB",
                                "quoteB", "reportB"]
    assert table(answer) == [
        ("ract:nb-gyeonggi-working-group", "schema:actionStatus", "schema:PotentialActionStatus",
         Q[39], "rdoc:nb-2025-03-kr", "schema:CompletedActionStatus", PRESS_WORKING_BODY,
         "rdoc:press-kr-2024-2025"),
    ]


def test_match_candidates(store_all, labels_all):
    answer = run(store_all, labels_all, "match-candidates")
    assert answer.variables == ["a", "b", "score", "status", "reason", "graph"]
    g = "rgraph:press-kr-2024-2025"
    ko, ko_yi = KO, "rper:ko-young-in"
    peter, kc, ina = "rper:peter-van-der-vliet", "rper:nb-kings-commissioner", "rper:ina-adema"
    # one row per pair, its reasons in one cell; the press sheet confirms all three (its `identities:`)
    assert table(answer) == [
        (ko, ko_yi, "0.8", "confirmed", (
            "both hold the post 'Vice-Governor for Economy of Gyeonggi'",
            "the same family name 'ko'"), g),
        (AMBASSADOR, peter, "0.8", "confirmed", (
            "'Netherlands ambassador in South Korea (unnamed in source)' is an unnamed "
            "placeholder for the office holder",
            "both hold the post 'Netherlands Ambassador in South Korea'",
            "both take part in 'Meeting with Governor Kim Dong-yeon of Gyeonggi'"), g),
        (ina, kc, "0.6", "confirmed", (
            "'King's Commissioner of Noord-Brabant (unnamed in source)' is an unnamed "
            "placeholder for the office holder",
            "both hold the post 'King's Commissioner of Noord-Brabant'"), g),
    ]
    assert run(store_all, labels_all, "match-candidates", status="unconfirmed").rows == []


def test_identity_decisions(store_all, labels_all):
    """The press sheet's `identities:` confirms the three pairs its sentences state, each with
    who decided, when, why and that sentence."""
    answer = run(store_all, labels_all, "identity-decisions")
    assert answer.variables == ["a", "b", "status", "decidedBy", "decidedOn", "why", "evidence",
                                "graph"]
    rows = table(answer)
    assert [(r[0], r[1], r[2], r[3], r[4], r[7]) for r in rows] == [
        (KO, "rper:ko-young-in", "confirmed", "product owner of kg (issue 11)", "2026-12-07",
         "rgraph:press-kr-2024-2025"),
        ("rper:ina-adema", "rper:nb-kings-commissioner", "confirmed",
         "product owner of kg (issue 11)", "2026-12-07", "rgraph:press-kr-2024-2025"),
        (AMBASSADOR, "rper:peter-van-der-vliet", "confirmed", "product owner of kg (issue 11)",
         "2026-12-07", "rgraph:press-kr-2024-2025"),
    ]
    # each rests on the press sentence that names the person
    assert ["Ko Young-in" in rows[0][6], "Ina Adema" in rows[1][6],
            "Peter van der Vliet" in rows[2][6]] == [True, True, True]
    assert run(store_all, labels_all, "identity-decisions", status="rejected").rows == []


# ---------------------------------------------------------------- as of a date (press tenures)

PRESS = "rdoc:press-kr-2024-2025"
PRESS_MOU = ("According to Newsis (v.daum.net/v/20241031102443990), the MoU between Gyeonggi "
             "Province and the Province of Noord-Brabant was signed on 30 October 2024 at the "
             "Noord-Brabant provincial office by Governor Kim Dong-yeon and King's Commissioner "
             "Ina Adema.")
PRESS_MEETING = ("According to the Korean press of 6 March 2025 (e.g. kyeongin.com, article "
                 "1731558), the meeting of Governor Kim Dong-yeon with the Noord-Brabant "
                 "delegation took place on 6 March 2025 at the Gyeonggi provincial office, with "
                 "the Dutch ambassador Peter van der Vliet present.")


def test_who_was_governor_between_two_press_dates_rests_on_the_nearest_on_each_side(
        store_all, labels_all):
    answer = run(store_all, labels_all, "post-holders-on", date="2025-01-15")
    assert [r[1:] for r in table(answer)] == [
        ("rpost:gyeonggi-governor", KIM, "named in office earlier", "2024-10-30", PRESS_MOU),
        ("rpost:gyeonggi-governor", KIM, "named in office later", "2025-03-06", PRESS_MEETING),
    ]


def test_posts_held_on_the_day_of_the_meeting_by_the_named_ambassador(store_all, labels_all):
    answer = run(store_all, labels_all, "post-holders-on", date="2025-03-06",
                 holder="Peter van der Vliet")
    assert [r[1:] for r in table(answer)] == [
        ("rpost:nl-ambassador-south-korea", "rper:peter-van-der-vliet",
         "named in office on this date", "2025-03-06", PRESS_MEETING)]


def test_nobody_is_named_in_a_post_before_any_source_date(store_all, labels_all):
    assert run(store_all, labels_all, "post-holders-on", date="2023-06-01").rows == []


def test_open_on_1_december_2024_only_the_signed_mou(store_all, labels_all):
    answer = run(store_all, labels_all, "open-on", date="2024-12-01")
    assert [r[1:] for r in table(answer)] == [
        ("agreement", MOU, "2024-10-30", None, None, PRESS, PRESS_MOU)]


def test_open_on_31_march_2025_lists_each_source_s_status_of_the_working_group(
        store_all, labels_all):
    answer = run(store_all, labels_all, "open-on", date="2025-03-31")
    rows = [r[1:6] for r in table(answer) if r[2] == "ract:nb-gyeonggi-working-group"]
    assert rows == [
        ("follow-up", "ract:nb-gyeonggi-working-group", "2025-03-06",
         "schema:CompletedActionStatus", "Komende maanden"),
        ("follow-up", "ract:nb-gyeonggi-working-group", "2025-03-06",
         "schema:PotentialActionStatus", "Komende maanden"),
    ]


def test_a_named_query_is_read_from_its_own_file_without_the_others_headers(tmp_path):
    (tmp_path / "who-met.rq").write_text("#+ title: Whom did they meet\nSELECT * { ?s ?p ?o }\n",
                                         encoding="utf-8")
    (tmp_path / "broken.rq").write_text("#+ facts: apart\nSELECT * { ?s ?p ?o }\n",
                                        encoding="utf-8")
    assert find_query(tmp_path, "who-met").title == "Whom did they meet"
    with pytest.raises(InputError):         # the catalogue reads every header
        catalogue(tmp_path)
