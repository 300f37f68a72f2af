"""kg.render: gathered cells read as names joined with "; ", a source's value beside its report;
the terminal table shows the answering columns with the quotes as numbered notes under it."""
import csv
import io
import json
from pathlib import Path

from rdflib import Literal, URIRef
from rich.console import Console

from kg.gather import Beside, Several
from kg.query import Answer, Labels
from kg.queries import Query
from kg.render import display, to_csv, to_json, to_table

OFFICE, PROVINCE = URIRef("https://example.org/office"), URIRef("https://example.org/province")
BOM = URIRef("https://example.org/bom")
SEED = URIRef("https://w3id.org/rikg/graph/nb-2025-03-kr")
LABELS = Labels(pref={str(OFFICE): {"en": "Gyeonggi provincial office"},
                      str(PROVINCE): {"en": "Gyeonggi"}, str(BOM): {"en": "BOM"}})
QUOTE = Literal("De ontmoeting met de gouverneur.", lang="nl")


def answer(rows, table=()) -> Answer:
    query = Query("who-met", Path("who-met.rq"), "", "Whom did they meet",
                  key=("other",), table=table)
    return Answer(query, ["other", "place", "status", "evidence"], rows, {})


ROW = (BOM, Several([OFFICE, PROVINCE]), Several([Beside(Literal("completed"), SEED)]), QUOTE)


def test_a_gathered_cell_gives_the_labels_most_specific_first():
    assert display(ROW[1], LABELS) == "Gyeonggi provincial office; Gyeonggi"


def test_a_value_beside_its_source_names_the_report_by_its_identifier():
    assert display(ROW[2], LABELS) == "completed [nb-2025-03-kr]"


def test_csv_joins_labels_and_iris_of_a_gathered_cell():
    [record] = list(csv.DictReader(io.StringIO(to_csv(answer([ROW]), LABELS, "en"))))
    assert record["place"] == "Gyeonggi provincial office; Gyeonggi"
    assert record["place_iri"] == f"{OFFICE}; {PROVINCE}"
    assert record["evidence"] == str(QUOTE)


def test_json_gives_a_gathered_cell_as_a_list_and_a_source_beside_its_value():
    [record] = json.loads(to_json(answer([ROW]), LABELS, "en"))["rows"]
    assert record["place"] == [{"iri": str(OFFICE), "label": "Gyeonggi provincial office"},
                               {"iri": str(PROVINCE), "label": "Gyeonggi"}]
    assert record["status"] == [{"value": "completed",
                                 "by": {"iri": str(SEED), "label": "rgraph:nb-2025-03-kr"}}]


def test_the_table_shows_its_columns_and_the_quotes_as_numbered_notes():
    console = Console(width=120, record=True)
    console.print(to_table(answer([ROW, ROW], table=("other", "place")), LABELS, "en"))
    text = console.export_text()
    assert "status" not in text                        # not a `#+ table:` column
    assert text.count("[1]") == 3                      # two rows cite note 1, and the note itself
    assert "\n[1] De ontmoeting met de gouverneur." in text


def test_a_column_without_a_name_in_the_header_is_shown_in_words_and_kept_as_is_in_csv():
    query = Query("who-met", Path("who-met.rq"), "", "Whom did they meet", key=("other",))
    met = Answer(query, ["other", "otherCapacity"], [(BOM, OFFICE)], {})
    console = Console(width=120, record=True)
    console.print(to_table(met, LABELS, "en"))
    assert "other capacity" in console.export_text()
    assert "otherCapacity" in next(csv.reader(io.StringIO(to_csv(met, LABELS, "en"))))


# a value for each parameter that has no default, so that every named query is rendered
GIVEN = {"actor": "Kim Dong-yeon", "a": "Gyeonggi", "b": "Kim Dong-yeon",
         "event": "https://w3id.org/rikg/id/event/nb-2025-03-kr-meeting-gyeonggi",
         "subject": "Kim Dong-yeon", "theme": "energy", "date": "2025-03-15"}


def test_oxigraphs_terms_render_as_rdflibs_do_for_every_named_query(built_all, store_all,
                                                                     labels_all):
    # `kg query`'s table is drawn from the store's own terms (no rdflib import): the same
    # table, notes and exports as from rdflib's terms
    from kg.queries import catalogue
    from kg.query import run_query
    from kg.render import to_markdown
    rows = 0
    for query in catalogue(built_all.queries).values():
        given = {p.name: GIVEN[p.name] for p in query.params if p.required}
        ours = run_query(store_all, query, given, labels_all, rdflib_terms=False)
        rdflibs = run_query(store_all, query, given, labels_all)
        assert not any(isinstance(t, (Literal, URIRef)) for row in ours.rows for t in row
                       if not isinstance(t, (Several, Beside)))
        rows += len(ours.rows)
        for lang in ("en", "nl"):
            for evidence in (False, True):
                a, b = (to_table(x, labels_all, lang, evidence) for x in (ours, rdflibs))
                assert (a.title, a.headings, a.rows, a.notes) == (
                    b.title, b.headings, b.rows, b.notes), (query.name, lang)
            for export in (to_csv, to_json, to_markdown):
                assert export(ours, labels_all, lang) == export(rdflibs, labels_all, lang)
    assert rows > 100
