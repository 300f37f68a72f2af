"""Report sheets (kg.ingest): the seed report as a sheet gives the hand-modelled graph; a small
made-up sheet of another region is added, queried, added again and removed; and every kind of
mistake in a sheet is reported with the file, the line and the field."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import PROV

from kg import network as kn
from kg.build import build
from kg.config import GRAPH, ORG, SCHEMA, Paths, project_root
from kg.errors import UsageError, ValidationFailed
from kg.ingest import (RRUN, SheetError, SheetSyntaxError, add_sheet, curie, parse_amount,
                       parse_date, remove_report, sheet_provenance, sheet_to_graph,
                       sheet_to_turtle, without_provenance)
from kg.query import Labels, named, open_store, run_query

ROOT = project_root()
SEED_SHEET = ROOT / "data" / "sheets" / "nb-2025-03-kr.yaml"
SEED_TTL = ROOT / "data" / "ttl" / "nb-2025-03-kr.ttl"
SMALL_SHEET = ROOT / "tests" / "fixtures" / "sheets" / "small-region.yaml"
SMALL = "ut-2025-06-bw"
NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)

ID = "https://w3id.org/rikg/id/"
ANNA = ID + "person/anna-keller"
UTRECHT = ID + "org/province-utrecht"
LIONVOLT = ID + "org/lionvolt"
KIM = ID + "person/kim-dong-yeon"


def _diff(a: Graph, b: Graph, limit: int = 25) -> str:
    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    show = lambda g: "\n".join("  " + " ".join(curie(x) if isinstance(x, URIRef) else repr(x)
                                               for x in t) for t in sorted(g)[:limit])
    return f"only in the sheet's graph:\n{show(only_a)}\nonly in the hand-modelled file:\n{show(only_b)}"


# ---------------------------------------------------------------- the seed report as a sheet

@pytest.fixture(scope="module")
def seed_graph() -> Graph:
    report, graph = sheet_to_graph(SEED_SHEET, Paths(), now=NOW)
    assert report == "nb-2025-03-kr"
    return graph


def test_seed_sheet_gives_the_shipped_graph(seed_graph):
    """Isomorphic to data/ttl/nb-2025-03-kr.ttl, modulo the provenance of the `kg add` run
    (rgraph:<id> prov:wasGeneratedBy, the activity, the sheet file, the software agent), which
    differs between two runs of the same sheet."""
    shipped = without_provenance(Graph().parse(SEED_TTL), "nb-2025-03-kr")
    mine = without_provenance(seed_graph, "nb-2025-03-kr")
    assert isomorphic(mine, shipped), _diff(mine, shipped)
    assert len(mine) == len(shipped) == 2041


def test_only_the_run_is_left_out_of_the_comparison(seed_graph):
    run = sheet_provenance(seed_graph, "nb-2025-03-kr")
    activity = RRUN["nb-2025-03-kr-sheet"]
    assert (GRAPH["nb-2025-03-kr"], PROV.wasGeneratedBy, activity) in run
    assert (activity, RDF.type, PROV.Activity) in run
    assert (activity, PROV.endedAtTime, Literal("2026-01-02T03:04:05+00:00",
                                                datatype=XSD.dateTime)) in run
    agent = seed_graph.value(activity, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.SoftwareAgent) in run
    used = seed_graph.value(activity, PROV.used)
    assert str(seed_graph.value(used, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) \
        == "data/sheets/nb-2025-03-kr.yaml"
    # every triple left out is about this run: its subject is the graph or under rrun:
    assert all(s == GRAPH["nb-2025-03-kr"] or str(s).startswith(str(RRUN)) for s, _, _ in run)
    assert len(run) == 11


def test_seed_amounts_are_decimals(seed_graph):
    values = sorted(o.toPython() for o in seed_graph.objects(None, SCHEMA.value))
    assert values == [Decimal("8330.00"), Decimal("8763.00"), Decimal("9486.54"),
                      Decimal("10344.00")]
    assert all(o.datatype == XSD.decimal for o in seed_graph.objects(None, SCHEMA.value))


def test_written_turtle_is_deterministic_and_reads_back():
    _, graph, text = sheet_to_turtle(SEED_SHEET, Paths(), now=NOW)
    _, _, again = sheet_to_turtle(SEED_SHEET, Paths(), now=NOW)
    assert text == again
    assert isomorphic(Graph().parse(data=text, format="turtle"), graph)
    for prefix in ("rikg", "rper", "rorg", "revt", "rpart", "rexc", "rgraph", "prole", "rrun"):
        assert f"@prefix {prefix}:" in text
    # excerpts in numeric order, each once
    numbers = [int(line.split("-")[-1].split()[0]) for line in text.splitlines()
               if line.startswith("rexc:nb-2025-03-kr-") and " a rikg:Excerpt" in line]
    assert numbers == list(range(1, 48))


def test_adding_the_seed_sheet_again_replaces_its_file_and_builds(built_copy, seed_build_result):
    before = seed_build_result
    sheet = built_copy.root / "data" / "sheets" / "nb-2025-03-kr.yaml"
    report, ttl, result = add_sheet(built_copy, sheet, now=NOW)
    assert report == "nb-2025-03-kr" and ttl == built_copy.data_dir / "nb-2025-03-kr.ttl"
    assert result.validated == ["nb-2025-03-kr"]
    graph = str(GRAPH["nb-2025-03-kr"])
    assert result.graphs[graph] == before.graphs[graph]     # the same, but for the run's time
    assert {g: n for g, n in result.graphs.items() if "inferred" not in g and g != graph} == \
        {g: n for g, n in before.graphs.items() if "inferred" not in g and g != graph}


# ---------------------------------------------------------------- a small sheet of another region

def _met_rows(paths: Paths, actor: str) -> set[tuple[str, str]]:
    store = open_store(paths)
    try:
        labels = Labels.from_engine(store, paths)
        answer = run_query(store, named(paths, "who-met"), {"actor": actor}, labels)
        i, j = answer.variables.index("other"), answer.variables.index("meeting")
        return {(str(row[i]), str(row[j])) for row in answer.rows}
    finally:
        del store


def test_small_sheet_adds_cleanly_next_to_the_seed(built_copy):
    report, ttl, result = add_sheet(built_copy, SMALL_SHEET)
    assert report == SMALL and ttl.exists()
    assert result.mode == "incremental" and result.validated == [SMALL]
    assert str(GRAPH[SMALL]) in result.graphs
    assert str(GRAPH["nb-2025-03-kr"]) in result.graphs

    meeting = ID + f"event/{SMALL}-meeting-keller"
    assert _met_rows(built_copy, "Anna Keller") == {(LIONVOLT, meeting), (UTRECHT, meeting)}
    # LionVolt (from the registry, named by its alias) now met people of both reports
    others = {o for o, _ in _met_rows(built_copy, "LionVolt")}
    assert {ANNA, UTRECHT, KIM} <= others

    store = open_store(built_copy)
    try:
        met = kn.network(store, built_copy, "met")
    finally:
        del store
    assert {ANNA, UTRECHT, LIONVOLT, KIM} <= set(met.nodes)
    assert met.has_edge(ANNA, LIONVOLT) and met.has_edge(KIM, LIONVOLT)
    assert met.nodes[ANNA]["label"] == "Anna Keller"


def test_the_example_of_the_documentation_is_a_valid_sheet(tmp_path):
    doc = (ROOT / "docs" / "report-sheets.md").read_text(encoding="utf-8")
    example = doc.split("## A complete example", 1)[1].split("```yaml\n", 1)[1].split("```", 1)[0]
    sheet = tmp_path / "gld-2025-04-nrw.yaml"
    sheet.write_text(example, encoding="utf-8")
    report, g = sheet_to_graph(sheet, Paths())
    assert report == "gld-2025-04-nrw"
    lunch = URIRef(ID + "event/gld-2025-04-nrw-lunch-becker")
    assert (lunch, RDF.type, URIRef("https://w3id.org/rikg/ontology#Meeting")) in g
    assert len(list(g.objects(lunch, URIRef("https://w3id.org/rikg/ontology#hasParticipation")))) == 3


def test_small_sheet_facts():
    _, g = sheet_to_graph(SMALL_SHEET, Paths())
    EVT, PART = ID + "event/", ID + "participation/"
    meeting = URIRef(EVT + f"{SMALL}-meeting-keller")
    assert (meeting, RDF.type, URIRef("https://w3id.org/rikg/ontology#Meeting")) in g
    assert g.value(meeting, SCHEMA.startDate) == Literal("2025-06-12", datatype=XSD.date)
    lion = URIRef(PART + f"{SMALL}-meeting-keller--lionvolt")
    assert g.value(lion, URIRef("https://w3id.org/rikg/ontology#participant")) == URIRef(LIONVOLT)
    mission = URIRef(EVT + f"{SMALL}-mission")
    assert g.value(mission, SCHEMA.location) == URIRef(ID + "place/baden-wuerttemberg")
    amount = URIRef(ID + f"cost/{SMALL}-political-participation-actual")
    assert g.value(amount, SCHEMA.value) == Literal(Decimal("1234.50"))
    # excerpts are numbered in order of first appearance
    exact = URIRef("http://www.w3.org/ns/oa#exact")
    first = g.value(URIRef(ID + f"excerpt/{SMALL}-1-selector"), exact)
    assert str(first) == "Verslag werkbezoek Baden-Württemberg, juni 2025."
    assert str(g.value(URIRef(ID + f"excerpt/{SMALL}-6-selector"), exact)) == \
        "Totale kosten: € 1.234,50."


def test_an_organisation_of_a_sheet_gives_its_kind_and_the_side_it_acts_for():
    _, g = sheet_to_graph(SMALL_SHEET, Paths())
    utrecht = URIRef(ID + "org/province-utrecht")
    assert g.value(utrecht, ORG.classification) == \
        URIRef("https://w3id.org/rikg/organisation-kind/government")
    assert g.value(utrecht, URIRef("https://w3id.org/rikg/ontology#actsFor")) == \
        URIRef(ID + "place/utrecht")
    assert g.value(URIRef(ID + "place/utrecht"), SCHEMA.containedInPlace) == \
        URIRef(ID + "place/netherlands")


def test_adding_the_same_sheet_twice_gives_the_same_graph(built_copy):
    _, ttl, first = add_sheet(built_copy, SMALL_SHEET, now=NOW)
    text = ttl.read_text(encoding="utf-8")
    _, ttl2, second = add_sheet(built_copy, SMALL_SHEET)
    assert ttl2 == ttl
    assert second.graphs == first.graphs
    one = without_provenance(Graph().parse(data=text, format="turtle"), SMALL)
    two = without_provenance(Graph().parse(ttl), SMALL)
    assert isomorphic(one, two)
    assert len(list(built_copy.data_dir.glob("*.ttl"))) == 3
    assert not list(built_copy.data_dir.glob(".*"))           # no temporary files left


def test_removing_a_report_restores_the_previous_graph(built_copy, seed_build_result):
    before = seed_build_result
    add_sheet(built_copy, SMALL_SHEET)
    after = remove_report(built_copy, SMALL)
    assert after.graphs == before.graphs
    assert not (built_copy.data_dir / f"{SMALL}.ttl").exists()
    with pytest.raises(UsageError):
        remove_report(built_copy, "registry")
    with pytest.raises(UsageError, match="no report"):
        remove_report(built_copy, SMALL)


def test_a_failed_build_leaves_data_and_build_as_they_were(built_copy, seed_build_result):
    before = seed_build_result
    seed = built_copy.data_dir / "nb-2025-03-kr.ttl"
    original = seed.read_bytes()
    # removing the seed breaks the registry's evidence (rexc:nb-2025-03-kr-<n>): refused
    with pytest.raises(ValidationFailed):
        remove_report(built_copy, "nb-2025-03-kr")
    assert seed.read_bytes() == original
    # the small sheet under the seed's report id would replace the seed: refused as well
    clash = built_copy.root / "clash.yaml"
    clash.write_text(SMALL_SHEET.read_text(encoding="utf-8").replace(
        f"report: {SMALL}", "report: nb-2025-03-kr"), encoding="utf-8")
    with pytest.raises(ValidationFailed):
        add_sheet(built_copy, clash)
    assert seed.read_bytes() == original
    # the previous build is still the current one
    store = open_store(built_copy)
    try:
        _, rows = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    finally:
        del store
    assert int(rows[0][0]) == sum(before.graphs.values())


def test_a_new_report_whose_build_fails_is_taken_out_again(project_copy, monkeypatch):
    def failing_build(paths, full=False):
        raise ValidationFailed("the data does not conform")
    monkeypatch.setattr("kg.build.build", failing_build)
    with pytest.raises(ValidationFailed):
        add_sheet(project_copy, SMALL_SHEET)
    assert {f.name for f in project_copy.data_dir.iterdir()} == {"registry.ttl",
                                                                 "nb-2025-03-kr.ttl"}


# ---------------------------------------------------------------- values

@pytest.mark.parametrize("text, value, currency", [
    ("€ 8.330,00", Decimal("8330.00"), "EUR"),
    ("€ 10.344,00", Decimal("10344.00"), "EUR"),
    ("9486,54", Decimal("9486.54"), None),
    ("8330.00", Decimal("8330.00"), None),
    ("EUR 1.234.567,5", Decimal("1234567.5"), "EUR"),
    ("120", Decimal("120"), None),
])
def test_amounts(text, value, currency):
    got, cur = parse_amount(text)
    assert isinstance(got, Decimal) and got == value and str(got) == str(value)
    assert cur == currency


@pytest.mark.parametrize("text", ["8.330", "€ 1,234.50", "acht euro", "8330.0.0", ""])
def test_bad_amounts(text):
    with pytest.raises(ValueError):
        parse_amount(text)


@pytest.mark.parametrize("text, literal", [
    ("2025", Literal("2025", datatype=XSD.gYear)),
    ("2025-03", Literal("2025-03", datatype=XSD.gYearMonth)),
    ("2025-03-14", Literal("2025-03-14", datatype=XSD.date)),
])
def test_dates(text, literal):
    assert parse_date(text).literal() == literal


@pytest.mark.parametrize("text", ["2025-13", "2025-02-30", "25-03", "maart 2025", "2025/03/14"])
def test_bad_dates(text):
    with pytest.raises(ValueError):
        parse_date(text)


# ---------------------------------------------------------------- mistakes, with file, line, field

def _line_of(text: str, marker: str) -> int:
    return text[:text.index(marker)].count("\n") + 1


def _sheet_problem(tmp_path: Path, text: str, name: str = "small-region.yaml"):
    sheet = tmp_path / name
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(SheetError) as info:
        sheet_to_graph(sheet, Paths())
    return info.value


MISTAKES = {
    # name: (old text, new text, marker for the line, field, words in the message)
    "unknown role": ("        role: host", "        role: hots", "role: hots",
                     "programme[1].participants[1].role",
                     ["'hots' is not a participation role", "known: host, delegation-lead"]),
    "missing quote": ("    quote: Op vrijdag bezocht de delegatie het testlab van Lionvolt.\n", "",
                      "  - id: visit-lionvolt-lab", "programme[2]", ["no quote"]),
    "quote not in source": ("    quote: De provincie verkent een vervolgbezoek in 2026.",
                            "    quote: De provincie plant een vervolgbezoek in 2026.",
                            "quote: De provincie plant", "follow_ups[1].quote",
                            ["does not occur in", "closest sentence: 'De provincie verkent"]),
    "unknown actor": ("      - who: anna-keller", "      - who: Hans Unbekannt", "Hans Unbekannt",
                      "programme[1].participants[1].who",
                      ["'Hans Unbekannt' is not known", "declared under `people:`"]),
    "ambiguous alias": ("      - who: Lionvolt", "      - who: Gyeonggi", "who: Gyeonggi",
                        "programme[1].participants[3].who",
                        ["matches several things", "rorg:province-gyeonggi", "rplace:gyeonggi"]),
    "near miss": ("      - who: Lionvolt", "      - who: Lionvolt Labs", "Lionvolt Labs",
                  "programme[1].participants[3].who",
                  ["not an exact name", "close candidates: rorg:lionvolt"]),
    "bad date": ("    date: 2025-06-12", "    date: 2025-13-12", "date: 2025-13-12",
                 "programme[1].date", ["'2025-13-12' is not a date", "no month 13"]),
    "bad vague date": ("      when: 2025-06\n", "      when: juni 2025\n", "when: juni 2025",
                       "programme[2].date.when", ["is not a date", "as_stated"]),
    "bad amount": ('    actual: "€ 1.234,50"', '    actual: "€ 1,234.50"', "actual: ",
                   "costs[1].actual", ["'€ 1,234.50' is not an amount"]),
    "unknown theme": ("    themes: [batteries]", "    themes: [battery]", "themes: [battery]",
                      "programme[1].themes[1]", ["'battery' is not a theme", "'batteries'"]),
    "after an unknown event": ("  - id: visit-lionvolt-lab\n",
                               "  - id: visit-lionvolt-lab\n    after: no-such-visit\n",
                               "after: no-such-visit", "programme[2].after",
                               ["'no-such-visit' is not known"]),
    "misspelt field": ("    themes: [batteries]", "    theme: [batteries]", "theme: [batteries]",
                       "programme[1].theme", ["unknown field 'theme'", "did you mean 'themes'"]),
    "unknown organisation kind": ("    kind: government", "    kind: goverment", "kind: goverment",
                                  "organisations[1].kind",
                                  ["'goverment' is not a kind of organisation",
                                   "did you mean 'government'"]),
    "unknown post role": ("      - who: anna-keller\n        role: host",
                          "      - who: anna-keller\n        role: host\n        capacity: minister",
                          "capacity: minister", "programme[1].participants[1].capacity",
                          ["'minister' is not known", "post"]),
}


@pytest.mark.parametrize("name", list(MISTAKES))
def test_mistakes_name_file_line_and_field(tmp_path, name):
    old, new, marker, field, words = MISTAKES[name]
    original = SMALL_SHEET.read_text(encoding="utf-8")
    assert old in original, name
    text = original.replace(old, new, 1)
    error = _sheet_problem(tmp_path, text)
    assert len(error.problems) == 1, "\n".join(map(str, error.problems))
    problem = error.problems[0]
    assert problem.file == "small-region.yaml"
    assert problem.field == field
    assert problem.line == _line_of(text, marker)
    for w in words:
        assert w in problem.message
    assert str(error) == f"small-region.yaml:{problem.line}: {field}: {problem.message}"


@pytest.mark.parametrize("address", ["www.utrecht.nl/werkbezoek", "zie het dossier"])
def test_a_document_address_that_is_no_web_address_is_named_at_its_line(tmp_path, address):
    text = SMALL_SHEET.read_text(encoding="utf-8") + (
        "\ndocuments:\n  - id: ut-bw-dossier\n    label: Dossier werkbezoek\n"
        "    quote: Verslag werkbezoek Baden-Württemberg, juni 2025.\n"
        f"    address: {address}\n")
    error = _sheet_problem(tmp_path, text)
    [problem] = error.problems
    assert problem.field == "documents[1].address"
    assert problem.line == _line_of(text, f"address: {address}")
    assert f"{address!r} is not a web address" in problem.message


def test_a_document_with_a_web_address_has_it_as_its_url(tmp_path):
    sheet = tmp_path / "small-region.yaml"
    sheet.write_text(SMALL_SHEET.read_text(encoding="utf-8") + (
        "\ndocuments:\n  - id: ut-bw-dossier\n    label: Dossier werkbezoek\n"
        "    quote: Verslag werkbezoek Baden-Württemberg, juni 2025.\n"
        "    address: https://www.utrecht.nl/werkbezoek\n"), encoding="utf-8")
    _report, graph = sheet_to_graph(sheet, Paths())
    assert (None, SCHEMA.url, URIRef("https://www.utrecht.nl/werkbezoek")) in graph


def test_all_problems_are_reported_at_once(tmp_path):
    text = SMALL_SHEET.read_text(encoding="utf-8")
    for old, new, *_ in (MISTAKES["unknown role"], MISTAKES["bad date"], MISTAKES["bad amount"]):
        text = text.replace(old, new, 1)
    error = _sheet_problem(tmp_path, text)
    assert [p.field for p in error.problems] == [
        "programme[1].date", "programme[1].participants[1].role", "costs[1].actual"]
    assert error.message == "small-region.yaml: the report sheet has 3 problems"
    assert all(d.startswith("small-region.yaml:") for d in error.details)


def test_quotes_are_checked_against_the_source_file(tmp_path):
    text = SEED_SHEET.read_text(encoding="utf-8").replace(
        "text: Ook bracht de gedeputeerde een bezoek aan ASML Korea.",
        "text: Ook bracht de gedeputeerde een bezoek aan ASML.", 1)
    error = _sheet_problem(tmp_path, text, "nb-2025-03-kr.yaml")
    [problem] = error.problems
    assert problem.field == "quotes[23].text"
    assert problem.line == _line_of(text, "bezoek aan ASML.")
    assert "does not occur in data/sources/nb-2025-03-kr.txt" in problem.message


def test_a_new_actor_with_a_known_name_is_not_merged_silently(tmp_path):
    text = SMALL_SHEET.read_text(encoding="utf-8").replace("organisations:\n", (
        "organisations:\n"
        "  - id: lionvolt-gmbh\n"
        "    name: LionVolt\n"
        "    quote: Op vrijdag bezocht de delegatie het testlab van Lionvolt.\n"), 1)
    error = _sheet_problem(tmp_path, text)
    first, *rest = error.problems
    assert first.field == "organisations[1].name"
    assert "rorg:lionvolt" in first.message and "distinct: true" in first.message
    # and the name "Lionvolt" no longer picks one of the two
    assert [p.field for p in rest] == ["programme[1].participants[3].who"]
    assert "rorg:lionvolt (" in rest[0].message and "rorg:lionvolt-gmbh (" in rest[0].message
    # said to be a different one, and referred to by id: accepted
    sheet = tmp_path / "distinct.yaml"
    sheet.write_text(text.replace("    name: LionVolt\n", "    name: LionVolt\n    distinct: true\n")
                     .replace("who: Lionvolt", "who: lionvolt"), encoding="utf-8")
    _, g = sheet_to_graph(sheet, Paths())
    assert (URIRef(ID + "org/lionvolt-gmbh"), RDF.type, None) in g


def test_declaring_a_registry_actor_again_is_an_error(tmp_path):
    text = SMALL_SHEET.read_text(encoding="utf-8").replace("  - id: anna-keller\n",
                                                           "  - id: kim-dong-yeon\n", 1)
    error = _sheet_problem(tmp_path, text)
    messages = [str(p) for p in error.problems]
    assert any("people[1].id: rper:kim-dong-yeon already exists (in registry)" in m
               for m in messages), messages


def test_yaml_syntax_errors_name_file_and_line(tmp_path):
    text = SMALL_SHEET.read_text(encoding="utf-8").replace("themes: [batteries]",
                                                           "themes: [batteries", 1)
    sheet = tmp_path / "small-region.yaml"
    sheet.write_text(text, encoding="utf-8")
    with pytest.raises(SheetSyntaxError, match=r"small-region\.yaml:\d+:\d+: YAML syntax error"):
        sheet_to_graph(sheet, Paths())
