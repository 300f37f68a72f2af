"""kg extract on the development corpus (benchmarks/corpus/): real reports it was not written
for. Whatever it finds, every draft is a sheet of known keys whose quotes are sentences of the
text, every uncertain item carries a review mark, and nothing unknown is passed off as known."""
from __future__ import annotations

import re
import sys

import pytest
import yaml

from kg.config import Paths, project_root
from kg.extract import draft_to_yaml, extract
from kg.extract.draft import SURE
from kg.ingest import TOP_KEYS, SheetError, sheet_to_graph
from kg.review import unreviewed_marks
from kg.text import normalise

sys.path.insert(0, str(project_root() / "benchmarks"))

from corpus_gold import reports  # noqa: E402

TEXTS = [r for r in reports() if r.text is not None]


@pytest.fixture(scope="module")
def drafts():
    paths = Paths()
    return {r.id: extract(r.text, paths, report=r.id) for r in TEXTS}


def quotes(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "quote" and isinstance(value, str):
                yield value
            elif key == "quotes" and isinstance(value, list):
                yield from value
            else:
                yield from quotes(value)
    elif isinstance(node, list):
        for item in node:
            yield from quotes(item)


@pytest.mark.parametrize("report", TEXTS, ids=[r.id for r in TEXTS])
def test_the_draft_is_a_sheet_whose_quotes_are_in_the_text(report, drafts):
    text = draft_to_yaml(drafts[report.id])
    sheet = yaml.safe_load(text)
    assert set(sheet) <= set(TOP_KEYS)
    normalised = normalise(report.text)
    found = list(quotes(sheet))
    assert found and all(q in normalised for q in found)


@pytest.mark.parametrize("report", TEXTS, ids=[r.id for r in TEXTS])
def test_every_uncertain_item_has_a_review_mark(report, drafts):
    text = draft_to_yaml(drafts[report.id])
    marked = {line for line, _ in unreviewed_marks(text)}
    for number, line in enumerate(text.splitlines(), 1):
        m = re.match(r"\s*# confidence: (\d\.\d\d)", line)
        if m and float(m.group(1)) < SURE:
            assert number in marked, line


@pytest.mark.parametrize("report", TEXTS, ids=[r.id for r in TEXTS])
def test_names_it_does_not_know_are_declared_as_new_actors(report, drafts):
    draft = drafts[report.id]
    sheet = yaml.safe_load(draft_to_yaml(draft))
    declared = {p.get("name") or p.get("family_name") or p["label"].removesuffix(" (unnamed in source)")
                for p in sheet.get("people", [])} | \
        {n for o in sheet.get("organisations", []) for n in o["name"].values()}
    flagged = {u.name for u in draft.unknown if u.kind in ("person", "organisation")}
    assert flagged == declared


@pytest.mark.parametrize("report", TEXTS, ids=[r.id for r in TEXTS])
def test_once_reviewed_the_draft_is_a_sheet_kg_add_takes_but_for_who_does_what(report, drafts,
                                                                              tmp_path):
    sheet = tmp_path / f"{report.id}.yaml"
    sheet.write_text(draft_to_yaml(drafts[report.id]).replace("review:", "reviewed:"),
                     encoding="utf-8")
    try:
        sheet_to_graph(sheet, Paths())
        left = []
    except SheetError as exc:
        left = [p.message for p in exc.problems]
    # what a draft cannot know is left for the reviewer to say: who is to do a follow-up
    assert [m for m in left if "`by:` is missing" not in m] == []

