"""Several sources about the same events (kg.reconcile, `about:` in report sheets, queries
disagreements and match-candidates): the press summary as a second report adds cleanly, each of
its facts sits in its own graph with its own quote, the seed's facts are unchanged, disagreements
are listed but refinements are not, names are matched exactly or reported as uncertain, and the
people the press names are candidates for a person to confirm — never merged."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import FOAF, OWL

from kg.config import GRAPH, RIKG, SCHEMA, Paths, project_root
from kg.ingest import SheetError, add_sheet, sheet_to_graph, without_provenance
from kg.queries import load_query
from kg.query import RdflibEngine
from kg.reconcile import loose_keys, match_candidates, name_key, name_match
from kg.text import normalise

ROOT = project_root()
PRESS = "press-kr-2024-2025"
PRESS_SHEET = ROOT / "data" / "sheets" / f"{PRESS}.yaml"
PRESS_TTL = ROOT / "data" / "ttl" / f"{PRESS}.ttl"
SUMMARY = ROOT / "data" / "sources" / f"{PRESS}.txt"
NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)

ID = "https://w3id.org/rikg/id/"
MEETING = URIRef(ID + "event/nb-2025-03-kr-meeting-governor")
MOU = URIRef(ID + "agreement/mou-nb-gyeonggi-2024")
WG_ACTION = URIRef(ID + "action/nb-gyeonggi-working-group")
PETER, INA, KO_YI = (URIRef(ID + "person/" + x) for x in
                     ("peter-van-der-vliet", "ina-adema", "ko-young-in"))
AMBASSADOR, KC, KO = (URIRef(ID + "person/" + x) for x in
                      ("nl-ambassador-south-korea", "nb-kings-commissioner",
                       "gyeonggi-vice-governor-ko"))
SEED_G, PRESS_G = GRAPH["nb-2025-03-kr"], GRAPH[PRESS]


@pytest.fixture(scope="module")
def ds(built_all) -> Dataset:
    d = Dataset(default_union=True)
    d.parse(str(built_all.current / "graph.trig"), format="trig")
    return d


def quote_of(ds: Dataset, excerpt) -> str:
    sel = next(ds.objects(excerpt, URIRef("http://www.w3.org/ns/oa#hasSelector")))
    return str(next(ds.objects(sel, URIRef("http://www.w3.org/ns/oa#exact"))))


# ---------------------------------------------------------------- the press sheet

def test_the_summary_says_what_it_is():
    text = SUMMARY.read_text(encoding="utf-8")
    assert text.startswith("Curator's summary of Korean press reports, not their verbatim text.")
    for article in ("kyeongin.com, article 1731558", "v.daum.net/v/20241031102443990",
                    "Hankook Ilbo of 24 October 2024"):
        assert article in text


def test_the_press_sheet_adds_cleanly_and_gives_the_committed_file(project_copy):
    """On a copy without the press report, `kg add` writes the committed file (modulo the run's
    provenance) and the build conforms."""
    assert not (project_copy.data_dir / f"{PRESS}.ttl").exists()
    report, target, result = add_sheet(project_copy, PRESS_SHEET, now=NOW)
    assert report == PRESS and target.name == f"{PRESS}.ttl"
    assert result is not None and str(GRAPH[PRESS]) in result.graphs    # built, SHACL and QC passed
    written = without_provenance(Graph().parse(target), PRESS)
    committed = without_provenance(Graph().parse(PRESS_TTL), PRESS)
    assert isomorphic(written, committed)


def test_the_build_with_the_press_report_conforms(built_all):
    summary = json.loads((built_all.current / "summary.json").read_text())
    assert summary["conforms"] is True
    assert str(PRESS_G) in summary["graphs"]


def test_the_source_report_says_it_is_a_summary(ds):
    doc = URIRef(ID + f"report/{PRESS}")
    g = ds.graph(PRESS_G)
    assert (doc, RDF.type, RIKG.SourceReport) in g
    description = str(g.value(doc, URIRef("http://purl.org/dc/terms/description")))
    assert description.startswith("curator's summary of Korean press reports")
    sources = {str(o) for o in g.objects(doc, URIRef("http://purl.org/dc/terms/source"))}
    assert sources == {"data/sources/press-kr-2024-2025.txt", "kyeongin.com article 1731558",
                       "v.daum.net/v/20241031102443990", "Hankook Ilbo, 24 October 2024"}


def test_each_press_fact_is_in_its_own_graph_with_its_own_quote(ds):
    g = ds.graph(PRESS_G)
    summary = normalise(SUMMARY.read_text(encoding="utf-8"))
    facts = {
        MEETING: [(SCHEMA.startDate, Literal("2025-03-06", datatype=XSD.date)),
                  (SCHEMA.location, URIRef(ID + "place/gyeonggi-provincial-office"))],
        MOU: [(RIKG.signingDate, Literal("2024-10-30", datatype=XSD.date)),
              (RIKG.signatory, INA), (RIKG.signatory, URIRef(ID + "person/kim-dong-yeon")),
              (RIKG.signedAt, URIRef(ID + "event/mou-nb-gyeonggi-2024-signing"))],
        WG_ACTION: [(SCHEMA.actionStatus, SCHEMA.CompletedActionStatus)],
    }
    words = {MEETING: "6 March 2025", MOU: "30 October 2024", WG_ACTION: "working-level body"}
    for subject, pos in facts.items():
        for p, o in pos:
            assert (subject, p, o) in g, (subject, p, o)
            assert (subject, p, o) not in ds.graph(SEED_G)
        excerpts = list(g.objects(subject, RIKG.evidence))
        assert len(excerpts) == 1 and str(excerpts[0]).startswith(ID + f"excerpt/{PRESS}-")
        quote = quote_of(ds, excerpts[0])
        assert quote in summary and words[subject] in quote
    # Peter van der Vliet attends the meeting according to the press; in the build he is the
    # seed's unnamed ambassador (a confirmed identity, kg.canonical), so the two participations
    # are one, which the press's sentence is cited for in the press's graph
    part = URIRef(ID + "participation/nb-2025-03-kr-meeting-governor--nl-ambassador-south-korea")
    assert (MEETING, RIKG.hasParticipation, part) in ds.graph(SEED_G)
    assert (part, RIKG.participant, PETER) in ds.graph(SEED_G)
    assert (part, RIKG.evidence, URIRef(ID + f"excerpt/{PRESS}-2")) in g


def test_the_seed_facts_are_unchanged(ds):
    seed = ds.graph(SEED_G)
    assert set(seed.objects(MOU, RIKG.signingDate)) == {Literal("2024-10", datatype=XSD.gYearMonth)}
    assert set(seed.objects(MOU, RIKG.signatory)) == set()
    assert set(seed.objects(WG_ACTION, SCHEMA.actionStatus)) == {SCHEMA.PotentialActionStatus}
    assert set(seed.objects(MEETING, SCHEMA.startDate)) == set()
    assert set(seed.objects(MEETING, SCHEMA.location)) == {URIRef(ID + "place/gyeonggi")}
    hand = Graph().parse(ROOT / "data" / "ttl" / "nb-2025-03-kr.ttl")
    for s in (MEETING, MOU, WG_ACTION):          # exactly what the hand-modelled file says
        assert set(seed.predicate_objects(s)) == set(hand.predicate_objects(s))


def test_the_seed_sheet_still_gives_the_shipped_graph():
    """With the press report in data/ttl/, the seed sheet gives the same graph (no candidates or
    other statements creep in), but for the time of the run."""
    _, graph = sheet_to_graph(ROOT / "data" / "sheets" / "nb-2025-03-kr.yaml", Paths(), now=NOW)
    shipped = Graph().parse(ROOT / "data" / "ttl" / "nb-2025-03-kr.ttl")
    assert isomorphic(without_provenance(graph, "nb-2025-03-kr"),
                      without_provenance(shipped, "nb-2025-03-kr"))


# ---------------------------------------------------------------- disagreements

DISAGREEMENTS = load_query(ROOT / "queries" / "disagreements.rq")

TIMES = """
@prefix rikg: <https://w3id.org/rikg/ontology#> . @prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix time: <http://www.w3.org/2006/time#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ex: <https://example.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
ex:A { ex:A prov:wasDerivedFrom ex:ra . ex:ra a rikg:SourceReport .
       ex:e rikg:evidence ex:xa ; time:hasTime ex:t . ex:x2 rikg:evidence ex:xa ;
       schema:startDate "2024-10"^^xsd:gYearMonth .
       ex:t time:hasBeginning ex:tb ; time:hasEnd ex:te .
       ex:tb time:inXSDgYearMonth "2025-03"^^xsd:gYearMonth .
       ex:te time:inXSDgYearMonth "2025-03"^^xsd:gYearMonth .
       ex:sta1 rdf:subject ex:e ; rdf:predicate time:hasTime ; rdf:object ex:t ; rikg:evidence ex:xa .
       ex:sta2 rdf:subject ex:x2 ; rdf:predicate schema:startDate ;
               rdf:object "2024-10"^^xsd:gYearMonth ; rikg:evidence ex:xa .
       ex:xa oa:hasSelector ex:sa . ex:sa oa:exact "in March" . }
ex:B { ex:B prov:wasDerivedFrom ex:rb . ex:rb a rikg:SourceReport .
       ex:e rikg:evidence ex:xa9 , ex:xb ; schema:startDate "2025-03-06"^^xsd:date .
       ex:x2 rikg:evidence ex:xb ; schema:startDate "2024-10-30"^^xsd:date .
       ex:stb1 rdf:subject ex:e ; rdf:predicate schema:startDate ;
               rdf:object "2025-03-06"^^xsd:date ; rikg:evidence ex:xb .
       ex:stb2 rdf:subject ex:x2 ; rdf:predicate schema:startDate ;
               rdf:object "2024-10-30"^^xsd:date ; rikg:evidence ex:xb .
       ex:xa9 oa:hasSelector ex:sa9 . ex:sa9 oa:exact "The delegation met the governor." .
       ex:xb oa:hasSelector ex:sb . ex:sb oa:exact "on 6 March" . }
ex:C { ex:C prov:wasDerivedFrom ex:rc . ex:rc a rikg:SourceReport .
       ex:e rikg:evidence ex:xc ; schema:startDate "2025-04-01"^^xsd:date .
       ex:stc1 rdf:subject ex:e ; rdf:predicate schema:startDate ;
               rdf:object "2025-04-01"^^xsd:date ; rikg:evidence ex:xc .
       ex:xc oa:hasSelector ex:sc . ex:sc oa:exact "on 1 April" . }
"""


def test_dates_that_refine_each_other_are_not_disagreements(tmp_path):
    """A day within a month interval (2025-03-06 in March 2025) and a day within a month
    ("2024-10" / 2024-10-30) are refinements; 1 April 2025 disagrees with both March values.
    Each value comes with the sentence of its statement node (report B's "on 6 March", not the
    first sentence B cites for the event)."""
    trig = tmp_path / "times.trig"
    trig.write_text(TIMES, encoding="utf-8")
    _, rows = RdflibEngine(trig).select(DISAGREEMENTS.text)
    got = sorted((str(r[0]).rsplit("/", 1)[-1], str(r[2]), str(r[3]), str(r[5]), str(r[6]))
                 for r in rows)
    assert got == [("e", "2025-03-06", "on 6 March", "2025-04-01", "on 1 April"),
                   ("e", "https://example.org/t", "in March", "2025-04-01", "on 1 April")]


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("a, b, expected", [
    ("LG Energy Solutions", "LG Energy Solution", "variant"),      # plural s
    ("Lionvolt", "LionVolt", "exact"),                             # case
    ("Kim Dong-yeon", "Dong Yeon Kim", "variant"),                 # order, hyphen
    ("Kim Dong-yeon", "Dongyeon Kim", "variant"),
    ("Kim Dong-yeon", "kim dong yeon", "exact"),
    ("Baden-Württemberg", "Baden Wurttemberg", "exact"),           # accents
    ("Créatie", "creatie", "exact"),
    ("Kim Dong-yeon", "Ko Young-in", None),
    ("ASML", "ASML Korea", None),
])
def test_name_match(a, b, expected):
    assert name_match(a, b) == expected
    assert name_match(b, a) == expected


def test_name_key_and_loose_keys():
    assert name_key("LionVolt") == name_key("Lionvolt") == "lionvolt"
    assert "kimdongyeon" in loose_keys("Dong Yeon Kim")


SHEET = """\
report: tst-2025-names
source:
  title: Names test
  language: en
  text: |
    The governor met the delegation.
events:
  - id: tst-2025-names-meeting
    name: A meeting
    quote: The governor met the delegation.
    participants:
      - who: {who}
        role: host{confirm}
"""


def _sheet(tmp_path, who, confirm=""):
    path = tmp_path / "names.yaml"
    path.write_text(SHEET.format(who=who, confirm=confirm), encoding="utf-8")
    return path


def test_a_variant_name_is_an_uncertain_match(tmp_path, project_copy):
    with pytest.raises(SheetError) as caught:
        sheet_to_graph(_sheet(tmp_path, "Dong Yeon Kim"), project_copy)
    message = str(caught.value)
    assert "uncertain match" in message and "did you mean 'Kim Dong-yeon'" in message
    assert "rper:kim-dong-yeon" in message and "confirm: true" in message


def test_a_confirmed_variant_resolves(tmp_path, project_copy):
    _, g = sheet_to_graph(_sheet(tmp_path, "Dong Yeon Kim", "\n        confirm: true"),
                          project_copy)
    assert URIRef(ID + "person/kim-dong-yeon") in set(g.objects(None, RIKG.participant))


def test_an_exact_name_resolves_as_before(tmp_path, project_copy):
    _, g = sheet_to_graph(_sheet(tmp_path, "kim dong-yeon"), project_copy)
    assert URIRef(ID + "person/kim-dong-yeon") in set(g.objects(None, RIKG.participant))


# ---------------------------------------------------------------- candidates, never merged

def test_match_candidates_across_all_reports():
    found = {(c.a, c.b): c for c in match_candidates(Paths())}
    pairs = {(str(AMBASSADOR), str(PETER)), (str(INA), str(KC)), (str(KO), str(KO_YI))}
    assert set(found) == pairs
    assert found[(str(KO), str(KO_YI))].score == Decimal("0.8")
    assert "the same family name 'ko'" in found[(str(KO), str(KO_YI))].reasons
    # posts and meetings named by their labels, not their IRIs
    assert ("both take part in 'Meeting with Governor Kim Dong-yeon of Gyeonggi'"
            in found[(str(AMBASSADOR), str(PETER))].reasons)
    assert ("both hold the post 'Vice-Governor for Economy of Gyeonggi'"
            in found[(str(KO), str(KO_YI))].reasons)
    assert found[(str(INA), str(KC))].score == Decimal("0.6")
    # the press sheet's `identities:` confirms all three (kg.identities)
    assert {c.status for c in found.values()} == {"confirmed"}


def test_candidates_are_written_in_the_press_graph(ds):
    g = ds.graph(PRESS_G)
    nodes = set(g.subjects(RDF.type, RIKG.MatchCandidate))
    assert {frozenset(g.objects(n, RIKG.candidate)) for n in nodes} == {
        frozenset({AMBASSADOR, PETER}), frozenset({KC, INA}), frozenset({KO, KO_YI})}
    assert {str(g.value(n, RIKG.matchStatus)) for n in nodes} == {"confirmed"}
    # decided: no longer "possibly" the same
    assert (PETER, RIKG.possiblySame, AMBASSADOR) not in g


def test_the_files_keep_both_records_as_written_and_never_state_same_as():
    """The confirmed identities are merged in the build (tests/test_identities.py), not in the
    Turtle files: the records stay as the sources state them."""
    ds = Dataset(default_union=True)
    for f in sorted((ROOT / "data" / "ttl").glob("*.ttl")):
        ds.graph(GRAPH[f.stem]).parse(f, format="turtle")
    assert not list(ds.quads((None, OWL.sameAs, None, None)))
    for placeholder in (AMBASSADOR, KC):
        assert set(ds.objects(placeholder, RIKG.isPlaceholder)) == {Literal(True)}
        assert list(ds.objects(placeholder, FOAF.name)) == []
    assert list(ds.objects(KO, FOAF.name)) == []
    for person, name in ((PETER, "Peter van der Vliet"), (INA, "Ina Adema"),
                         (KO_YI, "Ko Young-in")):
        assert set(ds.objects(person, FOAF.name)) == {Literal(name)}
        assert list(ds.objects(person, RIKG.isPlaceholder)) == []
