"""`kg add` (kg.ingest) and the two rules of issue #12 that guard the graph: a sheet with review
marks left is refused, each mark with its line; a generic name ('Nederlandse ambassade') is never
matched with a known actor by its alias alone. `kg add --check` says what was matched and why."""
import pytest
from rdflib import URIRef

from kg.config import RIKG, Paths
from kg.ingest import SheetError, check_sheet, sheet_to_graph

EMBASSY = URIRef("https://w3id.org/rikg/id/org/nl-embassy-south-korea")

SHEET = """\
report: tst-2025-china
source:
  title: Missie naar China
  language: nl
  text: |
    De delegatie bezocht in Beijing de Nederlandse ambassade.
{extra}events:
  - id: tst-2025-china-embassy
    name: {{nl: Bezoek aan de ambassade}}
    quote: De delegatie bezocht in Beijing de Nederlandse ambassade.
    participants:
      - who: {who}
        role: host
"""

NEW_EMBASSY = """\
organisations:
  - id: nl-embassy-china
    name: {nl: Nederlandse ambassade}
    distinct: true
    quote: De delegatie bezocht in Beijing de Nederlandse ambassade.
"""


def write(tmp_path, who, extra="", marks=""):
    path = tmp_path / "china.yaml"
    path.write_text(marks + SHEET.format(who=who, extra=extra), encoding="utf-8")
    return path


def problems(path):
    with pytest.raises(SheetError) as caught:
        sheet_to_graph(path, Paths())
    return caught.value.problems


def test_a_sheet_with_review_marks_is_refused_with_each_line(tmp_path):
    marks = "# confidence: 0.40 | review: which embassy?\n# review: check the roles\n"
    found = [p for p in problems(write(tmp_path, "nl-embassy-south-korea", marks=marks))
             if "not reviewed" in p.message]
    assert [(p.line, p.message.split(" — ")[0]) for p in found] == [
        (1, "not reviewed: which embassy?"), (2, "not reviewed: check the roles")]


def test_a_reviewed_mark_passes(tmp_path):
    marks = "# confidence: 0.40 | reviewed: the embassy in Seoul organised it\n"
    _, graph = sheet_to_graph(write(tmp_path, "nl-embassy-south-korea", marks=marks), Paths())
    assert EMBASSY in set(graph.objects(None, RIKG.participant))


def test_a_bare_alias_is_not_matched_with_the_known_embassy(tmp_path):
    [p] = problems(write(tmp_path, "Nederlandse ambassade"))
    assert "generic name" in p.message and "rorg:nl-embassy-south-korea" in p.message


def test_a_new_embassy_with_the_generic_name_becomes_a_match_candidate(tmp_path):
    _, graph = sheet_to_graph(write(tmp_path, "nl-embassy-china", extra=NEW_EMBASSY), Paths())
    new = URIRef("https://w3id.org/rikg/id/org/nl-embassy-china")
    assert new in set(graph.objects(None, RIKG.participant))
    assert (new, RIKG.possiblySame, EMBASSY) in graph


def test_check_says_what_was_matched_with_what_and_why(tmp_path):
    _, _, matches = check_sheet(write(tmp_path, "nl-embassy-south-korea"), Paths())
    assert ("events[1].participants[1].who", "nl-embassy-south-korea",
            "rorg:nl-embassy-south-korea", "Netherlands Embassy in South Korea", "its id") in matches
