"""The seed report as data: every quote is in the source, and every person, organisation, event,
agreement, follow-up and amount of the report is present with the right relations."""
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS, DCTERMS as DCT, PROV

from conftest import LATER_REPORTS
from kg.config import ORG, OA, RIKG, SCHEMA, TIME, Paths
from kg.load import load_sources
from kg.text import normalise

ID = "https://w3id.org/rikg/id/"
PER, ORGS, POST, EVT = (Namespace(ID + k + "/") for k in ("person", "org", "post", "event"))
PART, ACT, COST, AGR = (Namespace(ID + k + "/") for k in ("participation", "action", "cost", "agreement"))
PLACE = Namespace(ID + "place/")
THEME = Namespace("https://w3id.org/rikg/theme/")
PROLE = Namespace("https://w3id.org/rikg/participation-role/")
COMMIT = Namespace("https://w3id.org/rikg/commitment/")
ROLE = Namespace("https://w3id.org/rikg/role/")
CV = Namespace("http://data.europa.eu/m8g/")


@pytest.fixture(scope="module")
def g() -> Graph:
    """Registry + report, as asserted (no inference)."""
    sources = load_sources(Paths())
    union = Graph()
    # the seed report and the registry only: reports added later (conftest.LATER_REPORTS) say
    # more about the same things (tests/test_reconcile.py)
    for name in [n for n in sources.files if "ontology" not in n and "vocab" not in n
                 and not any(r in str(n) for r in LATER_REPORTS)]:
        for t in sources.graph(name):
            union.add(t)
    return union


@pytest.fixture(scope="module")
def source_text() -> str:
    return normalise((Paths().sources_dir / "nb-2025-03-kr.txt").read_text(encoding="utf-8"))


def participants(g, event):
    return {g.value(p, RIKG.participant) for p in g.objects(event, RIKG.hasParticipation)}


def participation(g, event, agent):
    found = [p for p in g.objects(event, RIKG.hasParticipation) if (p, RIKG.participant, agent) in g]
    assert len(found) == 1, f"{agent} should take part in {event} once"
    return found[0]


def test_every_quote_occurs_in_the_normalised_source(g, source_text):
    quotes = [str(q) for q in g.objects(None, OA.exact)]
    assert len(quotes) >= 40
    missing = [q for q in quotes if normalise(q) not in source_text]
    assert missing == []


def test_the_shipped_source_is_the_seed_report():
    raw = (Paths().sources_dir / "nb-2025-03-kr.raw.txt").read_text(encoding="utf-8")
    shipped = (Paths().sources_dir / "nb-2025-03-kr.txt").read_text(encoding="utf-8")
    assert normalise(raw) == shipped.strip()


def test_every_typed_thing_has_evidence(g):
    kinds = [FOAF.Person, ORG.Post, RIKG.Event, RIKG.Meeting, RIKG.SiteVisit, RIKG.Mission,
             RIKG.Participation, RIKG.Agreement, RIKG.MemorandumOfUnderstanding,
             RIKG.FollowUpAction, RIKG.CostStatement, RIKG.Outcome, RIKG.Invitation,
             ORG.FormalOrganization, ORG.OrganizationalUnit, CV.PublicOrganisation]
    unsourced = [s for k in kinds for s in g.subjects(RDF.type, k)
                 if g.value(s, RIKG.evidence) is None]
    assert unsourced == []


def test_people_and_their_posts(g):
    assert g.value(PER["martijn-van-gruijthuijsen"], FOAF.name) == Literal("Martijn van Gruijthuijsen")
    assert (PER["martijn-van-gruijthuijsen"], ORG.holds, POST["nb-gedeputeerde"]) in g
    assert (POST["nb-gedeputeerde"], ORG.postIn, ORGS["province-noord-brabant"]) in g
    assert (POST["nb-gedeputeerde"], ORG.role, ROLE.gedeputeerde) in g
    assert g.value(PER["kim-dong-yeon"], FOAF.name) == Literal("Kim Dong-yeon")
    assert (PER["kim-dong-yeon"], ORG.holds, POST["gyeonggi-governor"]) in g
    assert (POST["gyeonggi-governor"], ORG.postIn, ORGS["province-gyeonggi"]) in g
    ko = PER["gyeonggi-vice-governor-ko"]
    assert g.value(ko, FOAF.familyName) == Literal("Ko")
    assert g.value(ko, FOAF.name) is None, "the source gives only the family name"
    assert (ko, ORG.holds, POST["gyeonggi-vice-governor-economy"]) in g


@pytest.mark.parametrize("person, post, organisation", [
    ("nl-ambassador-south-korea", "nl-ambassador-south-korea", "nl-embassy-south-korea"),
    ("nl-deputy-ambassador-south-korea", "nl-deputy-ambassador-south-korea", "nl-embassy-south-korea"),
    ("nb-kings-commissioner", "nb-kings-commissioner", "province-noord-brabant"),
    ("tno-apac-director", "tno-apac-director", "tno-apac"),
])
def test_unnamed_office_holders_stay_unnamed(g, person, post, organisation):
    p = PER[person]
    assert (p, RDF.type, FOAF.Person) in g
    assert g.value(p, RIKG.isPlaceholder) == Literal(True)
    assert g.value(p, FOAF.name) is None
    assert (p, ORG.holds, POST[post]) in g
    assert (POST[post], ORG.postIn, ORGS[organisation]) in g


def test_the_two_civil_servants_are_a_group_of_two(g):
    group = PER["nb-civil-servants-2025-03"]
    assert (group, RDF.type, RIKG.UnnamedGroup) in g
    assert g.value(group, RIKG.memberCount).toPython() == 2
    assert (ORGS["nb-delegation-2025-03"], FOAF.member, group) in g
    assert (ORGS["nb-delegation-2025-03"], FOAF.member, PER["martijn-van-gruijthuijsen"]) in g


ORGANISATIONS = ["province-noord-brabant", "province-gyeonggi", "bom", "tno", "tno-apac",
                 "battery-competence-cluster", "asml", "asml-korea", "philips", "lionvolt",
                 "nl-embassy-south-korea", "posco", "samsung-sdi", "lg-energy-solution", "sk-on",
                 "sungeel-hitech", "ecopro", "gyeonggi-semicon-innovation-center",
                 "university-of-seoul", "institute-for-advanced-engineering", "k-city",
                 "kr-ministry-of-transport"]


@pytest.mark.parametrize("slug", ORGANISATIONS)
def test_every_organisation_is_present_and_labelled(g, slug):
    o = ORGS[slug]
    assert g.value(o, RDF.type) is not None
    assert g.value(o, SKOS.prefLabel) is not None


@pytest.mark.parametrize("slug", ORGANISATIONS)
def test_every_organisation_has_a_kind_and_each_side_and_kind_has_its_source(g, slug):
    """A kind (org:classification) for every organisation; every kind and side (rikg:actsFor)
    has a statement node whose source is a sentence of a report or a public page; where none
    is given, the organisation's editorial note says why."""
    o = ORGS[slug]
    assert g.value(o, ORG.classification) is not None
    for prop in (ORG.classification, RIKG.actsFor):
        for value in g.objects(o, prop):
            statements = [st for st in g.subjects(RDF.subject, o)
                          if (st, RDF.predicate, prop) in g and (st, RDF.object, value) in g]
            sources = [x for st in statements for x in
                       [*g.objects(st, RIKG.evidence), *g.objects(st, DCT.source)]]
            notes = " ".join(str(n) for n in g.objects(o, SKOS.editorialNote))
            assert sources or "without a source" in notes, (slug, prop)


def test_sides_are_kept_apart_from_places(g):
    embassy = ORGS["nl-embassy-south-korea"]
    assert (embassy, RIKG.actsFor, PLACE.netherlands) in g
    assert (embassy, SCHEMA.location, PLACE["south-korea"]) in g
    assert (ORGS["samsung-sdi"], RIKG.actsFor, PLACE["south-korea"]) in g
    assert (ORGS.asml, SCHEMA.sameAs, URIRef("http://www.wikidata.org/entity/Q297879")) in g


def test_organisation_relations(g):
    assert (ORGS["tno-apac"], ORG.unitOf, ORGS.tno) in g
    assert (ORGS["asml-korea"], ORG.unitOf, ORGS.asml) in g
    assert (ORGS["k-city"], ORG.subOrganizationOf, ORGS["kr-ministry-of-transport"]) in g
    assert (ORGS["gyeonggi-semicon-innovation-center"], RIKG.facilitatedBy, ORGS["province-gyeonggi"]) in g
    assert (ORGS["province-noord-brabant"], DCT.spatial, PLACE["noord-brabant"]) in g
    assert (ORGS["province-gyeonggi"], DCT.spatial, PLACE.gyeonggi) in g
    assert (PLACE.gyeonggi, SCHEMA.containedInPlace, PLACE["south-korea"]) in g
    assert (ORGS["nl-embassy-south-korea"], SCHEMA.location, PLACE["south-korea"]) in g
    assert (ORGS.asml, SCHEMA.location, PLACE["noord-brabant"]) in g


def test_aliases_of_the_source_are_kept(g):
    def aliases(slug):
        o = ORGS[slug]
        return {str(x) for x in g.objects(o, SKOS.altLabel)} | {str(x) for x in g.objects(o, SKOS.prefLabel)}
    assert "Lionvolt" in aliases("lionvolt")
    assert "LG Energy Solutions" in aliases("lg-energy-solution")
    assert "BOM" in aliases("bom")


def test_the_mou(g):
    mou = AGR["mou-nb-gyeonggi-2024"]
    assert (mou, RDF.type, RIKG.MemorandumOfUnderstanding) in g
    assert set(g.objects(mou, RIKG.party)) == {ORGS["province-noord-brabant"], ORGS["province-gyeonggi"]}
    assert g.value(mou, RIKG.signingDate) == Literal("2024-10", datatype=XSD.gYearMonth)
    assert set(g.objects(mou, DCT.subject)) == {THEME.semicon, THEME.photonics, THEME.energy,
                                               THEME.digitalisation}
    assert g.value(mou, RIKG.signatory) is None, "the seed names no signatory"
    assert (ORGS["wg-nb-gyeonggi"], RIKG.implements, mou) in g


def test_the_meeting_with_the_governor(g):
    m = EVT["nb-2025-03-kr-meeting-governor"]
    assert (m, RDF.type, RIKG.Meeting) in g
    assert participants(g, m) >= {PER["kim-dong-yeon"], PER["martijn-van-gruijthuijsen"],
                                  ORGS.bom, ORGS["tno-apac"], ORGS.lionvolt,
                                  PER["nl-ambassador-south-korea"]}
    kim = participation(g, m, PER["kim-dong-yeon"])
    assert g.value(kim, RIKG.participationRole) == PROLE.host
    assert g.value(kim, RIKG.onBehalfOf) == ORGS["province-gyeonggi"]
    assert g.value(kim, RIKG.inCapacityOf) == POST["gyeonggi-governor"]
    amb = participation(g, m, PER["nl-ambassador-south-korea"])
    assert g.value(amb, RIKG.onBehalfOf) == ORGS["nl-embassy-south-korea"]
    assert g.value(participation(g, m, ORGS.bom), RIKG.participationRole) == PROLE["organisation-representative"]
    assert (m, RIKG.followUpOf, EVT["nb-2024-10-meeting-brabant"]) in g


def test_programme_items_are_each_their_own_event(g):
    mission = EVT["nb-2025-03-kr-mission"]
    assert (mission, RDF.type, RIKG.Mission) in g
    items = {e for e in g.subjects(SCHEMA.superEvent, None)}
    # every programme item reaches the mission through schema:superEvent
    def reaches(e, seen=()):
        parent = g.value(e, SCHEMA.superEvent)
        return parent == mission or (parent is not None and parent not in seen and reaches(parent, seen + (e,)))
    programme = {e for e in items if reaches(e)}
    assert len(programme) >= 14
    names = " | ".join(str(n) for e in programme for n in g.objects(e, SCHEMA.name)).lower()
    for words in ["lunch", "battery technologies seminar", "women in tech", "semicon innovation center",
                  "institute for advanced engineering", "k-city", "asml korea", "paviljoen", "ambassade"]:
        assert words in names, words


def test_lunch_women_in_tech_seminar_and_k_city(g):
    lunch = EVT["nb-2025-03-kr-lunch-vice-governor"]
    assert g.value(participation(g, lunch, PER["gyeonggi-vice-governor-ko"]), RIKG.participationRole) == PROLE.host
    assert {THEME["social-issues"], THEME["economic-cooperation"]} <= set(g.objects(lunch, DCT.subject))
    wit = EVT["nb-2025-03-kr-women-in-tech"]
    assert g.value(participation(g, wit, PER["martijn-van-gruijthuijsen"]), RIKG.participationRole) == PROLE.opener
    assert (wit, SCHEMA.organizer, ORGS["nl-embassy-south-korea"]) in g
    assert {ORGS.asml, ORGS.philips} <= participants(g, wit)
    kcity = EVT["nb-2025-03-kr-visit-k-city"]
    assert PER["tno-apac-director"] in participants(g, kcity)
    when = g.value(kcity, TIME.hasTime)
    assert g.value(when, TIME.dayOfWeek) == TIME.Friday


def test_pavilion_tour_lists_the_six_companies(g):
    tours = [e for e in g.subjects(RDF.type, RIKG.SiteVisit)
             if {ORGS.posco, ORGS["samsung-sdi"]} <= participants(g, e)]
    assert len(tours) == 1
    assert {ORGS.posco, ORGS["samsung-sdi"], ORGS["lg-energy-solution"], ORGS["sk-on"],
            ORGS["sungeel-hitech"], ORGS.ecopro} <= participants(g, tours[0])


def test_follow_ups_with_status_and_commitment(g):
    expected = {
        "nb-gyeonggi-working-group": COMMIT.committed,
        "kings-commissioner-visit-2026": COMMIT["being-explored"],
        "nb-korea-opportunities": COMMIT.committed,
        "korea-market-studies": COMMIT.committed,
        "brabant-innovation-day-korea": COMMIT.possibility,
    }
    for slug, level in expected.items():
        action = ACT[slug]
        assert (action, RDF.type, RIKG.FollowUpAction) in g, slug
        assert g.value(action, RIKG.commitmentLevel) == level, slug
        assert g.value(action, SCHEMA.actionStatus) == SCHEMA.PotentialActionStatus, slug
    assert g.value(ACT["kings-commissioner-visit-2026"], SCHEMA.scheduledTime) == Literal("2026", datatype=XSD.gYear)


def test_the_invitation_to_the_kings_commissioner(g):
    invitations = list(g.subjects(RDF.type, RIKG.Invitation))
    assert len(invitations) == 1
    inv = invitations[0]
    assert PER["nb-kings-commissioner"] in set(g.objects(inv, RIKG.invitee))
    assert PER["kim-dong-yeon"] in set(g.objects(inv, RIKG.invitedBy))


@pytest.mark.parametrize("statement, actual, budget", [
    ("nb-2025-03-kr-political", "8330.00", "8763.00"),
    ("nb-2025-03-kr-civil-service", "9486.54", "10344.00"),
])
def test_costs_against_budget(g, statement, actual, budget):
    s = COST[statement]
    assert (s, RIKG.costOf, EVT["nb-2025-03-kr-mission"]) in g
    a, b = g.value(s, RIKG.actualCost), g.value(s, RIKG.budgetedCost)
    assert g.value(a, SCHEMA.value).datatype == XSD.decimal
    assert g.value(a, SCHEMA.value).toPython() == Decimal(actual)
    assert g.value(b, SCHEMA.value).toPython() == Decimal(budget)
    assert g.value(a, SCHEMA.currency) == Literal("EUR")
    dossier = g.value(s, DCT.references)
    assert g.value(dossier, DCT.identifier) == Literal("C2350630/ 6066843")


def test_outcomes_are_recorded(g):
    assert len(set(g.subjects(RDF.type, RIKG.Outcome))) == 5


def test_no_blank_nodes_in_the_data(g):
    from rdflib import BNode
    assert not [t for t in g if any(isinstance(x, BNode) for x in t)]


def test_registry_facts_cite_sentences_that_state_them(g):
    """K-City is part of the Korean Ministry of Transport: the statement cites the sentence that
    says so ('onderdeel van het Koreaanse ministerie van Transport')."""
    st = [s for s in g.subjects(RDF.subject, ORGS["k-city"])
          if (s, RDF.predicate, ORG.unitOf) in g and (s, RDF.object, ORGS["kr-ministry-of-transport"]) in g]
    assert len(st) == 1
    quotes = [str(g.value(g.value(x, OA.hasSelector), OA.exact)) for x in g.objects(st[0], RIKG.evidence)]
    assert len(quotes) == 1 and "onderdeel van het Koreaanse ministerie van Transport" in quotes[0]


def test_a_registry_fact_no_sentence_states_cites_none(g):
    """No sentence says where ASML is: its location has no statement node, so no sentence."""
    assert (ORGS.asml, SCHEMA.location, PLACE["noord-brabant"]) in g
    assert not [s for s in g.subjects(RDF.subject, ORGS.asml) if (s, RDF.predicate, SCHEMA.location) in g]
